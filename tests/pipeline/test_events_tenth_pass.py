"""Tenth-pass event rules (generalisation): police and authorities as the side that arrests (the state of
the place they act in), arrests "on suspicion of plotting an attack" (an arrest, not a plan), a vehicle
driven into people, "with the aim of carrying out attacks" (a plan), and towns named as the ends of a road.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

import pytest

from belie.pipeline import Pipeline

from tests.pipeline.conftest import events


def names(refs) -> list[str]:
    return [r.name for r in refs]


@pytest.mark.parametrize("text, state, country", [
    ("Police detained a Chechen man in Dortmund last week on suspicion of planning an attack for the Islamic State.",
     "Germany", "DE"),
    ("On Friday, French authorities arrested a 22-year-old man in Lyon on suspicion of plotting an attack for ISKP.",
     "France", "FR"),
    ("Belgian police detained two men suspected of links to the Islamic State in Antwerp on Monday.", "Belgium", "BE"),
])
def test_an_arrest_on_suspicion_of_a_plot_is_an_arrest_by_the_state_of_the_place(full: Pipeline, text: str,
                                                                               state: str, country: str) -> None:
    (ev,) = events(full, text)
    assert ev.type == "arrest" and names(ev.agents) == [state] and ev.location.country == country


def test_police_who_arrest_act_for_the_state_of_their_place_not_the_last_state_named(full: Pipeline) -> None:
    text = ("The suspects had sent money to fighters held in camps in Syria. "
            "Police arrested the five on March 3, 2022, in raids on 10 homes across Bavaria.")
    (ev,) = events(full, text)
    assert names(ev.agents) == ["Germany"] and ev.location.admin1 == "DE-BY"


def test_police_who_say_they_killed_suspects_are_the_raiding_side(full: Pipeline) -> None:
    (ev,) = events(full, "Police said they had killed three militants who opened fire during a search operation "
                         "in Kulob on Monday.")
    assert ev.type == "raid" and names(ev.agents) == ["Tajikistan"]


def test_police_as_a_mere_source_are_no_party(full: Pipeline) -> None:
    (ev,) = events(full, "Police said a bomb killed five people at a market in Peshawar on Monday.")
    assert ev.type == "attack" and "Pakistan" not in names(ev.agents + ev.targets)


@pytest.mark.parametrize("text", [
    "On Sunday a van ploughed into a crowd of shoppers in Kandahar.",
    "On Friday a car drove into a group of tourists in Bamiyan.",
    "A man rammed his truck into a market stall in Herat on Tuesday.",
])
def test_a_vehicle_driven_into_people_is_an_attack(full: Pipeline, text: str) -> None:
    (ev,) = events(full, text)
    assert ev.type == "attack"


def test_a_cell_formed_with_the_aim_of_attacks_is_no_incident(full: Pipeline) -> None:
    assert events(full, "Once in Vienna, the men had formed a cell with the aim of carrying out attacks in Austria, "
                        "prosecutors said.") == []


def test_towns_at_the_ends_of_a_road_do_not_place_an_incident_on_it(full: Pipeline) -> None:
    (ev,) = events(full, "On Sunday gunmen ambushed a bus on the Kabul-Jalalabad highway in Laghman province, "
                         "killing four passengers.")
    assert ev.location.admin1 == "AF-LAG"


def test_an_arrest_of_someone_identified_by_name_is_an_arrest(full: Pipeline) -> None:
    (ev,) = events(full, "On Monday, Dutch authorities detained a 30-year-old man identified as Karim B. in the "
                         "southern city of Eindhoven.")
    assert ev.type == "arrest" and names(ev.agents) == ["Netherlands"] and ev.location.admin1 == "NL-NB"


def test_the_place_of_a_plotted_attack_is_not_where_the_arrest_was(full: Pipeline) -> None:
    (ev,) = events(full, "Police detained a man in Graz on Thursday on suspicion of planning an attack on a concert "
                         "in Vienna.")
    assert ev.location.admin1 == "AT-6"
