"""save / save_many / replace_extraction: idempotent, atomic, never duplicating rows."""
from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from belie.errors import StoreError
from belie.model import Event
from belie.store import Store
from belie.store.schema import claim_subjects, documents, event_parties, extraction_runs, outlets

from tests.store import factories as f


def _count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _saved(store: Store, extractor: str = "v1"):
    d = f.doc()
    ex = f.extraction(d, [f.event(d, 0), f.event(d, 30, type="clash", agents=[f.TALIBAN], targets=[f.ISKP])],
                      [f.claim(d, 90)], extractor=extractor)
    return d, ex, store.save(d, ex)


def test_new_document_is_ingested_with_a_run(store: Store) -> None:
    d, ex, outcome = _saved(store)
    assert outcome == "ingested"
    assert store.extractor_of(d.id) == "v1"
    assert (_count(store, extraction_runs), _count(store, event_parties), _count(store, claim_subjects)) == (1, 4, 1)


def test_same_extractor_is_unchanged_and_writes_nothing(store: Store) -> None:
    d, ex, _ = _saved(store)
    assert store.save(d, ex) == "unchanged"
    assert store.save(d, f.extraction(d, extractor="v1")) == "unchanged"  # even if the records differ
    assert _count(store, extraction_runs) == 1
    assert len(list(store.events())) == 2 and len(list(store.claims())) == 1


def test_new_extractor_replaces_records_without_duplicates(store: Store) -> None:
    d, old, _ = _saved(store)
    store.record_verdict(f.verdict(old.claims[0].id))
    new_event = f.event(d, 50, type="raid", extractor="v2")
    new = f.extraction(d, [old.events[0], new_event], [], extractor="v2")
    assert store.save(d, new) == "updated"
    assert {e.id for e in store.events()} == {old.events[0].id, new_event.id}
    assert list(store.claims()) == []
    assert store.latest_verdicts() == {}  # the old claim's verdicts went with it
    assert (_count(store, event_parties), _count(store, claim_subjects)) == (4, 0)
    assert _count(store, extraction_runs) == 2 and store.extractor_of(d.id) == "v2"
    assert store.document_ids_needing("v2") == [] and store.document_ids_needing("v3") == [d.id]
    assert store.document_ids() == [d.id]


def test_replace_extraction_forces_even_with_same_extractor(store: Store) -> None:
    d, ex, _ = _saved(store)
    store.replace_extraction(d.id, f.extraction(d, [ex.events[1]], extractor="v1"))
    assert [e.id for e in store.events()] == [ex.events[1].id]
    assert _count(store, extraction_runs) == 2


def test_replace_extraction_of_unknown_document_fails(store: Store) -> None:
    d = f.doc()
    with pytest.raises(StoreError, match="ingest it first"):
        store.replace_extraction(d.id, f.extraction(d))


def test_updated_document_metadata_is_rewritten(store: Store) -> None:
    d, _, _ = _saved(store)
    d.title = "Corrected title"
    store.save(d, f.extraction(d, extractor="v2"))
    assert store.document(d.id).title == "Corrected title"


def test_save_many_matches_sequential_semantics(store: Store) -> None:
    a, b, c = (f.doc(url=f"https://example.org/{n}") for n in "abc")
    pairs = [(a, f.extraction(a, [f.event(a)])), (b, f.extraction(b)), (a, f.extraction(a, [f.event(a)])),
             (c, f.extraction(c, claims=[f.claim(c)])), (a, f.extraction(a, extractor="v2"))]
    assert store.save_many(pairs, batch=2) == Counter(ingested=3, unchanged=1, updated=1)
    assert _count(store, documents) == 3 and len(list(store.events())) == 0
    assert len(list(store.claims())) == 1
    assert store.save_many(pairs[:2]) == Counter(unchanged=1, updated=1)


def test_save_many_bulk_rows(store: Store) -> None:
    docs = [f.doc(url=f"https://example.org/bulk/{n}") for n in range(40)]
    pairs = [(d, f.extraction(d, [f.event(d, s) for s in range(0, 50, 10)], [f.claim(d)])) for d in docs]
    assert store.save_many(pairs, batch=7) == Counter(ingested=40)
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["claims"]) == (40, 200, 40)


@pytest.mark.parametrize("batch", [0, -1])
def test_save_many_rejects_bad_batch(store: Store, batch: int) -> None:
    d = f.doc()
    with pytest.raises(StoreError, match="batch size"):
        store.save_many([(d, f.extraction(d))], batch=batch)


def test_mismatched_extraction_is_refused(store: Store) -> None:
    a, b = f.doc(url="https://example.org/a"), f.doc(url="https://example.org/b")
    with pytest.raises(StoreError, match="was given with document"):
        store.save(a, f.extraction(b))
    with pytest.raises(StoreError, match="other documents"):
        store.save(a, f.extraction(a, [f.event(b)]))
    assert not store.has_document(a.id)


def test_duplicate_record_ids_are_refused(store: Store) -> None:
    d = f.doc()
    with pytest.raises(StoreError, match="duplicate event/claim ids"):
        store.save(d, f.extraction(d, [f.event(d), f.event(d)]))


def test_failed_save_leaves_nothing_behind(store: Store) -> None:
    a, b = f.doc(url="https://example.org/a"), f.doc(url="https://example.org/b")
    store.save(a, f.extraction(a, [f.event(a, id="ev_fixed")]))
    clash = Event(**{**vars(f.event(b)), "id": "ev_fixed"})
    with pytest.raises(StoreError, match="Could not save"):
        store.save(b, f.extraction(b, [clash], [f.claim(b)]))
    assert not store.has_document(b.id)
    assert len(list(store.claims())) == 0 and _count(store, extraction_runs) == 1


def test_publishers_become_outlets(store: Store) -> None:
    d, _, _ = _saved(store)
    assert store.outlet("Example Wire") == {"name": "Example Wire", "type": "unknown", "reliability": "F"}
    store.set_outlet("Example Wire", "wire", "B")
    assert store.outlet("Example Wire") == {"name": "Example Wire", "type": "wire", "reliability": "B"}
    with store.engine.connect() as conn:
        linked = conn.execute(select(outlets.c.name).join(documents, documents.c.outlet_id == outlets.c.id)
                              .where(documents.c.id == d.id)).scalar()
    assert linked == "Example Wire" and _count(store, outlets) == 1
    assert store.outlet("Nobody") is None


def test_set_outlet_creates_new_outlets(store: Store) -> None:
    store.set_outlet("UNAMA", "un", "A")
    assert store.outlet("UNAMA") == {"name": "UNAMA", "type": "un", "reliability": "A"}


@pytest.mark.parametrize("kind, grade, message", [
    ("tabloid", "B", "Unknown outlet type 'tabloid'"),
    ("wire", "G", "Unknown reliability grade 'G'"),
])
def test_set_outlet_validates(store: Store, kind: str, grade: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.set_outlet("X", kind, grade)


def test_unstorable_meta_is_a_store_error(store: Store) -> None:
    d = f.doc(meta={"parser": object()})
    with pytest.raises(StoreError, match="meta object value .* cannot be stored as JSON"):
        store.save(d, f.extraction(d))
    assert not store.has_document(d.id)


def test_text_the_database_rejects_is_a_store_error(store: Store) -> None:
    d = f.doc(text="NUL \x00 inside")
    if store.engine.dialect.name == "sqlite":
        assert store.save(d, f.extraction(d)) == "ingested" and store.document(d.id) == d
        return
    with pytest.raises(StoreError, match="NUL .*fix it and save again"):
        store.save(d, f.extraction(d))
