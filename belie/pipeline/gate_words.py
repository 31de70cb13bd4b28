"""Which whole words a regex match can start with: a finer filter for `Gate` than three-letter keys.

`word_shapes` reads a compiled pattern's syntax tree and returns the shapes the first word
of a match can take, each a lowercased prefix and whether the word must end right there
(`closed`: a non-word character or a `\\b` follows) or may go on (`open`). "in" closed
rejects "incident" and "into"; "kill" open accepts "killed". The analysis errs towards
accepting: anything it cannot read (a `\\w`, a lookahead, a backreference) leaves the word
open, and a pattern with non-ASCII letters gets no shapes at all (None), because Unicode
case folding can make them match ASCII text.
"""
from __future__ import annotations

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

__all__ = ["WordShapes", "word_shapes"]

_DIGITS = frozenset("0123456789")
_MAX_DEPTH = 200
_MAX_SHAPES = 20_000
_NON_WORD = (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)
Shape = tuple[str, bool]  # (lowercased prefix, closed)


class WordShapes:
    """Exact words and open prefixes; `accepts(word)` for an ASCII word key (lowercase, digits as "0")."""

    def __init__(self, shapes: set[Shape]) -> None:
        self.exact = frozenset(p for p, closed in shapes if closed and p)
        self.prefixes = frozenset(p for p, closed in shapes if not closed)
        self.lengths = sorted({len(p) for p in self.prefixes})

    def accepts(self, word: str) -> bool:
        if word in self.exact:
            return True
        prefixes = self.prefixes
        return any(word[:n] in prefixes for n in self.lengths if n <= len(word))


def word_shapes(pattern: str, flags: int, limit: int = 12) -> WordShapes | None:
    """The shapes of the first word of a match of `pattern` (at most `limit` letters); None when unknowable."""
    shapes = _shapes(list(P.parse(pattern, flags)), limit, False, 0)
    if shapes is None or not all(p.isascii() for p, _ in shapes):
        return None
    return WordShapes(shapes)


def _shapes(items: list, n: int, consumed: bool, depth: int) -> set[Shape] | None:
    if n == 0 or not items:
        return {("", False)}
    if depth > _MAX_DEPTH:
        return None
    op, arg = items[0]
    rest = items[1:]
    if op is C.AT:
        if arg is C.AT_BOUNDARY and consumed:
            return {("", True)}  # after a word character, \b means the word ends here
        return _shapes(rest, n, consumed, depth + 1)
    if op in (C.ASSERT_NOT, C.ASSERT):
        return _shapes(rest, n, consumed, depth + 1)  # ignoring a constraint only accepts more
    if op is C.SUBPATTERN:
        return _shapes(list(arg[3]) + rest, n, consumed, depth + 1)
    if op is C.BRANCH:
        return _union(_shapes(list(alt) + rest, n, consumed, depth + 1) for alt in arg[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return _repeat(op, arg, rest, n, consumed, depth)
    return _step(_chars(op, arg), rest, n, consumed, depth)


def _repeat(op, arg, rest: list, n: int, consumed: bool, depth: int) -> set[Shape] | None:
    low, high, sub = arg
    if high == 0:
        return _shapes(rest, n, consumed, depth + 1)
    more = [] if high == 1 else [(op, (max(low - 1, 0), high if high is C.MAXREPEAT else high - 1, sub))]
    once = _shapes(list(sub) + more + rest, n, consumed, depth + 1)
    return once if low else _union((once, _shapes(rest, n, consumed, depth + 1)))


def _step(chars: tuple[set[str], bool] | None, rest: list, n: int, consumed: bool, depth: int) -> set[Shape] | None:
    """One character: word characters extend the prefix, a non-word character closes the word."""
    if chars is None:
        return None
    word, nonword = chars
    out: set[Shape] = {("", True)} if nonword else set()
    if word:
        tails = _shapes(rest, n - 1, True, depth + 1)
        if tails is None or len(tails) * len(word) > _MAX_SHAPES:
            tails = {("", False)}  # unknown (or too many to list): the word may go on with anything
        out |= {(c + t, closed) for c in word for t, closed in tails}
    return out


def _chars(op, arg) -> tuple[set[str], bool] | None:
    """(word characters, whether a non-word character also fits), lowercased, digits as "0"; None if unknown."""
    if op is C.LITERAL:
        return _classify({chr(arg)})
    if op is not C.IN:
        return None
    chars: set[str] = set()
    for sub_op, sub_arg in arg:
        if sub_op is C.LITERAL:
            chars.add(chr(sub_arg))
        elif sub_op is C.RANGE and sub_arg[1] - sub_arg[0] < 40:
            chars |= {chr(x) for x in range(sub_arg[0], sub_arg[1] + 1)}
        elif sub_op is C.CATEGORY and sub_arg is C.CATEGORY_DIGIT:
            chars.add("0")
        elif sub_op is C.CATEGORY and sub_arg in _NON_WORD:
            chars.add(" ")
        else:
            return None
    return _classify(chars)


def _classify(chars: set[str]) -> tuple[set[str], bool]:
    word = {"0" if c in _DIGITS else c.lower() for c in chars if c.isalnum() or c == "_"}
    return word, any(not (c.isalnum() or c == "_") for c in chars)


def _union(parts) -> set[Shape] | None:
    out: set[Shape] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return out
