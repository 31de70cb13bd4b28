"""Sentence spans by regex: fast, offset-exact, aware of common abbreviations."""
from __future__ import annotations

import re

__all__ = ["split_sentences"]

_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n\s*")
_PARAGRAPH_LINE = 100  # a line longer than this is a paragraph of its own, not hard-wrapped text
_HEADING_MAX = 70  # longer lines ending without punctuation before a number are wrapped prose
_ABBREV = frozenset(
    "mr mrs ms dr gen lt col capt maj sgt st no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.n u.k e.g i.e approx govt dept prof rev sen rep gov mt ft inc ltd co corp".split())


_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_JOINED = "-'\u2019"  # "IS-K.", "Muzamil's.": a letter joined to the word before is no initial


def _is_abbreviation(text: str, dot: int) -> bool:
    head = text[max(0, dot - 12):dot]
    word = _LAST_WORD.search(head)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if len(token) == 1 and head[word.start() - 1:word.start()] in tuple(_JOINED):
        return False
    return token in _ABBREV or (len(token) == 1 and token.isalpha())


def _paragraph_end(text: str, dot: int, gap: str) -> bool:
    """A blank line, or a line break after a whole paragraph written on one line, always ends a sentence."""
    if "\n" not in gap:
        return False
    return gap.count("\n") > 1 or dot - text.rfind("\n", 0, dot) > _PARAGRAPH_LINE


def _is_wrapped(text: str, newline: int, gap: str) -> bool:
    """A single line break inside a long line of prose (hard-wrapped text) does not end a sentence."""
    if gap.count("\n") > 1:
        return False
    line = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    after = text[newline + len(gap):newline + len(gap) + 1]
    return line[-1:] not in ".!?:\"'\u201d\u2019" and (after.islower() or len(line) > _HEADING_MAX and after.isdigit())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of `text`, stripped of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()) \
                and not _paragraph_end(text, m.start(), m.group(0)):
            continue
        if text[m.start()] == "\n" and _is_wrapped(text, m.start(), m.group(0)):
            continue
        end = m.start() + len(m.group(0).rstrip())
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
