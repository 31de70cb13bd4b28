"""Responsibility and strength claims: compared with other claims and events (not scored).

A responsibility claim is set against attacks in the same place within two weeks of it
and other speakers' responsibility claims: the same perpetrator agrees, another one
disagrees. A strength claim is set against other figures for the same group: overlapping
ranges agree, disjoint ones disagree. Both sides at once make the verdict `disputed`.
"""
from __future__ import annotations

from datetime import date

from belie.model import Claim, Quantity
from belie.verify.rules import NONE, EventFact, Result, Scope

__all__ = ["INCIDENT_DAYS", "responsibility_claim", "responsibility_event", "strength_claim"]

INCIDENT_DAYS = 14


def _near(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= INCIDENT_DAYS


def responsibility_event(scope: Scope, fact: EventFact) -> Result:
    """An attack in P near the claim date with a claimed/confirmed perpetrator."""
    event = fact.event
    if event.type != "attack" or event.attribution not in ("claimed", "confirmed"):
        return NONE
    if not scope.inside(fact.place) or not _near(fact.first or fact.last, scope.window.anchor):
        return NONE
    if not fact.agents or not scope.families:
        return NONE
    same = bool(fact.agents & scope.families)
    agrees = same != scope.deny
    who = ", ".join(sorted(fact.agents))
    return ("supports" if agrees else "contradicts",
            f"attack in {fact.place} ({fact.first}) {event.attribution} for {who}")


def responsibility_claim(scope: Scope, other: Claim, families: frozenset[str], anchor: date | None) -> Result:
    """Another speaker's responsibility claim about the same place and time."""
    if other.id == scope.claim.id or other.speaker.name == scope.claim.speaker.name or other.kind != "responsibility":
        return NONE
    if not families or not scope.families or not _near(anchor, scope.window.anchor):
        return NONE
    same_group = bool(families & scope.families)
    if not same_group and (other.polarity == "deny" or scope.deny):
        return NONE  # denying one group says nothing about another
    agrees = same_group == (other.polarity == scope.claim.polarity)
    return ("supports" if agrees else "contradicts",
            f"{other.speaker.name} {'names' if other.polarity == 'affirm' else 'denies'} "
            f"{', '.join(sorted(families))} as perpetrator ({anchor})")


def strength_claim(scope: Scope, other: Claim, families: frozenset[str], anchor: date | None) -> Result:
    """Another figure for the same group's strength within the window."""
    if other.id == scope.claim.id or other.kind != "strength" or not (families & scope.families):
        return NONE
    mine, theirs = _bounds(scope.claim.number), _bounds(other.number)
    if mine is None or theirs is None or not scope.window.overlaps(anchor, anchor):
        return NONE
    overlap = mine[0] <= theirs[1] and theirs[0] <= mine[1]
    return ("supports" if overlap else "contradicts",
            f"{other.speaker.name} gives {theirs[0]}-{theirs[1]} ({anchor})")


def _bounds(q: Quantity | None) -> tuple[int, int] | None:
    if q is None or (q.low is None and q.high is None):
        return None
    low = q.low if q.low is not None else q.high
    high = q.high if q.high is not None else low
    return (low, high)
