"""Seventh-pass event rules (generalisation): a bombing told with only its town and day, a second
incident timed by the first ("hours after the X blast, a second bombing ..."), statistics of many
attacks, and two incidents of one group told in one sentence with their own dates.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.model import Document, Event
from belie.pipeline import Pipeline

PUBLISHED = date(2024, 5, 4)  # a Saturday


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


def events(pipe: Pipeline, text: str) -> list[Event]:
    return pipe.extract(Document(text=text, published=PUBLISHED)).events


@pytest.mark.parametrize("text, admin1, day", [
    ("Families in Zhob held funerals on Saturday, a day after a suicide bombing at a wedding hall.", "PK-BA", date(2024, 5, 3)),
    ("A roadside bomb exploded in Kandahar on Thursday.", "AF-KAN", date(2024, 5, 2)),
])
def test_a_bombing_with_its_town_and_day_but_no_party_is_an_incident(full: Pipeline, text: str, admin1: str,
                                                                     day: date) -> None:
    evs = events(full, text)
    assert [(e.type, e.location.admin1, e.date.start) for e in evs] == [("attack", admin1, day)]


def test_a_second_bombing_timed_by_the_first_is_its_own_incident_at_its_own_place(full: Pipeline) -> None:
    text = ("A suicide bomber struck a market in Quetta on Friday, killing nine people. "
            "Hours after the Quetta blast, a second bombing hit a checkpoint in Peshawar, killing three policemen.")
    evs = events(full, text)
    assert [(e.type, e.location.admin1) for e in evs] == [("attack", "PK-BA"), ("attack", "PK-KP")]
    assert [e.killed.low for e in evs] == [9, 3]


def test_the_blast_told_again_still_refers_back(full: Pipeline) -> None:
    text = ("A suicide bomber struck a market in Quetta on Friday, killing nine people. "
            "Hours after the blast, police sealed off the area.")
    assert len(events(full, text)) == 1


@pytest.mark.parametrize("text", [
    "The province suffered 412 attacks in which 610 people died.",
    "Attacks in Sindh rose by 35 percent to 140, killing 95 people.",
    "Pakistan recorded hundreds of militant attacks in 2022, most of them in the northwest.",
    "Investigators counted 1,250 terrorist attacks across the region, which killed 900 people.",
])
def test_statistics_of_many_attacks_are_no_incident(full: Pipeline, text: str) -> None:
    assert events(full, text) == []


def test_a_dated_anniversary_attack_is_not_a_statistic(full: Pipeline) -> None:
    evs = events(full, "Survivors recalled the September 11 attacks, which killed nearly 3,000 people in New York.")
    assert evs and evs[0].date.start is not None


def test_two_incidents_of_one_group_each_with_its_own_date(full: Pipeline) -> None:
    text = ("The BLA's assaults on highways across the province in early February and its bombing at the Turbat "
            "naval air station on March 25 were the worst of the spring.")
    evs = events(full, text)
    assert len(evs) == 2
    assert evs[0].date.start == date(2024, 2, 1) and evs[1].date.start == date(2024, 3, 25)
    assert evs[1].location.admin1 == "PK-BA"
