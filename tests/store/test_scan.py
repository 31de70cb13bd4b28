"""Reading every event in one pass (`scan_events`), the raw-row reads of `candidate_events`, and the
documents' dates a check run's snapshot needs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import delete, insert, select

from belie.model import Location
from belie.store import Store
from belie.store.schema import event_parties

from tests.store import factories as f


def _stored(store: Store):
    d1 = f.doc()
    d2 = f.doc(url="https://example.org/2023/03/b", published=None, published_precision="unknown")
    full = f.full_event(d1)
    bare = f.event(d1, 60, agents=(), targets=(), on=None, country=None, location=Location())
    other = f.event(d2, 5, type="raid", agents=(f.TALIBAN,), targets=(f.ISKP, f.CIVILIANS), on=date(2023, 3, 2))
    store.save(d1, f.extraction(d1, [full, bare]))
    store.save(d2, f.extraction(d2, [other]))
    return d1, d2, [full, bare, other]


def test_scan_gives_every_event_as_saved_in_a_stable_order(store: Store) -> None:
    _, _, saved = _stored(store)
    scanned = list(store.scan_events())
    by_id = lambda e: e.id  # noqa: E731
    assert sorted(scanned, key=by_id) == sorted(saved, key=by_id) == sorted(store.events(), key=by_id)
    assert [e.id for e in store.scan_events()] == [e.id for e in scanned]
    if store.engine.dialect.name == "sqlite":  # the order they were saved in
        assert scanned == saved


def test_candidate_events_read_raw_rows_exactly(store: Store) -> None:
    _, _, saved = _stored(store)
    found = store.candidate_events(families=None, country=None)  # the undated one by its publication
    assert sorted(found, key=lambda e: e.id) == sorted(saved, key=lambda e: e.id)
    assert store.candidate_events(families={"Taliban"}, country="AF", start=date(2023, 3, 1),
                                  end=date(2023, 3, 5)) == [saved[2]]


def test_equal_actors_and_places_share_one_object_in_a_scan(store: Store) -> None:
    d = f.doc()
    events = [f.event(d, 10 * i) for i in range(3)]
    store.save(d, f.extraction(d, events))
    scanned = list(store.scan_events())
    assert len({id(e.agents[0]) for e in scanned}) == 1
    assert len({id(e.location) for e in scanned}) == 1
    assert [replace(e) for e in scanned] == sorted(events, key=lambda e: e.id)


def test_publication_dates_and_count(store: Store) -> None:
    d1, d2, saved = _stored(store)
    assert store.publication_dates() == {d1.id: (date(2021, 8, 27), d1.url), d2.id: (None, d2.url)}
    assert store.count_events() == len(saved)


def test_parties_out_of_storage_order_are_put_in_position_order(store: Store) -> None:
    d = f.doc()
    ev = f.event(d, agents=(f.TALIBAN, f.actor("General Directorate of Intelligence", family="Taliban")),
                 targets=(f.ISKP, f.CIVILIANS, f.TTP))
    store.save(d, f.extraction(d, [ev]))
    with store.engine.begin() as conn:  # rewrite the rows last position first
        rows = conn.execute(select(event_parties)).mappings().all()
        conn.execute(delete(event_parties))
        conn.execute(insert(event_parties), sorted((dict(r) for r in rows), key=lambda r: -r["position"]))
    assert list(store.scan_events()) == [ev]


def test_an_empty_store_scans_nothing(store: Store) -> None:
    assert list(store.scan_events()) == [] and store.publication_dates() == {} and store.count_events() == 0
