"""Initial schema: documents, outlets, extraction runs, events, claims, verdicts, check runs.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)
TS = sa.DateTime(timezone=True)
OUTLET_TYPES = "'wire', 'national', 'state_media', 'aggregator', 'government', 'un', 'research', 'unknown'"


def _doc_fk(table: str) -> list:
    return [sa.Column("document_id", ID, nullable=False),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                    name=f"fk_{table}_document_id_documents")]


def _location() -> list[sa.Column]:
    return [sa.Column("country", sa.Text), sa.Column("admin1", sa.Text), sa.Column("place_name", sa.Text),
            sa.Column("place_precision", sa.Text), sa.Column("place_id", sa.Text),
            sa.Column("lat", sa.Float), sa.Column("lon", sa.Float)]


def _quantity(prefix: str) -> list[sa.Column]:
    return [sa.Column(f"{prefix}_low", sa.BigInteger), sa.Column(f"{prefix}_high", sa.BigInteger),
            sa.Column(f"{prefix}_text", sa.Text)]


def _actor() -> list[sa.Column]:
    return [sa.Column("name", sa.Text, nullable=False), sa.Column("family", sa.Text),
            sa.Column("kind", sa.Text), sa.Column("surface", sa.Text),
            sa.Column("role_title", sa.Text), sa.Column("affiliation", sa.Text)]


def _outlets_and_documents() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("reliability", sa.String(1), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outlets"),
        sa.UniqueConstraint("name", name="uq_outlets_name"),
        sa.CheckConstraint(f"type IN ({OUTLET_TYPES})", name="ck_outlets_type"),
        sa.CheckConstraint("reliability IN ('A', 'B', 'C', 'D', 'E', 'F')", name="ck_outlets_reliability"),
    )
    op.create_table(
        "documents",
        sa.Column("id", ID),
        sa.Column("outlet_id", sa.Integer),
        sa.Column("url", sa.Text), sa.Column("title", sa.Text), sa.Column("publisher", sa.Text),
        sa.Column("published", sa.Date), sa.Column("published_precision", sa.Text, nullable=False),
        sa.Column("path", sa.Text), sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False), sa.Column("source_format", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("extractor", sa.Text),
        sa.Column("ingested_at", TS, nullable=False), sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], ondelete="SET NULL",
                                name="fk_documents_outlet_id_outlets"),
    )
    op.create_index("ix_documents_outlet_id", "documents", ["outlet_id"])
    op.create_index("ix_documents_extractor", "documents", ["extractor"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_table(
        "extraction_runs",
        sa.Column("id", sa.Integer, autoincrement=True),
        *_doc_fk("extraction_runs"),
        sa.Column("extractor", sa.Text, nullable=False),
        sa.Column("started_at", TS, nullable=False), sa.Column("finished_at", TS, nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False), sa.Column("n_claims", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_extraction_runs"),
    )
    op.create_index("ix_extraction_runs_document_id", "extraction_runs", ["document_id"])


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", ID),
        *_doc_fk("events"),
        sa.Column("type", sa.Text, nullable=False), sa.Column("attribution", sa.Text),
        sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False), sa.Column("background", sa.Boolean, nullable=False),
        sa.Column("extractor", sa.Text, nullable=False),
        *_location(),
        sa.Column("date_start", sa.Date), sa.Column("date_end", sa.Date), sa.Column("date_text", sa.Text),
        sa.Column("date_precision", sa.Text, nullable=False),
        *_quantity("killed"), *_quantity("wounded"), *_quantity("arrested"),
        sa.Column("seized", sa.JSON, nullable=False),
        sa.Column("when_start", sa.Date), sa.Column("when_end", sa.Date),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_document", "events", ["document_id", "span_start", "id"])
    op.create_index("ix_events_country_when", "events", ["country", "when_start"])
    op.create_index("ix_events_admin1", "events", ["admin1"])
    op.create_index("ix_events_when", "events", ["when_start", "when_end"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_table(
        "event_parties",
        sa.Column("event_id", ID), sa.Column("role", sa.Text), sa.Column("position", sa.Integer),
        *_actor(),
        sa.PrimaryKeyConstraint("event_id", "role", "position", name="pk_event_parties"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_event_parties_event_id_events"),
        sa.CheckConstraint("role IN ('agent', 'target')", name="ck_event_parties_role"),
    )
    op.create_index("ix_event_parties_family", "event_parties", ["family", "event_id"])
    op.create_index("ix_event_parties_name", "event_parties", ["name"])


def _claims() -> None:
    op.create_table(
        "claims",
        sa.Column("id", ID),
        *_doc_fk("claims"),
        sa.Column("kind", sa.Text, nullable=False), sa.Column("polarity", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False), sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("speaker_name", sa.Text, nullable=False), sa.Column("speaker_surface", sa.Text),
        sa.Column("speaker_kind", sa.Text), sa.Column("speaker_family", sa.Text),
        sa.Column("speaker_role", sa.Text), sa.Column("speaker_affiliation", sa.Text),
        *_location(),
        sa.Column("date", sa.Date), sa.Column("date_source", sa.Text), sa.Column("cue", sa.Text),
        *_quantity("number"),
        sa.Column("extractor", sa.Text, nullable=False),
        sa.Column("when_date", sa.Date),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    op.create_index("ix_claims_document", "claims", ["document_id", "span_start", "id"])
    op.create_index("ix_claims_kind", "claims", ["kind"])
    op.create_index("ix_claims_speaker_name", "claims", ["speaker_name"])
    op.create_index("ix_claims_country_when", "claims", ["country", "when_date"])
    op.create_table(
        "claim_subjects",
        sa.Column("claim_id", ID), sa.Column("position", sa.Integer),
        *_actor(),
        sa.PrimaryKeyConstraint("claim_id", "position", name="pk_claim_subjects"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE",
                                name="fk_claim_subjects_claim_id_claims"),
    )
    op.create_index("ix_claim_subjects_family", "claim_subjects", ["family", "claim_id"])
    op.create_index("ix_claim_subjects_name", "claim_subjects", ["name"])


def _verdicts() -> None:
    op.create_table(
        "check_runs",
        sa.Column("id", sa.String(32)),
        sa.Column("started_at", TS, nullable=False), sa.Column("finished_at", TS),
        sa.Column("n_claims", sa.Integer), sa.Column("n_changed", sa.Integer),
        sa.Column("window_days", sa.Integer),
        sa.PrimaryKeyConstraint("id", name="pk_check_runs"),
    )
    op.create_table(
        "verdicts",
        sa.Column("id", sa.Integer, autoincrement=True),
        sa.Column("claim_id", ID, nullable=False),
        sa.Column("label", sa.Text, nullable=False), sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("window_start", sa.Date), sa.Column("window_end", sa.Date),
        sa.Column("time_scope_known", sa.Boolean, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("run_id", sa.String(32)),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_verdicts"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE",
                                name="fk_verdicts_claim_id_claims"),
        sa.ForeignKeyConstraint(["run_id"], ["check_runs.id"], ondelete="SET NULL",
                                name="fk_verdicts_run_id_check_runs"),
    )
    op.create_index("ix_verdicts_claim", "verdicts", ["claim_id", "id"])
    op.create_index("ix_verdicts_run_id", "verdicts", ["run_id"])
    op.create_table(
        "verdict_evidence",
        sa.Column("verdict_id", sa.Integer), sa.Column("position", sa.Integer),
        sa.Column("kind", sa.Text, nullable=False), sa.Column("item_id", sa.Text, nullable=False),
        sa.Column("stance", sa.Text, nullable=False), sa.Column("reason", sa.Text, nullable=False),
        sa.Column("reliability", sa.Text), sa.Column("credibility", sa.Integer),
        sa.Column("document_id", sa.Text), sa.Column("date", sa.Date), sa.Column("quote", sa.Text),
        sa.PrimaryKeyConstraint("verdict_id", "position", name="pk_verdict_evidence"),
        sa.ForeignKeyConstraint(["verdict_id"], ["verdicts.id"], ondelete="CASCADE",
                                name="fk_verdict_evidence_verdict_id_verdicts"),
        sa.CheckConstraint("kind IN ('event', 'claim')", name="ck_verdict_evidence_kind"),
    )
    op.create_index("ix_verdict_evidence_item_id", "verdict_evidence", ["item_id"])


def upgrade() -> None:
    _outlets_and_documents()
    _events()
    _claims()
    _verdicts()


def downgrade() -> None:
    for table in ("verdict_evidence", "verdicts", "check_runs", "claim_subjects", "claims",
                  "event_parties", "events", "extraction_runs", "documents", "outlets"):
        op.drop_table(table)
