"""A date-sorted index of records with a date span, queried by window with bisect."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from typing import Generic, Iterable, Iterator, TypeVar

__all__ = ["DatedIndex"]

T = TypeVar("T")


class DatedIndex(Generic[T]):
    """Items with a span [first, last], sorted by `first`; undated items kept apart.

    `overlapping(start, end)` finds the items whose span meets [start, end] (None = open)
    in O(log n + k): it bisects on `first` and widens by the longest span seen.
    """

    def __init__(self, rows: Iterable[tuple[date | None, date | None, T]] = ()) -> None:
        dated: list[tuple[date, date, int, T]] = []
        self.undated: list[T] = []
        for n, (first, last, item) in enumerate(rows):
            if first is None and last is None:
                self.undated.append(item)
                continue
            first, last = first or last, last or first
            dated.append((first, max(first, last), n, item))
        dated.sort(key=lambda r: (r[0], r[2]))
        self._firsts = [r[0] for r in dated]
        self._lasts = [r[1] for r in dated]
        self._items = [r[3] for r in dated]
        self._longest = max(((r[1] - r[0]) for r in dated), default=None)

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
