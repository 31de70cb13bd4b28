"""What every reader shares: result records, byte checks, titles and Document assembly."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

from belie.errors import IngestError
from belie.ingest.dates import infer_published_from_url, parse_published
from belie.model import Document, Precision

__all__ = [
    "ReadOutcome",
    "ReadResult",
    "Reader",
    "check_text_bytes",
    "decode_utf8",
    "first_line_title",
    "make_document",
    "optional_text",
]

_TITLE_MAX = 200
_MARKDOWN_HEADING = re.compile(r"^\s*#+\s*")


@dataclass
class ReadResult:
    """The documents one file holds, and the records in it that could not be read.

    A whole-file failure raises IngestError instead; `problems` are per-record (a bad
    JSONL line, a feed entry without text) and the good records are kept. Iterating
    a ReadResult iterates its documents.
    """

    documents: list[Document] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)


@dataclass
class ReadOutcome:
    """One file's outcome in a streamed batch (`read_paths`): its documents and problems."""

    path: Path
    documents: list[Document] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


Reader = Callable[[Path, bytes], ReadResult]


def check_text_bytes(data: bytes, source: str) -> None:
    """Refuse empty and binary content before any decoding."""
    if not data.strip():
        raise IngestError(source, "file is empty; nothing to read")
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise IngestError(source, f"binary content (NUL byte at byte {at}): not a text file, or UTF-16 text; "
                                  "save it as UTF-8 text")


def decode_utf8(data: bytes, source: str, *, base_offset: int = 0) -> str:
    """UTF-8 text without a leading byte-order mark; names the first bad byte's offset."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        at = base_offset + err.start
        raise IngestError(source, f"not valid UTF-8 at byte {at} (0x{data[err.start]:02x}); "
                                  "re-save the file as UTF-8") from None
    return text.removeprefix("\ufeff")


def first_line_title(text: str) -> str | None:
    """The first non-blank line, without markdown '#' marks, as a fallback title."""
    for line in text.splitlines():
        line = _MARKDOWN_HEADING.sub("", line).strip()
        if line:
            return line[:_TITLE_MAX]
    return None


def optional_text(value: object, name: str, source: str) -> str | None:
    """A metadata value as stripped text (numbers become text); lists and mappings are refused."""
    if value is None:
        return None
    if isinstance(value, (list, dict, tuple, set)):
        kind = type(value).__name__
        raise IngestError(source, f"'{name}' must be text, got a {kind}; write it as a single value")
    return str(value).strip() or None


def make_document(text: str, *, path: Path, source_format: str, url: str | None = None,
                  title: str | None = None, publisher: str | None = None,
                  published: object = None, published_from: str = "front_matter",
                  meta: dict[str, Any] | None = None, source: str | None = None) -> Document:
    """A Document whose date is the stated one, else the URL's, else unknown.

    `published` is a raw value (date, string, None); `published_from` names where it was
    stated and lands in meta["published_source"] ("url" when the URL supplied it).
    A bad `published` raises IngestError naming `source` (default: the path).
    """
    meta = dict(meta or {})
    day, precision = parse_published(published, source or str(path))
    if day is None:
        day, precision = infer_published_from_url(url)
        published_from = "url"
    if day is not None:
        meta["published_source"] = published_from
    return Document(text=text, url=url, title=title or first_line_title(text), publisher=publisher,
                    published=day, published_precision=_precision(day, precision), path=str(path),
                    source_format=source_format, meta=meta)


def _precision(day: date | None, precision: Precision) -> Precision:
    return precision if day is not None else "unknown"
