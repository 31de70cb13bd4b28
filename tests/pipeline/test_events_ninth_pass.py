"""Ninth-pass event rules (generalisation): victims named by a place or a body of people ("a procession",
"a police post"), "security forces" with no party named, denials that name no perpetrator, incidents told
again with civilians as their only party, and month dates written with a recalled incident.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.pipeline import Pipeline

from tests.pipeline.conftest import events


def names(refs) -> list[str]:
    return [r.name for r in refs]


@pytest.mark.parametrize("text", [
    "Families in Quetta buried their dead on Sunday, a day after a bomb went off at a procession in the city.",
    "A blast ripped through a crowded market in Peshawar on Thursday, police said.",
    "An explosion hit a bus carrying office workers in Kandahar city on Wednesday.",
])
def test_an_incident_at_a_gathering_or_venue_hits_civilians(full: Pipeline, text: str) -> None:
    (ev,) = events(full, text)
    assert ev.type == "attack" and "Civilians" in names(ev.targets)


@pytest.mark.parametrize("text, state", [
    ("Seven members of the police force were killed on Friday when gunmen opened fire in Dera Ismail Khan.", "Pakistan"),
    ("Militants stormed a police station in Lakki Marwat overnight on Thursday, killing two constables.", "Pakistan"),
    ("Gunmen attacked a checkpoint in Herat on Friday, killing three.", "Taliban"),
])
def test_an_attack_on_a_police_post_or_its_men_hits_the_state_of_the_place(full: Pipeline, text: str, state: str) -> None:
    (ev,) = events(full, text)
    assert state in names(ev.targets)


def test_a_plural_list_of_venues_is_a_pattern_not_an_incident(full: Pipeline) -> None:
    assert events(full, "Militants have launched attacks on schools, hospitals and mosques across the region.") == []


def test_the_venue_named_again_with_the_is_no_new_incident(full: Pipeline) -> None:
    text = ("A suicide bomber killed 14 people at a wedding in Mastung on Friday. "
            "Initial reports, the ministry added, put the dead and wounded at more than 40 when the bomber struck inside the hall.")
    assert len(events(full, text)) == 1


def test_the_venue_retold_with_civilians_as_its_only_party_is_one_incident(full: Pipeline) -> None:
    text = ("A bomb exploded at a wedding in Mastung on Friday. "
            "The bomber blew himself up near the gate where hundreds of guests had gathered, police said.")
    (ev,) = events(full, text)
    assert ev.date.start == date(2024, 5, 3)


@pytest.mark.parametrize("text, agent", [
    ("Three foreign tourists were shot dead in Herat on Friday. "
     "Security forces detained five people near the scene within hours, officials said.", "Taliban"),
    ("Gunmen shot dead three shopkeepers in Herat on Friday. "
     "Zabihullah Mujahid said security forces detained five people near the scene within hours.", "Taliban"),
    ("Gunmen shot dead three shopkeepers in Quetta on Friday. "
     "Security forces detained five people near the scene within hours, officials said.", "Pakistan"),
])
def test_security_forces_with_no_party_named_are_the_authority_of_the_story(full: Pipeline, text: str, agent: str) -> None:
    arrest = [e for e in events(full, text) if e.type == "arrest"]
    assert [names(e.agents) for e in arrest] == [[agent]]


def test_security_forces_before_2021_in_afghanistan_are_the_republic(full: Pipeline) -> None:
    text = ("Three shopkeepers were shot dead in Herat on Friday. "
            "Security forces detained five people near the scene within hours, officials said.")
    arrest = [e for e in events(full, text, date(2019, 5, 4)) if e.type == "arrest"]
    assert [names(e.agents) for e in arrest] == [["Islamic Republic of Afghanistan"]]


def test_a_group_distancing_itself_from_a_bombing_is_not_its_perpetrator(full: Pipeline) -> None:
    text = ("A bomb tore through a crowded market in Peshawar on Thursday, killing nine people. "
            "The TTP distanced itself from the bombing in a statement.")
    (ev,) = events(full, text)
    assert ev.agents == []


def test_both_attacks_refers_back(full: Pipeline) -> None:
    text = "A bomb exploded at a wedding in Mastung on Friday. The prime minister condemned both attacks."
    assert len(events(full, text)) == 1


@pytest.mark.parametrize("text, start, end", [
    ("ISKP remains capable of mass-casualty attacks, analysts said, pointing to the March attack on a Moscow concert hall.",
     date(2024, 3, 1), date(2024, 3, 31)),
    ("The Al-Qaeda leader, who had lived in Kabul since 2019, was killed by a US drone strike in the city at the end of July.",
     date(2023, 7, 1), date(2023, 7, 31)),
])
def test_a_month_written_with_a_recalled_incident_is_its_date(full: Pipeline, text: str, start: date, end: date) -> None:
    (ev,) = events(full, text)
    assert (ev.date.start, ev.date.end) == (start, end)


def test_a_month_with_a_day_before_the_incident_noun_keeps_the_day(full: Pipeline) -> None:
    (ev,) = events(full, "The TTP claimed the March 6 bombing of a police van in Peshawar.")
    assert ev.date.start == date(2024, 3, 6)


def test_weeks_after_dates_the_incident_that_many_weeks_before(full: Pipeline) -> None:
    text = "Envoys met in Geneva on Friday, three weeks after a bombing at a rally in Mastung killed 20 people."
    (ev,) = events(full, text)
    assert ev.date.start == date(2024, 4, 12)


def test_the_provincial_capital_lies_in_the_province_named_last(full: Pipeline) -> None:
    text = ("Officials in Kunar province reported heavy rain on Monday.\n\n"
            "On Friday, a bomb exploded at a mosque in the provincial capital, killing six worshippers.")
    (ev,) = events(full, text)
    assert ev.location.admin1 == "AF-KNR"


def test_it_claimed_a_bombing_names_the_group_told_of_before(full: Pipeline) -> None:
    text = ("ISKP has grown more active in the north this spring. "
            "In February, it claimed a bombing on a minibus in Mazar-i-Sharif that killed four passengers.")
    (ev,) = events(full, text)
    assert names(ev.agents) == ["ISKP"] and ev.attribution == "claimed"


def test_an_undated_lead_takes_the_day_of_its_retelling(full: Pipeline) -> None:
    text = ("HERAT — A day after gunmen killed five tourists in Herat, the governor visited the old citadel.\n\n"
            "Witnesses said the tourists were leaving the citadel on Friday evening when gunmen opened fire on them.")
    (ev,) = events(full, text)
    assert ev.date.start == date(2024, 5, 3) and ev.killed.low == 5


def test_a_past_perfect_telling_is_an_earlier_incident_not_the_lead(full: Pipeline) -> None:
    text = ("A bomb tore through a funeral gathering in Herat, killing nine mourners, a Taliban official said.\n\n"
            "On Tuesday a Taliban official had been killed by a car bomb outside a mosque in Herat city.")
    assert len(events(full, text)) == 2


def test_the_interior_ministry_of_afghanistan_is_the_taliban_s(full: Pipeline) -> None:
    text = "Afghanistan's Interior Ministry said on Friday that police had detained six suspects in Herat."
    (ev,) = events(full, text)
    assert ev.type == "arrest" and names(ev.agents) == ["Taliban"]
