"""Reading records back, in chunks: each chunk is one short query (keyset pagination), so a
million events stream without holding them, or a connection, between chunks.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from typing import Any, Callable, Collection, Iterator

from sqlalchemy import (JSON, ColumnElement, Date, Engine, Select, Table, Text, bindparam, literal_column, select, tuple_,
                        type_coerce, union)

from belie.model import ActorRef, Claim, DateRange, Document, Event, Location, Quantity, Span
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
    "publication_dates",
    "scan_events",
    "story_keys",
    "window_filters",
    "windowed_event_ids",
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


SHORT_DAYS = 31  # events spanning up to this many days are found by their start (see windowed_event_ids)


def windowed_event_ids(families: Collection[str], country: str | None, start: date, end: date,
                       attack_attributions: Collection[str] | None = None, *, undated: bool = False) -> Any:
    """Ids of the events with a party of `families` (in `country`) whose window meets [start, end],
    from the parties' copy of their event's window: one index range over the starts within
    SHORT_DAYS before `start` to `end`, plus the few events spanning longer (`span_days`).
    With `attack_attributions`, only attacks attributed so, read from the parties' copy too; with
    `undated`, also those with no window at all. The window indexes end with (when_end, event_id),
    so each range is read from the index alone."""
    p = event_parties.c
    where = [p.family.in_(_as_tuple(families))] + ([p.country == country] if country is not None else [])
    if attack_attributions is not None:
        where += [p.type == "attack", p.attribution.in_(_as_tuple(attack_attributions))]
    early = start - timedelta(days=SHORT_DAYS) if start.toordinal() > SHORT_DAYS else date.min
    short = select(p.event_id).where(*where, p.when_start >= early, p.when_start <= end, p.when_end >= start)
    long = select(p.event_id).where(*where, p.span_days > SHORT_DAYS, p.when_start < early, p.when_end >= start)
    if undated:
        return union(short, long, select(p.event_id).where(*where, p.when_start.is_(None)))
    return union(short, long)


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


def fetch_events(engine: Engine, where: Where, *, undated_last: bool = False) -> list[Event]:
    """Every matching event with its parties (the events' `parties` column) in one query, rows read raw
    (`_EventReader`), in (document_id, span_start, id) order; with `undated_last`, the events without a
    window after the rest."""
    read = _EventReader()
    order = (events.c.document_id, events.c.span_start, events.c.id)
    stmt = select(*_raw(events, _RAW_EVENT)).where(*where).order_by(
        *((events.c.when_start.is_(None),) if undated_last else ()), *order)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return read.events(rows)


def fetch_claims(engine: Engine, where: Where) -> list[Claim]:
    return _all(engine, claims, where, _load_claims)


def iter_events(engine: Engine, where: Where, chunk: int = CHUNK) -> Iterator[Event]:
    return _pages(engine, events, where, _load_events, chunk)


def iter_claims(engine: Engine, where: Where, chunk: int = CHUNK) -> Iterator[Claim]:
    return _pages(engine, claims, where, _load_claims, chunk)


def _load_events(conn: Any, rows: list[Any]) -> list[Event]:
    return [codec.row_to_event(r, *codec.entries_to_parties(r["parties"])) for r in rows]


# ---------------------------------------------------------------- one pass over every event
# Columns read raw (no SQLAlchemy result processing): dates and JSON arrive as text on SQLite
# and as Python values on PostgreSQL, and `_EventReader` takes both.
_RAW_EVENT = (
    "id", "document_id", "type", "span_start", "span_end", "quote", "attribution", "country", "admin1",
    "place_name", "place_precision", "place_id", "lat", "lon", "date_start", "date_end", "date_text",
    "date_precision", "killed_low", "killed_high", "killed_text", "wounded_low", "wounded_high",
    "wounded_text", "arrested_low", "arrested_high", "arrested_text", "seized", "background", "extractor",
    "parties",
)


class _EventReader:
    """Builds Events from raw rows; equal actors, places, dates and lists of parties share one object
    (read-only use)."""

    def __init__(self) -> None:
        self.days: dict[Any, date | None] = {None: None}
        self.actors: dict[tuple, ActorRef] = {}
        self.places: dict[tuple, Location] = {}
        self.dates: dict[tuple, DateRange] = {}
        self.parties: dict[str, tuple[list[ActorRef], list[ActorRef]]] = {}  # by the column's JSON text

    def day(self, value: Any) -> date | None:
        found = self.days.get(value, _MISSING)
        if found is _MISSING:
            found = self.days[value] = value if isinstance(value, date) else date.fromisoformat(value)
        return found  # type: ignore[return-value]

    def actor(self, key: tuple) -> ActorRef:
        """The actor of (name, surface, kind, family, role_title, affiliation)."""
        found = self.actors.get(key)
        if found is None:
            found = self.actors[key] = ActorRef(*key)
        return found

    def events(self, rows: Any) -> list[Event]:
        """Events from raw rows (`_RAW_EVENT`). Parties as JSON text (SQLite) are decoded once per distinct
        text, all new ones in one call (events of one conflict repeat the same few sides); decoded values
        (PostgreSQL) are read row by row."""
        rows = list(map(tuple, rows))
        values = [r[30] for r in rows]
        actor = self.actor
        if not all(type(v) is str for v in values):
            return [self.event(r, *codec.entries_to_parties(_json(v), actor)) for r, v in zip(rows, values)]
        known = self.parties
        new = [v for v in dict.fromkeys(values) if v not in known]
        for text, entries in zip(new, _json_column(new)):
            known[text] = codec.entries_to_parties(entries, actor)
        return [self.event(r, *known[v]) for r, v in zip(rows, values)]

    def place(self, row: tuple) -> Location:
        key = row[7:14]
        found = self.places.get(key)
        if found is None:
            found = self.places[key] = Location(*key)
        return found

    def when(self, row: tuple) -> DateRange:
        key = row[14:18]
        found = self.dates.get(key)
        if found is None:
            found = self.dates[key] = DateRange(self.day(key[0]), self.day(key[1]), key[2], key[3])
        return found

    def event(self, r: tuple, agents: list[ActorRef], targets: list[ActorRef]) -> Event:
        seized = r[27]
        if isinstance(seized, str):
            seized = [] if seized == "[]" else json.loads(seized)
        return Event(
            r[1], r[2], Span(r[3], r[4]), r[5], agents, targets, r[6], self.place(r), self.when(r),
            _count(r[18], r[19], r[20]), _count(r[21], r[22], r[23]), _count(r[24], r[25], r[26]),
            list(seized or ()), bool(r[28]), r[29], r[0],
        )


_MISSING = object()


def _count(low: Any, high: Any, text: Any) -> Quantity | None:
    return None if low is None and high is None and text is None else Quantity(low, high, text)


def _raw(table: Table, names: tuple[str, ...]) -> list[Any]:
    return [type_coerce(table.c[n], Text) if isinstance(table.c[n].type, (Date, JSON)) else table.c[n]
            for n in names]


def scan_events(engine: Engine, chunk: int = 20_000) -> Iterator[Event]:
    """Every stored event with its parties, read in one pass, `chunk` rows at a time, in storage order on
    SQLite (the order they were saved) and by id elsewhere; the same store gives the same order every
    time. For readers that hold every event (a check run): equal actors, places, dates and lists of parties
    share one object (`_EventReader`)."""
    read = _EventReader()
    with engine.connect() as conn:
        stmt = select(*_raw(events, _RAW_EVENT)).order_by(_storage_order(engine))
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(stmt)
        for rows in result.partitions():
            yield from read.events(rows)


def _storage_order(engine: Engine) -> Any:
    return literal_column("rowid") if engine.dialect.name == "sqlite" else events.c.id


def publication_dates(conn: Any) -> dict[str, tuple[date | None, str | None]]:
    """Every document's (published, url) by id, without its text."""
    day = _EventReader().day
    stmt = select(documents.c.id, type_coerce(documents.c.published, Text), documents.c.url)
    return {i: (day(p), url) for i, p, url in conn.execute(stmt)}


def story_keys(conn: Any, ids: list[str] | None) -> dict[str, list[int]]:
    """Kept story keys by document id, of `ids` (500 per query) or of every document."""
    c = documents.c
    stmt = select(c.id, type_coerce(c.story_keys, Text)).where(c.story_keys.is_not(None))
    chunks = [stmt] if ids is None else [stmt.where(c.id.in_(ids[i:i + 500])) for i in range(0, len(ids), 500)]
    found: dict[str, list[int]] = {}
    for query in chunks:
        for i, keys in conn.execute(query):
            keys = _json(keys)
            if isinstance(keys, list):
                found[i] = keys
    return found


_HEAD = ("id", "url", "title", "publisher", "published", "published_precision", "path", "language", "source_format")


def document_heads(conn: Any, ids: list[str]) -> dict[str, tuple[Document, list[int] | None]]:
    """Documents by id without their texts (left empty), with their kept story keys (500 ids per query);
    rows read raw, as `fetch_events` reads events (dates and JSON as text on SQLite, values on PostgreSQL),
    the JSON of each query's rows decoded in one call."""
    c = documents.c
    columns = [*_raw(documents, _HEAD), type_coerce(c.meta, Text), type_coerce(c.story_keys, Text)]
    day = _EventReader().day
    found: dict[str, tuple[Document, list[int] | None]] = {}
    stmt = select(*columns).where(c.id.in_(bindparam("ids", expanding=True)))
    for n in range(0, len(ids), 500):
        rows = conn.execute(stmt, {"ids": ids[n:n + 500]}).all()
        metas = _json_column([r[9] for r in rows])
        keys = _json_column([r[10] for r in rows])
        for (i, url, title, publisher, published, precision, path, language, fmt, _, _), meta, kept in zip(
                rows, metas, keys):
            found[i] = (Document("", url=url, title=title, publisher=publisher, published=day(published),
                                 published_precision=precision, path=path, language=language, source_format=fmt,
                                 meta=dict(meta) if isinstance(meta, dict) else {}, id=i),
                        kept if isinstance(kept, list) else None)
    return found


def _json_column(values: list[Any]) -> list[Any]:
    """A column's JSON values decoded: text (SQLite) in one `json.loads` of them all as one array, values
    already decoded (PostgreSQL) as they are; NULL as None."""
    if not any(isinstance(v, str) for v in values):
        return values
    if all(isinstance(v, str) or v is None for v in values):
        return json.loads("[" + ",".join("null" if v is None else v for v in values) + "]")
    return [_json(v) for v in values]


def _json(value: Any) -> Any:
    if isinstance(value, str):
        return {} if value == "{}" else json.loads(value)
    return value


def texts_of(conn: Any, ids: list[str]) -> dict[str, str | None]:
    """Texts by document id, of `ids` (500 per query)."""
    c = documents.c
    stmt = select(c.id, c.text).where(c.id.in_(bindparam("ids", expanding=True)))
    return {i: text for n in range(0, len(ids), 500) for i, text in conn.execute(stmt, {"ids": ids[n:n + 500]})}


def _load_claims(conn: Any, rows: list[Any]) -> list[Claim]:
    subjects: dict[str, list[ActorRef]] = defaultdict(list)
    if rows:
        stmt = (select(claim_subjects).where(claim_subjects.c.claim_id.in_([r["id"] for r in rows]))
                .order_by(claim_subjects.c.claim_id, claim_subjects.c.position))
        for s in conn.execute(stmt).mappings():
            subjects[s["claim_id"]].append(codec.row_to_actor(s))
    return [codec.row_to_claim(r, subjects[r["id"]]) for r in rows]


def iter_documents(engine: Engine, chunk: int = 200, *, texts: bool = True) -> Iterator[Document]:
    """Every document in id order, `chunk` texts in memory at a time; without `texts`, every field but
    the text (left empty: for readers that need a text only now and then, such as a check run)."""
    columns = list(documents.c) if texts else [c for c in documents.c if c.name != "text"]
    size = chunk if texts else max(chunk, 5000)
    after: str | None = None
    while True:
        stmt = select(*columns).order_by(documents.c.id).limit(size)
        if after is not None:
            stmt = stmt.where(documents.c.id > after)
        with engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        yield from (codec.row_to_document(r if texts else {**r, "text": ""}) for r in rows)
        if len(rows) < size:
            return
        after = rows[-1]["id"]
