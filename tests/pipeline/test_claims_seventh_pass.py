"""Seventh pass: constructions of news prose that hid claims from the rules (generalisation round)."""
from __future__ import annotations

import pytest

from belie.pipeline import Pipeline

from .test_claims import claim_rows, claims


@pytest.mark.parametrize("text, expected", [
    # "X regards Y as ...", "X identifies Y as ...": an assessment in the active voice
    ("Pakistani officials regard the TTP as the gravest threat the country faces.",
     ("Pakistan", "capability", "affirm", ["TTP"])),
    ("Khawaja Asif identifies the TTP as the key actor behind the violence.",
     ("Khawaja Asif", "capability", "affirm", ["TTP"])),
    # "several thousand of its fighters"
    ("Khawaja Asif said several thousand of its fighters from the TTP are in Khyber Pakhtunkhwa.",
     ("Khawaja Asif", "strength", "affirm", ["TTP"])),
    # a foreign perpetrator: the violence is not domestic
    ("Pakistani officials said the suicide bomber was an Afghan national.",
     ("Pakistan", "origin", "deny", [])),
    ("The Pakistan Army said foreign nationals took part in the raid on the checkpoint.",
     ("Pakistan", "origin", "deny", [])),
    # evidence pointing to a group
    ("Pakistani officials said they had evidence pointing to the TTP.",
     ("Pakistan", "responsibility", "affirm", ["TTP"])),
    # spreading into a place is presence
    ("Khawaja Asif said the TTP is trying to extend its reach into Bajaur.",
     ("Khawaja Asif", "presence", "affirm", ["TTP"])),
])
def test_new_constructions_give_a_claim(pipe: Pipeline, text: str, expected: tuple) -> None:
    assert expected in claim_rows(pipe, text)


def test_an_indictment_speaks_for_the_state_named_before(pipe: Pipeline) -> None:
    text = ("Five men went on trial in Pakistan on Monday. "
            "The cell was in contact with commanders of the TTP, the indictment says.")
    assert ("Pakistan", "presence", "affirm", ["TTP"]) in claim_rows(pipe, text)


def test_a_place_before_domestic_institutions_names_their_state(pipe: Pipeline) -> None:
    """ "Once in Peshawar, police say, ...": not a person called "Once in Peshawar", and Pakistan's police
    even when another state was named last; "the militia" points back to the group named before."""
    text = ("The TTP recruited the men in Afghanistan last year. "
            "Once in Peshawar, police say, they formed a cell to plot attacks in the name of the militia.")
    found = claim_rows(pipe, text)
    assert ("Pakistan", "capability", "affirm", ["TTP"]) in found
    assert not [f for f in found if "Peshawar" in f[0]]


def test_a_state_in_contact_with_another_claims_no_presence(pipe: Pipeline) -> None:
    text = "Khawaja Asif said Islamabad was in contact with the Afghan authorities."
    assert not [f for f in claim_rows(pipe, text) if f[1] == "presence"]


@pytest.fixture(scope="module")
def packaged() -> Pipeline:
    return Pipeline()  # the packaged knowledge base: demonyms name their states


@pytest.mark.parametrize("text, speaker", [
    ("Tajik security officials said the TTP remains a serious threat.", "Tajikistan"),
    ("Pakistani intelligence officials regard the TTP as the gravest threat the country faces.", "Pakistan"),
])
def test_a_modifier_between_nationality_and_speaker_noun(packaged: Pipeline, text: str, speaker: str) -> None:
    assert [c.speaker.name for c in claims(packaged, text)] == [speaker]


def test_a_scare_quoted_group_claims_and_a_second_speaker_joins(pipe: Pipeline) -> None:
    """ 'The "Islamic State" claimed the bombing, and Pakistani officials said ...': two speakers, two claims."""
    text = ('A bomb hit a market in Peshawar. The "Tehreek-e-Taliban Pakistan" claimed the bombing, '
            "and Khawaja Asif said he had evidence pointing to the TTP.")
    found = claim_rows(pipe, text)
    assert ("TTP", "responsibility", "affirm", ["TTP"]) in found
    assert ("Khawaja Asif", "responsibility", "affirm", ["TTP"]) in found


def test_a_second_said_clause_of_the_same_speaker_is_its_own_claim(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid has often said that the Islamic Emirate does not let its soil be used against "
            "any country, and he describes the TTP as an internal matter of Pakistan.")
    found = [f for f in claim_rows(pipe, text) if f[1] == "territory_use"]
    assert ("Zabihullah Mujahid", "territory_use", "deny", []) in found
    assert ("Zabihullah Mujahid", "territory_use", "deny", ["TTP"]) in found


@pytest.mark.parametrize("text, claimed", [
    ("Two blasts hit Bajaur on Friday. The TTP claimed both.", True),
    ("A blast hit Bajaur on Friday. The TTP claimed it.", True),
    ("A blast hit Bajaur on Friday. The TTP claimed it was not involved in the blast.", False),
])
def test_a_group_claiming_acts_named_before(pipe: Pipeline, text: str, claimed: bool) -> None:
    found = ("TTP", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)
    assert found is claimed


def test_there_is_no_common_ground_is_no_presence_claim(pipe: Pipeline) -> None:
    assert not claim_rows(pipe, '"There is no room for talks," Khawaja Asif said, ruling out dialogue.')
    assert claim_rows(pipe, "Zabihullah Mujahid said there are no foreign militants in Afghanistan.")


def test_the_clause_before_an_inserted_speaker_when_the_rest_claims_nothing(pipe: Pipeline) -> None:
    text = ("The UN Monitoring Team published its findings. Fighters of the TTP were behind most of the attacks "
            "in Bajaur, the report says, with markets and police posts hit again and again.")
    assert ("UN Monitoring Team", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)


