"""Settings read from the environment, with the defaults a newcomer needs."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["DEFAULT_WINDOW_DAYS", "data_dir", "default_db", "knowledge_dirs", "resolve_db"]

DEFAULT_WINDOW_DAYS = 180


def data_dir() -> Path:
    """Where belie keeps its default store and reports (BELIE_HOME overrides)."""
    home = os.environ.get("BELIE_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir("belie", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> str:
    return str(data_dir() / "belie.db")


def resolve_db(value: str | None) -> str:
    """--db beats BELIE_DB beats the store in the user data directory."""
    return value or os.environ.get("BELIE_DB") or default_db()


def knowledge_dirs(values: list[Path] | None = None) -> list[Path]:
    """--knowledge directories, else those named by BELIE_KNOWLEDGE (os.pathsep-separated)."""
    if values:
        return list(values)
    raw = os.environ.get("BELIE_KNOWLEDGE", "")
    return [Path(p) for p in raw.split(os.pathsep) if p]
