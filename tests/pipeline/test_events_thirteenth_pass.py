"""Thirteenth-pass event rules (generalisation): Jammu and Kashmir districts and India's paramilitary forces;
"fired on"; a lone policeman hit; gunfights, shootouts, encounters and joint operations, told and referred back
to; a raid or arrest with no side named is the authority's of the country; the police of the story's country;
civilians named are no side of an arrest; a neighbour named by "the border with" and a person's home place are
no party or place of the incident; a named place of worship hit; "in September last year"; a weekday inside an
opening month; a court's act on an incident told before; two dated incidents joined by ", and"; "in the province".

Every sentence is written for these tests (own words, no corpus text); the pipeline runs on the
packaged knowledge base, offline.
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.pipeline import Pipeline
from belie.pipeline.dates import DateFinder
from belie.pipeline.lexicon import load_lexicon

from tests.pipeline.conftest import events


def _names(refs) -> set[str]:
    return {r.name for r in refs}


@pytest.mark.parametrize("district", ["Doda", "Kishtwar", "Ramban", "Udhampur", "Bandipora", "Budgam", "Ganderbal"])
def test_a_jammu_and_kashmir_district_is_placed(full: Pipeline, district: str) -> None:
    (ev,) = events(full, f"Militants attacked an army patrol in {district} district on Monday, wounding two soldiers.")
    assert ev.location.admin1 == "IN-JK"


def test_an_indian_paramilitary_force_is_india(full: Pipeline) -> None:
    evs = events(full, "A Border Security Force (BSF) jawan and two militants were killed in an encounter in Kupwara "
                       "on Sunday.")
    assert evs and "India" in _names(evs[0].agents)


def test_fired_on_is_an_attack(full: Pipeline) -> None:
    (ev,) = events(full, "Militants fired on a police post in Rajouri district on Sunday night, wounding two officers.")
    assert ev.type == "attack" and "India" in _names(ev.targets)


def test_a_lone_policeman_hit_is_the_state_hit(full: Pipeline) -> None:
    (ev,) = events(full, "A policeman was injured when militants opened fire on a patrol in Shopian on Monday.")
    assert "India" in _names(ev.targets)


def test_a_raid_with_no_side_named_is_the_authoritys(full: Pipeline) -> None:
    (ev,) = events(full, "Three militants were killed in an encounter at a village in Kulgam district on Wednesday.")
    assert ev.type == "raid" and _names(ev.agents) == {"India"}


def test_killed_in_a_gunfight_is_a_raid_by_the_authority(full: Pipeline) -> None:
    (ev,) = events(full, "Two militants were killed in a gunfight in Pulwama district on Thursday.")
    assert ev.type == "raid" and _names(ev.agents) == {"India"}


def test_a_joint_operation_is_a_raid(full: Pipeline) -> None:
    (ev,) = events(full, "A militant commander was killed in a joint operation by the army and police in Bandipora "
                         "on Friday.")
    assert ev.type == "raid" and "India" in _names(ev.agents)


@pytest.mark.parametrize("second", [
    "The gunfight lasted several hours.",
    "The encounter began after a tip-off about militants hiding in an orchard.",
])
def test_the_gunfight_refers_back(full: Pipeline, second: str) -> None:
    text = f"Security forces killed two militants in a raid in Kulgam district on Friday. {second}"
    assert len(events(full, text)) == 1


def test_civilians_named_are_no_side_of_an_arrest(full: Pipeline) -> None:
    text = ("Police arrested a man in Rajouri district on Tuesday for guiding the militants behind the June attack on a bus "
            "carrying pilgrims near Reasi.")
    (ev,) = [e for e in events(full, text) if e.type == "arrest"]
    assert _names(ev.agents) == {"India"}


def test_police_with_no_place_are_the_story_countrys(full: Pipeline) -> None:
    text = ("Militants attacked tourists in Pahalgam on Tuesday, killing 26 people. Pakistan denied any role.\n\n"
            "The police have detained hundreds of people for questioning since Tuesday.")
    (ev,) = [e for e in events(full, text, published=date(2025, 4, 27)) if e.type == "arrest"]
    assert _names(ev.agents) == {"India"}


def test_the_neighbour_across_the_border_is_no_party(full: Pipeline) -> None:
    (ev,) = events(full, "Militants attacked a checkpoint in Kurram near the border with Afghanistan on Monday, "
                         "killing two soldiers.")
    assert "Afghanistan" not in _names(ev.agents + ev.targets) and "Islamic Republic of Afghanistan" not in _names(ev.targets)
    assert "Pakistan" in _names(ev.targets)


def test_a_named_place_of_worship_hit_civilians(full: Pipeline) -> None:
    (ev,) = events(full, "In February 2017 a suicide bomber blew himself up at the Lal Shahbaz Qalandar Shrine in "
                         "Sehwan, killing more than 80 people.")
    assert "Civilians" in _names(ev.targets)


@pytest.mark.parametrize("text, start, end", [
    ("In September last year", date(2022, 9, 1), date(2022, 9, 30)),
    ("in March of this year", date(2023, 3, 1), date(2023, 3, 31)),
    ("on March 3 last year", date(2022, 3, 3), date(2022, 3, 3)),
    ("on 3 March last year", date(2022, 3, 3), date(2022, 3, 3)),
])
def test_a_month_or_day_of_last_year(text: str, start: date, end: date) -> None:
    (hit,) = list(DateFinder(load_lexicon()).find(text, date(2023, 5, 10)))
    assert (hit.value.start, hit.value.end) == (start, end)


def test_a_weekday_inside_an_opening_month(full: Pipeline) -> None:
    (ev,) = events(full, "In October last year, gunmen attacked worshippers after Friday prayers in Quetta, killing "
                         "six people.", published=date(2023, 5, 10))
    assert (ev.date.start, ev.date.end) == (date(2022, 10, 1), date(2022, 10, 31))


def test_a_court_act_on_an_incident_told_before_is_no_incident(full: Pipeline) -> None:
    text = ("Gunmen attacked a shrine in Shiraz in October 2022, killing 13 worshippers. "
            "In July 2023, two men convicted over the attack were hanged in Shiraz.")
    assert len(events(full, text, published=date(2023, 8, 20))) == 1


def test_a_home_place_is_not_the_incidents(full: Pipeline) -> None:
    (ev,) = [e for e in events(full, "Omar Khalid Khorasani, a native of Mohmand, was killed in a roadside bombing in "
                                     "Paktika province in August 2022.") if e.location.country]
    assert ev.location.admin1 == "AF-PKA"


def test_two_dated_incidents_joined_by_and(full: Pipeline) -> None:
    text = ("In January 2016 militants attacked a university in Charsadda, killing 21 people, and in August 2016 a "
            "suicide bomber struck a hospital in Quetta.")
    evs = events(full, text)
    assert {(e.date.start.month, e.location.admin1) for e in evs} == {(1, "PK-KP"), (8, "PK-BA")}


def test_in_the_province_is_the_province_named_last(full: Pipeline) -> None:
    text = ("In 2014 BLA militants attacked a checkpoint near Panjgur, and in 2015 four soldiers were killed in clashes "
            "with the BLA in the province.")
    evs = events(full, text)
    assert len(evs) == 2 and all(e.location.admin1 == "PK-BA" for e in evs)


def test_civilians_killed_in_strikes_are_hit_not_a_side(full: Pipeline) -> None:
    (ev,) = events(full, "Pakistani air strikes hit villages in Khost province on Saturday, killing civilians, "
                         "Taliban officials said.")
    assert "Civilians" not in _names(ev.agents) and "Civilians" in _names(ev.targets)


def test_a_claimed_raid_is_the_groups_attack(full: Pipeline) -> None:
    (ev,) = events(full, "The TTP claimed a raid on an air base in Mianwali on Saturday in which all the attackers "
                         "were killed.")
    assert ev.type == "attack" and _names(ev.agents) == {"TTP"} and "Pakistan" in _names(ev.targets)


def test_a_resistance_front_in_lower_case_is_no_trf(full: Pipeline) -> None:
    (ev,) = events(full, "Figures in the resistance front gathered in Panjshir say the Taliban attacked Andarab on Friday.")
    assert "Lashkar-e-Taiba" not in _names(ev.agents + ev.targets)
    (trf,) = events(full, "The Resistance Front claimed the attack on tourists in Pahalgam on Tuesday.")
    assert _names(trf.agents) == {"Lashkar-e-Taiba"}


def test_attackers_targeted_is_an_attack(full: Pipeline) -> None:
    (ev,) = events(full, "On Friday, attackers targeted the compound of Hezb-e-Islami leader Gulbuddin Hekmatyar in "
                         "Kabul during prayers.")
    assert ev.type == "attack" and "Hizb-e-Islami" in _names(ev.targets)


def test_also_on_the_same_day_opens_another_incident(full: Pipeline) -> None:
    text = ("On Friday, a gunman opened fire on the Pakistani embassy in Kabul; the TTP was blamed. "
            "Also on Friday, attackers targeted the compound of Hezb-e-Islami leader Gulbuddin Hekmatyar in Kabul.")
    assert len(events(full, text)) == 2
