"""Plain text and Markdown with optional YAML front matter (ANNOTATION.md §1).

    ---
    url: https://example.org/story
    title: ...
    publisher: ...
    published: 2023-03-22     # or "unknown"
    ---
    Body text ...

The body is everything after the closing `---` line, kept byte-for-byte (offsets into it
are the provenance of every extracted record). Unknown header keys land in `meta`.
Without a header the whole file is the body and its first line the title.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from belie.errors import IngestError
from belie.ingest.common import ReadResult, check_text_bytes, decode_utf8, make_document, optional_text

__all__ = ["read_markdown", "read_text", "split_front_matter"]

_OPENING = re.compile(r"---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_TEXT_KEYS = ("url", "title", "publisher", "language")
_HEADER_FIRST_LINE = 2  # the YAML starts on the file's second line


class _HeaderLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as written, so parse_published sees the raw value."""


_HeaderLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_text(path: Path, data: bytes) -> ReadResult:
    return _read(path, data, "text")


def read_markdown(path: Path, data: bytes) -> ReadResult:
    return _read(path, data, "markdown")


def _read(path: Path, data: bytes, source_format: str) -> ReadResult:
    source = str(path)
    check_text_bytes(data, source)
    text = decode_utf8(data, source)
    if not text.strip():
        raise IngestError(source, "file is empty (only a byte-order mark and whitespace); nothing to read")
    header, body = split_front_matter(text, source)
    if not body.strip():
        raise IngestError(source, "no text after the front matter; add the document body below the closing '---'")
    fields = {k: optional_text(header.pop(k, None), k, source) for k in _TEXT_KEYS}
    doc = make_document(body, path=path, source_format=source_format, url=fields["url"],
                        title=fields["title"], publisher=fields["publisher"],
                        published=header.pop("published", None), published_from="front_matter", meta=header)
    if fields["language"]:
        doc.language = fields["language"]
    return ReadResult([doc])


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """(header mapping, body). No opening '---' line means no header: ({}, text)."""
    opening = _OPENING.match(text)
    if not opening:
        return {}, text
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        raise IngestError(source, "front matter opened with '---' on line 1 is never closed; "
                                  "add a '---' line after the header")
    header = _load_header(text[opening.end():closing.start()], source)
    return header, text[closing.end():]


def _load_header(block: str, source: str) -> dict[str, Any]:
    try:
        loaded = yaml.load(block, Loader=_HeaderLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as err:
        raise IngestError(source, f"front matter is not valid YAML ({_yaml_problem(err)}); "
                                  "fix the header between the '---' lines") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise IngestError(source, f"front matter must be 'key: value' lines, got a {type(loaded).__name__}; "
                                  "write e.g. 'title: ...' and 'published: 2023-03-22'")
    return {str(k): v for k, v in loaded.items()}


def _yaml_problem(err: yaml.YAMLError) -> str:
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    if mark is None:
        return problem
    return f"line {mark.line + _HEADER_FIRST_LINE}: {problem}"
