"""JSON Lines: one object per line, `{url, title, publisher, published, text}`.

Only `text` is required; other keys land in `meta`. Blank lines are skipped. A bad line
(invalid JSON or UTF-8, not an object, no text, a bad date) becomes a problem whose source
is `path:line`; the file's good lines are kept.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from belie.errors import IngestError
from belie.ingest.common import ReadResult, check_text_bytes, decode_utf8, make_document, optional_text
from belie.model import Document

__all__ = ["read_jsonl"]

_TEXT_KEYS = ("url", "title", "publisher", "language")


def read_jsonl(path: Path, data: bytes) -> ReadResult:
    check_text_bytes(data, str(path))
    result = ReadResult()
    for number, offset, raw in _lines(data):
        try:
            result.documents.append(_record(path, number, offset, raw))
        except IngestError as problem:
            result.problems.append(problem)
    return result


def _lines(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(1-based line number, byte offset, bytes) of every non-blank line."""
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.strip():
            yield number, offset, raw
        offset += len(raw) + 1


def _record(path: Path, number: int, offset: int, raw: bytes) -> Document:
    source = f"{path}:{number}"
    line = decode_utf8(raw, source, base_offset=offset)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise IngestError(source, f"invalid JSON ({err.msg} at column {err.colno}); "
                                  "write one JSON object per line") from None
    if not isinstance(record, dict):
        raise IngestError(source, f"expected a JSON object, got {type(record).__name__}; "
                                  "write {\"text\": ..., \"url\": ...} per line")
    return _document(path, source, number, record)


def _document(path: Path, source: str, number: int, record: dict[str, Any]) -> Document:
    text = record.pop("text", None)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(source, "record has no 'text' (a non-empty string is required)")
    fields = {k: optional_text(record.pop(k, None), k, source) for k in _TEXT_KEYS}
    doc = make_document(text, path=path, source_format="jsonl", url=fields["url"], title=fields["title"],
                        publisher=fields["publisher"], published=record.pop("published", None),
                        published_from="record", meta={**record, "line": number}, source=source)
    if fields["language"]:
        doc.language = fields["language"]
    return doc
