"""A small hand-made knowledge base, so pipeline tests do not move when the packaged data grows."""
from __future__ import annotations

from datetime import date

import pytest

from belie.knowledge import Actor, Affiliation, Alias, ContextRule, KnowledgeBase, Place
from belie.model import Document, Event
from belie.pipeline import Pipeline


def _actor(name: str, kind: str, family: str, *, aliases=(), acronyms=(), **extra) -> Actor:
    forms = [Alias(a) for a in aliases] + [Alias(a, case_sensitive=True) for a in acronyms]
    return Actor(name=name, kind=kind, family=family, aliases=forms, **extra)


def small_kb() -> KnowledgeBase:
    actors = [
        _actor("ISKP", "group", "IS", aliases=["Islamic State Khorasan Province", "Daesh"], acronyms=["ISKP", "IS-K"],
               country="AF", non_state=True),
        _actor("IS", "group", "IS", aliases=["Islamic State"], acronyms=["IS", "ISIS"], non_state=True),
        _actor("TTP", "group", "TTP", aliases=["Tehreek-e-Taliban Pakistan", "Pakistani Taliban"], acronyms=["TTP"],
               country="PK", non_state=True),
        _actor("Taliban", "group", "Taliban", aliases=["Islamic Emirate", "Taliban forces"], country="AF"),
        _actor("General Directorate of Intelligence", "force", "Taliban", acronyms=["GDI"], parent="Taliban",
               country="AF"),
        _actor("Pakistan", "state", "Pakistan", aliases=["Pakistan Army", "Pakistani security forces"], country="PK"),
        _actor("UN Monitoring Team", "body", "UN", aliases=["Monitoring Team"], assessor=True),
        _actor("Civilians", "civilians", "Civilians", aliases=["civilians", "worshippers"]),
        _actor("Zabihullah Mujahid", "person", "Taliban", aliases=["Mujahid"],
               affiliations=[Affiliation("Taliban", "spokesman")]),
        _actor("Khawaja Asif", "person", "Pakistan", aliases=["Asif"],
               affiliations=[Affiliation("Pakistan", "defence minister")]),
    ]
    places = [
        Place("AF", "Afghanistan", "country", "AF"),
        Place("PK", "Pakistan", "country", "PK"),
        Place("AF-KAB", "Kabul", "admin1", "AF", admin1="AF-KAB", parent="AF"),
        Place("AF-KAB/kabul", "Kabul", "city", "AF", admin1="AF-KAB", parent="AF-KAB", population=4000000),
        Place("AF-BAL", "Balkh", "admin1", "AF", admin1="AF-BAL", parent="AF"),
        Place("AF-BAL/mazar", "Mazar-e-Sharif", "city", "AF", admin1="AF-BAL", parent="AF-BAL",
              aliases=["Mazar-i-Sharif"]),
        Place("AF-NAN", "Nangarhar", "admin1", "AF", admin1="AF-NAN", parent="AF"),
        Place("PK-KP", "Khyber Pakhtunkhwa", "admin1", "PK", admin1="PK-KP", parent="PK"),
        Place("PK-IS", "Islamabad Capital Territory", "admin1", "PK", admin1="PK-IS", parent="PK"),
        Place("PK-IS/islamabad", "Islamabad", "city", "PK", admin1="PK-IS", parent="PK-IS"),
        Place("PK-KP/peshawar", "Peshawar", "city", "PK", admin1="PK-KP", parent="PK-KP"),
        Place("PK-KP/bajaur", "Bajaur", "district", "PK", admin1="PK-KP", parent="PK-KP"),
    ]
    rules = [ContextRule("Khawarij", (("Taliban", "ISKP"), ("Pakistan", "TTP")))]
    return KnowledgeBase(actors, places, rules)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return small_kb()


@pytest.fixture(scope="session")
def full() -> Pipeline:
    """The pipeline on the packaged knowledge base: what users run (built once per test session)."""
    return Pipeline()


SATURDAY = date(2024, 5, 4)


def events(pipe: Pipeline, text: str, published: date = SATURDAY) -> list[Event]:
    """The events `pipe` extracts from `text`, published on `published`."""
    return pipe.extract(Document(text=text, published=published)).events


@pytest.fixture(scope="session")
def pipe(kb: KnowledgeBase) -> Pipeline:
    return Pipeline(kb)


PUBLISHED = date(2023, 3, 29)  # a Wednesday
