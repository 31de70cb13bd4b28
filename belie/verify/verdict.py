"""A verdict from the relevant items found for a claim: label, grades, order, reasons, confidence.

Every relevant item (a `Hit`) counts towards the label, the counts in the reasons, the number
of independent sources, the credibility grades and the confidence; only the strongest
`max_items` become `EvidenceItem`s in the verdict (their reasons are written only then).
"""
from __future__ import annotations

import heapq
from datetime import date, datetime, timezone
from typing import Callable, Iterable, NamedTuple, Sequence

from belie.model import EvidenceItem, Verdict
from belie.verify.grading import credibilities
from belie.verify.rules import Scope

__all__ = ["Hit", "build_verdict", "label_for"]

_GRADE_WEIGHT = {"A": 1.0, "B": 0.9, "C": 0.8, "D": 0.7, "E": 0.6, "F": 0.5}


def label_for(stances: Iterable[str]) -> str:
    """supported / contradicted / disputed (both) / unverified (neither)."""
    found = set(stances)
    if {"supports", "contradicts"} <= found:
        return "disputed"
    if "supports" in found:
        return "supported"
    return "contradicted" if "contradicts" in found else "unverified"


class Hit(NamedTuple):
    """One relevant item, kept light until it is among the listed ones (`reason` may be a callable
    that writes it)."""

    kind: str
    id: str
    stance: str
    reason: str | Callable[[], str]
    document_id: str
    date: date | None
    quote: str
    reliability: str
    story: str | None
    dated: bool  # dated by its own text, not its document

    def item(self, credibility: int, reason: str | Callable[[], str] | None = None) -> EvidenceItem:
        reason = self.reason if reason is None else reason
        reason = reason if isinstance(reason, str) else reason()
        return EvidenceItem(self.kind, self.id, self.stance, reason, self.document_id, self.date,
                            self.quote, self.reliability, credibility)


def build_verdict(scope: Scope, hits: Sequence[Hit], flags: list[str], max_items: int,
                  reasons: Sequence[str | Callable[[], str]] | None = None) -> Verdict:
    """Grade every hit, list the strongest `max_items`, and count them all. `reasons`, when given,
    holds each hit's reason in place of its own (hits shared across claims carry none)."""
    grades = credibilities([h.stance for h in hits], [h.story for h in hits])
    label = label_for(h.stance for h in hits)
    main = {"supported": "supports", "contradicted": "contradicts"}.get(label)
    anchor = scope.window.anchor
    top = heapq.nsmallest(max_items, range(len(hits)), key=_strengths(hits, grades, anchor, main).__getitem__)
    items = [hits[n].item(grades[n], reasons[n] if reasons is not None else None) for n in top]
    independent = len({h.story for h in hits if h.story is not None})
    reasons = _reasons(scope, label, hits, independent, flags, len(hits) - len(items))
    return Verdict(scope.claim.id, label, items, reasons, _confidence(label, hits, independent, scope.window.known),
                   scope.window.start, scope.window.end, scope.window.known, independent,
                   datetime.now(timezone.utc))


def _strengths(hits: Sequence[Hit], grades: Sequence[int], anchor: date | None, main: str | None) -> list[tuple]:
    """Each hit's sort key, strongest first: the stance that carries the label, direct (events), dated,
    best graded, closest (one pass: a verdict may count tens of thousands of hits)."""
    if anchor is None:
        return [(h.stance != (main or h.stance), h.kind != "event", not h.dated, h.reliability or "F", g or 6,
                 10 ** 6, h.id) for h, g in zip(hits, grades)]
    return [(h.stance != (main or h.stance), h.kind != "event", not h.dated, h.reliability or "F", g or 6,
             abs((h.date - anchor).days) if h.date else 10 ** 6, h.id) for h, g in zip(hits, grades)]


def _reasons(scope: Scope, label: str, hits: Sequence[Hit], independent: int, flags: list[str],
             unlisted: int = 0) -> list[str]:
    counts = {s: sum(h.stance == s for h in hits) for s in ("supports", "contradicts")}
    head = (f"{label}: {counts['supports']} supporting, {counts['contradicts']} contradicting item(s) "
            f"from {independent} independent source(s)")
    if unlisted:
        head += f"; the strongest {len(hits) - unlisted} listed, {unlisted} more not listed"
    out = [head]
    if not scope.window.known:
        out.append("time scope unknown: the claim and its document are undated, so all evidence counts")
    elif scope.window.start and scope.window.end:
        out.append(f"window {scope.window.start}..{scope.window.end} around {scope.window.anchor}")
    if label == "unverified":
        out.append("no evidence in the store bears on this claim (that does not make it true)")
    out.extend(dict.fromkeys(flags))
    return out


def _confidence(label: str, items: Sequence[Hit], independent: int, known: bool) -> float:
    """How firmly the evidence carries the label (0..1); an unverified label is never confident."""
    if label == "unverified" or not items:
        return 0.0
    weight = max(_GRADE_WEIGHT.get(i.reliability or "F", 0.5) for i in items)
    if label == "disputed":
        share = sum(i.stance == "contradicts" for i in items) / len(items)
        base = 0.5 * (1 - abs(2 * share - 1)) + 0.25
    else:
        base = 1 - 0.5 ** max(independent, 1)
    return round(base * weight * (1.0 if known else 0.8), 3)
