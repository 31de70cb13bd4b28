"""A check run over a store judges from a snapshot of its events (read once) and gives exactly the
verdicts that querying the store group by group gives."""
from __future__ import annotations

from datetime import date
from unittest.mock import patch

import pytest

from belie.knowledge import KnowledgeBase
from belie.store import Store
from belie.verify import MemorySource, StoreSnapshot, api, check_all

from tests.verify.factories import claim, doc, event
from tests.verify.test_sql_store import kb, save, shape, store, world  # noqa: F401  (fixtures)


def _with_undated(records):
    """world() plus an undated raid whose document has only a date in its URL."""
    d = doc(None, url="https://example.org/2023/03/raid")
    return [*records, (d, [event(d, place="AF-KAB", when=None)], [])]


def test_snapshot_and_queries_give_the_same_verdicts(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, _with_undated(world()))
    queried = shape(check_all(store, kb, record=False, snapshot=False))
    snapped = shape(check_all(store, kb, record=False, snapshot=True))
    assert snapped == queried
    assert sorted(label for label, *_ in snapped.values()) == [
        "contradicted", "contradicted", "supported", "supported", "unverified"]


def test_a_snapshot_asks_the_store_for_no_events(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, world())
    with patch.object(Store, "candidate_events", side_effect=AssertionError("queried")), \
            patch.object(Store, "undated_events", side_effect=AssertionError("queried")), \
            patch.object(Store, "candidate_claims", side_effect=AssertionError("queried")):
        verdicts = check_all(store, kb, record=True)
    assert len(verdicts) == 5
    assert len(store.latest_verdicts()) == 5  # recorded in the store, not in the snapshot


def test_large_stores_are_queried_instead(store: Store, kb: KnowledgeBase, monkeypatch) -> None:
    save(store, kb, world())
    monkeypatch.setattr(api, "SNAPSHOT_MAX_EVENTS", 1)
    with patch.object(Store, "scan_events", side_effect=AssertionError("scanned")):
        assert len(check_all(store, kb, record=False)) == 5


def test_a_snapshot_sees_the_store_as_it_was(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, world())
    snap = StoreSnapshot(store, kb)
    before = len(list(snap.events()))
    later = doc(date(2023, 4, 20))
    save(store, kb, [(later, [event(later, place="AF-KAB", when=date(2023, 4, 19))], [])])
    assert len(list(snap.events())) == before
    assert len(list(StoreSnapshot(store, kb).events())) == before + 1


def test_memory_source_dates_undated_events_by_given_document_dates(kb: KnowledgeBase) -> None:
    d = doc(None)
    raid = event(d, place="AF-KAB", when=None)
    given = MemorySource(kb, events=[raid], dates={d.id: date(2023, 3, 9)})
    assert list(given.candidate_events(country="AF", start=date(2023, 3, 9), end=date(2023, 3, 9))) == [raid]
    assert list(given.undated_events(country="AF")) == []
    unknown = MemorySource(kb, events=[raid])
    assert list(unknown.undated_events(country="AF")) == [raid]


@pytest.mark.parametrize("families, country", [({"Taliban"}, "AF"), ({"Taliban"}, "ZZ"), (None, None), ({"Nobody"}, None)])
def test_indexes_of_keys_without_events_are_empty(kb: KnowledgeBase, families, country) -> None:
    d = doc()
    raid = event(d, place="AF-KAB")
    source = MemorySource(kb, [d], [raid])
    found = list(source.candidate_events(families=families, country=country))
    assert found == ([raid] if (families, country) in (({"Taliban"}, "AF"), (None, None)) else [])


def test_memory_source_keeps_only_attacks_attributed_so(kb: KnowledgeBase) -> None:
    d = doc()
    claimed = event(d, "attack", agents=("ISKP",), targets=("Taliban",), attribution="claimed")
    alleged = event(d, "attack", agents=("ISKP",), targets=("Taliban",), attribution="alleged")
    raid = event(d)
    source = MemorySource(kb, [d], [claimed, alleged, raid])
    assert list(source.candidate_events(attack_attributions=("claimed",))) == [claimed]
    assert len(list(source.candidate_events())) == 3


def test_progress_is_called_once_per_claim(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, world())
    seen: list[tuple[str, int]] = []
    verdicts = check_all(store, kb, record=False, progress=lambda claim_id, n: seen.append((claim_id, n)))
    assert seen == [(v.claim_id, i) for i, v in enumerate(verdicts, 1)]


def test_a_snapshot_loads_with_the_collector_paused_and_leaves_it_running(store: Store, kb: KnowledgeBase) -> None:
    import gc

    save(store, kb, world())
    seen: list[bool] = []
    scan, documents = Store.scan_events, Store.documents

    def watched(method):
        def run(self, **kw):
            for item in method(self, **kw):
                seen.append(gc.isenabled())
                yield item
        return run

    gc.enable()
    with patch.object(Store, "scan_events", watched(scan)), patch.object(Store, "documents", watched(documents)):
        snap = StoreSnapshot(store, kb)
        assert gc.isenabled()
        assert snap.document(next(iter(store.document_ids()))) is not None
    assert gc.isenabled()
    assert seen and not any(seen)  # every event and document was read with the collector off


def test_a_snapshot_holds_no_texts_and_reads_one_only_when_asked(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, world())
    snap = StoreSnapshot(store, kb)
    some = next(iter(store.document_ids()))
    assert snap.document(some).text == ""  # every other field is there
    assert snap.document(some).url == store.document(some).url
    with patch.object(Store, "text_of", wraps=store.text_of) as read:
        assert snap.text_of(some) == store.document(some).text
        assert snap.text_of(some) == store.document(some).text
    assert read.call_count == 1


def test_querying_a_store_reads_documents_without_their_texts(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, world())
    with patch.object(Store, "document_heads", autospec=True, side_effect=Store.document_heads) as heads, \
            patch.object(Store, "documents_by_id", side_effect=AssertionError("read with texts")), \
            patch.object(Store, "story_keys", side_effect=AssertionError("keys read apart")):
        verdicts = check_all(store, kb, record=False, snapshot=False)
    assert len(verdicts) == 5
    assert heads.call_count >= 1


def test_check_all_frees_its_snapshot_before_the_collector_resumes(store: Store, kb: KnowledgeBase) -> None:
    """Resuming the collector starts a collection over whatever is still alive: the snapshot check_all
    made for itself (a million records on a large store) must be gone by then, freed by reference
    counting alone (the collector is off throughout, so nothing else could free it)."""
    import gc
    import weakref
    from contextlib import contextmanager

    save(store, kb, world())
    made: list[weakref.ref] = []
    alive_at_resume: list[bool] = []

    class Watched(StoreSnapshot):
        def __init__(self, *args, **kw) -> None:
            super().__init__(*args, **kw)
            made.append(weakref.ref(self))

    @contextmanager
    def paused():
        yield
        alive_at_resume.extend(ref() is not None for ref in made)

    was = gc.isenabled()
    gc.disable()
    try:
        with patch.object(api, "StoreSnapshot", Watched), patch.object(api, "collector_paused", paused):
            verdicts = check_all(store, kb, record=True, snapshot=True)
    finally:
        if was:
            gc.enable()
    assert len(verdicts) == 5 and alive_at_resume == [False]
