"""Verdict history: append-only rows, written only when the judgement changed.

A verdict's fingerprint hashes its label with the sorted (kind, id, stance) of its evidence;
a new verdict equal in fingerprint to the claim's latest one is not recorded.
"""
from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import Connection, func, insert, select, update

from belie.errors import StoreError
from belie.model import EvidenceItem, Verdict
from belie.store.codec import utc
from belie.store.schema import check_runs, claims, verdict_evidence, verdicts

__all__ = [
    "changed",
    "finish_run",
    "fingerprint",
    "history",
    "latest",
    "record",
    "record_many",
    "start_run",
]

_EVIDENCE = ("kind", "stance", "reason", "document_id", "date", "quote", "reliability", "credibility")


def fingerprint(v: Verdict) -> str:
    cited = sorted(f"{e.kind}:{e.id}:{e.stance}" for e in v.evidence)
    return hashlib.sha256("\x1f".join([v.label, *cited]).encode("utf-8")).hexdigest()


def record(conn: Connection, v: Verdict, run_id: str | None) -> bool:
    """Append `v` unless the claim's latest verdict has the same fingerprint."""
    if conn.execute(select(claims.c.id).where(claims.c.id == v.claim_id)).first() is None:
        raise StoreError(f"Cannot record a verdict for claim {v.claim_id!r}: it is not in the store. "
                         "Ad-hoc claims are judged without recording; save the document first.")
    print_ = fingerprint(v)
    last = conn.execute(select(verdicts.c.fingerprint).where(verdicts.c.claim_id == v.claim_id)
                        .order_by(verdicts.c.id.desc()).limit(1)).scalar()
    if last == print_:
        return False
    verdict_id = conn.execute(insert(verdicts).values(_row(v, run_id, print_))
                              .returning(verdicts.c.id)).scalar_one()
    if v.evidence:
        conn.execute(insert(verdict_evidence), _evidence_rows(verdict_id, v.evidence))
    return True


def record_many(conn: Connection, batch: list[Verdict], run_id: str | None) -> list[bool]:
    """`record` for a batch of verdicts with a handful of statements: which of them were appended."""
    ids = sorted({v.claim_id for v in batch})
    known: set[str] = set()
    last: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        known.update(conn.execute(select(claims.c.id).where(claims.c.id.in_(part))).scalars())
        newest = select(func.max(verdicts.c.id)).where(verdicts.c.claim_id.in_(part)).group_by(verdicts.c.claim_id)
        last.update(conn.execute(select(verdicts.c.claim_id, verdicts.c.fingerprint)
                                 .where(verdicts.c.id.in_(newest))).tuples().all())
    missing = next((v.claim_id for v in batch if v.claim_id not in known), None)
    if missing is not None:
        raise StoreError(f"Cannot record a verdict for claim {missing!r}: it is not in the store. "
                         "Ad-hoc claims are judged without recording; save the document first.")
    fresh: list[tuple[Verdict, str]] = []
    appended: list[bool] = []
    for v in batch:
        print_ = fingerprint(v)
        appended.append(last.get(v.claim_id) != print_)
        if appended[-1]:
            last[v.claim_id] = print_
            fresh.append((v, print_))
    if fresh:
        stmt = insert(verdicts).returning(verdicts.c.id, sort_by_parameter_order=True)
        new_ids = conn.execute(stmt, [_row(v, run_id, p) for v, p in fresh]).scalars().all()
        rows = [row for (v, _), vid in zip(fresh, new_ids) for row in _evidence_rows(vid, v.evidence)]
        if rows:
            conn.execute(insert(verdict_evidence), rows)
    return appended


def _row(v: Verdict, run_id: str | None, print_: str) -> dict[str, Any]:
    return {
        "claim_id": v.claim_id, "label": v.label, "confidence": float(v.confidence),
        "window_start": v.window_start, "window_end": v.window_end,
        "time_scope_known": v.time_scope_known, "independent_sources": v.independent_sources,
        "reasons": list(v.reasons), "created_at": utc(v.checked_at) or datetime.now(timezone.utc),
        "run_id": run_id, "fingerprint": print_,
    }


