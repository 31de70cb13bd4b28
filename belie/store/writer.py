"""Writing documents with their extraction, many at a time, with executemany inserts.

`save_batch` is the one write path: `Store.save` calls it with one document (one transaction),
`Store.save_many` with up to `batch` documents per transaction, `replace_extraction` with
`force=True`. A document whose stored extractor equals the new one is left untouched.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Literal, Sequence

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from belie.errors import StoreError
from belie.model import Document, Extraction
from belie.store import codec
from belie.store.schema import claim_subjects, claims, documents, event_parties, events, extraction_runs, outlets

__all__ = ["Outcome", "Pair", "batches", "ensure_outlets", "insert_ignore", "save_batch"]

Outcome = Literal["ingested", "unchanged", "updated"]
Pair = tuple[Document, Extraction]
_DOC_UPDATE = ("outlet_id", "url", "title", "publisher", "published", "published_precision", "path",
               "text", "language", "source_format", "meta", "extractor", "updated_at", "story_keys")


def batches(pairs: Iterable[Pair], size: int) -> Iterator[list[Pair]]:
    """Groups of at most `size` pairs; a document id seen again starts a new group (keeps save order)."""
    if size < 1:
        raise StoreError(f"batch size {size} is too small; use 1 or more (500 is a good default).")
    group: list[Pair] = []
    seen: set[str] = set()
    for pair in pairs:
        if len(group) >= size or pair[0].id in seen:
            yield group
            group, seen = [], set()
        _check(*pair)
        group.append(pair)
        seen.add(pair[0].id)
    if group:
        yield group


def _check(doc: Document, extraction: Extraction) -> None:
    if extraction.document_id != doc.id:
        raise StoreError(f"Extraction for document {extraction.document_id!r} was given with document "
                         f"{doc.id!r}; pass the Extraction that the pipeline made from this document.")
    items = [*extraction.events, *extraction.claims]
    strays = sorted({i.document_id for i in items} - {doc.id})
    if strays:
        raise StoreError(f"Document {doc.id!r}: extraction holds records of other documents {strays}; "
                         "each record's document_id must be the document's id.")
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise StoreError(f"Document {doc.id!r}: duplicate event/claim ids {dupes[:5]}; "
                         "two records share a span and type, so drop the repeat before saving.")


def save_batch(conn: Connection, pairs: Sequence[Pair], *, force: bool = False) -> list[Outcome]:
    """Store `pairs` (distinct document ids) in the caller's transaction; return each outcome."""
    stored = _stored_extractors(conn, [doc.id for doc, _ in pairs])
    outcomes = [_outcome(doc.id, ex.extractor, stored, force) for doc, ex in pairs]
    todo = [(pair, o) for pair, o in zip(pairs, outcomes) if o != "unchanged"]
    if todo:
        _write(conn, todo)
    return outcomes


def _stored_extractors(conn: Connection, ids: list[str]) -> dict[str, str | None]:
    rows = conn.execute(select(documents.c.id, documents.c.extractor).where(documents.c.id.in_(ids)))
    return {row.id: row.extractor for row in rows}


def _outcome(doc_id: str, extractor: str, stored: dict[str, str | None], force: bool) -> Outcome:
    if doc_id not in stored:
        return "ingested"
    return "updated" if force or stored[doc_id] != extractor else "unchanged"


def _write(conn: Connection, todo: list[tuple[Pair, Outcome]]) -> None:
    now = datetime.now(timezone.utc)
    outlet_ids = ensure_outlets(conn, {doc.publisher for (doc, _), _o in todo if doc.publisher})
    rows = [codec.document_row(doc, outlet_id=outlet_ids.get(doc.publisher or ""), extractor=ex.extractor,
                               now=now) for (doc, ex), _o in todo]
    new = [row for row, (_p, o) in zip(rows, todo) if o == "ingested"]
    old = [row for row, (_p, o) in zip(rows, todo) if o == "updated"]
    if old:
        _clear(conn, [row["id"] for row in old])
        conn.execute(_update_documents(), [{"b_id": r["id"], **{k: r[k] for k in _DOC_UPDATE}} for r in old])
    _insert(conn, documents, new)
    _insert_extractions(conn, [pair for pair, _o in todo], now)


def _clear(conn: Connection, doc_ids: list[str]) -> None:
    """Drop a document's events and claims; parties, subjects and verdicts go by cascade."""
    conn.execute(delete(events).where(events.c.document_id.in_(doc_ids)))
    conn.execute(delete(claims).where(claims.c.document_id.in_(doc_ids)))


def _update_documents() -> Any:
    return update(documents).where(documents.c.id == bindparam("b_id")).values(
        {k: bindparam(k) for k in _DOC_UPDATE})


def _insert_extractions(conn: Connection, pairs: list[Pair], now: datetime) -> None:
    event_rows, party_rows, claim_rows, subject_rows, runs = [], [], [], [], []
    for doc, ex in pairs:
        for ev in ex.events:
            when = codec.event_when(ev, doc.published, doc.published_precision)
            event_rows.append(codec.event_row(ev, when))
            window = codec.party_window(ev, when)
            party_rows += codec.actor_rows(ev.agents, event_id=ev.id, role="agent", **window)
            party_rows += codec.actor_rows(ev.targets, event_id=ev.id, role="target", **window)
        for cl in ex.claims:
            claim_rows.append(codec.claim_row(cl, doc.published))
            subject_rows += codec.actor_rows(cl.subjects, claim_id=cl.id)
        runs.append(_run_row(doc.id, ex, now))
    for table, rows in ((events, event_rows), (event_parties, party_rows), (claims, claim_rows),
                        (claim_subjects, subject_rows), (extraction_runs, runs)):
        _insert(conn, table, rows)


def _run_row(doc_id: str, ex: Extraction, now: datetime) -> dict[str, Any]:
    return {"document_id": doc_id, "extractor": ex.extractor, "started_at": now,
            "finished_at": datetime.now(timezone.utc), "n_events": len(ex.events), "n_claims": len(ex.claims)}


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def insert_ignore(conn: Connection, table: Table, key: str) -> Any:
    """INSERT that skips rows whose `key` already exists (SQLite and PostgreSQL)."""
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
    if dialect is None:
        raise StoreError(f"Database {conn.dialect.name!r} is not supported; use SQLite or PostgreSQL.")
    return dialect.insert(table).on_conflict_do_nothing(index_elements=[key])


def ensure_outlets(conn: Connection, names: set[str]) -> dict[str, int]:
    """Outlet ids by name; publishers not seen before get an outlet of type unknown, reliability F."""
    if not names:
        return {}
    rows = [{"name": n, "type": "unknown", "reliability": "F"} for n in sorted(names)]
    conn.execute(insert_ignore(conn, outlets, "name"), rows)
    found = conn.execute(select(outlets.c.name, outlets.c.id).where(outlets.c.name.in_(names)))
    return {row.name: row.id for row in found}

