"""HTML articles: main text by trafilatura (offline), lxml text when it finds nothing.

Metadata comes from the page itself: title, canonical URL, site name (as publisher) and
the date the markup states (meta tags, <time>, URL); the footer-scanning "extensive"
date search is off, so a copyright year never becomes a publication date.
"""
from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

import trafilatura

from belie.errors import IngestError
from belie.ingest.common import ReadResult, check_text_bytes, decode_utf8, make_document
from belie.ingest.markup import html_to_text

__all__ = ["read_html"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(path: Path, data: bytes) -> ReadResult:
    source = str(path)
    check_text_bytes(data, source)
    markup = _decode(data, source)
    found = _trafilatura(markup)
    text = (found.get("text") or "").strip() or html_to_text(markup)
    if not text:
        raise IngestError(source, "no readable text in this HTML page; save the article page, not an index page")
    meta = {"extracted_by": "trafilatura" if found.get("text") else "lxml"}
    return ReadResult([make_document(
        text, path=path, source_format="html", url=found.get("source"),
        title=found.get("title") or _page_title(markup), publisher=found.get("source-hostname"),
        published=found.get("date"), published_from="html", meta=meta)])


def _decode(data: bytes, source: str) -> str:
    """UTF-8 unless a <meta charset> in the first 2 KB names another known codec."""
    declared = _CHARSET.search(data[:2048])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = "utf-8"
        if codec != "utf-8":
            return data.decode(codec, errors="replace")
    return decode_utf8(data, source)


def _trafilatura(markup: str) -> dict[str, Any]:
    raw = trafilatura.extract(markup, output_format="json", with_metadata=True, include_comments=False,
                              date_extraction_params=_DATE_PARAMS)
    return json.loads(raw) if raw else {}


def _page_title(markup: str) -> str | None:
    match = _TITLE.search(markup)
    return (html_to_text(match.group(1)) or None) if match else None
