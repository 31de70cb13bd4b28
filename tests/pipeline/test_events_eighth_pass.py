"""Eighth-pass event rules (generalisation): a place name two countries share settled by the province or
country named with it, the places of incidents told in news prose (dateline, target states, striking
states), and incidents recalled in lists and relative clauses.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

import pytest

from belie.pipeline import Pipeline

from tests.pipeline.conftest import events


@pytest.mark.parametrize("text, admin1", [
    ("Jaish al-Adl gunmen ambushed a border patrol near Taftan in Sistan and Baluchestan province on Friday, "
     "killing four guards.", "IR-11"),
    ("Jaish al-Adl gunmen ambushed a border patrol near Iran's Taftan on Friday, killing four guards.", "IR-11"),
    ("BLA gunmen ambushed a border patrol near Taftan in Balochistan on Friday, killing four guards.", "PK-BA"),
])
def test_a_name_two_countries_share_takes_the_province_named_with_it(full: Pipeline, text: str, admin1: str) -> None:
    evs = events(full, text)
    assert [e.location.admin1 for e in evs] == [admin1]


def test_a_country_named_further_on_does_not_settle_a_shared_name(full: Pipeline) -> None:
    text = ("BLA gunmen ambushed a border patrol near Taftan on Friday, killing four guards. "
            "Smugglers who cross into Iran use the same road.")
    assert [e.location.admin1 for e in events(full, text)] == ["PK-BA"]


@pytest.mark.parametrize("text, country, admin1", [
    # the striking state is no place; "the capital" is the story's country's
    ("Taliban officials in Kabul said a TTP commander was killed by a United States drone strike in the capital "
     "on Friday.", "AF", "AF-KAB"),
    # a state named as the target's nationality is no place either
    ("ISKP gunmen shot dead three citizens of Uzbekistan and Tajikistan on a road near Herat on Friday.", "AF", "AF-HER"),
])
def test_a_state_named_as_a_party_is_not_the_place(full: Pipeline, text: str, country: str, admin1: str) -> None:
    evs = events(full, text)
    assert [(e.location.country, e.location.admin1) for e in evs] == [(country, admin1)]


def test_a_state_named_as_the_target_leaves_the_place_to_the_sentence_before(full: Pipeline) -> None:
    text = ("Police in Herat province have stepped up patrols on the roads out of the city. "
            "On Friday ISKP gunmen shot dead three citizens of Uzbekistan and Kyrgyzstan at a roadside stall.")
    assert [(e.location.country, e.location.admin1) for e in events(full, text)] == [("AF", "AF-HER")]


@pytest.mark.parametrize("dateline", ["PESHAWAR, Pakistan - ", "PESHAWAR: ", "PESHAWAR (Staff Reporter): "])
def test_a_dateline_city_places_an_incident_of_the_lead_that_names_no_place(full: Pipeline, dateline: str) -> None:
    text = (dateline + "Shops stayed shut across the old city on Saturday as mourners gathered.\n\n"
            "A TTP suicide bomber blew himself up outside a police post on Friday, killing six officers.")
    assert [e.location.admin1 for e in events(full, text)] == ["PK-KP"]


def test_a_dateline_city_does_not_place_an_incident_told_far_below(full: Pipeline) -> None:
    text = ("PESHAWAR: Shops stayed shut across the old city on Saturday as mourners gathered.\n\n"
            "Traders said business had been slow for weeks.\n\nOfficials met elders to discuss security.\n\n"
            "A TTP suicide bomber blew himself up outside a police post on Friday, killing six officers.")
    assert [e.location.admin1 for e in events(full, text)] == [None]


@pytest.mark.parametrize("text, found", [
    # a timeline entry or headline in the present tense: the verb with its object is the incident
    ("Jan. 20: ISKP strikes the Taliban's interior ministry in Kabul.", ["attack"]),
    ("ISKP struck a Taliban checkpoint in Kunduz on Friday.", ["attack"]),
    # the same words in their other senses are no incident
    ("Pakistan struck a deal with the IMF in Islamabad on Friday.", []),
    ("The minister said Kabul strikes a balance between its neighbours.", []),
])
def test_strikes_with_an_object_is_an_attack(full: Pipeline, text: str, found: list[str]) -> None:
    assert [e.type for e in events(full, text)] == found
