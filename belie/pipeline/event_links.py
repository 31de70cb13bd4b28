"""Helpers of the event rules: which events are one incident, and small record utilities."""
from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from typing import Callable

from belie.model import ActorRef, DateRange, Event, Location, Quantity, make_id
from belie.pipeline.context import ActorMention

__all__ = ["BY_AGENT", "MERGE_WINDOW", "NEAR_KM", "distance_km", "follow_up", "near", "SEIZE_WORD", "anaphora_types", "families", "is_prose", "is_year",
           "overlap", "parties_of_last", "same_day", "same_incident", "same_undated", "split_by_year", "unique", "unique_refs"]

MERGE_WINDOW = 2
NEAR_KM = 50.0  # two places of one incident: a venue and the city it lies outside of
BY_AGENT = re.compile(r"\b(?:by|claimed by|carried out by)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
SEIZE_WORD = re.compile(r"\b(?:seiz|confiscat|recover|found|cache|haul)", re.I)
_ANAPHORA_TYPES = (("raid", ("raid", "seizure", "arrest", "strike")), ("operation", ("raid", "seizure", "arrest", "strike")),
                    ("strike", ("strike",)), ("incident", ()),
                    ("encounter", ("raid", "clash")),  # "the gunfight": the fight of a raid, a clash or an attack fought back
                    *((noun, ("raid", "clash", "attack")) for noun in ("gunfight", "shootout", "firefight")))


def anaphora_types(phrase: str) -> tuple[str, ...]:
    """Which event types a referring noun can name ("the raid" -> raid; "the blast" -> attack)."""
    low = phrase.lower()
    return next((types for noun, types in _ANAPHORA_TYPES if noun in low), ("attack", "clash"))


def overlap(a: DateRange, b: DateRange) -> bool:
    return bool(a.start and b.start and a.start <= (b.end or b.start) and b.start <= (a.end or a.start))


def families(refs: list[ActorRef]) -> set[str]:
    return {r.family or r.name for r in refs if r.kind != "civilians"}


def parties_meet(a: Event, b: Event) -> bool:
    """A party in common; or civilians hit by both where one of them names no other party ("a bombing at a
    procession" told again as "the bomber blew himself up where people had gathered")."""
    fa, fb = families(a.agents + a.targets), families(b.agents + b.targets)
    if fa & fb:
        return True
    return (not fa or not fb) and any(r.kind == "civilians" for r in a.targets) \
        and any(r.kind == "civilians" for r in b.targets)


def same_incident(a: Event, b: Event) -> bool:
    """Same type and parties; `b` either adds nothing new (no place, no date) or repeats a's place and date."""
    if a.type != b.type or not parties_meet(a, b):
        return False
    if a.location.country and b.location.country and a.location.country != b.location.country:
        return False
    if not (b.location.admin1 or b.date.start):
        return bool(a.location.admin1 or a.date.start)
    same_place = a.location.admin1 == b.location.admin1 and a.location.admin1 is not None
    same_time = bool(a.date.start and b.date.start and a.date.start <= (b.date.end or b.date.start)
                     and b.date.start <= (a.date.end or a.date.start))
    return same_place and same_time


def distance_km(a: Location, b: Location) -> float | None:
    """Great-circle distance between two located places; None when either lacks coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def near(a: Location, b: Location, within: Callable[[str | None, str | None], bool]) -> bool:
    """Same province, one place inside the other, or both within NEAR_KM: one incident's places."""
    if not (a.country and a.country == b.country):
        return False
    if (a.admin1 and a.admin1 == b.admin1) or not (b.admin1 or b.place_id):
        return True  # same province, or `b` names no place of its own in a's country
    if a.place_id and b.place_id and a.precision != "country" and b.precision != "country" \
            and (within(a.place_id, b.place_id) or within(b.place_id, a.place_id)):
        return True
    km = distance_km(a, b)
    return km is not None and km <= NEAR_KM


def follow_up(a: Event, b: Event, places_near: bool) -> bool:
    """`b` tells `a` again: same type, no new party, nearby places, compatible dates, not two tolls."""
    if a.type != b.type or a.span == b.span or not places_near:
        return False
    fa, fb = families(a.agents + a.targets), families(b.agents + b.targets)
    if fb and not (fa & fb):
        return False
    if a.date.start and b.date.start and not overlap(a.date, b.date):
        return False
    return not (a.killed and b.killed and a.killed.low != b.killed.low)


def same_undated(a: Event, b: Event) -> bool:
    """`b` has no date and names the province and a party of an earlier incident of its type (two different
    tolls are two incidents; the same toll told twice is one)."""
    return (not b.date.start and b.location.admin1 is not None and a.location.admin1 == b.location.admin1
            and a.type == b.type and a.type in ("attack", "strike") and parties_meet(a, b)
            and not (a.killed and b.killed and a.killed.low != b.killed.low))


def same_day(a: Event, b: Event) -> bool:
    """Both on the same day in the same province, of one type and party: one incident told twice."""
    return b.date.precision == "day" and b.location.admin1 is not None and same_incident(a, b)


def is_prose(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?\"'\u201d\u2019)"


def is_year(q: Quantity) -> bool:
    return q.low is not None and 1900 <= q.low <= 2100 and q.high in (None, q.low)


def unique(mentions: list[ActorMention]) -> list[ActorRef]:
    return unique_refs([m.ref for m in mentions])


def unique_refs(refs: list[ActorRef]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.name, ref)
    return list(seen.values())


def parties_of_last(earlier: list[Event], etype: str, agents: list[ActorRef],
                    targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """Fighting told without its sides ("residents fled the clashes"): the sides of the last such fighting."""
    last = next((e for e in reversed(earlier) if e.type == etype and e.agents), None)
    return (list(last.agents), list(last.targets)) if last else (agents, targets)


def split_by_year(events: list[Event], years: list[int]) -> list[Event]:
    """ "a 2022 attack ... as well as 2017 bombings": one event per year named before an incident noun.

    The counts of the sentence stay with the first year's incident; the others get none."""
    if len(years) < 2:
        return events
    out = []
    for ev in events:
        for i, year in enumerate(years):
            when = DateRange(date(year, 1, 1), date(year, 12, 31), str(year), "year")
            copy = replace(ev, date=when) if i == 0 else replace(ev, date=when, killed=None, wounded=None, arrested=None)
            copy.id = "ev_" + make_id(ev.id, year)
            out.append(copy)
    return out
