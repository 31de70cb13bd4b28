"""Second-pass event rules: generic sentences, statement dates, coreference, implied places.

Every sentence is written for these tests about public facts (own words, no corpus text).
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.knowledge import Actor, Affiliation, KnowledgeBase, Place
from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED, small_kb


def _extended_kb() -> KnowledgeBase:
    base = small_kb()
    people = [
        Actor(name="Qari Fateh", kind="person", family="IS", affiliations=[Affiliation("ISKP", "commander")]),
        Actor(name="Ijaz Amin Ahangar", kind="person", family="IS", affiliations=[Affiliation("ISKP", "commander")]),
    ]
    places = [
        Place("AF-HER", "Herat", "admin1", "AF", admin1="AF-HER", parent="AF"),
        Place("AF-FYB", "Faryab", "admin1", "AF", admin1="AF-FYB", parent="AF"),
        Place("AF-KAB/kabul/dasht-e-barchi", "Dasht-e-Barchi", "neighbourhood", "AF", admin1="AF-KAB",
              parent="AF-KAB/kabul"),
    ]
    return KnowledgeBase([*base.actors.values(), *people], [*base.places.values(), *places],
                         base.context_rules.values())


@pytest.fixture(scope="module")
def pipe2() -> Pipeline:
    return Pipeline(_extended_kb())


def events(pipe: Pipeline, text: str, published: date | None = PUBLISHED):
    return pipe.extract(Document(text=text, published=published)).events


@pytest.mark.parametrize("text", [
    "The TTP continues to use Afghan soil to launch attacks on Pakistan, particularly in Khyber Pakhtunkhwa.",
    "Could the Taliban protect Kabul from an ISKP attack?",
    "Attacks by ISKP in Kabul had fallen by 90 per cent, the Taliban said.",
    "ISKP, which has attacked foreigners and religious minorities, remains the main threat to Taliban rule.",
    "Officials in Islamabad said the Taliban had failed to stop the TTP from using Afghan territory for attacks.",
])
def test_generic_and_hypothetical_sentences_are_no_events(pipe: Pipeline, text: str) -> None:
    assert events(pipe, text) == []


def test_a_count_keeps_a_sentence_with_a_generic_word(pipe: Pipeline) -> None:
    text = "ISKP continued to strike in Kabul, where a bombing on Monday killed six Taliban fighters."
    (ev,) = events(pipe, text)
    assert ev.killed is not None and ev.killed.low == 6


def test_the_date_of_a_claim_is_not_the_date_of_the_attack(pipe: Pipeline) -> None:
    # Published Wednesday 29 March 2023: the claim came Tuesday, the attack Monday.
    text = ("A suicide bombing at a mosque in Mazar-e-Sharif that killed 12 worshippers was claimed on Tuesday "
            "by ISKP.\n\nResidents said the blast hit during Monday prayers.\n\nMonday's attack was the deadliest "
            "in Balkh this year.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27)


def test_a_later_reference_to_the_blast_enriches_the_first_event(pipe: Pipeline) -> None:
    text = ("An ISKP suicide bomber attacked a Taliban checkpoint in Kabul on Monday, killing four guards.\n\n"
            "The Taliban government said it would increase security.\n\nThe Islamic Emirate also held talks "
            "with Pakistan.\n\nA Kabul hospital said the blast had wounded eleven people.")
    (ev,) = events(pipe, text)
    assert ev.wounded is not None and ev.wounded.low == 11


def test_the_afghan_capital_is_kabul(pipe: Pipeline) -> None:
    (ev,) = events(pipe, "ISKP claimed an explosion on a minibus in the Afghan capital on Saturday that killed two people.")
    assert ev.location.admin1 == "AF-KAB"
    assert ev.date.start == date(2023, 3, 25)


def test_the_same_neighbourhood_is_the_place_of_the_incident_before(pipe2: Pipeline) -> None:
    text = ("ISKP bombed a sports club in Dasht-e-Barchi on 26 October 2022, killing four people.\n\n"
            "ISKP also claimed a bombing of a minibus in the same neighbourhood on 30 November 2022 that killed seven.")
    evs = events(pipe2, text)
    assert [e.location.admin1 for e in evs] == ["AF-KAB", "AF-KAB"]
    assert [e.date.start for e in evs] == [date(2022, 10, 26), date(2022, 11, 30)]


def test_killings_of_named_commanders_are_one_raid_each(pipe2: Pipeline) -> None:
    text = "The killings of ISKP commanders, including Qari Fateh and Ijaz Amin Ahangar, inside Afghanistan show the group is active."
    evs = events(pipe2, text, date(2023, 4, 6))
    assert len(evs) == 2
    assert {e.type for e in evs} == {"raid"}
    assert all(e.targets[0].name == "ISKP" and e.killed.low == 1 and e.location.country == "AF" for e in evs)
    assert len({e.id for e in evs}) == 2


def test_an_apposition_does_not_break_a_list_of_places(pipe2: Pipeline) -> None:
    text = ("Taliban forces raided ISKP hideouts in Kabul, the Afghan capital, as well as in Herat and Balkh on Monday, "
            "killing five militants.")
    assert [e.location.admin1 for e in events(pipe2, text)] == ["AF-KAB", "AF-HER", "AF-BAL"]


def test_arrests_with_deaths_are_a_raid(pipe2: Pipeline) -> None:
    text = "The GDI said two ISKP members had been killed and three detained in operations in Faryab on Sunday."
    (ev,) = events(pipe2, text)
    assert ev.type == "raid"
    assert ev.location.admin1 == "AF-FYB"


@pytest.mark.parametrize("text, year", [
    ("ISKP claimed a 2022 attack on a Sikh temple in Kabul that killed two people.", 2022),
    ("ISKP said it carried out 2021 bombings in Kabul that killed dozens of people.", 2021),
])
def test_a_year_before_an_event_noun_dates_it(pipe: Pipeline, text: str, year: int) -> None:
    (ev,) = events(pipe, text)
    assert (ev.date.start, ev.date.end) == (date(year, 1, 1), date(year, 12, 31))
    assert ev.background


def test_relative_dates_stay_null_without_published(pipe: Pipeline) -> None:
    (ev,) = events(pipe, "ISKP claimed an explosion in the Afghan capital overnight that killed two people.", None)
    assert ev.date.start is None


@pytest.mark.parametrize("text", [
    "ISLAMABAD (Reuters) - An ISKP suicide bomber attacked a police post in the Afghan capital on Monday, killing four.",
    "Islamabad: An ISKP suicide bomber attacked a police post in the Afghan capital on Monday, killing four.",
])
def test_a_dateline_is_not_the_place_of_the_incident(pipe: Pipeline, text: str) -> None:
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "AF-KAB"


def test_a_capital_speaking_for_its_government_is_not_a_place(pipe: Pipeline) -> None:
    text = "Islamabad has said ISKP gunmen attacked a bus in Bajaur on Monday, killing five Pakistani soldiers."
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "PK-KP"


def test_fighting_told_without_its_sides_keeps_the_sides_of_the_last_clash(pipe: Pipeline) -> None:
    text = ("Pakistani security forces clashed with TTP fighters in Bajaur on Sunday, leaving four dead.\n\n"
            "In May, civilians in Bajaur had fled intense clashes.")
    first, second = events(pipe, text)
    assert [a.name for a in second.agents] == ["Pakistan"] and [t.name for t in second.targets] == ["TTP"]
    assert second.date.start == date(2022, 5, 1)


def test_a_nationality_is_not_a_party(pipe: Pipeline) -> None:
    assert events(pipe, "The man detained on Monday proved to be a citizen of Pakistan.") == []


def test_a_place_inside_a_title_is_not_the_place(pipe: Pipeline) -> None:
    text = "Videos verified by the Kabul Times show ISKP gunmen attacking a mosque in Peshawar on Friday, killing nine."
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "PK-KP"


def test_the_same_incident_on_the_same_day_is_told_once(pipe: Pipeline) -> None:
    text = ("ISKP bombed a mosque in Mazar-e-Sharif on Monday, killing 12 worshippers.\n\nThe Taliban met Pakistani "
            "officials.\n\nThe city was calm.\n\nThe UN condemned the news.\n\nThe UN said ISKP had attacked "
            "worshippers in Balkh on Monday.")
    assert len(events(pipe, text)) == 1


def test_that_an_attack_is_not_a_reference_to_the_last_attack(pipe: Pipeline) -> None:
    text = ("ISKP bombed a mosque in Mazar-e-Sharif on Monday, killing 12 worshippers.\n\n"
            "Officials had warned on 2 March that an attack on Kabul was imminent.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27)
