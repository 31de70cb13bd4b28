"""A verdict from the relevant items found for a claim: label, grades, order, reasons, confidence.

Every relevant item (a `Hit`) counts towards the label, the counts in the reasons, the number
of independent sources, the credibility grades and the confidence; only the strongest
`max_items` become `EvidenceItem`s in the verdict (their reasons are written only then).
"""
from __future__ import annotations

import heapq
from itertools import compress
from operator import itemgetter
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
    holds each hit's reason in place of its own (hits shared across claims carry none).

    A verdict may count tens of thousands of hits, so the per-hit work is columns read with
    `map` and look-ups by distinct values; full sort keys are built only for the hits that can
    still make the list."""
    stances = list(map(_STANCE, hits))
    stories = list(map(_STORY, hits))
    grades = credibilities(stances, stories)
    label = label_for(set(stances))
    main = {"supported": "supports", "contradicted": "contradicts"}.get(label)
    top = _strongest(hits, stances, grades, scope.window.anchor, main, max_items)
    items = [hits[n].item(grades[n], reasons[n] if reasons is not None else None) for n in top]
    found = set(stories)
    found.discard(None)
    independent = len(found)
    counts = {s: stances.count(s) for s in ("supports", "contradicts")}
    reasons = _reasons(scope, label, counts, len(hits), independent, flags, len(hits) - len(items))
    weight = max((_GRADE_WEIGHT.get(r or "F", 0.5) for r in set(map(_RELIABILITY, hits))), default=0.0)
    return Verdict(scope.claim.id, label, items, reasons,
                   _confidence(label, len(hits), counts["contradicts"], weight, independent, scope.window.known),
                   scope.window.start, scope.window.end, scope.window.known, independent,
                   datetime.now(timezone.utc))


_KIND, _ID, _STANCE, _DATE, _RELIABILITY, _STORY, _DATED = (itemgetter(n) for n in (0, 1, 2, 5, 7, 8, 9))


def _strongest(hits: Sequence[Hit], stances: list[str], grades: list[int], anchor: date | None,
               main: str | None, max_items: int) -> list[int]:
    """The positions of the `max_items` strongest hits, strongest first: the stance that carries the
    label, direct (events), dated, best graded, closest, then by id (`heapq.nsmallest` over the full
    keys, which it equals). Each hit's key up to its distance takes few distinct values: they are
    ranked once, and only hits ranked no worse than the `max_items`-th best are keyed in full."""
    n = len(hits)
    columns = list(zip(stances, map(_KIND, hits), map(_DATED, hits), map(_RELIABILITY, hits), grades))
    heads = {c: (c[0] != (main or c[0]), c[1] != "event", not c[2], c[3] or "F", c[4] or 6) for c in set(columns)}
    order = {head: r for r, head in enumerate(sorted(set(heads.values())))}
    rank_of = {c: order[head] for c, head in heads.items()}
    ranks = list(map(rank_of.__getitem__, columns))
    if n > max_items > 0:
        worst = heapq.nsmallest(max_items, ranks)[-1]
        candidates: Iterable[int] = compress(range(n), map(worst.__ge__, ranks))
    else:
        candidates = range(n)
    far = 10 ** 6
    if anchor is None:
        key = lambda i: (ranks[i], far, hits[i].id)  # noqa: E731
    else:
        key = lambda i: (ranks[i], abs((h.date - anchor).days) if (h := hits[i]).date else far, h.id)  # noqa: E731
    return heapq.nsmallest(max_items, candidates, key=key)


def _reasons(scope: Scope, label: str, counts: dict[str, int], total: int, independent: int, flags: list[str],
             unlisted: int = 0) -> list[str]:
    head = (f"{label}: {counts['supports']} supporting, {counts['contradicts']} contradicting item(s) "
            f"from {independent} independent source(s)")
    if unlisted:
        head += f"; the strongest {total - unlisted} listed, {unlisted} more not listed"
    out = [head]
    if not scope.window.known:
        out.append("time scope unknown: the claim and its document are undated, so all evidence counts")
    elif scope.window.start and scope.window.end:
        out.append(f"window {scope.window.start}..{scope.window.end} around {scope.window.anchor}")
    if label == "unverified":
        out.append("no evidence in the store bears on this claim (that does not make it true)")
    out.extend(dict.fromkeys(flags))
    return out


def _confidence(label: str, n: int, contradicting: int, weight: float, independent: int, known: bool) -> float:
    """How firmly the evidence carries the label (0..1); an unverified label is never confident.
    `weight` is the best reliability weight among the `n` items."""
    if label == "unverified" or not n:
        return 0.0
    if label == "disputed":
        share = contradicting / n
        base = 0.5 * (1 - abs(2 * share - 1)) + 0.25
    else:
        base = 1 - 0.5 ** max(independent, 1)
    return round(base * weight * (1.0 if known else 0.8), 3)
