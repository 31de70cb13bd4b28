"""Each document keeps the min-hashes of its text (`belie.shingles.story_keys`), so that finding
near-duplicate copies among a check's evidence reads and shingles a text only when another
document shares one of its keys, instead of every text of every piece of evidence.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from belie.shingles import story_keys

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CHUNK = 500


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("story_keys", sa.JSON))
    conn = op.get_bind()
    docs = sa.table("documents", sa.column("id", sa.Text), sa.column("text", sa.Text),
                    sa.column("story_keys", sa.JSON))
    update = sa.update(docs).where(docs.c.id == sa.bindparam("b_id")).values(story_keys=sa.bindparam("keys"))
    after = None
    while True:  # keyset pages: a large store's texts are never all in memory
        stmt = sa.select(docs.c.id, docs.c.text).order_by(docs.c.id).limit(_CHUNK)
        rows = conn.execute(stmt if after is None else stmt.where(docs.c.id > after)).all()
        if rows:
            conn.execute(update, [{"b_id": i, "keys": story_keys(text)} for i, text in rows])
        if len(rows) < _CHUNK:
            return
        after = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("story_keys")
