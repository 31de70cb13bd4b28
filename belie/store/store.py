"""`Store`: documents, extractions and verdict history in SQLite or PostgreSQL.

    >>> with Store("analysis.db") as store:          # creates and migrates the file
    ...     store.save(doc, extraction)               # "ingested" | "unchanged" | "updated"
    ...     events = store.candidate_events(families={"ISKP"}, country="AF",
    ...                                     start=date(2023, 1, 1), end=date(2023, 6, 30))
"""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from datetime import date
from typing import Any, Collection, Iterable, Iterator, Literal, TypeVar

from alembic.util.exc import CommandError
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from belie.errors import StoreError
from belie.model import Claim, Document, Event, Extraction, Verdict
from belie.store import reader, verdicts, writer
from belie.store.codec import row_to_document
from belie.store.engine import create_store_engine, mask_url, resolve_url, write_connection
from belie.store.migrate import upgrade
from belie.store.schema import (
    OUTLET_TYPES,
    RELIABILITY_GRADES,
    check_runs,
    claims,
    documents,
    events,
    extraction_runs,
    outlets,
)
from belie.store.schema import verdicts as verdict_table

__all__ = ["Store"]

T = TypeVar("T")


class Store:
    """A migrated database of documents, events, claims and verdicts (see module docstring)."""

    def __init__(self, url: str) -> None:
        self.url = resolve_url(url)
        self.masked_url = mask_url(self.url)
        self.engine = create_store_engine(self.url)
        self.revision = self._migrate()

    @classmethod
    def open(cls, url: str) -> "Store":
        return cls(url)

    def _migrate(self) -> str:
        try:
            return upgrade(self.engine)
        except StoreError:
            self.engine.dispose()
            raise
        except (SQLAlchemyError, CommandError, OSError) as err:
            self.engine.dispose()
            raise StoreError(f"Cannot open store {self.masked_url}: {_reason(err)}. Check that the file "
                             "is writable or the server is running and the URL (user, host, database) "
                             "is right; a store made by a newer belie needs that version.") from err

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except SQLAlchemyError as err:
            raise StoreError(f"Could not {action} in store {self.masked_url}: {_reason(err)}. "
                             f"{_next_step(err)}") from err

    def _stream(self, action: str, items: Iterator[T]) -> Iterator[T]:
        with self._guard(action):
            yield from items

    # ------------------------------------------------------------ writing
    def save(self, doc: Document, extraction: Extraction) -> Literal["ingested", "unchanged", "updated"]:
        """Store one document with its extraction in one transaction (idempotent by id and extractor)."""
        return self._save_batches([(doc, extraction)], 1, force=False)[0]

    def save_many(self, pairs: Iterable[tuple[Document, Extraction]], batch: int = 500) -> Counter:
        """Bulk `save`: one transaction per `batch` documents; counts of each outcome."""
        return Counter(self._save_batches(pairs, batch, force=False))

    def replace_extraction(self, document_id: str, extraction: Extraction) -> None:
        """Swap a stored document's events and claims (and their verdicts) for `extraction`."""
        doc = self.document(document_id)
        if doc is None:
            raise StoreError(f"No document {document_id!r} in store {self.masked_url}; "
                             "ingest it first (belie ingest PATH).")
        self._save_batches([(doc, extraction)], 1, force=True)

    def _save_batches(self, pairs: Iterable[writer.Pair], size: int, *, force: bool) -> list[writer.Outcome]:
        outcomes: list[writer.Outcome] = []
        for group in writer.batches(pairs, size):
            with self._guard(f"save document(s) {group[0][0].id!r}…"), write_connection(self.engine) as conn:
                with conn.begin():
                    outcomes += writer.save_batch(conn, group, force=force)
        return outcomes

    # ------------------------------------------------------------ documents
    def has_document(self, id: str) -> bool:
        return self._scalar(select(documents.c.id).where(documents.c.id == id)) is not None

    def extractor_of(self, id: str) -> str | None:
        """The extractor version a stored document was last extracted with (None if not stored)."""
        return self._scalar(select(documents.c.extractor).where(documents.c.id == id))

    def document(self, id: str) -> Document | None:
        with self._guard(f"read document {id!r}"), self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == id)).mappings().first()
        return row_to_document(row) if row else None

    def documents_by_id(self, ids: Collection[str]) -> dict[str, Document]:
        """The stored documents among `ids` by id (ids not stored are left out), 500 per query."""
        wanted = sorted(set(ids))
        found: dict[str, Document] = {}
        with self._guard(f"read {len(wanted)} document(s)"), self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                rows = conn.execute(select(documents).where(documents.c.id.in_(wanted[i:i + 500]))).mappings().all()
                found.update((d.id, d) for d in map(row_to_document, rows))
        return found

    def document_heads(self, ids: Collection[str]) -> dict[str, tuple[Document, list[int] | None]]:
        """The stored documents among `ids` without their texts, each with its kept story keys (None where
        none are kept): what a verifier reads of its evidence's documents, in one query per 500 ids."""
        return self._read(f"read {len(ids)} document(s)", reader.document_heads, sorted(set(ids)))

    def story_keys(self, ids: Collection[str] | None = None) -> dict[str, list[int]]:
        """The kept min-hashes of the documents' texts (`belie.shingles.story_keys`) by id: of `ids`
        (500 per query), or of every document; documents without kept keys are left out."""
        return self._read("read story keys", reader.story_keys, None if ids is None else sorted(set(ids)))

    def documents(self, *, texts: bool = True) -> Iterator[Document]:
        """Every document in id order; `texts=False` leaves each text empty (and reads none)."""
        return self._stream("read documents", reader.iter_documents(self.engine, texts=texts))

    def text_of(self, id: str) -> str | None:
        """One document's text (None if not stored)."""
        return self._scalar(select(documents.c.text).where(documents.c.id == id))

    def texts_of(self, ids: Collection[str]) -> dict[str, str | None]:
        """The texts of the stored documents among `ids`, by id, 500 per query (ids not stored are left out)."""
        return self._read("read document texts", reader.texts_of, sorted(set(ids)))

    def document_ids(self) -> list[str]:
        """Ids of every stored document, in id order (no text is read)."""
        with self._guard("list documents"), self.engine.connect() as conn:
            return list(conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars())

    def document_ids_needing(self, extractor: str) -> list[str]:
        """Ids of documents extracted by another extractor version (or never), in id order."""
        stmt = (select(documents.c.id).where((documents.c.extractor != extractor)
                                             | documents.c.extractor.is_(None)).order_by(documents.c.id))
        with self._guard("list stale documents"), self.engine.connect() as conn:
            return list(conn.execute(stmt).scalars())

    # ------------------------------------------------------------ events and claims
    def events(self, *, document_id: str | None = None, type: str | None = None,
               families: Collection[str] | None = None, country: str | None = None) -> Iterator[Event]:
        where = reader.event_filters(document_id=document_id, type=type, families=families, country=country)
        return self._stream("read events", reader.iter_events(self.engine, where))

    def claims(self, *, document_id: str | None = None, kind: str | None = None,
               speaker: str | None = None) -> Iterator[Claim]:
        where = reader.claim_filters(document_id=document_id, kinds=None if kind is None else (kind,),
                                     speaker=speaker)
        return self._stream("read claims", reader.iter_claims(self.engine, where))

    def scan_events(self) -> Iterator[Event]:
        """Every event with its parties in one pass (a check run's snapshot); equal actors, places and
        dates share one object, so treat what it yields as read-only."""
        return self._stream("read every event", reader.scan_events(self.engine))

    def count_events(self) -> int:
        return int(self._scalar(select(func.count()).select_from(events)))

    def publication_dates(self) -> dict[str, tuple[date | None, str | None]]:
        """(published, url) of every document by id, without the texts."""
        return self._read("read publication dates", reader.publication_dates)

    def event(self, id: str) -> Event | None:
        return next(self._stream("read event", reader.iter_events(self.engine, [events.c.id == id])), None)

    def claim(self, id: str) -> Claim | None:
        return next(self._stream("read claim", reader.iter_claims(self.engine, [claims.c.id == id])), None)

    def candidate_events(self, *, families: Collection[str] | None = None, country: str | None = None,
                         start: date | None = None, end: date | None = None,
                         attack_attributions: Collection[str] | None = None, undated: bool = False) -> list[Event]:
        """Dated events with a party of `families`, in `country`, whose window overlaps [start, end];
        with `attack_attributions`, only attacks attributed so ("claimed", "confirmed"); with `undated`,
        followed by the events `undated_events` gives, read in the same query.

        An event without its own date is dated by its document's publication; None means "any".
        """
        if families is not None and start is not None and end is not None:  # the parties' index
            ids = reader.windowed_event_ids(families, country, start, end, attack_attributions, undated=undated)
            where = [events.c.id.in_(ids)]
        else:
            where = _event_where(families, country, attack_attributions)
            window = reader.window_filters(events.c.when_start, events.c.when_end, start, end)
            where += [or_(and_(*window), events.c.when_start.is_(None))] if undated else window
        with self._guard("find candidate events"):
            return reader.fetch_events(self.engine, where, undated_last=undated)

    def undated_events(self, *, families: Collection[str] | None = None, country: str | None = None,
                       start: date | None = None, end: date | None = None,
                       attack_attributions: Collection[str] | None = None) -> list[Event]:
        """Events with no date at all (neither stated nor published); `start`/`end` are accepted
        for symmetry with `candidate_events` and do not filter (these events have no window)."""
        where = _event_where(families, country, attack_attributions) + [events.c.when_start.is_(None)]
        return self._read_all("find undated events", reader.fetch_events, where)

    def candidate_claims(self, *, kinds: Collection[str] | None = None, families: Collection[str] | None = None,
                         country: str | None = None, start: date | None = None,
                         end: date | None = None) -> list[Claim]:
        """Claims of `kinds` about `families` in `country`, dated (stated or published) in [start, end],
        or undated (the verifier decides whether an undated claim bears on a window)."""
        where = reader.claim_filters(kinds=kinds, families=families, country=country)
        window = [claims.c.when_date >= start] if start is not None else []
        window += [claims.c.when_date <= end] if end is not None else []
        where += [or_(and_(*window), claims.c.when_date.is_(None))] if window else []
        return self._read_all("find candidate claims", reader.fetch_claims, where)

    # ------------------------------------------------------------ verdicts
    def record_verdict(self, v: Verdict, run_id: str | None = None) -> bool:
        """Append `v` unless the claim's latest verdict has the same label and cited evidence."""
        with self._guard(f"record a verdict for {v.claim_id!r}"), write_connection(self.engine) as conn:
            with conn.begin():
                return verdicts.record(conn, v, run_id)

    def record_verdicts(self, batch: Iterable[Verdict], run_id: str | None = None, size: int = 2000) -> int:
        """`record_verdict` for many verdicts, `size` per transaction; how many were appended."""
        items = list(batch)
        appended = 0
        with self._guard(f"record {len(items)} verdict(s)"), write_connection(self.engine) as conn:
            for i in range(0, len(items), size):
                with conn.begin():
                    appended += sum(verdicts.record_many(conn, items[i:i + size], run_id))
        return appended

    def latest_verdicts(self) -> dict[str, Verdict]:
        return self._read("read verdicts", verdicts.latest)

    def verdict_history(self, claim_id: str) -> list[Verdict]:
        """Every recorded verdict of a claim, oldest first."""
        return self._read("read verdict history", verdicts.history, claim_id)

    def changed_verdicts(self, *, include_new: bool = True) -> list[tuple[Verdict | None, Verdict]]:
        """(previous, current) where a claim's two latest labels differ; (None, current) if judged once."""
        return self._read("read changed verdicts", verdicts.changed, include_new=include_new)

    def start_check_run(self, window_days: int) -> str:
        return self._write("start a check run", verdicts.start_run, window_days)

    def finish_check_run(self, run_id: str, n_claims: int, n_changed: int) -> None:
        self._write("finish a check run", verdicts.finish_run, run_id, n_claims, n_changed)

    # ------------------------------------------------------------ outlets
    def outlet(self, name: str) -> dict[str, Any] | None:
        stmt = select(outlets.c.name, outlets.c.type, outlets.c.reliability).where(outlets.c.name == name)
        with self._guard(f"read outlet {name!r}"), self.engine.connect() as conn:
            row = conn.execute(stmt).mappings().first()
        return dict(row) if row else None

    def set_outlet(self, name: str, type: str, reliability: str) -> None:
        """Create or update an outlet (publisher) with its type and Admiralty reliability grade."""
        _check_choice("outlet type", type, OUTLET_TYPES)
        _check_choice("reliability grade", reliability, RELIABILITY_GRADES)
        self._write(f"set outlet {name!r}", _set_outlet, name, type, reliability)

    # ------------------------------------------------------------ overview
    def stats(self) -> dict[str, Any]:
        """Counts of what is stored, the masked URL and the schema revision."""
        return {"url": self.masked_url, "revision": self.revision, **self._read("count rows", _counts)}

    def _scalar(self, stmt: Any) -> Any:
        with self._guard("read"), self.engine.connect() as conn:
            return conn.execute(stmt).scalar()

    def _read_all(self, action: str, fetch: Any, where: Any) -> Any:
        with self._guard(action):
            return fetch(self.engine, where)

    def _read(self, action: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        with self._guard(action), self.engine.connect() as conn:
            return fn(conn, *args, **kwargs)

    def _write(self, action: str, fn: Any, *args: Any) -> Any:
        with self._guard(action), write_connection(self.engine) as conn, conn.begin():
            return fn(conn, *args)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.masked_url!r})"


