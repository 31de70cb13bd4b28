"""Verdict history is append-only; a verdict is recorded only when label or cited evidence change."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from belie.errors import StoreError
from belie.store import Store
from belie.store.schema import check_runs, verdicts
from belie.store.verdicts import fingerprint

from tests.store import factories as f

E1, E2 = f.evidence("ev_1"), f.evidence("ev_2", "supports")


@pytest.fixture
def claim_id(store: Store) -> str:
    d = f.doc()
    cl = f.claim(d)
    store.save(d, f.extraction(d, claims=[cl]))
    return cl.id


def test_first_verdict_is_recorded_and_round_trips(store: Store, claim_id: str) -> None:
    v = f.verdict(claim_id, items=[E1, E2])
    v.checked_at = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert store.record_verdict(v) is True
    assert store.latest_verdicts() == {claim_id: v}
    assert store.verdict_history(claim_id) == [v]


def test_checked_at_defaults_to_now_in_utc(store: Store, claim_id: str) -> None:
    before = datetime.now(timezone.utc)
    store.record_verdict(f.verdict(claim_id))
    checked = store.latest_verdicts()[claim_id].checked_at
    assert checked.tzinfo is not None and before <= checked <= datetime.now(timezone.utc)


@pytest.mark.parametrize("second, recorded", [
    (f.verdict("X", items=[E1, E2]), False),                     # identical
    (f.verdict("X", items=[E2, E1]), False),                     # same evidence, other order
    (f.verdict("X", items=[E1]), True),                          # evidence dropped
    (f.verdict("X", items=[E1, f.evidence("ev_2")]), True),     # stance flipped
    (f.verdict("X", "supported", items=[E1, E2]), True),         # label changed
])
def test_recorded_only_when_fingerprint_changes(store: Store, claim_id: str, second, recorded: bool) -> None:
    second.claim_id = claim_id
    assert store.record_verdict(f.verdict(claim_id, items=[E1, E2]))
    assert store.record_verdict(second) is recorded
    assert len(store.verdict_history(claim_id)) == (2 if recorded else 1)


def test_fingerprint_ignores_reasons_and_confidence() -> None:
    a, b = f.verdict("c", items=[E1]), f.verdict("c", items=[E1])
    b.reasons, b.confidence = ["other words"], 0.1
    assert fingerprint(a) == fingerprint(b)


def test_history_is_append_only_and_oldest_first(store: Store, claim_id: str) -> None:
    labels = ["unverified", "contradicted", "unverified", "disputed"]
    for label in labels:
        assert store.record_verdict(f.verdict(claim_id, label))
    assert [v.label for v in store.verdict_history(claim_id)] == labels
    assert store.latest_verdicts()[claim_id].label == "disputed"
    with store.engine.connect() as conn:
        assert len(conn.execute(select(verdicts.c.id)).all()) == 4


def test_changed_verdicts(store: Store) -> None:
    d = f.doc()
    a, b, c = (f.claim(d, start) for start in (90, 100, 110))
    store.save(d, f.extraction(d, claims=[a, b, c]))
    store.record_verdict(f.verdict(a.id, "unverified"))
    store.record_verdict(f.verdict(a.id, "contradicted"))
    store.record_verdict(f.verdict(b.id, "supported", [E1]))
    store.record_verdict(f.verdict(b.id, "supported", [E1, E2]))  # same label: not a change
    store.record_verdict(f.verdict(c.id, "disputed"))
    changes = {cur.claim_id: (prev.label if prev else None, cur.label) for prev, cur in store.changed_verdicts()}
    assert changes == {a.id: ("unverified", "contradicted"), c.id: (None, "disputed")}
    only_changed = store.changed_verdicts(include_new=False)
    assert [(p.label, cur.label) for p, cur in only_changed] == [("unverified", "contradicted")]


def test_changed_verdicts_carry_evidence(store: Store, claim_id: str) -> None:
    store.record_verdict(f.verdict(claim_id, "supported", [E2]))
    store.record_verdict(f.verdict(claim_id, "contradicted", [E1]))
    [(prev, cur)] = store.changed_verdicts()
    assert prev.evidence == [E2] and cur.evidence == [E1]


def test_unknown_claim_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="not in the store"):
        store.record_verdict(f.verdict("cl_missing"))


def test_verdicts_of_other_documents_survive_reextraction(store: Store, claim_id: str) -> None:
    other = f.doc(url="https://example.org/other")
    store.save(other, f.extraction(other))
    store.record_verdict(f.verdict(claim_id))
    store.save(other, f.extraction(other, extractor="v2"))
    assert len(store.verdict_history(claim_id)) == 1


def test_check_runs(store: Store, claim_id: str) -> None:
    run = store.start_check_run(window_days=180)
    assert store.record_verdict(f.verdict(claim_id), run_id=run)
    store.finish_check_run(run, n_claims=1, n_changed=1)
    with store.engine.connect() as conn:
        row = conn.execute(select(check_runs)).mappings().one()
        assert conn.execute(select(verdicts.c.run_id)).scalar() == run
    assert (row["id"], row["n_claims"], row["n_changed"], row["window_days"]) == (run, 1, 1, 180)
    assert row["finished_at"] is not None and store.start_check_run(30) != run


def test_finishing_an_unknown_run_fails(store: Store) -> None:
    with pytest.raises(StoreError, match="No check run 'nope'"):
        store.finish_check_run("nope", 0, 0)
