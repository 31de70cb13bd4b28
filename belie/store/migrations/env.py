"""Alembic environment for belie's store.

belie runs migrations in code (`belie.store.migrate.upgrade`), passing its own connection in
`config.attributes["connection"]`. For hand use, `alembic -x url=sqlite:///belie.db ...` with
a Config whose script_location is this folder also works.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from belie.store.engine import create_store_engine, resolve_url
from belie.store.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option("sqlalchemy.url")
    engine = create_store_engine(resolve_url(url))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("belie's migrations run online only: pass -x url=... (a path or SQLAlchemy URL).")
run_online()
