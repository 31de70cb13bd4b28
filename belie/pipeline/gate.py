"""Run a big regex only where it can start: at words whose first letters begin one of its forms.

Python's regex engine tries a large alternation at every character. A `Gate` reads the
compiled pattern's syntax tree once, collects the one- or two-character prefixes its
matches can start with, and then calls `pattern.match` only at word starts with such a
prefix. Patterns whose start cannot be worked out fall back to a plain `finditer`.

The word starts with a known prefix are themselves found by one small compiled regex per
gate (run in C over a lowercased copy of the text built once per document, see `Words`),
so no Python loop visits every word of the document.
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Iterable, Iterator

__all__ = ["Gate", "Words", "key_text", "word_starts"]

_WORD_KEY = re.compile(r"\b\w{1,3}")
_DIGITS = set("0123456789")
_UNKNOWN = None
_KEY_LEN = 3
_KEY_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"abcdefghijklmnopqrstuvwxyz0000000000")
_WORD_CHARS = re.compile(r"\w+")


def key_text(text: str) -> str:
    """`text` with ASCII letters lowercased and ASCII digits as "0"; same length, other characters kept.

    UTF-8 bytes of non-ASCII characters are all >= 0x80, so a byte table touches ASCII only.
    """
    return text.encode("utf-8", "surrogatepass").translate(_KEY_BYTES).decode("utf-8", "surrogatepass")


def word_starts(text: str) -> list[tuple[int, str]]:
    """(offset, key) of every word: its first three characters, lowercased, digits as "0"."""
    return [(m.start(), m.group()) for m in _WORD_KEY.finditer(key_text(text))]


class Words:
    """The keyed copy of one document's text, built once and shared by every gate."""

    __slots__ = ("keyed",)

    def __init__(self, text: str) -> None:
        self.keyed = key_text(text)

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return ((m.start(), m.group()) for m in _WORD_KEY.finditer(self.keyed))


def _key(chars: str) -> str:
    return "".join("0" if c in _DIGITS else c for c in chars.lower())


class Gate:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        prefixes = _prefixes(list(P.parse(pattern.pattern, pattern.flags)), _KEY_LEN)
        self.keys: set[str] | None = None if prefixes is None else {_key(p) for p in prefixes}
        self.finder = None if self.keys is None else _finder(self.keys)

    def finditer(self, text: str, starts: Words | list[tuple[int, str]]) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text)` finds; `starts` is `Words(text)` or `word_starts(text)`."""
        if self.finder is None:
            yield from self.pattern.finditer(text)
        elif isinstance(starts, Words):
            yield from self._matches(text, (c.start() for c in self.finder.finditer(starts.keyed)))
        else:
            yield from self._scan(text, starts)

    def _matches(self, text: str, candidates: Iterable[int]) -> Iterator[re.Match[str]]:
        match, end = self.pattern.match, -1
        for pos in candidates:
            if pos >= end and (m := match(text, pos)):
                end = m.end()
                yield m

    def _scan(self, text: str, starts: list[tuple[int, str]]) -> Iterator[re.Match[str]]:
        keys, match, end = self.keys or set(), self.pattern.match, -1
        for pos, key in starts:
            if pos < end or (key not in keys and key[:2] not in keys and key[:1] not in keys):
                continue
            m = match(text, pos)
            if m:
                end = m.end()
                yield m


def _finder(keys: set[str]) -> re.Pattern[str]:
    """Word starts (in keyed text) whose first characters are one of `keys`.

    Grouped by first character so the regex engine can skip, in C, every position whose
    character starts no key; the look-behind after that character asks for a word start.
    """
    by_first: dict[str, set[str]] = {}
    for key in keys:
        if _WORD_CHARS.fullmatch(key):
            by_first.setdefault(key[0], set()).add(key[1:])
    if not by_first:
        return re.compile(r"(?!x)x")
    branches = []
    for first, tails in sorted(by_first.items()):
        rest = "" if "" in tails else "(?:" + "|".join(re.escape(t) for t in sorted(tails)) + ")"
        branches.append(re.escape(first) + r"(?<!\w.)" + rest)
    return re.compile("(?:" + "|".join(branches) + ")", re.S)


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
