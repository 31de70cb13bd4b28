"""Twelfth-pass event rules (generalisation): grenade attacks; provinces for the cities of China, Iran,
Russia, Central Asia and Turkey (geonames admin1 codes mapped to ISO 3166-2); a journey's end and a
capital dateline are no incident's place; arrests told as "took into custody" or "picked up"; an
after-clause telling a second incident; the day of a statement against the incident's own period.

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.pipeline import Pipeline

from tests.pipeline.conftest import events


@pytest.mark.parametrize("text", [
    "Militants hurled a grenade at a police post in Quetta on Monday, wounding three constables.",
    "Two soldiers were hurt by a grenade thrown by militants at an army vehicle in Srinagar on Friday.",
    "Unknown men lobbed a hand grenade into a crowded market in Peshawar, wounding five shoppers.",
])
def test_a_grenade_thrown_is_an_attack(full: Pipeline, text: str) -> None:
    (ev,) = events(full, text)
    assert ev.type == "attack" and ev.location.admin1 in {"PK-BA", "IN-JK", "PK-KP"}


def test_grenades_seized_are_no_attack(full: Pipeline) -> None:
    assert all(ev.type != "attack" for ev in events(full, "Police seized rifles and grenades in a raid in Kabul."))


@pytest.mark.parametrize("text, admin1", [
    ("A knife attack at Kunming railway station in March 2014 killed 31 people.", "CN-YN"),
    ("Suicide bombers attacked a memorial ceremony in Kerman in January 2024, killing nearly 100 people.", "IR-08"),
    ("A bomb exploded in the Saint Petersburg metro in April 2017, killing 15 people.", "RU-SPE"),
    ("Gunmen attacked a synagogue in Derbent in June 2024, killing a priest and several policemen.", "RU-DA"),
    ("An explosion at a mosque in Shiraz killed several worshippers in October 2022.", "IR-07"),
    ("Militants attacked a police station in Urumqi in 2014, killing 31 people.", "CN-XJ"),
])
def test_a_city_of_china_iran_or_russia_carries_its_province(full: Pipeline, text: str, admin1: str) -> None:
    evs = events(full, text)
    assert evs and evs[0].location.admin1 == admin1


def test_a_chinese_province_is_found_by_its_short_name(full: Pipeline) -> None:
    (ev,) = events(full, "Gunmen attacked a coal mine in Yunnan province in 2015, killing 11 miners.")
    assert ev.location.admin1 == "CN-YN"


def test_a_kyrgyz_city_carries_its_province(full: Pipeline) -> None:
    (ev,) = events(full, "A suicide bomber rammed a car into the Chinese embassy in Bishkek in August 2016, wounding three staff.")
    assert ev.location.admin1 == "KG-GB"


@pytest.mark.parametrize("text, admin1", [
    ("A bomb tore through a passenger bus bound for Quetta in Mastung district on Friday, killing nine people.", "PK-BA"),
    ("Gunmen ambushed a convoy heading to Kabul near Jalalabad on Monday, killing four guards.", "AF-NAN"),
    ("A bomb exploded on a train in Jacobabad on Tuesday; the train had been due to leave for Peshawar, and four people were killed.",
     "PK-SD"),
])
def test_where_a_journey_was_going_is_not_the_incidents_place(full: Pipeline, text: str, admin1: str) -> None:
    evs = events(full, text)
    assert evs and evs[0].location.admin1 == admin1


def test_a_provincial_dateline_places_an_incident_told_only_by_its_country(full: Pipeline) -> None:
    text = "PESHAWAR, Pakistan (AP) — Militants stormed a police station in northwestern Pakistan on Sunday, killing five officers."
    (ev,) = events(full, text)
    assert ev.location.admin1 == "PK-KP"


def test_a_capital_dateline_does_not_place_an_incident_told_by_its_country(full: Pipeline) -> None:
    text = "ISLAMABAD, Pakistan (AP) — Militants stormed a police station in northwestern Pakistan on Sunday, killing five officers."
    (ev,) = events(full, text)
    assert ev.location.country == "PK" and ev.location.admin1 is None


def test_police_took_someone_into_custody_is_an_arrest(full: Pipeline) -> None:
    (ev,) = events(full, "Pakistani police took two suspects into custody in Quetta on Monday after a bombing at a market.")
    assert ev.type == "arrest" and ev.location.admin1 == "PK-BA"


@pytest.mark.parametrize("text, etype", [
    ("Russian security forces said on Thursday they had neutralised an ISKP cell in Kaluga that was planning an attack "
     "on a synagogue.", "raid"),
    ("Pakistani police arrested three men in Lahore on Friday who had been plotting an attack on a church.", "arrest"),
])
def test_the_plan_of_those_raided_or_arrested_keeps_the_incident(full: Pipeline, text: str, etype: str) -> None:
    evs = events(full, text)
    assert [ev.type for ev in evs] == [etype]


def test_a_plan_alone_is_still_no_incident(full: Pipeline) -> None:
    assert events(full, "ISKP militants are planning attacks on Shia mosques in Kabul, officials said.") == []


def test_two_dozen_is_twenty_four(full: Pipeline) -> None:
    (ev,) = events(full, "A suicide bomber struck a mosque in Peshawar on Friday, killing about two dozen worshippers.")
    assert ev.killed.low == 24


@pytest.mark.parametrize("text", [
    "In January, after TTP militants killed nine soldiers in an attack on a checkpost in Bannu, Pakistani jets struck "
    "hideouts in Paktika province.",
    "Pakistani jets struck TTP hideouts in Paktika province on Monday, two days after a suicide bomber killed 12 "
    "policemen in Bannu.",
])
def test_an_attack_in_an_after_clause_is_an_incident_of_its_own(full: Pipeline, text: str) -> None:
    found = {(ev.type, ev.location.admin1) for ev in events(full, text)}
    assert found == {("attack", "PK-KP"), ("strike", "AF-PKA")}


def test_an_after_clause_naming_no_place_or_date_of_its_own_stays_a_reference(full: Pipeline) -> None:
    text = ("Pakistani jets struck TTP hideouts in Paktika province on Monday, two days after an attack near the border "
            "killed seven soldiers.")
    assert [ev.type for ev in events(full, text, published=date(2024, 5, 6))] == ["strike"]


def test_the_day_a_statement_was_made_gives_way_to_the_incidents_own_period(full: Pipeline) -> None:
    text = ("LAHORE - Punjab's Counter Terrorism Department on Thursday said it had arrested five suspected TTP members "
            "in raids across the province over the past week.")
    (ev,) = events(full, text)  # published on a Saturday (2024-05-04)
    assert ev.date.start == date(2024, 4, 27) and ev.date.end == date(2024, 5, 4)


def test_the_day_of_a_statement_stays_when_the_sentence_gives_no_other(full: Pipeline) -> None:
    (ev,) = events(full, "Pakistani police on Thursday said they had arrested four TTP militants in Lahore.")
    assert ev.date.start == date(2024, 5, 2)


def test_a_place_told_by_its_countrys_adjective_is_that_country(full: Pipeline) -> None:
    text = ("Islamabad, Pakistan – Kabul summoned Pakistan's envoy on Sunday, a day after air raids in two eastern "
            "Afghan provinces killed 20 people.")
    evs = [ev for ev in events(full, text) if ev.type == "strike"]
    assert evs and evs[0].location.country == "AF"


def test_the_raids_refers_back_to_air_raids(full: Pipeline) -> None:
    text = ("Pakistani jets carried out air raids in Khost province on Saturday, Taliban officials said. "
            "On Sunday, Pakistan's foreign ministry neither confirmed nor denied that its air force had carried out the raids.")
    assert [ev.type for ev in events(full, text, published=date(2024, 5, 6))] == ["strike"]


@pytest.mark.parametrize("verb", ["picked up", "rounded up"])
def test_suspects_picked_up_are_arrested(full: Pipeline, verb: str) -> None:
    (ev,) = events(full, f"Pakistani police {verb} 12 suspects in Rawalpindi on Tuesday after a bombing.")
    assert ev.type == "arrest" and ev.location.admin1 == "PK-PB"


def test_turkistan_in_a_group_name_is_no_kazakh_city(full: Pipeline) -> None:
    (ev,) = events(full, "Fighters of the Turkistan Islamic Party attacked a Syrian army post in Idlib in May 2019, killing 12 soldiers.")
    assert ev.location.country != "KZ"


def test_the_police_have_also_detained_names_the_states_police(full: Pipeline) -> None:
    text = ("SRINAGAR: Militants shot dead two migrant workers in Shopian on Sunday. "
            "Police have also detained 40 people in Shopian on Monday for questioning.")
    arrests = [ev for ev in events(full, text) if ev.type == "arrest"]
    assert arrests and [a.name for a in arrests[0].agents] == ["India"]
