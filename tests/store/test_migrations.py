"""Opening a store: URLs, SQLite settings, Alembic migrations as the only source of the schema."""
from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from belie.errors import StoreError
from belie.store import Store, mask_url, open_store_db, resolve_url
from belie.store.engine import create_store_engine
from belie.store.migrate import alembic_config, head_revision
from belie.store.schema import metadata

from tests.store import factories as f

TABLES = {"outlets", "documents", "extraction_runs", "events", "event_parties", "claims",
          "claim_subjects", "verdicts", "verdict_evidence", "check_runs"}


def test_migrations_create_every_table_at_head(store: Store) -> None:
    names = set(inspect(store.engine).get_table_names())
    assert TABLES | {"alembic_version"} <= names
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision() == "0006"
    assert store.revision == "0006"


def test_migrated_schema_matches_the_table_definitions(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


@pytest.mark.parametrize("table, index", [
    ("events", "ix_events_country_when"), ("events", "ix_events_admin1"),
    ("event_parties", "ix_event_parties_family"), ("event_parties", "ix_event_parties_name"),
    ("claims", "ix_claims_kind"), ("claims", "ix_claims_speaker_name"),
    ("claims", "ix_claims_country_when"), ("claim_subjects", "ix_claim_subjects_family"),
])
def test_indexes_exist(store: Store, table: str, index: str) -> None:
    assert index in {ix["name"] for ix in inspect(store.engine).get_indexes(table)}


@pytest.mark.parametrize("table", ["events", "claims", "extraction_runs"])
def test_document_children_cascade(store: Store, table: str) -> None:
    fks = inspect(store.engine).get_foreign_keys(table)
    to_docs = [fk for fk in fks if fk["referred_table"] == "documents"]
    assert to_docs and to_docs[0]["options"].get("ondelete") == "CASCADE"


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    with Store(str(tmp_path / "s.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() > 0  # capped by SQLite's own limit


def test_reopening_keeps_data(store_url: str) -> None:
    d = f.doc()
    with open_store_db(store_url) as store:
        store.save(d, f.extraction(d, [f.event(d)]))
    with open_store_db(store_url) as store:
        assert store.has_document(d.id) and len(list(store.events())) == 1


def test_store_made_by_create_all_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'raw.db'}"
    engine = create_engine(url)
    metadata.create_all(engine)
    engine.dispose()
    with pytest.raises(StoreError, match="no Alembic revision"):
        Store(url)


def test_unknown_revision_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer belie"):
        Store(str(path))


def test_unreachable_server_error_masks_password() -> None:
    url = "postgresql+psycopg://analyst:s3cret@127.0.0.1:1/nowhere?connect_timeout=2"
    with pytest.raises(StoreError) as err:
        Store(url)
    assert "s3cret" not in str(err.value)
    assert "analyst:***@127.0.0.1:1/nowhere" in str(err.value)


def test_unknown_dialect_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="Use a file path or a URL"):
        Store("nosuchdb://somewhere/x")


@pytest.mark.parametrize("value, expected", [
    ("sqlite:///x.db", "sqlite:///x.db"),
    ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    (":memory:", "sqlite://"),
])
def test_resolve_url_passes_urls_through(value: str, expected: str) -> None:
    assert resolve_url(value) == expected


def test_resolve_url_makes_paths_absolute_and_creates_parents(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = resolve_url("deep/er/belie.db")
    assert url == f"sqlite:///{tmp_path / 'deep' / 'er' / 'belie.db'}"
    assert (tmp_path / "deep" / "er").is_dir()


def test_resolve_url_rejects_empty() -> None:
    with pytest.raises(StoreError, match="empty"):
        resolve_url("  ")


def test_mask_url_hides_password() -> None:
    assert mask_url("postgresql+psycopg://u:pw@h:5432/db") == "postgresql+psycopg://u:***@h:5432/db"


def test_in_memory_store_works() -> None:
    with Store(":memory:") as store:
        d = f.doc()
        assert store.save(d, f.extraction(d)) == "ingested"
        assert store.document(d.id) == d


def test_migrations_run_by_hand_and_downgrade_to_nothing(store_url: str) -> None:
    Store(store_url).close()
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", resolve_url(store_url).replace("%", "%%"))
    command.downgrade(config, "base")
    engine = create_store_engine(resolve_url(store_url))
    assert not TABLES & set(inspect(engine).get_table_names())
    engine.dispose()
    command.upgrade(config, "head")
    with Store(store_url) as store:
        assert store.revision == "0006" and store.stats()["documents"] == 0
