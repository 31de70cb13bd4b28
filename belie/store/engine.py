"""Store URLs and engines: paths become SQLite URLs; SQLite gets WAL, foreign keys and a busy timeout.

Write transactions (connections opened through `write_connection`) run one at a time:
SQLite starts them with `BEGIN IMMEDIATE` (waiting up to the busy timeout), PostgreSQL takes
a transaction-level advisory lock. So two processes saving the same new document queue
instead of failing; reads are never blocked.
"""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from belie.errors import StoreError

__all__ = ["BUSY_TIMEOUT_S", "create_store_engine", "json_dumps", "mask_url", "resolve_url", "write_connection"]

BUSY_TIMEOUT_S = 30
CACHE_KIB = 65536  # per connection, allocated as pages are read
# Reads map the file instead of copying each page out of the OS cache: a check reads a few thousand
# scattered pages, most of them for the first time in its connection. SQLite caps this at its own
# compile-time limit and maps only what the file holds; writes still go through the journal.
MMAP_BYTES = 1 << 34
_WRITE = "belie_write"
_PG_WRITE_LOCK = 0x62656C6957  # advisory lock key held by write transactions


def resolve_url(value: str) -> str:
    """A filesystem path becomes `sqlite:///ABS_PATH` (parent folders created); URLs pass through.

    `:memory:` gives a private in-memory SQLite database.
    """
    value = value.strip()
    if not value:
        raise StoreError("The store location is empty. Give a file path (e.g. belie.db) or a URL "
                         "such as postgresql+psycopg://user@host/dbname.")
    if value == ":memory:":
        return "sqlite://"
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"Cannot create the folder {path.parent} for the store: {err.strerror}. "
                         "Choose a writable location with --db or BELIE_DB.") from err
    return f"sqlite:///{path}"


def mask_url(url: str) -> str:
    """The URL with any password replaced by ***, safe for messages and stats."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def json_dumps(value: Any) -> str:
    """JSON for meta/seized/reasons columns; dates and datetimes become ISO strings."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} value {value!r} cannot be stored as JSON")


def create_store_engine(url: str) -> Engine:
    """An engine for `url` (already resolved); SQLite connections get their pragmas on connect."""
    try:
        engine = create_engine(url, json_serializer=json_dumps, future=True)
    except (ArgumentError, ImportError) as err:
        raise StoreError(f"Cannot open store {mask_url(url)}: {err}. Use a file path or a URL such as "
                         "sqlite:///belie.db or postgresql+psycopg://user@host/dbname "
                         "(PostgreSQL needs: pip install 'belie[postgres]').") from err
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    elif engine.dialect.name == "postgresql":
        _configure_postgresql(engine)
    return engine


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_WRITE):  # one writer at a time, as on SQLite
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; no fsync per commit
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # random-key indexes need a larger cache
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL (it stays so). Several connections opening a new file at once may find
    it locked while one of them switches, and SQLite does not wait on the busy timeout for this: retry."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def write_connection(engine: Engine) -> Connection:
    """A connection whose transactions take the SQLite write lock at BEGIN (no-op elsewhere)."""
    return engine.connect().execution_options(**{_WRITE: True})
