"""Each event party also carries its event's type and attribution, so that a group's claimed or
confirmed attacks in a window (what a territory_use claim reads from every country) are one index
range (family, type, attribution, when_start) instead of every event of the group in the window,
each looked up in the events table to test its type.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_parties") as batch:
        batch.add_column(sa.Column("type", sa.Text))
        batch.add_column(sa.Column("attribution", sa.Text))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE event_parties AS p SET type = e.type, attribution = e.attribution "
                   "FROM events AS e WHERE e.id = p.event_id")
    else:
        sets = ", ".join(f"{c} = (SELECT e.{c} FROM events AS e WHERE e.id = event_parties.event_id)"
                         for c in ("type", "attribution"))
        op.execute(f"UPDATE event_parties SET {sets}")
    op.create_index("ix_event_parties_family_attacks", "event_parties",
                    ["family", "type", "attribution", "when_start"])


def downgrade() -> None:
    op.drop_index("ix_event_parties_family_attacks", table_name="event_parties")
    with op.batch_alter_table("event_parties") as batch:
        for column in ("attribution", "type"):
            batch.drop_column(column)