@pytest.mark.parametrize("text, expected", [
    ("Khawaja Asif blamed Friday's suicide bombing in Bajaur on the TTP.",
     ("Khawaja Asif", "responsibility", "affirm", ["TTP"])),
    ("Zabihullah Mujahid blamed the air strikes on Pakistan.",
     ("Zabihullah Mujahid", "responsibility", "affirm", ["Pakistan"])),
])
def test_blaming_an_act_on_someone_names_who_did_it(pipe: Pipeline, text: str, expected: tuple) -> None:
    assert expected in claim_rows(pipe, text)


def test_blaming_someone_for_a_policy_is_no_claim(pipe: Pipeline) -> None:
    assert not claim_rows(pipe, "Khawaja Asif blamed the previous cabinet for its weakness.")


def test_rising_terrorist_violence_is_a_capability_claim_about_armed_groups(pipe: Pipeline) -> None:
    text = "Terrorist violence in Khyber Pakhtunkhwa rose sharply last year, Khawaja Asif said in a speech."
    assert ("Khawaja Asif", "capability", "affirm", []) in claim_rows(pipe, text)


@pytest.mark.parametrize("tail", [", which Kabul denies.", ", an accusation Kabul has always rejected.",
                                  ", something which the Taliban deny."])
def test_a_denial_echoed_after_the_claim_by_a_seat_or_a_relative(packaged: Pipeline, tail: str) -> None:
    found = claim_rows(packaged, "Khawaja Asif said the TTP keeps its training camps in Afghanistan" + tail)
    assert ("Khawaja Asif", "presence", "affirm", ["TTP"]) in found
    assert ("Taliban", "presence", "deny", ["TTP"]) in found


@pytest.mark.parametrize("text, expected", [
    ("Zabihullah Mujahid said Daesh is finished in Afghanistan.", ("Zabihullah Mujahid", "capability", "deny", ["ISKP"])),
    ("Zabihullah Mujahid said the TTP was a spent force.", ("Zabihullah Mujahid", "capability", "deny", ["TTP"])),
    ("Pakistani officials estimate that the TTP has 6,000 fighters.", ("Pakistan", "strength", "affirm", ["TTP"])),
])
def test_more_kind_words_and_present_tense_cues(pipe: Pipeline, text: str, expected: tuple) -> None:
    assert expected in claim_rows(pipe, text)


def test_strength_of_groups_the_words_do_not_name_is_no_claim(pipe: Pipeline) -> None:
    text = "Khawaja Asif said each of the two groups has a few hundred fighters in Kunar."
    assert not [f for f in claim_rows(pipe, text) if f[1] == "strength"]


def test_un_experts_are_the_monitoring_team(packaged: Pipeline) -> None:
    found = claims(packaged, "UN experts estimate the strength of ISKP at 4,000 to 6,000 fighters.")
    assert [(c.speaker.name, c.kind) for c in found] == [("UN Monitoring Team", "strength")]


def test_a_ministry_in_a_named_capital_speaks_for_its_state(packaged: Pipeline) -> None:
    text = ("Iran fired missiles at targets in Panjgur. In Islamabad, the foreign ministry said the TTP was "
            "using Iranian soil.")
    assert [c.speaker.name for c in claims(packaged, text)] == ["Pakistan"]


@pytest.mark.parametrize("text, speaker, party", [
    ("The envoy Zamir Kabulov said on Monday that ISKP remains a serious threat.", "Zamir Kabulov", "Russia"),
    ("Spokesperson Mao Ning said ETIM remains a serious threat.", "Mao Ning", "China"),
    ("Minister Nancy Faeser said the threat from ISKP remains high.", "Nancy Faeser", "Germany"),
])
def test_officials_of_other_states_are_known_with_their_party(packaged: Pipeline, text: str, speaker: str,
                                                               party: str) -> None:
    found = claims(packaged, text)
    assert [(c.speaker.name, c.speaker.affiliation) for c in found] == [(speaker, party)]


def test_both_sides_of_an_inserted_speaker_are_claims(pipe: Pipeline) -> None:
    text = ("The TTP is directed from Afghan soil, Khawaja Asif said, but several thousand of its fighters "
            "are hiding in Bajaur.")
    found = claim_rows(pipe, text)
    assert ("Khawaja Asif", "territory_use", "affirm", ["TTP"]) in found
    assert ("Khawaja Asif", "strength", "affirm", ["TTP"]) in found


@pytest.mark.parametrize("text", [
    "Khawaja Asif handed Kabul a protest note over the TTP presence in Kunar.",
    "A Pakistani estimate puts the TTP at 6,000 fighters.",
])
def test_note_and_estimate_as_nouns_are_no_cues(pipe: Pipeline, text: str) -> None:
    assert not [f for f in claim_rows(pipe, text) if f[0] == "Khawaja Asif" or f[1] == "strength"]


def test_a_group_saying_its_fighters_did_it(pipe: Pipeline) -> None:
    text = "The TTP said in a statement on Monday that its fighters had stormed a police post in Bajaur."
    assert ("TTP", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)


@pytest.mark.parametrize("framing", ["Judging by how freely the TTP operates in Afghanistan",
                                     "As the TTP still has bases in Afghanistan"])
def test_a_framing_phrase_before_an_inserted_speaker_is_no_claim_of_its_own(pipe: Pipeline, framing: str) -> None:
    text = f"Khawaja Asif spoke in Islamabad on Monday. {framing}, he said, ISKP will try to expand into Central Asia."
    assert [c.subjects[0].name for c in claims(pipe, text)] == ["ISKP"]  # one claim: the branch's push
