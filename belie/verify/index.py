"""A date-sorted index of records with a date span, queried by window with bisect."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from operator import itemgetter
from typing import Generic, Iterable, Iterator, TypeVar

__all__ = ["DatedIndex", "normalise_span"]

T = TypeVar("T")
_FIRST = itemgetter(0)


def normalise_span(first: date | None, last: date | None) -> tuple[date, date]:
    """A one-sided span becomes a day; a reversed span ends where it starts."""
    if first is None or last is None:
        first = last = first or last
    return (first, last) if last >= first else (first, first)  # type: ignore[operator,return-value]


class DatedIndex(Generic[T]):
    """Items with a span [first, last], sorted by `first`; undated items kept apart.

    `overlapping(start, end)` finds the items whose span meets [start, end] (None = open)
    in O(log n + k): it bisects on `first` and widens by the longest span seen. Items with
    the same `first` keep the order they were given in. `derived` holds what readers work out
    from the items once per index (the verifier's event facts), and lives as long as the index.
    """

    def __init__(self, rows: Iterable[tuple[date | None, date | None, T]] = (), *, presorted: bool = False) -> None:
        dated: list[tuple[date, date, T]] = []
        self.undated: list[T] = []
        longest = timedelta(0)
        for first, last, item in rows:  # normalise_span, inlined: this loop sees every event
            if first is None or last is None:
                if first is None and last is None:
                    self.undated.append(item)
                    continue
                first = last = first or last
            elif last is not first and last != first:
                if last < first:
                    last = first
                elif last - first > longest:
                    longest = last - first
            dated.append((first, last, item))
        if not presorted:
            dated.sort(key=_FIRST)  # stable: ties keep their input order
        self._firsts = [r[0] for r in dated]
        self._lasts = [r[1] for r in dated]
        self._items = [r[2] for r in dated]
        self._longest = longest if dated else None
        self.derived: dict = {}

    @classmethod
    def from_sorted(cls, dated: list[tuple[date, date, T]], undated: list[T],
                    longest: timedelta | None) -> "DatedIndex[T]":
        """An index over rows already normalised (`normalise_span`) and sorted by first date;
        `longest` is at least the longest span among them (a bound shared by sibling indexes)."""
        index: DatedIndex[T] = cls()
        if dated:
            firsts, lasts, items = zip(*dated)
            index._firsts, index._lasts, index._items = list(firsts), list(lasts), list(items)
            index._longest = longest if longest is not None else timedelta(0)
        index.undated = list(undated)
        return index

    @property
    def items(self) -> list[T]:
        """The dated items, sorted by first date (do not modify)."""
        return self._items

    @property
    def longest(self) -> timedelta | None:
        """At least the longest span among the dated items (None: no dated item)."""
        return self._longest

    @property
    def firsts(self) -> list[date]:
        """Each dated item's first date, aligned with `items` (do not modify)."""
        return self._firsts

    @property
    def lasts(self) -> list[date]:
        """Each dated item's last date, aligned with `items` (do not modify)."""
        return self._lasts

    def bounds(self, start: date | None, end: date | None) -> tuple[int, int, int]:
        """(lo, exact, hi): `overlapping(start, end)` yields the items of positions lo..hi-1 whose last
        date is on or after `start`; from position `exact` on, every item's is."""
        hi = len(self._firsts) if end is None else bisect_right(self._firsts, end)
        lo = exact = 0
        if start is not None and self._longest is not None:
            exact = bisect_left(self._firsts, start, 0, hi)
            try:
                lo = bisect_left(self._firsts, start - self._longest, 0, exact)
            except OverflowError:
                lo = 0
        return lo, max(exact, lo), hi

    def __len__(self) -> int:
        return len(self._items) + len(self.undated)

    def overlapping(self, start: date | None, end: date | None) -> Iterator[T]:
        """Dated items whose span meets [start, end]."""
        hi = len(self._firsts) if end is None else bisect_right(self._firsts, end)
        lo = 0
        if start is not None and self._longest is not None:
            try:
                lo = bisect_left(self._firsts, start - self._longest)
            except OverflowError:
                lo = 0
        lasts, items = self._lasts, self._items
        for i in range(lo, hi):
            if start is None or lasts[i] >= start:
                yield items[i]

    def all(self) -> Iterator[T]:
        yield from self._items
        yield from self.undated

