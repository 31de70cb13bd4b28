"""stats(): what is stored, at a glance."""
from __future__ import annotations

from belie.store import Store, mask_url
from belie.store.migrate import head_revision

from tests.store import factories as f


def test_empty_store(store: Store) -> None:
    stats = store.stats()
    assert stats["revision"] == head_revision()
    assert (stats["documents"], stats["events"], stats["claims"], stats["verdicts"]) == (0, 0, 0, 0)
    assert stats["events_by_type"] == {} and stats["verdicts_by_label"] == {}


def test_counts(store: Store) -> None:
    a, b = f.doc(url="https://example.org/a"), f.doc(url="https://example.org/b", publisher="Other Daily")
    ca, cb = f.claim(a, 90), f.claim(b, 90, kind="capability")
    store.save(a, f.extraction(a, [f.event(a, 0), f.event(a, 30, type="raid")], [ca]))
    store.save(b, f.extraction(b, [f.event(b, 0)], [cb]))
    store.save(b, f.extraction(b, [f.event(b, 0)], [cb], extractor="v2"))
    store.record_verdict(f.verdict(ca.id, "unverified"))
    store.record_verdict(f.verdict(ca.id, "contradicted"))
    store.record_verdict(f.verdict(cb.id, "contradicted"))
    store.start_check_run(180)
    stats = store.stats()
    assert stats["events_by_type"] == {"attack": 2, "raid": 1} and stats["events"] == 3
    assert stats["claims_by_kind"] == {"capability": 1, "presence": 1} and stats["claims"] == 2
    assert stats["verdicts_by_label"] == {"contradicted": 2} and stats["verdicts"] == 3
    assert (stats["documents"], stats["outlets"], stats["extraction_runs"], stats["check_runs"]) == (2, 2, 3, 1)


def test_url_is_reported_masked(store: Store) -> None:
    assert store.stats()["url"] == mask_url(store.url) == store.masked_url
