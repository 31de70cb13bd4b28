"""Run a big regex only where it can start: at words whose first letters begin one of its forms.

Python's regex engine tries a large alternation at every character. A `Gate` reads the
compiled pattern's syntax tree once, collects the one- or two-character prefixes its
matches can start with, and then calls `pattern.match` only at word starts with such a
prefix. Patterns whose start cannot be worked out fall back to a plain `finditer`.

`word_starts` runs once per document for all gates; each gate then keeps the starts whose
key it accepts with one dictionary look-up per word (acceptance is cached per key).
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Iterator

from belie.pipeline.gate_words import word_shapes

__all__ = ["Gate", "key_text", "word_starts"]

_WORD_KEY = re.compile(r"\b\w+")
_DIGITS = set("0123456789")
_UNKNOWN = None
_KEY_LEN = 3
_KEY_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"abcdefghijklmnopqrstuvwxyz0000000000")


def key_text(text: str) -> str:
    """`text` with ASCII letters lowercased and ASCII digits as "0"; same length, other characters kept.

    UTF-8 bytes of non-ASCII characters are all >= 0x80, so a byte table touches ASCII only.
    """
    return text.encode("utf-8", "surrogatepass").translate(_KEY_BYTES).decode("utf-8", "surrogatepass")


def word_starts(text: str) -> list[tuple[int, str]]:
    """(offset, key) of every word: the whole word, ASCII letters lowercased, ASCII digits as "0"."""
    return [(m.start(), m.group()) for m in _WORD_KEY.finditer(key_text(text))]


def _key(chars: str) -> str:
    return "".join("0" if c in _DIGITS else c for c in chars.lower())


class Gate:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        prefixes = _prefixes(list(P.parse(pattern.pattern, pattern.flags)), _KEY_LEN)
        self.keys: set[str] | None = None if prefixes is None else {_key(p) for p in prefixes}
        self.shapes = word_shapes(pattern.pattern, pattern.flags) if self.keys is not None else None
        self._accepts: dict[str, bool] = {}  # word key -> may a match start there

    def finditer(self, text: str, starts: list[tuple[int, str]]) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text)` finds; `starts` is `word_starts(text)`."""
        if self.keys is None:
            yield from self.pattern.finditer(text)
            return
        match, end = self.pattern.match, -1
        for pos in self._candidates(starts):
            if pos >= end and (m := match(text, pos)):
                end = m.end()
                yield m

    def _candidates(self, starts: list[tuple[int, str]]) -> list[int]:
        accepts = self._accepts
        try:
            return [pos for pos, key in starts if accepts[key]]
        except KeyError:  # a word key not seen before: learn the document's keys, then filter
            if len(accepts) > 50_000:  # bounded: memory stays flat while streaming
                accepts.clear()
            accepts.update((key, self._accept(key)) for _, key in starts if key not in accepts)
            return [pos for pos, key in starts if accepts[key]]

    def _accept(self, word: str) -> bool:
        """May a match start at `word`: its first three letters are a key, and the whole word fits a shape."""
        keys, key = self.keys or set(), word[:_KEY_LEN]
        if not (key in keys or key[:2] in keys or key[:1] in keys):
            return False
        return self.shapes is None or not word.isascii() or self.shapes.accepts(word)


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
