"""The three window indexes of event_parties also hold each row's window end and event id, so that
finding a group's events in a window reads the index alone: before, every row in the index range was
looked up in the table to test its end date and read its event id, one scattered page per event.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# each index's columns before this revision; it appends _COVERED
_INDEXES = {
    "ix_event_parties_family_when": ["family", "when_start"],
    "ix_event_parties_family_country_when": ["family", "country", "when_start"],
    "ix_event_parties_family_attacks": ["family", "type", "attribution", "when_start"],
}
_COVERED = ["when_end", "event_id"]


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.drop_index(name, table_name="event_parties")
        op.create_index(name, "event_parties", [*columns, *_COVERED])


def downgrade() -> None:
    for name, columns in _INDEXES.items():
        op.drop_index(name, table_name="event_parties")
        op.create_index(name, "event_parties", columns)
