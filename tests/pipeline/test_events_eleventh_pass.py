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
