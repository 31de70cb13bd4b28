"""Event rules on sentences written for these tests (public facts, own words)."""
from __future__ import annotations

from datetime import date

import pytest

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def events(pipe: Pipeline, text: str, published: date | None = PUBLISHED):
    return pipe.extract(Document(text=text, published=published)).events


@pytest.mark.parametrize("text, etype, agents, targets, admin1, killed, arrested", [
    ("Taliban forces raided an ISKP hideout in Mazar-e-Sharif on Monday, killing three militants and arresting two.",
     "raid", ["Taliban"], ["ISKP"], "AF-BAL", 3, 2),
    ("An ISKP suicide bomber attacked a mosque in Peshawar on Friday, killing at least 20 worshippers.",
     "attack", ["ISKP"], ["Civilians"], "PK-KP", 20, None),
    ("The GDI arrested five Daesh members in Kabul last week.",
     "arrest", ["Taliban"], ["ISKP"], "AF-KAB", None, 5),
    ("Pakistan Army air strikes hit TTP hideouts in Nangarhar yesterday.",
     "strike", ["Pakistan"], ["TTP"], "AF-NAN", None, None),
    ("Pakistani security forces clashed with TTP fighters in Bajaur on Sunday, leaving four dead.",
     "clash", ["Pakistan"], ["TTP"], "PK-KP", 4, None),
])
def test_one_incident_sentence(pipe: Pipeline, text, etype, agents, targets, admin1, killed, arrested) -> None:
    (ev,) = events(pipe, text)
    assert ev.type == etype
    assert [a.name for a in ev.agents] == agents
    assert [t.name for t in ev.targets] == targets
    assert ev.location.admin1 == admin1
    assert (ev.killed.low if ev.killed else None) == killed
    assert (ev.arrested.low if ev.arrested else None) == arrested
    assert ev.quote == text


def test_a_raid_with_many_outcomes_is_one_event(pipe: Pipeline) -> None:
    text = ("Taliban forces raided a Daesh cell in Kabul on Tuesday. "
            "The raid killed three militants, and two were arrested. Weapons and $20,000 were seized.")
    found = events(pipe, text)
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.low == 3


def test_claimed_attack_gets_claimed_attribution(pipe: Pipeline) -> None:
    text = ("A suicide bombing hit a hospital in Kabul on Monday, killing 19 people. "
            "ISKP claimed responsibility for the attack.")
    (ev,) = events(pipe, text)
    assert ev.type == "attack"
    assert ev.attribution == "claimed"
    assert [a.name for a in ev.agents] == ["ISKP"]


def test_role_noun_resolves_to_the_group_named_before(pipe: Pipeline) -> None:
    text = "ISKP has been active in Nangarhar for years. On Monday the group attacked a checkpoint, killing two."
    found = [e for e in events(pipe, text) if e.type == "attack"]
    assert found and [a.name for a in found[0].agents] == ["ISKP"]


def test_dates_resolve_against_published(pipe: Pipeline) -> None:
    (ev,) = events(pipe, "ISKP gunmen attacked a school in Kabul on Monday, killing four.")
    assert ev.date.start == date(2023, 3, 27)
    (ev,) = events(pipe, "ISKP gunmen attacked a school in Kabul on Monday, killing four.", published=None)
    assert ev.date.start is None


def test_one_event_per_province_named(pipe: Pipeline) -> None:
    found = events(pipe, "Pakistan Army air strikes hit TTP positions in Nangarhar and Balkh provinces on Sunday.")
    assert sorted(e.location.admin1 for e in found) == ["AF-BAL", "AF-NAN"]


@pytest.mark.parametrize("text", [
    "Zabihullah Mujahid said the Islamic Emirate wants good relations with its neighbours.",
    "ISKP could attack again if security is not improved.",
    "The weather in Kabul was cold on Monday.",
])
def test_no_event(pipe: Pipeline, text: str) -> None:
    assert events(pipe, text) == []


def test_seized_money_keeps_currency(pipe: Pipeline) -> None:
    (ev,) = events(pipe, "Taliban forces seized weapons and $2 million at an ISKP hideout in Mazar-e-Sharif on Monday.")
    assert "weapons" in ev.seized
    assert any(item.startswith("USD") for item in ev.seized)


def test_demonym_forces_name_the_state(pipe: Pipeline) -> None:
    (ev,) = events(pipe, "Pakistani forces arrested three TTP commanders in Peshawar on Sunday.")
    assert [a.name for a in ev.agents] == ["Pakistan"]
    assert ev.type == "arrest"


def test_a_state_bombing_is_a_strike(pipe: Pipeline) -> None:
    (ev,) = events(pipe, "Pakistan bombed Kabul on Thursday, killing two people.")
    assert ev.type == "strike"
    assert [a.name for a in ev.agents] == ["Pakistan"]


def test_hard_wrapped_lines_stay_one_sentence(pipe: Pipeline) -> None:
    text = ("Taliban special forces raided an Islamic State Khorasan Province hideout in Mazar-e-Sharif on Monday,\n"
            "killing three militants and arresting two others, a Taliban spokesman said.")
    (ev,) = events(pipe, text)
    assert ev.type == "raid" and ev.span == type(ev.span)(0, len(text))
