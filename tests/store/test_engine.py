"""SQLite connections switch the file to WAL, waiting while another connection holds it locked."""
from __future__ import annotations

import sqlite3

import pytest

from belie.store import engine


class _Cursor:
    """Answers `PRAGMA journal_mode` with `mode`, and fails the switch with `errors` first."""

    def __init__(self, mode: str, errors: list[str]) -> None:
        self.mode, self.errors, self.switches = mode, errors, 0

    def execute(self, sql: str) -> "_Cursor":
        if sql.endswith("=WAL"):
            self.switches += 1
            if self.errors:
                raise sqlite3.OperationalError(self.errors.pop(0))
            self.mode = "wal"
        return self

    def fetchone(self) -> tuple[str]:
        return (self.mode,)


def test_a_locked_file_is_switched_once_free(monkeypatch) -> None:
    monkeypatch.setattr(engine.time, "sleep", lambda s: None)
    cursor = _Cursor("delete", ["database is locked", "database is locked"])
    engine._use_wal(cursor)
    assert (cursor.mode, cursor.switches) == ("wal", 3)


def test_a_file_in_wal_already_is_left_alone() -> None:
    cursor = _Cursor("WAL", ["database is locked"])
    engine._use_wal(cursor)
    assert cursor.switches == 0


def test_other_errors_are_not_retried() -> None:
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        engine._use_wal(_Cursor("delete", ["disk I/O error", "database is locked"]))


def test_a_lock_held_past_the_busy_timeout_gives_up(monkeypatch) -> None:
    clock = iter(range(0, 10_000, 10))
    monkeypatch.setattr(engine.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(engine.time, "sleep", lambda s: None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        engine._use_wal(_Cursor("delete", ["database is locked"] * 100))
