"""Records <-> rows: flatten model.py records into column dicts and rebuild them exactly.

Two deliberate normalisations: a `Quantity` whose low, high and text are all None is stored
as NULL and read back as None (it carries no information), and `Document.meta` is stored as
plain JSON, so dates in it come back as ISO strings.
"""
from __future__ import annotations

import calendar
import json
from datetime import date, datetime, timezone
from typing import Any, Callable, Iterable, Mapping

from belie.errors import StoreError
from belie.model import ActorRef, Claim, DateRange, Document, Event, Location, Quantity, Span
from belie.shingles import story_keys
from belie.store.engine import json_dumps

__all__ = [
    "actor_rows",
    "claim_row",
    "document_row",
    "event_row",
    "event_when",
    "party_window",
    "period_end",
    "row_to_actor",
    "row_to_claim",
    "row_to_document",
    "row_to_event",
    "utc",
]

Row = Mapping[str, Any]
_LOCATION = (("country", "country"), ("admin1", "admin1"), ("name", "place_name"),
             ("precision", "place_precision"), ("place_id", "place_id"), ("lat", "lat"), ("lon", "lon"))
_ACTOR = (("name", "name"), ("family", "family"), ("kind", "kind"), ("surface", "surface"),
          ("role", "role_title"), ("affiliation", "affiliation"))


def utc(value: datetime | None) -> datetime | None:
    """Aware UTC datetimes in and out (SQLite hands back naive ones; naive input counts as UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def period_end(day: date, precision: str) -> date:
    """The last day covered by a date of the given precision (2023-03-01 'month' -> 2023-03-31)."""
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day.replace(month=12, day=31)
    return day


# ---------------------------------------------------------------- documents
def document_row(doc: Document, *, outlet_id: int | None, extractor: str, now: datetime) -> dict[str, Any]:
    return {
        "id": doc.id, "outlet_id": outlet_id, "url": doc.url, "title": doc.title,
        "publisher": doc.publisher, "published": doc.published,
        "published_precision": doc.published_precision, "path": doc.path, "text": doc.text,
        "language": doc.language, "source_format": doc.source_format, "meta": _plain_json(doc),
        "extractor": extractor, "ingested_at": now, "updated_at": now, "story_keys": story_keys(doc.text),
    }


def _plain_json(doc: Document) -> dict[str, Any]:
    """`doc.meta` as plain JSON values (dates become ISO strings), the same on every database."""
    try:
        return json.loads(json_dumps(doc.meta))
    except (TypeError, ValueError) as err:
        raise StoreError(f"Document {doc.id!r}: meta {err}; keep meta to strings, numbers, lists, "
                         "mappings and dates.") from err


def row_to_document(row: Row) -> Document:
    return Document(
        id=row["id"], text=row["text"], url=row["url"], title=row["title"], publisher=row["publisher"],
        published=row["published"], published_precision=row["published_precision"], path=row["path"],
        language=row["language"], source_format=row["source_format"], meta=dict(row["meta"] or {}),
    )


# ---------------------------------------------------------------- pieces
def _location_cols(loc: Location) -> dict[str, Any]:
    return {col: getattr(loc, attr) for attr, col in _LOCATION}


def _location(row: Row) -> Location:
    return Location(**{attr: row[col] for attr, col in _LOCATION})


def _quantity_cols(prefix: str, q: Quantity | None) -> dict[str, Any]:
    q = q or Quantity()
    return {f"{prefix}_low": q.low, f"{prefix}_high": q.high, f"{prefix}_text": q.text}


def _quantity(row: Row, prefix: str) -> Quantity | None:
    low, high, text = row[f"{prefix}_low"], row[f"{prefix}_high"], row[f"{prefix}_text"]
    if low is None and high is None and text is None:
        return None
    return Quantity(low=low, high=high, text=text)


def actor_rows(actors: Iterable[ActorRef], **keys: Any) -> list[dict[str, Any]]:
    """One row per actor, in order, with `position` and the given key columns."""
    return [{**keys, "position": i, **{col: getattr(a, attr) for attr, col in _ACTOR}}
            for i, a in enumerate(actors)]


def row_to_actor(row: Row, prefix: str = "") -> ActorRef:
    return ActorRef(**{attr: row[prefix + col] for attr, col in _ACTOR})


# ---------------------------------------------------------------- events
def event_when(ev: Event, published: date | None, precision: str) -> tuple[date | None, date | None]:
    """The window an event covers: its own dates, or the document's publication period when undated."""
    start = ev.date.start or ev.date.end
    if start is None:
        return (published, period_end(published, precision)) if published else (None, None)
    return start, ev.date.end or period_end(start, ev.date.precision)


