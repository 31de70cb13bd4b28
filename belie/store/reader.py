"""Reading records back, in chunks: each chunk is one short query (keyset pagination), so a
million events stream without holding them, or a connection, between chunks.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Callable, Collection, Iterator

from sqlalchemy import ColumnElement, Engine, Select, Table, select, tuple_

from belie.model import ActorRef, Claim, Document, Event
from belie.store import codec
from belie.store.schema import claim_subjects, claims, documents, event_parties, events

__all__ = [
    "claim_filters",
    "event_filters",
    "fetch_claims",
    "fetch_events",
    "iter_claims",
    "iter_documents",
    "iter_events",
    "window_filters",
]

CHUNK = 1000
Where = list[ColumnElement[bool]]


def _as_tuple(values: Collection[str] | str) -> tuple[str, ...]:
    return (values,) if isinstance(values, str) else tuple(values)


def event_filters(*, document_id: str | None = None, type: str | None = None,
                  families: Collection[str] | None = None, country: str | None = None) -> Where:
    where: Where = []
    if document_id is not None:
        where.append(events.c.document_id == document_id)
    if type is not None:
        where.append(events.c.type == type)
    if families is not None:
        fam = select(event_parties.c.event_id).where(event_parties.c.family.in_(_as_tuple(families)))
        where.append(events.c.id.in_(fam))
    if country is not None:
        where.append(events.c.country == country)
    return where


def claim_filters(*, document_id: str | None = None, kinds: Collection[str] | None = None,
                  speaker: str | None = None, families: Collection[str] | None = None,
                  country: str | None = None) -> Where:
    where: Where = []
    if document_id is not None:
        where.append(claims.c.document_id == document_id)
    if kinds is not None:
        where.append(claims.c.kind.in_(_as_tuple(kinds)))
    if speaker is not None:
        where.append(claims.c.speaker_name == speaker)
    if families is not None:
        fam = select(claim_subjects.c.claim_id).where(claim_subjects.c.family.in_(_as_tuple(families)))
        where.append(claims.c.id.in_(fam))
    if country is not None:
        where.append(claims.c.country == country)
    return where


def window_filters(first: Any, last: Any, start: date | None, end: date | None) -> Where:
    """Rows whose [first, last] overlaps [start, end]; a None bound leaves that side open."""
    where: Where = [first.is_not(None)]
    if start is not None:
        where.append(last >= start)
    if end is not None:
        where.append(first <= end)
    return where


def _pages(engine: Engine, table: Table, where: Where, load: Callable[..., list[Any]],
           chunk: int) -> Iterator[Any]:
    """Rows of `table` in (document_id, span_start, id) order, `chunk` at a time, built by `load`."""
    key = (table.c.document_id, table.c.span_start, table.c.id)
    after: tuple[Any, ...] | None = None
    while True:
        stmt: Select[Any] = select(table).where(*where).order_by(*key).limit(chunk)
        if after is not None:
            stmt = stmt.where(tuple_(*key) > tuple_(*after))
        with engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
            records = load(conn, rows)
        yield from records
        if len(rows) < chunk:
            return
        last = rows[-1]
        after = (last["document_id"], last["span_start"], last["id"])


def _all(engine: Engine, table: Table, where: Where, load: Callable[..., list[Any]]) -> list[Any]:
    """Every matching row in one query (for bounded result sets), children loaded `CHUNK` at a time."""
    stmt = select(table).where(*where).order_by(table.c.document_id, table.c.span_start, table.c.id)
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
        return [record for i in range(0, len(rows), CHUNK) for record in load(conn, rows[i:i + CHUNK])]


def fetch_events(engine: Engine, where: Where) -> list[Event]:
    return _all(engine, events, where, _load_events)


def fetch_claims(engine: Engine, where: Where) -> list[Claim]:
    return _all(engine, claims, where, _load_claims)


def iter_events(engine: Engine, where: Where, chunk: int = CHUNK) -> Iterator[Event]:
    return _pages(engine, events, where, _load_events, chunk)


def iter_claims(engine: Engine, where: Where, chunk: int = CHUNK) -> Iterator[Claim]:
    return _pages(engine, claims, where, _load_claims, chunk)


def _load_events(conn: Any, rows: list[Any]) -> list[Event]:
    parties: dict[tuple[str, str], list[ActorRef]] = defaultdict(list)
    if rows:
        stmt = (select(event_parties).where(event_parties.c.event_id.in_([r["id"] for r in rows]))
                .order_by(event_parties.c.event_id, event_parties.c.role, event_parties.c.position))
        for p in conn.execute(stmt).mappings():
            parties[(p["event_id"], p["role"])].append(codec.row_to_actor(p))
    return [codec.row_to_event(r, parties[(r["id"], "agent")], parties[(r["id"], "target")])
            for r in rows]


def _load_claims(conn: Any, rows: list[Any]) -> list[Claim]:
    subjects: dict[str, list[ActorRef]] = defaultdict(list)
    if rows:
        stmt = (select(claim_subjects).where(claim_subjects.c.claim_id.in_([r["id"] for r in rows]))
                .order_by(claim_subjects.c.claim_id, claim_subjects.c.position))
        for s in conn.execute(stmt).mappings():
            subjects[s["claim_id"]].append(codec.row_to_actor(s))
    return [codec.row_to_claim(r, subjects[r["id"]]) for r in rows]


def iter_documents(engine: Engine, chunk: int = 200) -> Iterator[Document]:
    """Every document in id order, `chunk` texts in memory at a time."""
    after: str | None = None
    while True:
        stmt = select(documents).order_by(documents.c.id).limit(chunk)
        if after is not None:
            stmt = stmt.where(documents.c.id > after)
        with engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        yield from (codec.row_to_document(r) for r in rows)
        if len(rows) < chunk:
            return
        after = rows[-1]["id"]
