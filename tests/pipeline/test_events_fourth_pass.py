"""Fourth-pass event rules (recall): "targeted ... martyred him", two years or two countries in one
sentence, a capital speaking after a time phrase, a country named on purpose kept by a later sentence.

Every sentence is written for these tests about public facts (own words, no corpus text); the
pipeline runs on the packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.model import Document, Event, Quantity, Span
from belie.pipeline import Pipeline
from belie.pipeline.event_links import split_by_year

PUBLISHED = date(2024, 5, 1)




def events(pipe: Pipeline, text: str) -> list[Event]:
    return pipe.extract(Document(text=text, published=PUBLISHED)).events


@pytest.mark.parametrize("text, admin1, year", [
    ("Police said that in 2018 the Islamic State group had targeted the cleric Abdul Rahim in Peshawar "
     "and martyred him.", "PK-KP", 2018),
    ("Two JUI-F leaders were targeted in 2021 in Bajaur.", "PK-KP", 2021),
    ("The TTP targeted and killed a police officer in Bannu in 2022.", "PK-KP", 2022),
])
def test_a_targeted_person_without_a_count_is_an_attack(full: Pipeline, text: str, admin1: str, year: int) -> None:
    evs = events(full, text)
    assert [(e.type, e.location.admin1, e.date.start.year) for e in evs] == [("attack", admin1, year)]


@pytest.mark.parametrize("text", [
    "The group has long targeted religious minorities, analysts say.",
    "Officials said the militants might target schools in the coming weeks.",
])
def test_a_habit_or_a_threat_of_targeting_is_no_event(full: Pipeline, text: str) -> None:
    assert events(full, text) == []


def test_two_years_before_incident_nouns_are_two_events(full: Pipeline) -> None:
    text = ("The Islamic State said it was behind a 2022 attack on a shrine in Shiraz that killed 13 people, "
            "as well as 2017 bombings in Tehran.")
    evs = events(full, text)
    assert [(e.type, e.date.start, e.date.end) for e in evs] == [
        ("attack", date(2022, 1, 1), date(2022, 12, 31)), ("attack", date(2017, 1, 1), date(2017, 12, 31))]
    assert evs[0].killed.low == 13 and evs[1].killed is None
    assert evs[0].id != evs[1].id


def test_one_year_named_twice_stays_one_event(full: Pipeline) -> None:
    text = "The 2022 attack on a shrine in Shiraz killed 13 people; the 2022 attack was claimed by the Islamic State."
    assert len(events(full, text)) == 1


def test_split_by_year_keeps_a_single_year_as_is() -> None:
    ev = Event(document_id="d", type="attack", span=Span(0, 9), quote="A bombing", killed=Quantity(3, 3, "three"))
    assert split_by_year([ev], [2020]) == [ev]


@pytest.mark.parametrize("text, where", [
    ("Officials said the attacks in Iran and Moscow had been planned from camps in the east.",
     [("IR", None), ("RU", "RU-MOW")]),
    ("The bombings in Pakistan and Kabul were claimed by the same group.", [("PK", None), ("AF", "AF-KAB")]),
])
def test_a_plural_incident_in_two_countries_is_one_event_each(full: Pipeline, text: str, where: list) -> None:
    evs = events(full, text)
    assert [(e.location.country, e.location.admin1) for e in evs] == where


def test_a_plural_incident_in_two_provinces_of_one_country_still_splits_by_province(full: Pipeline) -> None:
    evs = events(full, "The attacks in Kunar and Nangarhar killed five soldiers.")
    assert [e.location.admin1 for e in evs] == ["AF-KNR", "AF-NAN"]


def test_the_attacks_abroad_are_not_the_earlier_incident_told_again(full: Pipeline) -> None:
    text = ("A suicide bomber killed 20 people at a market in Kabul on Monday. "
            "The minister said the attacks in Iran and Moscow had been planned from the same camps.")
    evs = events(full, text)
    assert [(e.location.country, e.location.admin1) for e in evs] == [("AF", "AF-KAB"), ("IR", None), ("RU", "RU-MOW")]


def test_a_country_named_on_purpose_is_not_replaced_by_a_later_province(full: Pipeline) -> None:
    text = ("A suicide bomber killed 12 people in Iran on Monday. "
            "Investigators said the bombing had been planned in Khyber Pakhtunkhwa.")
    evs = events(full, text)
    assert [(e.location.country, e.location.admin1) for e in evs] == [("IR", None)]


@pytest.mark.parametrize("text", [
    "Kabul earlier in the week accused Pakistan of bombing villages in Khost province.",
    "Kabul on Monday accused Pakistan of bombing villages in Khost province.",
    "Kabul last month accused Pakistan of bombing villages in Khost province.",
])
def test_a_capital_speaking_after_a_time_phrase_is_no_place(full: Pipeline, text: str) -> None:
    evs = events(full, text)
    assert [(e.type, e.location.admin1) for e in evs] == [("strike", "AF-KHO")]


@pytest.mark.parametrize("text, n", [
    ("Separately, there were reports of clashes in Kurram on Tuesday night.", 1),
    ("Clashes in Kurram have become more common this year.", 0),
    ("There were reports of clashes on Tuesday night.", 0),
])
def test_clashes_without_named_sides_need_a_place_and_a_day(full: Pipeline, text: str, n: int) -> None:
    evs = events(full, text)
    assert [e.type for e in evs] == ["clash"] * n
    assert all(not e.agents and not e.targets for e in evs)


@pytest.mark.parametrize("text, admin1s", [
    ("In 2024 the BLA claimed responsibility for suicide attacks near Karachi airport and near Gwadar.",
     ["PK-SD", "PK-BA"]),
    ("In 2024 the BLA claimed responsibility for suicide attacks outside Karachi and outside Quetta.",
     ["PK-SD", "PK-BA"]),
    ("In 2024 the BLA claimed responsibility for suicide attacks near Karachi airport, officials in Quetta said.",
     ["PK-SD"]),
])
def test_places_joined_by_and_outside_or_near_are_one_incident_each(full: Pipeline, text: str,
                                                                     admin1s: list[str]) -> None:
    assert [e.location.admin1 for e in events(full, text)] == admin1s
