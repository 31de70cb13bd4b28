"""Run the store's Alembic migrations from code; no alembic.ini needed."""
from __future__ import annotations

import functools
import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from belie.errors import StoreError

from belie.store.engine import write_connection

__all__ = ["MIGRATIONS", "alembic_config", "current_revision", "head_revision", "upgrade"]

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at belie's migrations, optionally bound to an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


_LOADING = threading.Lock()  # Alembic imports the revision files afresh on each load: one thread at a time


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    with _LOADING:
        return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Bring the database to the newest schema (a no-op when it is there already); return the revision."""
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return head
    with write_connection(engine) as conn:
        with conn.begin():  # a write transaction: one migrator at a time (see engine.py)
            _refuse_unmigrated(conn)
            with _LOADING:
                command.upgrade(alembic_config(conn), "head")
        return current_revision(conn) or ""


def _refuse_unmigrated(conn: Connection) -> None:
    if current_revision(conn) is None and inspect(conn).has_table("documents"):
        raise StoreError("This database has belie tables but no Alembic revision: it was not made by "
                         "belie's migrations and cannot be trusted. Open a new store (another path "
                         "or database) and ingest again.")

