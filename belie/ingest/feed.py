"""RSS and Atom feeds: one Document per entry, parsed by feedparser from the file's bytes.

The bytes go in as a stream, so feedparser never touches the network or the file system.
Entry text is its full content when present, else its summary, with HTML stripped. An
entry without text is a per-record problem; the feed's other entries are kept.
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from belie.errors import IngestError
from belie.ingest.common import ReadResult, make_document
from belie.ingest.markup import html_to_text

__all__ = ["read_feed"]

_KEPT_ENTRY_KEYS = ("id", "author")


def read_feed(path: Path, data: bytes) -> ReadResult:
    source = str(path)
    if not data.strip():
        raise IngestError(source, "file is empty; nothing to read")
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    _check_is_feed(parsed, source)
    publisher = (parsed.feed.get("title") or "").strip() or None
    result = ReadResult()
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            result.documents.append(_entry_document(entry, number, path, publisher, parsed.version))
        except IngestError as problem:
            result.problems.append(problem)
    return result


def _check_is_feed(parsed: Any, source: str) -> None:
    if not parsed.version:
        why = parsed.get("bozo_exception")
        detail = f" ({str(why).strip()})" if why else ""
        raise IngestError(source, f"not an RSS or Atom feed{detail}; belie reads RSS 0.9x/1.0/2.0 and Atom "
                                  "from .rss .atom .xml files")
    if not parsed.entries:
        raise IngestError(source, f"{parsed.version} feed has no entries; nothing to read")


def _entry_document(entry: Any, number: int, path: Path, publisher: str | None, version: str):
    source = f"{path}#entry{number}"
    title = html_to_text(entry.get("title") or "") or None
    text = html_to_text(_entry_markup(entry))
    if not text:
        raise IngestError(source, f"feed entry {title or number!r} has no content or summary; skipped")
    meta = {k: entry[k] for k in _KEPT_ENTRY_KEYS if isinstance(entry.get(k), str)}
    meta.update(entry_number=number, feed_format=version)
    return make_document(text, path=path, source_format="feed", url=entry.get("link") or None, title=title,
                         publisher=publisher, published=_entry_date(entry), published_from="feed",
                         meta=meta, source=source)


def _entry_markup(entry: Any) -> str:
    """The longest full content, else the summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return best if best.strip() else entry.get("summary") or ""


def _entry_date(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
