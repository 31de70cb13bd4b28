"""Each event party carries its event's country and window, so that finding a group's events in a
country and a time window is one index range (family, country, when_start) instead of every event
of the group or of the country; `span_days` finds the few events spanning long periods.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_parties") as batch:
        batch.add_column(sa.Column("country", sa.Text))
        batch.add_column(sa.Column("when_start", sa.Date))
        batch.add_column(sa.Column("when_end", sa.Date))
        batch.add_column(sa.Column("span_days", sa.Integer))
    copy = ("country", "when_start", "when_end")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE event_parties AS p SET country = e.country, when_start = e.when_start, "
                   "when_end = e.when_end, span_days = e.when_end - e.when_start "
                   "FROM events AS e WHERE e.id = p.event_id")
    else:
        sets = ", ".join(f"{c} = (SELECT e.{c} FROM events AS e WHERE e.id = event_parties.event_id)" for c in copy)
        op.execute(f"UPDATE event_parties SET {sets}")
        op.execute("UPDATE event_parties SET span_days = CAST(julianday(when_end) - julianday(when_start) AS INTEGER)")
    op.create_index("ix_event_parties_family_when", "event_parties", ["family", "when_start"])
    op.create_index("ix_event_parties_family_country_when", "event_parties", ["family", "country", "when_start"])
    op.create_index("ix_event_parties_family_span", "event_parties", ["family", "span_days"])


def downgrade() -> None:
    for name in ("ix_event_parties_family_span", "ix_event_parties_family_country_when",
                 "ix_event_parties_family_when"):
        op.drop_index(name, table_name="event_parties")
    with op.batch_alter_table("event_parties") as batch:
        for column in ("span_days", "when_end", "when_start", "country"):
            batch.drop_column(column)
