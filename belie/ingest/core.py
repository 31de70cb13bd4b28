"""Finding input files and dispatching each to the reader for its suffix."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from belie.errors import ConfigError, IngestError
from belie.ingest.common import Reader, ReadOutcome, ReadResult
from belie.ingest.feed import read_feed
from belie.ingest.html import read_html
from belie.ingest.jsonl import read_jsonl
from belie.ingest.pdf import read_pdf
from belie.ingest.text import read_markdown, read_text

__all__ = ["DEFAULT_MAX_FILE_MB", "READERS", "discover", "max_file_bytes", "read_file", "read_paths"]

DEFAULT_MAX_FILE_MB = 20.0
MAX_FILE_ENV = "BELIE_MAX_FILE_MB"
_MB = 1024 * 1024

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
_SUPPORTED = ".txt .md .html .pdf .rss .atom .xml .jsonl"


def discover(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given, directories walked recursively in sorted order without hidden entries.

    A path that does not exist raises IngestError naming it. Each file appears once.
    """
    seen: set[Path] = set()
    found: list[Path] = []
    for given in paths:
        found.extend(_unseen(_expand(Path(given)), seen))
    return found


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from _walk(path, set())
    elif path.exists():
        yield path
    else:
        raise IngestError(str(path), "no such file or directory; check the path")


def _walk(directory: Path, visited: set[Path]) -> Iterator[Path]:
    real = directory.resolve()
    if real in visited:  # a symlink loop
        return
    visited.add(real)
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, visited)
        elif entry.is_file():
            yield entry


def _unseen(paths: Iterable[Path], seen: set[Path]) -> Iterator[Path]:
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            yield path


def max_file_bytes(max_mb: float | None = None) -> int:
    """The size limit: `max_mb`, else BELIE_MAX_FILE_MB, else 20 MB."""
    if max_mb is None:
        raw = os.environ.get(MAX_FILE_ENV, "").strip()
        max_mb = _env_megabytes(raw) if raw else DEFAULT_MAX_FILE_MB
    if max_mb <= 0:
        raise ConfigError(f"maximum file size {max_mb} MB must be positive; pass e.g. --max-file-mb 50")
    return int(max_mb * _MB)


def _env_megabytes(raw: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{MAX_FILE_ENV}={raw!r} is not a number of megabytes; "
                          f"set e.g. {MAX_FILE_ENV}=50 or unset it for the 20 MB default") from None


def read_file(path: str | Path, *, max_mb: float | None = None) -> ReadResult:
    """Every document in one file, plus per-record problems; a bad file raises IngestError."""
    path = Path(path)
    reader = _reader_for(path)
    limit = max_file_bytes(max_mb)
    _check_size(path, limit)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(str(path), f"cannot read the file ({err.strerror or err}); check its permissions") from None
    return reader(path, data)


def _reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kind = f"unsupported file type '{suffix}'" if suffix else "no file suffix, so no known type"
        raise IngestError(str(path), f"{kind}; belie reads {_SUPPORTED}")
    return reader


def _check_size(path: Path, limit: int) -> None:
    """stat() before reading, so an oversized file costs nothing."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IngestError(str(path), "no such file; check the path") from None
    except OSError as err:
        raise IngestError(str(path), f"cannot read the file ({err.strerror or err})") from None
    if path.is_dir():
        raise IngestError(str(path), "is a directory; use discover() or read_paths() for directories")
    if info.st_size > limit:
        raise IngestError(str(path), f"file is {info.st_size / _MB:.1f} MB, over the {limit / _MB:g} MB limit; "
                                     f"raise it with --max-file-mb or {MAX_FILE_ENV}")


def read_paths(paths: Sequence[str | Path], *, max_mb: float | None = None) -> Iterator[ReadOutcome]:
    """One outcome per file under `paths`, streamed, so a caller can report progress and go on.

    A missing path yields an outcome with its problem instead of stopping the batch.
    """
    limit_mb = max_file_bytes(max_mb) / _MB  # a bad setting fails once, up front
    seen: set[Path] = set()
    for given in paths:
        try:
            files = list(_unseen(_expand(Path(given)), seen))
        except IngestError as missing:
            yield ReadOutcome(Path(given), [], [missing])
            continue
        for path in files:
            yield _outcome(path, limit_mb)


def _outcome(path: Path, limit_mb: float) -> ReadOutcome:
    try:
        result = read_file(path, max_mb=limit_mb)
    except IngestError as problem:
        return ReadOutcome(path, [], [problem])
    return ReadOutcome(path, result.documents, result.problems)
