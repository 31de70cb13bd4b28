"""The bundled demo corpus: short news-style texts written for belie from public facts."""
from __future__ import annotations

from pathlib import Path

__all__ = ["corpus_path"]


def corpus_path() -> Path:
    return Path(__file__).parent / "corpus"
