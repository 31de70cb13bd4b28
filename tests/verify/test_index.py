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


def test_memory_source_index_answers_what_candidate_queries_answer() -> None:
    from tests.verify.factories import doc, event, make_kb, source

    kb = make_kb()
    d, undated_doc = doc(date(2023, 4, 6)), doc(None)
    events = [event(d, when=date(2023, 3, n)) for n in range(1, 6)] + [event(undated_doc, when=None),
                                                                      event(d, targets=("TTP",), place="PK")]
    src = source(kb, [d, undated_doc], events)
    index = src.event_index(families={"IS"}, country="AF")
    start, end = date(2023, 3, 2), date(2023, 3, 4)
    assert list(index.overlapping(start, end)) == list(src.candidate_events(families={"IS"}, country="AF",
                                                                            start=start, end=end))
    assert index.undated == list(src.undated_events(families={"IS"}, country="AF")) == [events[5]]
    assert src.event_index(families={"IS", "TTP"}, country=None) is None  # several indexes: no single one
