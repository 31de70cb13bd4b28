"""Eighth pass: report styles the rules had not met (state media, council write-ups, interviews, explainers)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claim_rows


def test_an_alias_used_by_state_media_names_the_group(full: Pipeline) -> None:
    text = "Jaish al-Zolm said in a message on its channels that its men had carried out the raid on the checkpoint."
    assert ("Jaish al-Adl", "responsibility", "affirm", ["Jaish al-Adl"]) in claim_rows(full, text)


def test_an_unqualified_ministry_is_the_datelines_state(pipe: Pipeline) -> None:
    text = ("ISLAMABAD, June 4 (APP) - Officials met in the city on Tuesday to review border security. "
            "Afghanistan was not represented at the meeting. "
            "The Interior Ministry said the TTP was using Afghan soil to plan attacks.")
    found = claim_rows(pipe, text)
    assert ("Pakistan", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[0] == "Afghanistan" for f in found)


def test_without_a_dateline_the_ministry_is_not_guessed_from_it(pipe: Pipeline) -> None:
    text = "Officials met on Tuesday. The Interior Ministry said the TTP was using Afghan soil to plan attacks."
    assert not any(f[0] == "Pakistan" for f in claim_rows(pipe, text))


def test_a_pronoun_or_the_group_claiming_an_act_is_the_group_named_before(pipe: Pipeline) -> None:
    text = ("The TTP has stepped up its campaign in the north-west this year. "
            "Khawaja Asif said on Monday that security would be tightened. "
            "In February, it claimed a bombing at a market in Peshawar that killed nine people.")
    assert ("TTP", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)
    text = ("The TTP has stepped up its campaign in the north-west this year. "
            "A bomb hit a police post in Bannu, killing four officers, according to hospital staff; "
            "the group claimed that attack too.")
    assert ("TTP", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)


def test_a_speaker_reporting_a_groups_claim_stays_the_speaker(pipe: Pipeline) -> None:
    text = ("The TTP has stepped up its campaign in the north-west this year. "
            "Khawaja Asif said that it claimed the bombing only to frighten voters.")
    assert not any(f[0] == "TTP" and f[1] == "responsibility" for f in claim_rows(pipe, text))


def test_a_relative_clause_about_the_group_named_before_it_is_a_claim_of_its_own(pipe: Pipeline) -> None:
    text = ("Khawaja Asif said the country had suffered repeated attacks by the TTP, whose commanders "
            "and 3,000 fighters, he said, were based in eastern Afghanistan.")
    found = claim_rows(pipe, text)
    assert ("Khawaja Asif", "responsibility", "affirm", ["TTP"]) in found
    assert ("Khawaja Asif", "strength", "affirm", ["TTP"]) in found
    assert any(f[:3] == ("Khawaja Asif", "presence", "affirm") and f[3] == ["TTP"] for f in found)


def test_a_relative_clause_recalling_an_act_adds_nothing(pipe: Pipeline) -> None:
    text = "Khawaja Asif said the TTP, which carried out the Peshawar bombing, was based in Afghanistan."
    assert len([f for f in claim_rows(pipe, text) if f[0] == "Khawaja Asif"]) == 1


def test_a_claim_to_have_contained_the_group_is_a_capability_denial(pipe: Pipeline) -> None:
    text = "ISKP struck three mosques in the spring despite the Islamic Emirate's claims to have contained it."
    assert ("Taliban", "capability", "deny", ["ISKP"]) in claim_rows(pipe, text)


def test_contained_in_another_sense_is_no_capability_claim(pipe: Pipeline) -> None:
    text = "Khawaja Asif said the report contained new figures on trade with Afghanistan."
    assert not any(f[1] == "capability" for f in claim_rows(pipe, text))


def test_blamed_a_group_for_an_act_says_the_group_did_it(pipe: Pipeline) -> None:
    text = "Khawaja Asif blamed the TTP for the bombing of a bus in Bajaur on Monday."
    assert ("Khawaja Asif", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)
    text = 'Khawaja Asif blamed "TTP terrorists" for the ambush, saying they had fled across the border.'
    assert ("Khawaja Asif", "responsibility", "affirm", ["TTP"]) in claim_rows(pipe, text)


def test_blamed_for_something_not_an_act_names_no_perpetrator(pipe: Pipeline) -> None:
    text = "Khawaja Asif blamed the TTP for the slow pace of the talks."
    assert not any(f[1] == "responsibility" for f in claim_rows(pipe, text))


def test_state_news_agency_and_war_monitor_are_known_speakers(full: Pipeline) -> None:
    found = claim_rows(full, "The state news agency SANA blamed ISIS militants for the killing of 12 shepherds near Palmyra.")
    assert ("Syria", "responsibility", "affirm", ["IS"]) in found
    found = claim_rows(full, "The Syrian Observatory for Human Rights said ISIS cells remained active in the desert east of Homs.")
    assert any(f[0] == "Syrian Observatory for Human Rights" and f[1] == "presence" for f in found)


def test_members_of_no_armed_group_are_no_presence_claim(pipe: Pipeline) -> None:
    text = "Among the dead were four members of the border police, Khawaja Asif said."
    assert not any(f[1] == "presence" for f in claim_rows(pipe, text))


def test_he_after_a_states_delegate_is_that_state_not_an_earlier_speaker(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid said on Monday that the talks had gone well. "
            "Pakistan's delegate said his country wanted a lasting settlement. "
            "The TTP was using Afghan soil to attack Pakistani posts, he said.")
    found = claim_rows(pipe, text)
    assert ("Pakistan", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[0] == "Zabihullah Mujahid" and f[1] == "territory_use" for f in found)