def party_window(ev: Event, when: tuple[date | None, date | None]) -> dict[str, Any]:
    """The event's country, window, type and attribution, copied onto each of its party rows."""
    start, end = when
    return {"country": ev.location.country, "when_start": start, "when_end": end,
            "span_days": (end - start).days if start and end else None, "type": ev.type,
            "attribution": ev.attribution}


def party_entries(ev: Event) -> list[list[str | None]]:
    """The event's agents, then its targets, each as [role, name, surface, kind, family, role_title,
    affiliation]: the `parties` column, read back by `entries_to_parties`."""
    return [[role, a.name, a.surface, a.kind, a.family, a.role, a.affiliation]
            for role, actors in (("agent", ev.agents), ("target", ev.targets)) for a in actors]


def entries_to_parties(entries: Any, actor: Callable[[tuple], ActorRef] | None = None,
                       ) -> tuple[list[ActorRef], list[ActorRef]]:
    """(agents, targets) from a `parties` value (`party_entries`); `actor` builds each ActorRef from its
    (name, surface, kind, family, role_title, affiliation), sharing equal ones where the caller wishes."""
    make = actor or (lambda fields: ActorRef(*fields))
    agents: list[ActorRef] = []
    targets: list[ActorRef] = []
    for role, *fields in entries or ():
        (agents if role == "agent" else targets).append(make(tuple(fields)))
    return agents, targets


def event_row(ev: Event, when: tuple[date | None, date | None]) -> dict[str, Any]:
    return {
        "id": ev.id, "document_id": ev.document_id, "type": ev.type, "attribution": ev.attribution,
        "span_start": ev.span.start, "span_end": ev.span.end, "quote": ev.quote,
        "background": ev.background, "extractor": ev.extractor, **_location_cols(ev.location),
        "date_start": ev.date.start, "date_end": ev.date.end, "date_text": ev.date.text,
        "date_precision": ev.date.precision, **_quantity_cols("killed", ev.killed),
        **_quantity_cols("wounded", ev.wounded), **_quantity_cols("arrested", ev.arrested),
        "seized": list(ev.seized), "when_start": when[0], "when_end": when[1], "parties": party_entries(ev),
    }


def row_to_event(row: Row, agents: list[ActorRef], targets: list[ActorRef]) -> Event:
    return Event(
        id=row["id"], document_id=row["document_id"], type=row["type"],
        span=Span(row["span_start"], row["span_end"]), quote=row["quote"],
        agents=agents, targets=targets, attribution=row["attribution"], location=_location(row),
        date=DateRange(start=row["date_start"], end=row["date_end"], text=row["date_text"],
                       precision=row["date_precision"]),
        killed=_quantity(row, "killed"), wounded=_quantity(row, "wounded"),
        arrested=_quantity(row, "arrested"), seized=list(row["seized"] or []),
        background=bool(row["background"]), extractor=row["extractor"],
    )


# ---------------------------------------------------------------- claims
def claim_row(cl: Claim, published: date | None) -> dict[str, Any]:
    sp = cl.speaker
    return {
        "id": cl.id, "document_id": cl.document_id, "kind": cl.kind, "polarity": cl.polarity,
        "span_start": cl.span.start, "span_end": cl.span.end, "quote": cl.quote,
        "speaker_name": sp.name, "speaker_surface": sp.surface, "speaker_kind": sp.kind,
        "speaker_family": sp.family, "speaker_role": sp.role, "speaker_affiliation": sp.affiliation,
        **_location_cols(cl.location), "date": cl.date, "date_source": cl.date_source, "cue": cl.cue,
        **_quantity_cols("number", cl.number), "extractor": cl.extractor,
        "when_date": cl.date or published,
    }


def row_to_claim(row: Row, subjects: list[ActorRef]) -> Claim:
    speaker = ActorRef(name=row["speaker_name"], surface=row["speaker_surface"], kind=row["speaker_kind"],
                       family=row["speaker_family"], role=row["speaker_role"],
                       affiliation=row["speaker_affiliation"])
    return Claim(
        id=row["id"], document_id=row["document_id"], speaker=speaker, kind=row["kind"],
        polarity=row["polarity"], span=Span(row["span_start"], row["span_end"]), quote=row["quote"],
        subjects=subjects, location=_location(row), date=row["date"], date_source=row["date_source"],
        cue=row["cue"], number=_quantity(row, "number"), extractor=row["extractor"],
    )
