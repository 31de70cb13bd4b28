"""PDF reports: pypdf text per page, pages joined by a blank line.

meta["page_starts"] lists [page number, offset of its text in Document.text] so an
extracted span can be traced to its page. An encrypted PDF that opens only with a
password, a damaged file, or one with no text layer (a scan) is an IngestError.
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError

from belie.errors import IngestError
from belie.ingest.common import ReadResult, make_document

__all__ = ["read_pdf"]

_PAGE_SEPARATOR = "\n\n"


def read_pdf(path: Path, data: bytes) -> ReadResult:
    source = str(path)
    if b"%PDF-" not in data[:1024]:
        raise IngestError(source, "not a PDF (no '%PDF-' header); check the file or its suffix")
    reader = _open(data, source)
    text, starts = _join_pages(_page_texts(reader, source))
    if not text:
        raise IngestError(source, "PDF has no text layer (a scan?); run OCR on it first, e.g. ocrmypdf")
    title, created, extra = _metadata(reader)
    meta = {"page_starts": starts, "pages": len(reader.pages), **extra}
    return ReadResult([make_document(text, path=path, source_format="pdf", title=title,
                                     published=created, published_from="pdf", meta=meta)])


def _open(data: bytes, source: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(source, "PDF is encrypted with a password; save an unencrypted copy and ingest that")
        return reader
    except (PyPdfError, DependencyError) as err:
        if isinstance(err, DependencyError) or "encrypt" in str(err).lower():
            raise IngestError(source, f"PDF is encrypted and cannot be opened ({err}); "
                                      "save an unencrypted copy and ingest that") from None
        raise IngestError(source, f"not a readable PDF ({err}); re-export or repair it") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as err:
        raise IngestError(source, f"not a readable PDF ({type(err).__name__}: {err}); re-export or repair it") from None


def _page_texts(reader: PdfReader, source: str) -> list[str]:
    try:
        return [(page.extract_text() or "").strip() for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as err:
        raise IngestError(source, f"PDF text cannot be extracted ({type(err).__name__}: {err}); "
                                  "re-export or repair it") from None


def _join_pages(pages: list[str]) -> tuple[str, list[list[int]]]:
    parts: list[str] = []
    starts: list[list[int]] = []
    offset = 0
    for number, page in enumerate(pages, start=1):
        if not page:
            continue
        if parts:
            offset += len(_PAGE_SEPARATOR)
        starts.append([number, offset])
        parts.append(page)
        offset += len(page)
    return _PAGE_SEPARATOR.join(parts), starts


def _metadata(reader: PdfReader) -> tuple[str | None, date | None, dict[str, Any]]:
    info = reader.metadata
    if info is None:
        return None, None, {}
    title = _text_or_none(info.get("/Title"))
    try:
        created = info.creation_date.date() if info.creation_date else None
    except (ValueError, TypeError):
        created = None
    author = _text_or_none(info.get("/Author"))
    return title, created, ({"author": author} if author else {})


def _text_or_none(value: object) -> str | None:
    return str(value).strip() or None if isinstance(value, str) else None
