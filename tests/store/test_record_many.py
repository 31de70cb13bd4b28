"""Recording a check run's verdicts in batches appends exactly what recording them one by one does."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from belie.errors import StoreError
from belie.store import Store

from tests.store import factories as f

E1, E2 = f.evidence("ev_1"), f.evidence("ev_2", "supports")


@pytest.fixture
def claim_ids(store: Store) -> list[str]:
    d = f.doc()
    cls = [f.claim(d, start) for start in (0, 30, 60)]
    store.save(d, f.extraction(d, claims=cls))
    return [c.id for c in cls]


def _at(v, second: int):
    v.checked_at = datetime(2024, 1, 2, 3, 4, second, tzinfo=timezone.utc)
    return v


def test_batch_appends_what_one_by_one_appends(store: Store, claim_ids: list[str]) -> None:
    a, b, c = claim_ids
    store.record_verdict(_at(f.verdict(a, items=[E1]), 0))
    batch = [_at(f.verdict(a, items=[E1]), 1),             # unchanged: not appended
             _at(f.verdict(b, "supported", [E2]), 2),      # first verdict
             _at(f.verdict(c, "unverified"), 3),           # first, no evidence
             _at(f.verdict(c, "contradicted", [E1, E2]), 4)]  # the same claim again, changed
    assert store.record_verdicts(batch, size=2) == 3
    assert [v.label for v in store.verdict_history(c)] == ["unverified", "contradicted"]
    assert store.latest_verdicts() == {a: _at(f.verdict(a, items=[E1]), 0), b: batch[1], c: batch[3]}
    assert store.record_verdicts(batch[1:2]) == 0


def test_an_unknown_claim_stops_its_batch_and_names_it(store: Store, claim_ids: list[str]) -> None:
    with pytest.raises(StoreError, match="'nope'.*not in the store"):
        store.record_verdicts([f.verdict(claim_ids[0]), f.verdict("nope")])
    assert store.latest_verdicts() == {}  # the batch's transaction rolled back


def test_run_ids_are_kept(store: Store, claim_ids: list[str]) -> None:
    run = store.start_check_run(180)
    store.record_verdicts([f.verdict(i) for i in claim_ids], run)
    store.finish_check_run(run, 3, 3)
    assert len(store.latest_verdicts()) == 3
