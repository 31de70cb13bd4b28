"""The store's tables (SQLAlchemy Core). Alembic migrations create them; this module only describes them.

Never call `metadata.create_all`: `tests/store/test_migrations.py` checks that the migrated
schema and these tables agree, so a change here needs a new migration in `migrations/versions/`.
Child rows of a document (events, claims, their parties/subjects, verdicts, extraction runs)
go with it through ON DELETE CASCADE.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = [
    "OUTLET_TYPES",
    "RELIABILITY_GRADES",
    "check_runs",
    "claim_subjects",
    "claims",
    "documents",
    "event_parties",
    "events",
    "extraction_runs",
    "metadata",
    "outlets",
    "verdict_evidence",
    "verdicts",
]

OUTLET_TYPES = ("wire", "national", "state_media", "aggregator", "government", "un", "research", "unknown")
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")

NAMING = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}
metadata = MetaData(naming_convention=NAMING)

ID = String(64)
TS = DateTime(timezone=True)


def _doc_fk() -> Column:
    return Column("document_id", ID, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _location() -> list[Column]:
    return [Column("country", Text), Column("admin1", Text), Column("place_name", Text),
            Column("place_precision", Text), Column("place_id", Text),
            Column("lat", Float), Column("lon", Float)]


def _quantity(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_low", BigInteger), Column(f"{prefix}_high", BigInteger),
            Column(f"{prefix}_text", Text)]


def _actor() -> list[Column]:
    return [Column("name", Text, nullable=False), Column("family", Text), Column("kind", Text),
            Column("surface", Text), Column("role_title", Text), Column("affiliation", Text)]


outlets = Table(
    "outlets", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    Column("type", Text, nullable=False),
    Column("reliability", String(1), nullable=False),
    CheckConstraint("type IN ('" + "', '".join(OUTLET_TYPES) + "')", name="type"),
    CheckConstraint("reliability IN ('" + "', '".join(RELIABILITY_GRADES) + "')", name="reliability"),
)

documents = Table(
    "documents", metadata,
    Column("id", ID, primary_key=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id", ondelete="SET NULL")),
    Column("url", Text), Column("title", Text), Column("publisher", Text),
    Column("published", Date), Column("published_precision", Text, nullable=False),
    Column("path", Text), Column("text", Text, nullable=False),
    Column("language", Text, nullable=False), Column("source_format", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("extractor", Text),
    Column("ingested_at", TS, nullable=False), Column("updated_at", TS, nullable=False),
    Column("story_keys", JSON),  # belie.shingles.story_keys of the text: near-duplicate buckets
    Index("ix_documents_outlet_id", "outlet_id"),
    Index("ix_documents_extractor", "extractor"),
    Index("ix_documents_published", "published"),
)

extraction_runs = Table(
    "extraction_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("extractor", Text, nullable=False),
    Column("started_at", TS, nullable=False), Column("finished_at", TS, nullable=False),
    Column("n_events", Integer, nullable=False), Column("n_claims", Integer, nullable=False),
    Index("ix_extraction_runs_document_id", "document_id"),
)

events = Table(
    "events", metadata,
    Column("id", ID, primary_key=True),
    _doc_fk(),
    Column("type", Text, nullable=False), Column("attribution", Text),
    Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
    Column("quote", Text, nullable=False), Column("background", Boolean, nullable=False),
    Column("extractor", Text, nullable=False),
    *_location(),
    Column("date_start", Date), Column("date_end", Date), Column("date_text", Text),
    Column("date_precision", Text, nullable=False),
    *_quantity("killed"), *_quantity("wounded"), *_quantity("arrested"),
    Column("seized", JSON, nullable=False),
    Column("when_start", Date), Column("when_end", Date),
    # agents then targets as [role, name, surface, kind, family, role_title, affiliation] (codec.party_entries):
    # events are read back with their parties in one query; event_parties is what queries search (0006)
    Column("parties", JSON, nullable=False, server_default="[]"),
    Index("ix_events_document", "document_id", "span_start", "id"),
    Index("ix_events_country_when", "country", "when_start"),
    Index("ix_events_admin1", "admin1"),
    Index("ix_events_when", "when_start", "when_end"),
    Index("ix_events_type", "type"),
)

event_parties = Table(
    "event_parties", metadata,
    Column("event_id", ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", Text, primary_key=True),
    Column("position", Integer, primary_key=True),
    *_actor(),
    # the event's country, window, type and attribution (codec.party_window), for window queries by family
    Column("country", Text), Column("when_start", Date), Column("when_end", Date), Column("span_days", Integer),
    Column("type", Text), Column("attribution", Text),
    CheckConstraint("role IN ('agent', 'target')", name="role"),
    Index("ix_event_parties_family", "family", "event_id"),
    Index("ix_event_parties_name", "name"),
    # the window indexes end with (when_end, event_id): a window query reads the index alone (0005)
    Index("ix_event_parties_family_when", "family", "when_start", "when_end", "event_id"),
    Index("ix_event_parties_family_country_when", "family", "country", "when_start", "when_end", "event_id"),
    Index("ix_event_parties_family_span", "family", "span_days"),
    Index("ix_event_parties_family_attacks", "family", "type", "attribution", "when_start", "when_end", "event_id"),
)

claims = Table(
    "claims", metadata,
    Column("id", ID, primary_key=True),
    _doc_fk(),
    Column("kind", Text, nullable=False), Column("polarity", Text, nullable=False),
    Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("speaker_name", Text, nullable=False), Column("speaker_surface", Text),
    Column("speaker_kind", Text), Column("speaker_family", Text),
    Column("speaker_role", Text), Column("speaker_affiliation", Text),
    *_location(),
    Column("date", Date), Column("date_source", Text), Column("cue", Text),
    *_quantity("number"),
    Column("extractor", Text, nullable=False),
    Column("when_date", Date),
    Index("ix_claims_document", "document_id", "span_start", "id"),
    Index("ix_claims_kind", "kind"),
    Index("ix_claims_speaker_name", "speaker_name"),
    Index("ix_claims_country_when", "country", "when_date"),
)

claim_subjects = Table(
    "claim_subjects", metadata,
    Column("claim_id", ID, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    *_actor(),
    Index("ix_claim_subjects_family", "family", "claim_id"),
    Index("ix_claim_subjects_name", "name"),
)

check_runs = Table(
    "check_runs", metadata,
    Column("id", String(32), primary_key=True),
    Column("started_at", TS, nullable=False), Column("finished_at", TS),
    Column("n_claims", Integer), Column("n_changed", Integer),
    Column("window_days", Integer),
)

verdicts = Table(
    "verdicts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", ID, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("label", Text, nullable=False), Column("confidence", Float, nullable=False),
    Column("window_start", Date), Column("window_end", Date),
    Column("time_scope_known", Boolean, nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("created_at", TS, nullable=False),
    Column("run_id", String(32), ForeignKey("check_runs.id", ondelete="SET NULL")),
    Column("fingerprint", String(64), nullable=False),
    Index("ix_verdicts_claim", "claim_id", "id"),
    Index("ix_verdicts_run_id", "run_id"),
)

verdict_evidence = Table(
    "verdict_evidence", metadata,
    Column("verdict_id", Integer, ForeignKey("verdicts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("kind", Text, nullable=False), Column("item_id", Text, nullable=False),
    Column("stance", Text, nullable=False), Column("reason", Text, nullable=False),
    Column("reliability", Text), Column("credibility", Integer),
    Column("document_id", Text), Column("date", Date), Column("quote", Text),
    CheckConstraint("kind IN ('event', 'claim')", name="kind"),
    Index("ix_verdict_evidence_item_id", "item_id"),
)
