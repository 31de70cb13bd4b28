"""The extraction vocabulary: YAML files under `lexicon/`, loaded once and fingerprinted.

The fingerprint goes into the pipeline version, so editing a lexicon file makes stored
extractions stale and triggers re-extraction.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from belie.errors import ConfigError

__all__ = ["LEXICON_DIR", "Lexicon", "load_lexicon"]

LEXICON_DIR = Path(__file__).parent / "lexicon"
REQUIRED = ("numbers", "events", "claims", "dates", "roles", "demonyms")


class Lexicon:
    """Parsed lexicon files by name (`numbers`, `events`, ...) plus their content hash."""

    def __init__(self, files: dict[str, dict[str, Any]], digest: str) -> None:
        self.files = files
        self.digest = digest

    def __getitem__(self, name: str) -> dict[str, Any]:
        return self.files[name]


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"Lexicon file {path} is not valid YAML ({err}); fix the file and retry.") from err
    if not isinstance(data, dict):
        raise ConfigError(f"Lexicon file {path} must hold a mapping at top level, got {type(data).__name__}.")
    return data


@lru_cache(maxsize=4)
def load_lexicon(folder: Path = LEXICON_DIR) -> Lexicon:
    """Load every `*.yaml` in `folder`; raise ConfigError naming any missing required file."""
    paths = sorted(folder.glob("*.yaml"))
    digest = hashlib.sha256()
    files: dict[str, dict[str, Any]] = {}
    for path in paths:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        files[path.stem] = _read(path)
    missing = [name for name in REQUIRED if name not in files]
    if missing:
        raise ConfigError(f"Lexicon folder {folder} lacks {', '.join(m + '.yaml' for m in missing)}; "
                          "restore them from the belie package.")
    return Lexicon(files, digest.hexdigest()[:12])
