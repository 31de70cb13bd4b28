"""Ninth pass: state bodies and capitals as speakers, inserted asides, joined clauses (general constructions)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claim_rows, claims


def test_an_aside_after_qualified_officials_keeps_their_state(full: Pipeline) -> None:
    text = ("Kabul made no comment. Iranian border officials, for their part, said the Jaish al-Adl "
            "cells were operating from hideouts near Saravan.")
    assert ("Iran", "presence", "affirm", ["Jaish al-Adl"]) in claim_rows(full, text)


def test_a_number_of_fighters_and_where_they_are_give_two_claims(full: Pipeline) -> None:
    text = "Uzbek officials said several thousand ISKP fighters were operating in the northern provinces."
    found = claim_rows(full, text)
    assert ("Uzbekistan", "strength", "affirm", ["ISKP"]) in found
    assert ("Uzbekistan", "presence", "affirm", ["ISKP"]) in found


def test_a_capital_owned_ministry_saying_it_rejected_the_charge_denies_it(full: Pipeline) -> None:
    text = ("Pakistan's army said India was behind the bombing in Quetta. "
            "New Delhi's external affairs ministry said it strongly rejected the accusations.")
    assert ("India", "responsibility", "deny", ["India"]) in claim_rows(full, text)


def test_said_without_a_denial_after_it_rebuts_nothing(full: Pipeline) -> None:
    text = ("Pakistan's army said India was behind the bombing in Quetta. "
            "New Delhi's external affairs ministry said it would study the accusations.")
    assert not any(f[2] == "deny" for f in claim_rows(full, text))


def test_a_joined_clause_with_no_one_as_subject_is_a_claim_of_its_own(full: Pipeline) -> None:
    text = ("The Taliban spokesman spoke on Friday. The Islamic Emirate, he said, had brought the ISKP cells in the east under control, "
            "and no one was permitted to use Afghan soil against neighbouring states.")
    found = {(f[1], f[2]) for f in claim_rows(full, text)}
    assert ("capability", "deny") in found
    assert ("territory_use", "deny") in found


def test_a_state_body_by_its_own_name_speaks_for_the_dateline_state(full: Pipeline) -> None:
    text = ("DUSHANBE — Border guards were put on alert on Monday. Officials of the State Committee for "
            "National Security said Jamaat Ansarullah cells were active in Badakhshan.")
    found = claim_rows(full, text)
    assert any(f[0] == "Tajikistan" and f[3] == ["Jamaat Ansarullah"] for f in found)
    assert not any(f[0] == "National Security" for f in found)


def test_a_state_body_naming_its_country_speaks_for_that_country(full: Pipeline) -> None:
    text = ("Border guards were put on alert on Monday. The Ministry of Internal Affairs of Uzbekistan said "
            "IMU cells were active near Termez.")
    assert any(f[0] == "Uzbekistan" for f in claim_rows(full, text))


def test_a_state_body_without_country_or_dateline_is_not_guessed(full: Pipeline) -> None:
    text = ("Border guards were put on alert on Monday. Officials of the State Committee for "
            "National Security said Jamaat Ansarullah cells were active in Badakhshan.")
    assert not any(f[0] in ("Tajikistan", "National Security") for f in claim_rows(full, text))
