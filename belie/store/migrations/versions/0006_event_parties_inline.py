"""Each event row also carries its parties (agents, then targets, each in order) as one JSON array, so
that reading events back needs no second query: before, every event read looked its parties up in
event_parties, one scattered index lookup per event. event_parties stays what window and family
queries search.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_CHUNK = 5000
_FIELDS = ("role", "name", "surface", "kind", "family", "role_title", "affiliation")  # codec.party_entries


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("parties", sa.JSON, nullable=False, server_default="[]"))
    conn = op.get_bind()
    events = sa.table("events", sa.column("id", sa.Text), sa.column("parties", sa.JSON))
    parties = sa.table("event_parties", sa.column("event_id", sa.Text), sa.column("position", sa.Integer),
                       *(sa.column(name, sa.Text) for name in _FIELDS))
    update = sa.update(events).where(events.c.id == sa.bindparam("b_id")).values(parties=sa.bindparam("p"))
    after = None
    while True:  # keyset pages of events, their parties read in one query per page
        stmt = sa.select(events.c.id).order_by(events.c.id).limit(_CHUNK)
        ids = conn.execute(stmt if after is None else stmt.where(events.c.id > after)).scalars().all()
        found: dict[str, list[list]] = {i: [] for i in ids}
        if ids:
            rows = conn.execute(sa.select(parties.c.event_id, *(parties.c[n] for n in _FIELDS))
                                .where(parties.c.event_id.in_(ids))
                                .order_by(parties.c.event_id, parties.c.role, parties.c.position))
            for event_id, *fields in rows:
                found[event_id].append(fields)
            conn.execute(update, [{"b_id": i, "p": p} for i, p in found.items() if p])
        if len(ids) < _CHUNK:
            return
        after = ids[-1]


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("parties")
