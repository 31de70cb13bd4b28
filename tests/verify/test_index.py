"""DatedIndex: a window query finds exactly the spans that meet it, in a stable order."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from belie.verify.index import DatedIndex, normalise_span

DAY0 = date(2023, 1, 1)
days = st.one_of(st.none(), st.integers(0, 60).map(lambda n: DAY0 + timedelta(days=n)))
rows = st.lists(st.tuples(days, days), max_size=30)


def _meets(first, last, start, end) -> bool:
    first, last = normalise_span(first, last)
    return (start is None or last >= start) and (end is None or first <= end)


@given(rows, days, days, st.booleans())
def test_overlapping_is_the_brute_force_filter(spans, start, end, presort) -> None:
    items = [(a, b, n) for n, (a, b) in enumerate(spans)]
    if presort:
        dated = sorted((r for r in items if r[0] or r[1]), key=lambda r: normalise_span(r[0], r[1])[0])
        items = dated + [r for r in items if not (r[0] or r[1])]
    index = DatedIndex(items, presorted=presort)
    want = [n for a, b, n in items if (a or b) and _meets(a, b, start, end)]
    assert sorted(index.overlapping(start, end)) == sorted(want)
    assert index.undated == [n for a, b, n in items if not (a or b)]
    assert len(index) == len(items)


def test_ties_keep_input_order_and_reversed_spans_are_one_day() -> None:
    day = date(2023, 3, 1)
    index = DatedIndex([(day, day, "b"), (day, day, "a"), (day + timedelta(days=5), day, "reversed")])
    assert list(index.overlapping(day, day)) == ["b", "a"]
    assert list(index.overlapping(day + timedelta(days=1), None)) == ["reversed"]
