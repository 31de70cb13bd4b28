"""The bundled demo corpus: short news-style texts written for belie from public facts."""
from __future__ import annotations

from pathlib import Path

__all__ = ["corpus_files", "corpus_path"]


def corpus_path() -> Path:
    return Path(__file__).parent / "corpus"


def corpus_files() -> list[Path]:
    """The demo documents (the folder's README.md describes them and is not one)."""
    return sorted(corpus_path().glob("*.txt"))
