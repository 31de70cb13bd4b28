"""Tiny factories for verification tests: a fixed knowledge base and one-line records.

The knowledge base is built here, not loaded from belie/knowledge/data, so these tests
pin the verdict rules and not the contents of the actor dictionary.
"""
from __future__ import annotations

from datetime import date
from itertools import count

from belie.knowledge import KnowledgeBase
from belie.knowledge.records import Actor, Affiliation, Alias, Phase, Place
from belie.model import ActorRef, Claim, DateRange, Document, Event, Location, Span
from belie.verify import MemorySource

_ids = count(1)
TALIBAN_RULE = (Phase("insurgency", True, None, date(2021, 8, 14)), Phase("de facto authorities", False,
                                                                          date(2021, 8, 15), None))


def actor(name: str, kind: str = "group", family: str | None = None, **kw) -> Actor:
    return Actor(name=name, kind=kind, family=family or name, **kw)


def make_kb() -> KnowledgeBase:
    actors = [
        actor("ISKP", family="IS", country="AF", non_state=True, aliases=[Alias("Daesh")]),
        actor("IS", family="IS", non_state=True),
        actor("TTP", country="PK", non_state=True),
        actor("BLA", country="PK", non_state=True),
        actor("Taliban", country="AF", phases=list(TALIBAN_RULE)),
        actor("General Directorate of Intelligence", kind="force", family="Taliban", parent="Taliban"),
        actor("Pakistan", kind="state", country="PK"),
        actor("United States", kind="state", country="US", assessor=True),
        actor("UN Monitoring Team", kind="body", family="UN", assessor=True),
        actor("United Nations", kind="body", family="UN", assessor=True),
        actor("Civilians", kind="civilians"),
        actor("Zabihullah Mujahid", kind="person", family="Taliban",
              affiliations=[Affiliation("Taliban", "spokesman")]),
        actor("Amir Khan Muttaqi", kind="person", family="Taliban",
              affiliations=[Affiliation("Taliban", "foreign minister")]),
    ]
    places = [
        Place("AF", "Afghanistan", "country", "AF"), Place("PK", "Pakistan", "country", "PK"),
        Place("IR", "Iran", "country", "IR"),
        Place("AF-KAB", "Kabul", "admin1", "AF", "AF-KAB", "AF"),
        Place("AF-BAL", "Balkh", "admin1", "AF", "AF-BAL", "AF"),
        Place("AF-KAB/kabul", "Kabul", "city", "AF", "AF-KAB", "AF-KAB"),
        Place("AF-KAB/kabul/pd12", "PD12", "neighbourhood", "AF", "AF-KAB", "AF-KAB/kabul"),
    ]
    return KnowledgeBase(actors, places)


def doc(published: date | None = date(2023, 4, 6), text: str | None = None, publisher: str | None = "Example Wire",
        url: str | None = None) -> Document:
    n = next(_ids)
    return Document(text=text or f"story number {n} " * 3, url=url or f"https://example.org/{n}",
                    publisher=publisher, published=published, id=f"d{n}")


def refs(*names: str) -> list[ActorRef]:
    return [ActorRef(n) for n in names]


def loc(place: str | None) -> Location:
    if place is None:
        return Location()
    country = place.split("-")[0].split("/")[0]
    admin1 = place.split("/")[0] if "-" in place else None
    return Location(country, admin1, place_id=place if "/" in place else None)


def event(d: Document, type: str = "raid", agents=("Taliban",), targets=("ISKP",), place: str | None = "AF",
          when: date | tuple[date, date] | None = date(2023, 3, 20), attribution: str | None = None) -> Event:
    start, end = when if isinstance(when, tuple) else (when, when)
    n = next(_ids)
    return Event(d.id, type, Span(n, n + 1), f"{type} quote {n}", refs(*agents), refs(*targets), attribution,
                 loc(place), DateRange(start, end), id=f"e{n}")


def claim(d: Document, speaker: str = "Amir Khan Muttaqi", kind: str = "presence", polarity: str = "deny",
          subjects=("ISKP",), place: str | None = "AF", when: date | None = date(2023, 4, 6),
          affiliation: str | None = None, number=None) -> Claim:
    n = next(_ids)
    return Claim(d.id, ActorRef(speaker, affiliation=affiliation), kind, polarity, Span(n, n + 1),
                 f"{kind} {polarity} quote {n}", refs(*subjects), loc(place), when, number=number, id=f"c{n}")


def source(kb: KnowledgeBase, docs=(), events=(), claims=()) -> MemorySource:
    return MemorySource(kb, docs, events, claims)
