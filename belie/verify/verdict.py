"""A verdict from the relevant items found for a claim: label, grades, order, reasons, confidence.

Every relevant item (a `Hit`) counts towards the label, the counts in the reasons, the number
of independent sources, the credibility grades and the confidence; only the strongest
`max_items` become `EvidenceItem`s in the verdict (their reasons are written only then).
"""
from __future__ import annotations

import heapq
from bisect import bisect_right
from itertools import compress, repeat
from operator import add, mul, sub
from datetime import date, datetime, timezone
from typing import Callable, Iterable, NamedTuple, Sequence

from belie.model import EvidenceItem, Verdict
from belie.verify.grading import credibilities
from belie.verify.rules import Scope

__all__ = ["Hit", "Hits", "build_verdict", "label_for"]

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


class Hits:
    """A verdict's relevant items as columns, in the order found (the label, counts, grades and the
    choice of listed items read only these); `item(n, credibility)` builds the nth as evidence.

    Items come one at a time (`add`: a `Hit` and its reason) or in runs from a date index (`extend`:
    columns and a function that builds the item of a run position when it is listed)."""

    __slots__ = ("kinds", "ids", "stances", "reliabilities", "stories", "dated", "days", "undated", "_runs",
                 "_starts")

    def __init__(self) -> None:
        self.kinds: list[str] = []
        self.ids: list[str] = []
        self.stances: list[str] = []
        self.reliabilities: list[str] = []
        self.stories: list[str | None] = []
        self.dated: list[bool] = []
        self.days: list[int | None] = []  # each item's date as an ordinal (None: undated)
        self.undated: list[int] = []  # positions of the undated items
        self._runs: list[tuple[list, list] | Callable[[int], tuple[Hit, str | Callable[[], str]]]] = []
        self._starts: list[int] = []

    @classmethod
    def of(cls, hits: Iterable[Hit], reasons: Sequence[str | Callable[[], str]] | None = None) -> "Hits":
        out = cls()
        for n, hit in enumerate(hits):
            out.add(hit, reasons[n] if reasons is not None else hit.reason)
        return out

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, hit: Hit, reason: str | Callable[[], str] | tuple) -> None:
        """One item; `reason` is its reason, a function writing it, or (rule, scope, fact) to ask."""
        n = len(self.ids)
        if not self._starts or type(self._runs[-1]) is not tuple:
            self._starts.append(n)
            self._runs.append(([], []))
        hits, reasons = self._runs[-1]  # type: ignore[misc]
        hits.append(hit)
        reasons.append(reason)
        self.kinds.append(hit.kind)
        self.ids.append(hit.id)
        self.stances.append(hit.stance)
        self.reliabilities.append(hit.reliability)
        self.stories.append(hit.story)
        self.dated.append(hit.dated)
        if hit.date is None:
            self.undated.append(n)
            self.days.append(None)
        else:
            self.days.append(hit.date.toordinal())

    def extend(self, kind: str, ids: list[str], stances: list[str], reliabilities: list[str],
               stories: list[str | None], dated: list[bool], days: list[int],
               build: Callable[[int], tuple[Hit, str | Callable[[], str]]]) -> None:
        """A run of dated items given as columns; `build(k)` gives the run's kth item and its reason."""
        if not ids:
            return
        self._starts.append(len(self.ids))
        self._runs.append(build)
        self.kinds.extend([kind] * len(ids))
        self.ids.extend(ids)
        self.stances.extend(stances)
        self.reliabilities.extend(reliabilities)
        self.stories.extend(stories)
        self.dated.extend(dated)
        self.days.extend(days)

    def item(self, n: int, credibility: int) -> EvidenceItem:
        run = bisect_right(self._starts, n) - 1
        k = n - self._starts[run]
        found = self._runs[run]
        if type(found) is tuple:
            hit, reason = found[0][k], found[1][k]
        else:
            hit, reason = found(k)
        if type(reason) is tuple:
            judge, scope, fact = reason
            reason = judge(scope, fact)[1]
        return hit.item(credibility, reason)