def _event_where(families: Collection[str] | None, country: str | None,
                 attack_attributions: Collection[str] | None) -> list[Any]:
    where = reader.event_filters(families=families, country=country)
    if attack_attributions is not None:
        # `|| ''` keeps these tests filters: an index on type would make the planner walk every attack
        where += [events.c.type.concat("") == "attack", events.c.attribution.concat("").in_(tuple(attack_attributions))]
    return where


def _reason(err: BaseException) -> str:
    orig = getattr(err, "orig", None)
    return " ".join(str(orig or err).split())[:300]


def _next_step(err: SQLAlchemyError) -> str:
    if isinstance(err, IntegrityError):
        return "A record id or link clashes with what is stored; nothing from this write was kept."
    if isinstance(err, DataError) or isinstance(getattr(err, "orig", None), (TypeError, ValueError)):
        return "A record holds a value the database cannot store (see above); fix it and save again."
    return "Check that the database is reachable and writable, then retry."


def _check_choice(what: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise StoreError(f"Unknown {what} {value!r}. Use one of: {', '.join(choices)}.")


def _set_outlet(conn: Any, name: str, type: str, reliability: str) -> None:
    writer.ensure_outlets(conn, {name})
    conn.execute(update(outlets).where(outlets.c.name == name).values(type=type, reliability=reliability))


def _grouped(conn: Any, column: Any, where: Any = None) -> dict[str, int]:
    stmt = select(column, func.count()).group_by(column).order_by(column)
    if where is not None:
        stmt = stmt.where(where)
    return {key: n for key, n in conn.execute(stmt)}


def _counts(conn: Any) -> dict[str, Any]:
    def count(table: Any) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    newest = select(func.max(verdict_table.c.id)).group_by(verdict_table.c.claim_id)
    return {
        "documents": count(documents), "outlets": count(outlets),
        "events": count(events), "events_by_type": _grouped(conn, events.c.type),
        "claims": count(claims), "claims_by_kind": _grouped(conn, claims.c.kind),
        "verdicts": count(verdict_table),
        "verdicts_by_label": _grouped(conn, verdict_table.c.label, verdict_table.c.id.in_(newest)),
        "extraction_runs": count(extraction_runs), "check_runs": count(check_runs),
    }
