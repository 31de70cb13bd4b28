"""Run a big regex only where it can start: at words whose first letters begin one of its forms.

Python's regex engine tries a large alternation at every character. A `Gate` reads the
compiled pattern's syntax tree once, collects the one- or two-character prefixes its
matches can start with, and then calls `pattern.match` only at word starts with such a
prefix. Patterns whose start cannot be worked out fall back to a plain `finditer`.
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Iterator

__all__ = ["Gate", "word_starts"]

_WORD_KEY = re.compile(r"\b\w{1,3}")
_DIGITS = set("0123456789")
_UNKNOWN = None
_KEY_LEN = 3
_KEYS = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, **{d: "0" for d in "0123456789"}})


def word_starts(text: str) -> list[tuple[int, str]]:
    """(offset, key) of every word: its first three characters, lowercased, digits as "0"."""
    return [(m.start(), m.group()) for m in _WORD_KEY.finditer(text.translate(_KEYS))]


def _key(chars: str) -> str:
    return "".join("0" if c in _DIGITS else c for c in chars.lower())


class Gate:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        prefixes = _prefixes(list(P.parse(pattern.pattern, pattern.flags)), _KEY_LEN)
        self.keys: set[str] | None = None if prefixes is None else {_key(p) for p in prefixes}

    def finditer(self, text: str, starts: list[tuple[int, str]]) -> Iterator[re.Match[str]]:
        if self.keys is None:
            yield from self.pattern.finditer(text)
            return
        keys, match, end = self.keys, self.pattern.match, -1
        for pos, key in starts:
            if pos < end or (key not in keys and key[:2] not in keys and key[:1] not in keys):
                continue
            m = match(text, pos)
            if m:
                end = m.end()
                yield m


def _prefixes(items: list, n: int) -> set[str] | None:
    """Possible first `n` word characters of a match of `items`; None when not knowable."""
    if n == 0 or not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    if op in (C.AT, C.ASSERT_NOT):  # zero-width: word boundaries, "not after a letter"
        return _prefixes(rest, n)
    if op is C.SUBPATTERN:
        return _prefixes(list(arg[3]) + rest, n)
    if op is C.BRANCH:
        return _union(_prefixes(list(alt) + rest, n) for alt in arg[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, sub = arg
        once = _prefixes(list(sub) + rest, n)
        return once if low else _union((once, _prefixes(rest, n)))
    chars = _chars(op, arg)
    if chars is None:
        return _UNKNOWN
    if not chars:  # a non-word character ends the key
        return {""}
    tails = _prefixes(rest, n - 1)
    if tails is None:
        return {c for c in chars}
    return {c + t for c in chars for t in tails}


def _chars(op, arg) -> set[str] | None:
    if op is C.LITERAL:
        c = chr(arg).lower()
        return {c} if c.isalnum() or c == "_" else set()
    if op is C.IN:
        out: set[str] = set()
        for sub_op, sub_arg in arg:
            if sub_op is C.LITERAL:
                c = chr(sub_arg).lower()
                out |= {c} if c.isalnum() else set()
            elif sub_op is C.RANGE and sub_arg[1] - sub_arg[0] < 40:
                out |= {chr(x).lower() for x in range(sub_arg[0], sub_arg[1] + 1)}
            elif sub_op is C.CATEGORY and sub_arg is C.CATEGORY_DIGIT:
                out |= _DIGITS
            else:
                return None
        return out
    return None


def _union(parts) -> set[str] | None:
    out: set[str] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return out
