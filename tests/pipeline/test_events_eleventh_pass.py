"""Eleventh-pass event rules (generalisation): a month dated by the year the text named last ("in November
that year", "in August of the same year").

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


@pytest.mark.parametrize("when", ["in December that year", "in December of the same year", "later that year"])
def test_a_month_of_that_year_takes_the_year_named_last(full: Pipeline, when: str) -> None:
    text = ("The Pakistani Taliban grew stronger in 2014. "
            f"TTP gunmen attacked the Army Public School in Peshawar {when}, killing more than 140 people.")
    (ev,) = events(full, text, published=date(2022, 8, 10))
    assert ev.date.start.year == 2014 and (when.startswith("later") or ev.date.start == date(2014, 12, 1))


def test_the_faction_stands_for_the_group_named_last(full: Pipeline) -> None:
    text = ("Lashkar-e-Jhangvi split into several wings after 2013. "
            "The faction bombed a Hazara market in Quetta in April 2019, killing 20 people.")
    evs = events(full, text)
    assert any(ev.type == "attack" and "Lashkar-e-Jhangvi" in names(ev.agents) for ev in evs)


def test_a_dateline_after_an_editors_note_in_brackets_places_the_lead_incident(full: Pipeline) -> None:
    text = ("[Translated from the Pashto service. Names are spelt as in the original.]\n\n"
            "JALALABAD (Our Correspondent): A roadside bomb struck a police pickup on Tuesday, killing two officers.")
    (ev,) = events(full, text)
    assert ev.location.place_id == "AF-NAN/jalalabad"


def test_a_place_known_by_an_accented_name_is_found_in_plain_letters(full: Pipeline) -> None:
    (ev,) = events(full, "A suicide bomber killed nine people outside a bank in Jalalabad on Tuesday.")
    assert ev.location.place_id == "AF-NAN/jalalabad" and ev.location.admin1 == "AF-NAN"


@pytest.mark.parametrize("text, admin1", [
    ("Lashkar-e-Taiba gunmen attacked the Taj Mahal Palace hotel in Mumbai in November 2008, killing 166 people.",
     "IN-MH"),
    ("Militants shot dead two policemen at a market in Srinagar on Sunday.", "IN-JK"),
])
def test_an_indian_city_lies_in_its_state(full: Pipeline, text: str, admin1: str) -> None:
    (ev,) = events(full, text)
    assert ev.location.country == "IN" and ev.location.admin1 == admin1


def test_a_kashmir_district_below_the_city_cut_is_known(full: Pipeline) -> None:
    (ev,) = events(full, "A Jaish-e-Mohammed suicide bomber rammed a convoy in Pulwama in February 2019, "
                         "killing 40 CRPF personnel.")
    assert ev.location.admin1 == "IN-JK" and names(ev.agents) == ["Jaish-e-Mohammed"]


@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed six miners and a security guard at a coal mine in Duki on Thursday.", 7),
    ("A roadside bomb killed three soldiers and an interpreter in Helmand on Monday.", 4),
    ("A roadside bomb killed three soldiers and a number of others in Helmand on Monday.", 3),
])
def test_a_count_and_one_more_person_counts_that_person(full: Pipeline, text: str, killed: int) -> None:
    (ev,) = events(full, text)
    assert ev.killed.low == killed


def test_an_undated_mention_and_the_dated_telling_with_the_same_toll_are_one_incident(full: Pipeline) -> None:
    text = ("The curfew was imposed ten days after the killing of nine pilgrims near Reasi, which officials blamed on "
            "Lashkar-e-Taiba. On June 9, Lashkar-e-Taiba gunmen fired on a bus carrying pilgrims near Reasi, killing "
            "eight passengers and a driver.")
    (ev,) = events(full, text, published=date(2024, 6, 19))
    assert ev.date.start == date(2024, 6, 9) and ev.killed.low == 9 and ev.location.admin1 == "IN-JK"


def test_a_capital_that_called_something_is_a_speaker_not_the_place(full: Pipeline) -> None:
    text = ("Foreign missions in Kabul have been hit before. On Monday, ISKP gunmen fired on the Turkish embassy gate, "
            "in what Ankara called a cowardly act, wounding a guard.")
    evs = [e for e in events(full, text, published=date(2023, 1, 18)) if e.type == "attack"]
    assert evs and evs[0].location.admin1 == "AF-KAB"


@pytest.mark.parametrize("noun", ["embassy", "consulate", "diplomats"])
def test_a_nationality_before_embassy_names_that_state(full: Pipeline, noun: str) -> None:
    (ev,) = events(full, f"A suicide bomber struck outside the Russian {noun} in Kabul on Monday, killing two people.")
    assert "Russia" in names(ev.targets) and ev.location.admin1 == "AF-KAB"


def test_a_dated_incident_takes_the_paragraph_place_past_a_sentence_with_none(full: Pipeline) -> None:
    text = ("Foreign missions in Kabul have been hit repeatedly. A guard at one of them was wounded by gunfire, "
            "in what Ankara called a cowardly act. In March, a suicide bomber killed two Uzbek diplomats outside "
            "their mission.")
    evs = [e for e in events(full, text, published=date(2023, 6, 1)) if e.date.start == date(2023, 3, 1)]
    assert evs and evs[0].location.admin1 == "AF-KAB"
