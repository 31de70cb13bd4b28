"""candidate_events / undated_events / candidate_claims: family, country and window filters."""
from __future__ import annotations

from datetime import date

import pytest

from belie.store import Store

from tests.store import factories as f

D = date


@pytest.fixture
def dated(store: Store):
    """One ISKP attack in Kabul dated 10-12 March 2023."""
    d = f.doc()
    ev = f.event(d, on=D(2023, 3, 10), until=D(2023, 3, 12))
    store.save(d, f.extraction(d, [ev]))
    return ev


@pytest.mark.parametrize("start, end, found", [
    (None, None, True),
    (D(2023, 3, 1), D(2023, 3, 31), True),     # window contains the event
    (D(2023, 3, 11), D(2023, 3, 11), True),    # event contains the window
    (D(2023, 3, 12), D(2023, 4, 1), True),     # touches the last day
    (D(2023, 2, 1), D(2023, 3, 10), True),     # touches the first day
    (D(2023, 3, 13), None, False),             # starts after
    (None, D(2023, 3, 9), False),              # ends before
    (D(2023, 3, 5), None, True),
    (None, D(2023, 3, 10), True),
])
def test_window_overlap(store: Store, dated, start, end, found: bool) -> None:
    got = store.candidate_events(families=None, country=None, start=start, end=end)
    assert [e.id for e in got] == ([dated.id] if found else [])


@pytest.mark.parametrize("families, country, found", [
    (None, None, True),
    ({"ISKP"}, None, True),
    ({"civilians"}, "AF", True),               # targets count as parties too
    (["Taliban", "ISKP"], "AF", True),
    ({"TTP"}, None, False),
    (set(), None, False),
    (None, "PK", False),
])
def test_family_and_country(store: Store, dated, families, country, found: bool) -> None:
    got = store.candidate_events(families=families, country=country, start=D(2023, 1, 1), end=D(2023, 12, 31))
    assert [e.id for e in got] == ([dated.id] if found else [])


def test_each_event_listed_once_when_several_parties_match(store: Store) -> None:
    d = f.doc()
    ev = f.event(d, agents=[f.ISKP, f.actor("ISKP cell", family="ISKP")], targets=[f.TALIBAN])
    store.save(d, f.extraction(d, [ev]))
    assert [e.id for e in store.candidate_events(families={"ISKP", "Taliban"})] == [ev.id]


@pytest.mark.parametrize("published, precision, window, found", [
    (D(2023, 5, 4), "day", (D(2023, 5, 1), D(2023, 5, 31)), True),
    (D(2023, 5, 4), "day", (D(2023, 5, 5), None), False),
    (D(2023, 5, 1), "month", (D(2023, 5, 20), D(2023, 5, 25)), True),   # a month covers its days
    (D(2023, 5, 1), "month", (D(2023, 6, 1), None), False),
    (D(2023, 1, 1), "year", (D(2023, 12, 1), None), True),
])
def test_undated_event_falls_back_to_published(store: Store, published, precision, window, found) -> None:
    d = f.doc(published=published, published_precision=precision)
    ev = f.event(d, on=None)
    store.save(d, f.extraction(d, [ev]))
    got = store.candidate_events(families={"ISKP"}, country="AF", start=window[0], end=window[1])
    assert [e.id for e in got] == ([ev.id] if found else [])
    assert store.event(ev.id).date.start is None  # the fallback never rewrites the event itself
    assert store.undated_events(families={"ISKP"}) == []


def test_events_with_no_date_at_all_are_undated(store: Store) -> None:
    d = f.doc(published=None, published_precision="unknown")
    ev = f.event(d, on=None)
    store.save(d, f.extraction(d, [ev]))
    assert store.candidate_events(families={"ISKP"}) == []
    assert [e.id for e in store.undated_events(families={"ISKP"}, country="AF")] == [ev.id]
    assert store.undated_events(families={"TTP"}) == [] and store.undated_events(country="PK") == []


def test_event_dated_by_month_covers_the_month(store: Store) -> None:
    d = f.doc()
    ev = f.event(d)
    ev.date.end, ev.date.start, ev.date.precision = None, D(2023, 3, 1), "month"
    store.save(d, f.extraction(d, [ev]))
    assert [e.id for e in store.candidate_events(start=D(2023, 3, 28), end=None)] == [ev.id]
    assert store.event(ev.id) == ev


@pytest.fixture
def assessments(store: Store):
    d = f.doc(published=D(2023, 4, 2))
    stated = f.claim(d, 90, kind="strength", polarity="affirm", subjects=[f.ISKP], on=D(2023, 2, 1))
    undated = f.claim(d, 120, kind="presence", subjects=[f.TTP], country="PK")
    store.save(d, f.extraction(d, claims=[stated, undated]))
    return stated, undated


@pytest.mark.parametrize("query, expected", [
    ({}, {"stated", "undated"}),
    ({"kinds": ["strength"]}, {"stated"}),
    ({"families": {"TTP"}}, {"undated"}),
    ({"country": "AF"}, {"stated"}),
    ({"start": D(2023, 3, 1)}, {"undated"}),                        # undated -> published 2 April
    ({"start": D(2023, 1, 1), "end": D(2023, 3, 1)}, {"stated"}),
    ({"kinds": ["presence"], "families": {"ISKP"}}, set()),
])
def test_candidate_claims(store: Store, assessments, query, expected) -> None:
    names = {assessments[0].id: "stated", assessments[1].id: "undated"}
    assert {names[c.id] for c in store.candidate_claims(**query)} == expected


def test_candidates_load_parties_chunk_by_chunk(store: Store, monkeypatch) -> None:
    from belie.store import reader

    monkeypatch.setattr(reader, "CHUNK", 2)
    d = f.doc()
    evs = [f.event(d, start, agents=[f.ISKP, f.actor(f"cell {start}", family="ISKP")]) for start in range(5)]
    store.save(d, f.extraction(d, evs))
    assert store.candidate_events(families={"ISKP"}) == evs


def test_candidate_claims_keep_claims_with_no_date_at_all(store: Store) -> None:
    """Neither a stated date nor a published one: the verifier, not the query, decides."""
    d = f.doc(published=None)
    timeless = f.claim(d, 10, kind="presence", subjects=[f.TTP], country="PK")
    store.save(d, f.extraction(d, claims=[timeless]))
    found = store.candidate_claims(start=D(2023, 1, 1), end=D(2023, 6, 30))
    assert [c.id for c in found] == [timeless.id]


def test_attack_attributions_keep_only_attacks_attributed_so(store: Store) -> None:
    d = f.doc()
    claimed = f.event(d, 0, attribution="claimed")
    alleged = f.event(d, 30, attribution="alleged")
    raid = f.event(d, 60, type="raid", agents=(f.TALIBAN,), targets=(f.ISKP,))
    undated = f.event(d, 90, attribution="confirmed", on=None)
    store.save(d, f.extraction(d, [claimed, alleged, raid, undated]))
    found = store.candidate_events(families={"ISKP"}, attack_attributions=("claimed", "confirmed"))
    assert sorted(e.id for e in found) == sorted([claimed.id, undated.id])  # undated: by its publication
    assert len(store.candidate_events(families={"ISKP"})) == 4
