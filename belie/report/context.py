"""The typed context a report renders: claims with their verdicts, evidence and a timeline.

Built once from the store (`build_report_context`), rendered as HTML or Markdown by
templates that only print fields; every coordinate of the SVG timeline is computed here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Iterable, Sequence

from belie.knowledge import KnowledgeBase
from belie.model import Claim, Document, EvidenceItem, Verdict
from belie.verify.source import EvidenceSource
from belie.verify.speakers import SpeakerRecord, own_side_flags, speaker_records

__all__ = ["ClaimEntry", "EvidenceEntry", "ReportContext", "Timeline", "build_report_context"]

LABEL_ORDER = ("contradicted", "disputed", "supported", "unverified")
TIMELINE_WIDTH = 760
ROW_HEIGHT = 22


@dataclass
class EvidenceEntry:
    kind: str
    id: str
    stance: str
    reason: str
    quote: str
    date: date | None
    source: str
    url: str | None
    reliability: str
    credibility: int | None

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility or 6}"


@dataclass
class ClaimEntry:
    id: str
    speaker: str
    role: str | None
    affiliation: str | None
    date: date | None
    quote: str
    kind: str
    polarity: str
    subjects: list[str]
    place: str
    label: str
    confidence: float
    reasons: list[str]
    own_side: list[str]
    independent_sources: int
    time_scope_known: bool
    source: str
    url: str | None
    evidence: list[EvidenceEntry] = field(default_factory=list)

    @property
    def evidence_span(self) -> str:
        """First to last evidence date ("–" when no evidence is dated)."""
        dates = sorted(e.date for e in self.evidence if e.date)
        return f"{dates[0]} … {dates[-1]}" if dates else "–"


@dataclass
class Mark:
    x: float
    y: float
    css: str
    title: str


@dataclass
class Timeline:
    """An inline SVG: one row per claim, its date as a diamond, its evidence as dots."""

    width: int
    height: int
    start: date | None
    end: date | None
    rows: list[tuple[float, str]] = field(default_factory=list)  # (y, label text)
    marks: list[Mark] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)


@dataclass
class ReportContext:
    title: str
    generated_at: datetime
    claims: list[ClaimEntry]
    speakers: list[SpeakerRecord]
    counts: dict[str, int]
    timeline: Timeline


def build_report_context(source: EvidenceSource, kb: KnowledgeBase, verdicts: Iterable[Verdict],
                         title: str = "belie brief: claims checked against the record") -> ReportContext:
    """Everything a brief shows, from the verdicts of one check run."""
    verdicts = list(verdicts)
    claims = {c.id: c for c in source.claims()}
    docs: dict[str, Document | None] = {}

    def doc(doc_id: str | None) -> Document | None:
        if doc_id and doc_id not in docs:
            docs[doc_id] = source.document(doc_id)
        return docs.get(doc_id) if doc_id else None

    entries = [_claim_entry(claims[v.claim_id], v, kb, doc) for v in verdicts if v.claim_id in claims]
    entries.sort(key=lambda e: (LABEL_ORDER.index(e.label) if e.label in LABEL_ORDER else 9,
                                e.date or date.min, e.id))
    counts = {label: sum(e.label == label for e in entries) for label in LABEL_ORDER}
    return ReportContext(title, datetime.now(timezone.utc), entries, speaker_records(source, kb, verdicts),
                         counts, build_timeline(entries))


def _claim_entry(claim: Claim, verdict: Verdict, kb: KnowledgeBase, doc) -> ClaimEntry:
    d = doc(claim.document_id)
    speaker = claim.speaker
    loc = claim.location
    return ClaimEntry(
        claim.id, speaker.name, speaker.role or kb.role(speaker.name, claim.date),
        speaker.affiliation or kb.effective_party(speaker.name, claim.date), claim.date or (d.published if d else None),
        claim.quote, claim.kind, claim.polarity, [s.name for s in claim.subjects],
        loc.name or loc.admin1 or loc.country or "anywhere", verdict.label, verdict.confidence,
        [r for r in verdict.reasons if r not in own_side_flags(verdict)], own_side_flags(verdict),
        verdict.independent_sources, verdict.time_scope_known, _source_name(d), _url(d),
        [_evidence_entry(item, doc(item.document_id)) for item in verdict.evidence])


def _evidence_entry(item: EvidenceItem, d: Document | None) -> EvidenceEntry:
    return EvidenceEntry(item.kind, item.id, item.stance, item.reason, item.quote or "", item.date,
                         _source_name(d), _url(d), item.reliability or "F", item.credibility)


def _url(d: Document | None) -> str | None:
    """Only web links become hrefs (never javascript: or data: from document metadata)."""
    url = d.url if d else None
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _source_name(d: Document | None) -> str:
    if d is None:
        return "unknown source"
    return d.publisher or d.title or d.path or d.url or d.id


def build_timeline(entries: Sequence[ClaimEntry], width: int = TIMELINE_WIDTH) -> Timeline:
    """Place each claim and its dated evidence on a shared time axis."""
    dates = [d for e in entries for d in (e.date, *(x.date for x in e.evidence)) if d]
    if not dates:
        return Timeline(width, ROW_HEIGHT, None, None)
    start, end = min(dates), max(dates)
    span = max((end - start).days, 1)
    left, right = 190.0, width - 10.0

    def x(d: date) -> float:
        return round(left + (right - left) * (d - start).days / span, 1)

    timeline = Timeline(width, ROW_HEIGHT * (len(entries) + 2), start, end)
    for n, entry in enumerate(entries):
        y = ROW_HEIGHT * (n + 1)
        timeline.rows.append((y, f"{entry.speaker[:22]} ({entry.label})"))
        timeline.marks += [Mark(x(i.date), y, i.stance, f"{i.date}: {i.reason}") for i in entry.evidence if i.date]
        if entry.date:
            timeline.marks.append(Mark(x(entry.date), y, f"claim {entry.label}", f"{entry.date}: {entry.quote[:120]}"))
    timeline.ticks = [(x(date(year, 1, 1)), str(year)) for year in range(start.year + 1, end.year + 1)]
    return timeline
