"""The records that flow between stages: documents in, events and claims out, verdicts last.

Plain dataclasses, so every stage (ingest, pipeline, store, verify, report) can be used
and tested alone. Every extracted record carries its document id and character span.
`to_json()` gives the public JSON shapes of ../shared/contract/README.md.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

__all__ = [
    "ActorRef",
    "Claim",
    "DateRange",
    "Document",
    "Event",
    "EvidenceItem",
    "Extraction",
    "Location",
    "Quantity",
    "Span",
    "Verdict",
    "make_id",
]

Precision = Literal["day", "month", "year", "range", "unknown"]
EVENT_TYPES = ("attack", "raid", "clash", "strike", "arrest", "seizure")
ATTRIBUTIONS = ("claimed", "confirmed", "alleged", "unknown")
CLAIM_KINDS = ("presence", "capability", "territory_use", "responsibility", "origin", "strength")
POLARITIES = ("affirm", "deny")
LABELS = ("supported", "contradicted", "disputed", "unverified")
STANCES = ("supports", "contradicts")


def make_id(*parts: object, length: int = 24) -> str:
    """A stable id derived from content, so re-ingesting yields the same ids."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


@dataclass
class Document:
    """One ingested text with its metadata. `id` is a hash of url and text."""

    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_precision: Precision = "unknown"
    path: str | None = None
    language: str = "en"
    source_format: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = make_id(self.url or "", self.text, length=32)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "path": self.path,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "published_precision": self.published_precision,
        }


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into Document.text."""

    start: int
    end: int


@dataclass
class ActorRef:
    """A mention normalised to a canonical actor of the knowledge base."""

    name: str
    surface: str | None = None
    kind: str | None = None  # group | state | force | body | person | civilians | research
    family: str | None = None
    role: str | None = None  # persons: "spokesman", "foreign minister"
    affiliation: str | None = None  # persons and units: their canonical group/state

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Location:
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # ISO 3166-2
    name: str | None = None  # most specific place name
    precision: str | None = None  # country | admin1 | district | city | neighbourhood | border
    place_id: str | None = None  # knowledge-base id of the place
    lat: float | None = None
    lon: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DateRange:
    start: date | None = None
    end: date | None = None
    text: str | None = None  # the words the date came from
    precision: Precision = "unknown"

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": (self.end or self.start).isoformat() if (self.end or self.start) else None,
            "text": self.text,
            "precision": self.precision,
        }


@dataclass
class Quantity:
    """A reported count: exact (low == high), a range, or vague ("dozens": low only)."""

    low: int | None = None
    high: int | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    document_id: str
    type: str
    span: Span
    quote: str
    agents: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    attribution: str | None = None
    location: Location = field(default_factory=Location)
    date: DateRange = field(default_factory=DateRange)
    killed: Quantity | None = None
    wounded: Quantity | None = None
    arrested: Quantity | None = None
    seized: list[str] = field(default_factory=list)
    background: bool = False
    extractor: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "ev_" + make_id(self.document_id, self.span.start, self.span.end, self.type)

    def to_json(self, document: Document | None = None) -> dict[str, Any]:
        def count(q: Quantity | None) -> int | None:
            return q.low if q else None

        return {
            "id": self.id,
            "document": _doc_ref(self.document_id, document),
            "type": self.type,
            "agents": [a.to_json() for a in self.agents],
            "targets": [a.to_json() for a in self.targets],
            "attribution": self.attribution,
            "location": self.location.to_json(),
            "date": self.date.to_json(),
            "killed": count(self.killed),
            "wounded": count(self.wounded),
            "arrested": count(self.arrested),
            "casualties": {
                k: q.to_json() for k, q in
                (("killed", self.killed), ("wounded", self.wounded), ("arrested", self.arrested)) if q
            },
            "seized": list(self.seized),
            "background": self.background,
            "evidence": {"text": self.quote, "start": self.span.start, "end": self.span.end},
            "extractor": self.extractor,
        }


@dataclass
class Claim:
    document_id: str
    speaker: ActorRef
    kind: str
    polarity: str
    span: Span
    quote: str
    subjects: list[ActorRef] = field(default_factory=list)
    location: Location = field(default_factory=Location)
    date: date | None = None
    date_source: str | None = None  # stated | published | url | None
    cue: str | None = None  # the reporting verb or phrase ("denied", "according to")
    number: Quantity | None = None  # strength claims keep their figure
    extractor: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "cl_" + make_id(self.document_id, self.span.start, self.span.end, self.kind, self.polarity)

    def to_json(self, document: Document | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": _doc_ref(self.document_id, document),
            "speaker": self.speaker.to_json(),
            "kind": self.kind,
            "polarity": self.polarity,
            "subjects": [s.to_json() for s in self.subjects],
            "location": self.location.to_json(),
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "quote": self.quote,
            "cue": self.cue,
            "number": self.number.to_json() if self.number else None,
            "evidence": {"text": self.quote, "start": self.span.start, "end": self.span.end},
            "extractor": self.extractor,
        }


@dataclass
class Extraction:
    """What the pipeline found in one document."""

    document_id: str
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    extractor: str = ""


@dataclass
class EvidenceItem:
    kind: Literal["event", "claim"]
    id: str
    stance: str  # supports | contradicts
    reason: str
    document_id: str | None = None
    date: date | None = None
    quote: str | None = None
    reliability: str | None = None  # Admiralty A-F
    credibility: int | None = None  # Admiralty 1-6

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out


@dataclass
class Verdict:
    claim_id: str
    label: str
    evidence: list[EvidenceItem] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0
    window_start: date | None = None
    window_end: date | None = None
    time_scope_known: bool = True
    independent_sources: int = 0
    checked_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "label": self.label,
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_json() for e in self.evidence],
            "reasons": list(self.reasons),
            "window": {
                "start": self.window_start.isoformat() if self.window_start else None,
                "end": self.window_end.isoformat() if self.window_end else None,
                "time_scope_known": self.time_scope_known,
            },
            "independent_sources": self.independent_sources,
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
        }


def _doc_ref(document_id: str, document: Document | None) -> dict[str, Any]:
    if document is None:
        return {"id": document_id}
    return {"id": document.id, "url": document.url, "path": document.path, "title": document.title,
            "publisher": document.publisher,
            "published": document.published.isoformat() if document.published else None}