def _evidence_rows(verdict_id: int, items: list[EvidenceItem]) -> list[dict[str, Any]]:
    return [{"verdict_id": verdict_id, "position": i, "item_id": e.id,
             **{k: getattr(e, k) for k in _EVIDENCE}} for i, e in enumerate(items)]


def _verdict(row: Any, evidence: list[EvidenceItem]) -> Verdict:
    return Verdict(
        claim_id=row["claim_id"], label=row["label"], evidence=evidence, reasons=list(row["reasons"]),
        confidence=row["confidence"], window_start=row["window_start"], window_end=row["window_end"],
        time_scope_known=bool(row["time_scope_known"]), independent_sources=row["independent_sources"],
        checked_at=utc(row["created_at"]),
    )


def _with_evidence(conn: Connection, rows: list[Any], chunk: int = 500) -> list[Verdict]:
    found: dict[int, list[EvidenceItem]] = defaultdict(list)
    for i in range(0, len(rows), chunk):
        ids = [r["id"] for r in rows[i:i + chunk]]
        stmt = (select(verdict_evidence).where(verdict_evidence.c.verdict_id.in_(ids))
                .order_by(verdict_evidence.c.verdict_id, verdict_evidence.c.position))
        for e in conn.execute(stmt).mappings():
            found[e["verdict_id"]].append(EvidenceItem(id=e["item_id"], **{k: e[k] for k in _EVIDENCE}))
    return [_verdict(r, found[r["id"]]) for r in rows]


def latest(conn: Connection) -> dict[str, Verdict]:
    newest = select(func.max(verdicts.c.id)).group_by(verdicts.c.claim_id)
    rows = conn.execute(select(verdicts).where(verdicts.c.id.in_(newest))
                        .order_by(verdicts.c.claim_id)).mappings().all()
    return {v.claim_id: v for v in _with_evidence(conn, rows)}


def history(conn: Connection, claim_id: str) -> list[Verdict]:
    rows = conn.execute(select(verdicts).where(verdicts.c.claim_id == claim_id)
                        .order_by(verdicts.c.id)).mappings().all()
    return _with_evidence(conn, rows)


def changed(conn: Connection, *, include_new: bool = True) -> list[tuple[Verdict | None, Verdict]]:
    """(previous, current) for claims whose two latest verdicts differ in label.

    A claim judged only once counts as changed from nothing, (None, current), unless
    `include_new` is False.
    """
    rank = func.row_number().over(partition_by=verdicts.c.claim_id, order_by=verdicts.c.id.desc())
    ranked = select(verdicts, rank.label("rn")).subquery()
    rows = conn.execute(select(ranked).where(ranked.c.rn <= 2)
                        .order_by(ranked.c.claim_id, ranked.c.rn)).mappings().all()
    pairs = list(_label_changes(rows, include_new))
    flat = _with_evidence(conn, [r for pair in pairs for r in pair if r is not None])
    built = iter(flat)
    return [(None if prev is None else next(built), next(built)) for prev, _cur in pairs]


def _label_changes(rows: list[Any], include_new: bool) -> Iterable[tuple[Any | None, Any]]:
    by_claim: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_claim[row["claim_id"]].append(row)
    for found in by_claim.values():
        current, previous = found[0], (found[1] if len(found) > 1 else None)
        if previous is None and include_new:
            yield None, current
        elif previous is not None and previous["label"] != current["label"]:
            yield previous, current


def start_run(conn: Connection, window_days: int) -> str:
    run_id = uuid.uuid4().hex
    conn.execute(insert(check_runs).values(id=run_id, started_at=datetime.now(timezone.utc),
                                           window_days=window_days))
    return run_id


def finish_run(conn: Connection, run_id: str, n_claims: int, n_changed: int) -> None:
    done = conn.execute(update(check_runs).where(check_runs.c.id == run_id).values(
        finished_at=datetime.now(timezone.utc), n_claims=n_claims, n_changed=n_changed))
    if done.rowcount == 0:
        raise StoreError(f"No check run {run_id!r} to finish; use the id start_check_run returned.")
