"""Accused states, relative clauses and acts tied to a country (fourth pass), on sentences written for these tests."""
from __future__ import annotations

import pytest

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def claims(pipe: Pipeline, text: str):
    return pipe.extract(Document(text=text, published=PUBLISHED)).claims


@pytest.mark.parametrize("text, country", [
    # a state accused of an act is the claim's subject; where the act hit is its place
    ("Zabihullah Mujahid accused Pakistan of bombing Kabul.", "AF"),
    ("Zabihullah Mujahid said Pakistan had launched airstrikes in eastern Nangarhar.", "AF"),
    ("Zabihullah Mujahid said Pakistan was behind the strikes in Nangarhar.", "AF"),
])
def test_a_state_accused_of_an_act_is_the_subject(pipe: Pipeline, text, country) -> None:
    found = claims(pipe, text)
    assert found, text
    assert (found[0].kind, found[0].polarity) == ("responsibility", "affirm")
    assert [s.name for s in found[0].subjects] == ["Pakistan"]
    assert found[0].location.country == country


def test_victims_named_before_the_act_are_not_its_agents(pipe: Pipeline) -> None:
    text = "Zabihullah Mujahid said Pakistani security forces had been killed in an operation Taliban forces carried out."
    found = claims(pipe, text)
    assert all("Pakistan" not in [s.name for s in c.subjects] for c in found)


@pytest.mark.parametrize("text, speaker", [
    ("The TTP, which has fought Pakistan for years, said it had killed twelve soldiers in Bajaur.", "TTP"),
    ("The TTP, whose fighters clash with Pakistani security forces in Bajaur, claimed the attack.", "TTP"),
])
def test_names_inside_a_relative_clause_do_not_speak(pipe: Pipeline, text, speaker) -> None:
    found = claims(pipe, text)
    assert found and found[0].speaker.name == speaker


@pytest.mark.parametrize("text, kind, polarity, country", [
    ("Zabihullah Mujahid said the bombing in Peshawar had nothing to do with Afghanistan.",
     "territory_use", "deny", "AF"),
    ("Khawaja Asif said the attack in Peshawar had clear links to Afghan territory.", "territory_use", "affirm", "AF"),
    # a link to an act, not to a country, stays a responsibility claim
    ("Zabihullah Mujahid said the Taliban had no connection with the bombing in Peshawar.",
     "responsibility", "deny", "PK"),
])
def test_an_act_tied_to_a_country_is_a_territory_claim(pipe: Pipeline, text, kind, polarity, country) -> None:
    found = claims(pipe, text)
    assert found, text
    assert (found[0].kind, found[0].polarity, found[0].location.country) == (kind, polarity, country)


def test_a_participle_claim_after_a_states_finding_is_the_accused_partys(pipe: Pipeline) -> None:
    text = ("According to Pakistan, the Taliban still shelter TTP fighters in Afghanistan, "
            "while claiming they pose no threat to anyone.")
    found = claims(pipe, text)
    assert [(c.speaker.name, c.kind) for c in found] == [("Pakistan", "presence"), ("Taliban", "capability")]
    assert found[1].polarity == "deny"
