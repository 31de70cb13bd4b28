"""Seventh-pass event rules (generalisation): a bombing told with only its town and day, a second
incident timed by the first ("hours after the X blast, a second bombing ..."), statistics of many
attacks, and two incidents of one group told in one sentence with their own dates.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.pipeline import Pipeline

from tests.pipeline.conftest import events


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


def test_later_sentences_with_nothing_of_their_own_go_on_telling_the_incident(full: Pipeline) -> None:
    text = ("Gunmen stormed a police headquarters in Dera Ismail Khan on Thursday night, KP police said. "
            "The assault lasted several hours. "
            "A spokesman described how the attackers had cut the power first. "
            "Officers then fought the gunmen floor by floor, and all six attackers were killed in the firefight. "
            "The building was badly damaged. "
            "Four civilians died in the fire and 20 others were wounded, KP police added.")
    evs = events(full, text)
    assert len(evs) == 1
    assert evs[0].location.admin1 == "PK-KP" and evs[0].wounded.low == 20


def test_a_bare_sentence_naming_another_incident_stays_apart(full: Pipeline) -> None:
    text = ("Gunmen stormed a police headquarters in Dera Ismail Khan on Thursday night, KP police said. "
            "The assault lasted several hours. "
            "In another attack, four civilians died and 20 others were wounded.")
    assert len(events(full, text)) == 2


def test_the_explosions_refer_back_to_the_bombing(full: Pipeline) -> None:
    text = ("A car bomb exploded outside a court in Peshawar on Friday, killing four people. "
            "Residents of the Peshawar old city said the explosions shook windows across the district.")
    assert len(events(full, text)) == 1


def test_a_recalled_toll_dated_to_its_month_is_an_incident(full: Pipeline) -> None:
    evs = events(full, "Last September, militants drove a truck into a checkpoint wall; six soldiers were killed.")
    assert [(e.type, e.date.start, e.killed.low) for e in evs] == [("attack", date(2023, 9, 1), 6)]


def test_a_period_that_saw_a_toll_is_a_statistic(full: Pipeline) -> None:
    assert events(full, "According to the monitors, the period saw 180 civilians killed and 400 injured.") == []


def test_a_run_of_attacks_dated_to_a_month_is_no_incident(full: Pipeline) -> None:
    text = "Monitors have documented a series of attacks on shepherds since January, in which 31 people were killed."
    assert events(full, text) == []