def build_verdict(scope: Scope, hits: Hits | Sequence[Hit], flags: list[str], max_items: int,
                  reasons: Sequence[str | Callable[[], str]] | None = None) -> Verdict:
    """Grade every hit, list the strongest `max_items`, and count them all. `reasons`, when given
    with a sequence of hits, holds each hit's reason in place of its own.

    A verdict may count tens of thousands of hits, so the per-hit work is columns read with
    `map` and look-ups by distinct values; full sort keys are built only for the hits that can
    still make the list."""
    if not isinstance(hits, Hits):
        hits = Hits.of(hits, reasons)
    stances, stories = hits.stances, hits.stories
    grades = credibilities(stances, stories)
    label = label_for(set(stances))
    main = {"supported": "supports", "contradicted": "contradicts"}.get(label)
    top = _choose(hits, grades, scope.window.anchor, main, max_items)
    items = [hits.item(n, grades[n]) for n in top]
    found = set(stories)
    found.discard(None)
    independent = len(found)
    total = len(hits)
    counts = {s: stances.count(s) for s in ("supports", "contradicts")}
    reasons = _reasons(scope, label, counts, total, independent, flags, total - len(items))
    weight = max((_GRADE_WEIGHT.get(r or "F", 0.5) for r in set(hits.reliabilities)), default=0.0)
    return Verdict(scope.claim.id, label, items, reasons,
                   _confidence(label, total, counts["contradicts"], weight, independent, scope.window.known),
                   scope.window.start, scope.window.end, scope.window.known, independent,
                   datetime.now(timezone.utc))


_FAR = 10 ** 6  # the distance of an undated item


def _choose(hits: Hits, grades: list[int], anchor: date | None, main: str | None, max_items: int) -> list[int]:
    n = len(hits)
    if anchor is None:
        dists = [_FAR] * n
    else:
        at = anchor.toordinal()
        days = hits.days
        if hits.undated:
            days = list(days)
            for i in hits.undated:
                days[i] = at
        dists = list(map(abs, map(sub, days, repeat(at, n))))
        for i in hits.undated:
            dists[i] = _FAR
    return _strongest_of(hits.stances, hits.kinds, hits.dated, hits.reliabilities, grades, dists, hits.ids,
                         main, max_items)


def _strongest(hits: Sequence[Hit], stances: list[str], grades: list[int], anchor: date | None,
               main: str | None, max_items: int) -> list[int]:
    """`_strongest_of` for a list of hits."""
    return _choose(Hits.of(hits), grades, anchor, main, max_items)


def _strongest_of(stances: list[str], kinds: list[str], dated: list[bool], reliabilities: list[str],
                  grades: list[int], dists: list[int], ids: list[str], main: str | None,
                  max_items: int) -> list[int]:
    """The positions of the `max_items` strongest hits, strongest first: the stance that carries the
    label, direct (events), dated, best graded, closest (`dists`: days from the claim date), then by
    id (`heapq.nsmallest` over the full keys, which it equals). Each hit's key up to its distance takes
    few distinct values: they are ranked once (columns of one value left out of the look-up), rank and
    distance make one integer, and only hits no further than the `max_items`-th best are keyed in full."""
    n = len(ids)
    if max_items <= 0:
        return []
    columns = (stances, kinds, dated, reliabilities, grades)
    varying = [k for k, col in enumerate(columns) if len(set(col)) > 1]
    if varying:
        keys: list = list(zip(*(columns[k] for k in varying))) if len(varying) > 1 else columns[varying[0]]
        fixed = [col[0] for col in columns]
        heads = {}
        for key in set(keys):
            c = list(fixed)
            for k, value in zip(varying, key if len(varying) > 1 else (key,)):
                c[k] = value
            heads[key] = (c[0] != (main or c[0]), c[1] != "event", not c[2], c[3] or "F", c[4] or 6)
        order = {head: r for r, head in enumerate(sorted(set(heads.values())))}
        rank_of = {key: order[head] for key, head in heads.items()}
        big = max(dists) + 1
        near = list(map(add, map(mul, map(rank_of.__getitem__, keys), repeat(big, n)), dists))
    else:
        near = dists
    candidates: Iterable[int] = range(n)
    if n > max_items:
        worst = heapq.nsmallest(max_items, near)[-1]
        candidates = compress(candidates, map(worst.__ge__, near))
    return heapq.nsmallest(max_items, candidates, key=lambda i: (near[i], ids[i]))


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
