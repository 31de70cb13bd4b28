"""Which whole words a regex match can start with: a finer filter for `Gate` than three-letter keys.

`word_shapes` reads a compiled pattern's syntax tree and lists the shapes the first word of a
match can take: a lowercased prefix, whether the word must end right there (`closed`: a
non-word character or a `\\b` follows) or may go on (`open`), and for a closed word the
letters the next word can start with ("in the 1990s": after "the" comes a digit). "in"
closed rejects "incident"; "kill" open accepts "killed"; "the" before a digit rejects
"the attack". The analysis errs towards accepting: anything it cannot read (a `\\w`, a
backreference) leaves the word open or the next word free, lookarounds are ignored, and
under IGNORECASE a non-ASCII letter counts as unknown, because Unicode case folding can
make it match ASCII text ("\u017f" matches "s").
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

__all__ = ["ANY", "REJECT", "WordShapes", "chars_of", "word_shapes"]

_DIGITS = frozenset("0123456789")
_MAX_DEPTH = 200
_MAX_SHAPES = 20_000
_NON_WORD = (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)
Lead = frozenset[str] | None  # first letters the next word may start with; None: anything
Shape = tuple[str, bool, Lead]  # (lowercased prefix, closed, lead of the next word when closed)
ANY: Lead = None
REJECT = False


class WordShapes:
    """Exact words and open prefixes of the first word of a match."""

    def __init__(self, shapes: set[Shape]) -> None:
        self.exact: dict[str, Lead] = {}
        for prefix, closed, lead in shapes:
            if closed and prefix:
                known = self.exact.get(prefix, frozenset())
                self.exact[prefix] = None if known is None or lead is None else known | lead
        self.prefixes = frozenset(p for p, closed, _ in shapes if not closed)
        self.lengths = sorted({len(p) for p in self.prefixes})

    def rule(self, word: str) -> Lead | bool:
        """REJECT when no match starts with the ASCII word key `word`; else the next word's possible
        first letters (ANY: no constraint)."""
        prefixes = self.prefixes
        if any(word[:n] in prefixes for n in self.lengths if n <= len(word)):
            return ANY
        return self.exact.get(word, REJECT)


def word_shapes(pattern: str, flags: int, limit: int = 12, parsed: list | None = None) -> WordShapes | None:
    """The shapes of the first word of a match of `pattern` (at most `limit` letters); None when unknowable.

    `parsed` is `list(re._parser.parse(pattern, flags))` when the caller has it already.
    """
    items = parsed if parsed is not None else list(P.parse(pattern, flags))
    shapes = _Reader(bool(flags & re.IGNORECASE)).shapes(items, limit, False, 0)
    return None if shapes is None else WordShapes(shapes)


class _Reader:
    """Walks a parsed pattern; `ignorecase` decides how far letters can be trusted (see chars_of)."""

    def __init__(self, ignorecase: bool) -> None:
        self.ignorecase = ignorecase

    def shapes(self, items: list, n: int, consumed: bool, depth: int) -> set[Shape] | None:
        if n == 0 or not items:
            return {("", False, None)}
        if depth > _MAX_DEPTH:
            return None
        op, arg = items[0]
        rest = items[1:]
        if consumed and (op is C.AT and arg is C.AT_BOUNDARY or op is C.ASSERT_NOT and _not_word_next(arg)):
            return {("", True, self.next_lead(rest))}  # after a word character: the word ends here
        if op in (C.AT, C.ASSERT_NOT, C.ASSERT):
            return self.shapes(rest, n, consumed, depth + 1)  # ignoring a constraint only accepts more
        if op is C.SUBPATTERN:
            return self.shapes(list(arg[3]) + rest, n, consumed, depth + 1)
        if op is C.BRANCH:
            return _union(self.shapes(list(alt) + rest, n, consumed, depth + 1) for alt in arg[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            return self.repeat(op, arg, rest, n, consumed, depth)
        return self.step(chars_of(op, arg, self.ignorecase), rest, n, depth)

    def repeat(self, op, arg, rest: list, n: int, consumed: bool, depth: int) -> set[Shape] | None:
        low, high, sub = arg
        if high == 0:
            return self.shapes(rest, n, consumed, depth + 1)
        more = [] if high == 1 else [(op, (max(low - 1, 0), high if high is C.MAXREPEAT else high - 1, sub))]
        once = self.shapes(list(sub) + more + rest, n, consumed, depth + 1)
        return once if low else _union((once, self.shapes(rest, n, consumed, depth + 1)))

    def step(self, chars: tuple[set[str], bool] | None, rest: list, n: int, depth: int) -> set[Shape] | None:
        """One character: word characters extend the prefix, a non-word character closes the word."""
        if chars is None:
            return None
        word, nonword = chars
        out: set[Shape] = {("", True, self.next_lead(rest))} if nonword else set()
        if word:
            tails = self.shapes(rest, n - 1, True, depth + 1)
            if tails is None or len(tails) * len(word) > _MAX_SHAPES:
                tails = {("", False, None)}  # unknown (or too many to list): the word may go on with anything
            out |= {(c + t, closed, lead) for c in word for t, closed, lead in tails}
        return out

    def next_lead(self, items: list) -> Lead:
        """First letters of the next word the rest of the pattern must consume; None when it need not."""
        found = self.lead(items)
        return None if found is None or found[1] else frozenset(found[0])

    def lead(self, items: list) -> tuple[set[str], bool] | None:
        """(first word characters `items` can consume, whether they can also pass consuming none); None: unknown."""
        out: set[str] = set()
        for op, arg in items:
            one = self.lead_one(op, arg)
            if one is None:
                return None
            out |= one[0]
            if not one[1]:
                return out, False
        return out, True

    def lead_one(self, op, arg) -> tuple[set[str], bool] | None:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True
        if op is C.SUBPATTERN:
            return self.lead(list(arg[3]))
        if op is C.BRANCH:
            alts = [self.lead(list(alt)) for alt in arg[1]]
            if any(a is None for a in alts):
                return None
            return set().union(*(a[0] for a in alts)), any(a[1] for a in alts)  # type: ignore[index]
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _high, sub = arg
            one = self.lead(list(sub))
            return None if one is None else (one[0], one[1] or low == 0)
        return chars_of(op, arg, self.ignorecase)  # a word character leads; a non-word one passes


def _not_word_next(arg) -> bool:
    """`(?!\\w)` or `(?![\\w])`: a lookahead that no word character follows."""
    direction, items = arg
    return direction == 1 and list(items) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]


def chars_of(op, arg, ignorecase: bool) -> tuple[set[str], bool] | None:
    """(word characters, whether a non-word character also fits) of one pattern item, as word keys
    (ASCII lowercased, digits as "0"); None when unknown or when case folding could reach beyond ASCII."""
    if op is C.LITERAL:
        return _classify({chr(arg)}, ignorecase)
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
    return _classify(chars, ignorecase)


def _classify(chars: set[str], ignorecase: bool) -> tuple[set[str], bool] | None:
    """Non-ASCII letters are kept as they are (word keys keep them) unless case folding applies."""
    if ignorecase and any(not c.isascii() and (c.isalnum() or c.lower() != c or c.upper() != c) for c in chars):
        return None  # "\u017f" (long s) matches "s" under IGNORECASE
    word = {"0" if c in _DIGITS else c.lower() if c.isascii() else c for c in chars if c.isalnum() or c == "_"}
    return word, any(not (c.isalnum() or c == "_") for c in chars)


def _union(parts) -> set[Shape] | None:
    out: set[Shape] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return out
