"""Persistence: documents, events, claims and verdict history in SQLite or PostgreSQL.

The schema is owned by Alembic migrations (belie/store/migrations), run on open.

    >>> from belie.store import open_store_db
    >>> store = open_store_db("analysis.db")        # or postgresql+psycopg://user@host/db
"""
from __future__ import annotations

from belie.store.engine import mask_url, resolve_url
from belie.store.store import Store

__all__ = ["Store", "mask_url", "open_store_db", "resolve_url"]


def open_store_db(url_or_path: str) -> Store:
    """Open (creating and migrating when needed) the store at a file path or SQLAlchemy URL."""
    return Store(url_or_path)
