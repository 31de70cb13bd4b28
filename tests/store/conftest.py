"""Every store test runs on SQLite and, when BELIE_TEST_DATABASE_URL is set, on PostgreSQL.

Each PostgreSQL test gets its own fresh schema (search_path set in the URL), dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from belie.store import Store

PG_ENV = "BELIE_TEST_DATABASE_URL"


def _pg_param() -> object:
    reason = f"PostgreSQL store tests need {PG_ENV}=postgresql+psycopg://user@host/db"
    marks = [pytest.mark.postgres]
    if not os.environ.get(PG_ENV):
        marks.append(pytest.mark.skip(reason=reason))
    return pytest.param("postgresql", marks=marks)


@pytest.fixture(params=["sqlite", _pg_param()])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store" / "belie.db")
        return
    yield from _pg_schema_url(os.environ[PG_ENV])


def _pg_schema_url(base: str) -> Iterator[str]:
    schema = f"belie_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as opened:
        yield opened
