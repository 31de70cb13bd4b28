"""Third-pass event rules: one incident named by two nearby places, capitals as governments, shared dates.

Every sentence is written for these tests about public facts (own words, no corpus text).
"""
from __future__ import annotations

from datetime import date

import pytest

from belie.knowledge import KnowledgeBase, Place
from belie.model import Document, Location
from belie.pipeline import Pipeline
from belie.pipeline.event_links import distance_km, near

from .conftest import small_kb

MARCH_23 = date(2024, 3, 23)  # a Saturday, the day after the Crocus City Hall attack


def _kb() -> KnowledgeBase:
    base = small_kb()
    places = [
        Place("RU", "Russia", "country", "RU"),
        Place("RU-MOW", "Moscow", "admin1", "RU", admin1="RU-MOW", parent="RU", lat=55.75, lon=37.62),
        Place("RU-MOW/moscow", "Moscow", "city", "RU", admin1="RU-MOW", parent="RU-MOW", lat=55.75, lon=37.62,
              population=12000000),
        Place("RU-MOS", "Moscow Oblast", "admin1", "RU", admin1="RU-MOS", parent="RU", lat=55.5, lon=38.0),
        Place("RU-MOS/krasnogorsk", "Krasnogorsk", "city", "RU", admin1="RU-MOS", parent="RU-MOS", lat=55.82, lon=37.33),
        Place("RU-MOS/krasnogorsk/crocus", "Crocus City Hall", "neighbourhood", "RU", admin1="RU-MOS",
              parent="RU-MOS/krasnogorsk", lat=55.82, lon=37.39),
        Place("RU-SPE/saint-petersburg", "Saint Petersburg", "city", "RU", admin1="RU-SPE", parent="RU",
              lat=59.94, lon=30.31),
        Place("PK-KP/besham", "Besham", "city", "PK", admin1="PK-KP", parent="PK-KP", lat=34.93, lon=72.87),
        Place("AF-KHO", "Khost", "admin1", "AF", admin1="AF-KHO", parent="AF"),
        Place("AF-PKA", "Paktika", "admin1", "AF", admin1="AF-PKA", parent="AF"),
    ]
    return KnowledgeBase(list(base.actors.values()), [*base.places.values(), *places], base.context_rules.values())


@pytest.fixture(scope="module")
def pipe3() -> Pipeline:
    return Pipeline(_kb())


def events(pipe: Pipeline, text: str, published: date | None = MARCH_23):
    return pipe.extract(Document(text=text, published=published)).events


def test_the_city_attack_after_the_venue_attack_is_one_event(pipe3: Pipeline) -> None:
    text = ("ISKP gunmen stormed Crocus City Hall and set the building on fire. "
            "Officials gave no figures for hours. "
            "The Moscow attack on Friday killed at least 140 people, the deadliest in Russia for twenty years.")
    evs = events(pipe3, text)
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.location.admin1, ev.date.start, ev.killed.low) == ("RU-MOS", date(2024, 3, 22), 140)


def test_another_attack_in_the_city_stays_a_separate_event(pipe3: Pipeline) -> None:
    text = ("ISKP gunmen stormed Crocus City Hall and set the building on fire. "
            "Officials gave no figures for hours. "
            "Another attack by ISKP in Moscow killed two police officers.")
    assert len(events(pipe3, text)) == 2


def test_a_far_city_is_not_the_same_incident(pipe3: Pipeline) -> None:
    text = ("ISKP gunmen stormed Crocus City Hall and set the building on fire. "
            "Officials gave no figures for hours. "
            "The Saint Petersburg attack by ISKP killed three people.")
    assert sorted(e.location.admin1 for e in events(pipe3, text)) == ["RU-MOS", "RU-SPE"]


def test_a_capital_asking_for_help_is_not_the_place_of_the_attack(pipe3: Pipeline) -> None:
    text = ("A suicide bomber rammed a bus carrying Chinese engineers in Besham, killing five of them. "
            "The Taliban turned down Islamabad's request for help with the inquiry into the Besham attack.")
    evs = events(pipe3, text, published=None)
    assert [e.location.admin1 for e in evs] == ["PK-KP"]


def test_events_split_by_province_share_a_date_given_later(pipe3: Pipeline) -> None:
    text = ("The Pakistan Army carried out airstrikes on TTP hideouts in Khost and Paktika. "
            "Local people said the strikes hit early on Monday.")
    evs = events(pipe3, text, published=date(2024, 3, 19))
    assert sorted(e.location.admin1 for e in evs) == ["AF-KHO", "AF-PKA"]
    assert {e.date.start for e in evs} == {date(2024, 3, 18)}


_MOSCOW = Location(country="RU", admin1="RU-MOW", place_id="RU-MOW/moscow", precision="city", lat=55.75, lon=37.62)
_CROCUS = Location(country="RU", admin1="RU-MOS", place_id="RU-MOS/krasnogorsk/crocus", precision="neighbourhood",
                   lat=55.82, lon=37.39)
_SPB = Location(country="RU", admin1="RU-SPE", place_id="RU-SPE/saint-petersburg", precision="city",
                lat=59.94, lon=30.31)
_RUSSIA = Location(country="RU")
_KABUL = Location(country="AF", admin1="AF-KAB", place_id="AF-KAB/kabul", precision="city", lat=34.53, lon=69.17)


@pytest.mark.parametrize("a, b, expected", [
    (_CROCUS, _MOSCOW, True),  # about 16 km apart
    (_MOSCOW, _SPB, False),
    (_CROCUS, _RUSSIA, True),  # no place of its own in the same country
    (_MOSCOW, _KABUL, False),  # another country
    (_KABUL, Location(country="AF", admin1="AF-KAB"), True),
])
def test_near(a: Location, b: Location, expected: bool) -> None:
    assert near(a, b, _kb().within) is expected


def test_distance_needs_coordinates() -> None:
    assert distance_km(_MOSCOW, _RUSSIA) is None
    assert 600 < distance_km(_MOSCOW, _SPB) < 680
