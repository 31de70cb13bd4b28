"""Run a big regex only where it can start: at words whose first letters begin one of its forms.

Python's regex engine tries a large alternation at every character. A `Gate` reads the
compiled pattern's syntax tree once, collects the one- to three-character prefixes its
matches can start with, and the whole first words they can take (see gate_words), and then
calls `pattern.match` only at word starts that fit. Patterns whose start cannot be worked
out fall back to a plain `finditer`.

`word_starts` runs once per document; a `GateSet` then picks every gate's candidate starts
in one pass over the words, with one dictionary look-up per word (rules cached per word).
"""
from __future__ import annotations

import re
from itertools import accumulate, compress
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Iterator

from belie.pipeline.gate_words import ANY, REJECT, Lead, chars_of, word_shapes

__all__ = ["Gate", "GateSet", "Words", "is_cut_clean", "key_text", "word_starts"]

_WORD_SPLIT = re.compile(r"(\w+)")
_UNKNOWN = None
_KEY_LEN = 3
_KEY_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"abcdefghijklmnopqrstuvwxyz0000000000")


def key_text(text: str) -> str:
    """`text` with ASCII letters lowercased and ASCII digits as "0"; same length, other characters kept.

    UTF-8 bytes of non-ASCII characters are all >= 0x80, so a byte table touches ASCII only.
    """
    return text.encode("utf-8", "surrogatepass").translate(_KEY_BYTES).decode("utf-8", "surrogatepass")


def is_cut_clean(text: str, start: int, end: int) -> bool:
    """No word runs across either end of text[start:end]: its word starts and words are the document's."""
    return (start == 0 or not _is_word(text[start - 1])) and (end >= len(text) or not _is_word(text[end]))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class Words(list):
    """`word_starts`' list of (offset, key), with the offsets and keys also as two lists."""

    positions: list[int]
    keys: list[str]


def word_starts(text: str) -> Words:
    """(offset, key) of every word: the whole word, ASCII letters lowercased, ASCII digits as "0".

    Built with C-level calls only: `split` gives separators and words in turn, and the running
    sum of their lengths gives each word's offset.
    """
    parts = _WORD_SPLIT.split(key_text(text))
    keys = parts[1::2]
    positions = list(accumulate(map(len, parts)))[0:-1:2]
    words = Words(zip(positions, keys))
    words.positions, words.keys = positions, keys
    return words


class Gate:
    """`from_start`: alternatives anchored with `^` ("^\\s*(?:\\w+ ){0,4}?of bombing") add no candidates;
    they can only match at offset 0, which `matches` tries first and callers searching a slice try
    themselves (`self.from_start` says whether the pattern has any)."""

    def __init__(self, pattern: re.Pattern[str], from_start: bool = False) -> None:
        self.pattern = pattern
        self.ignorecase = bool(pattern.flags & re.IGNORECASE)
        parsed = list(P.parse(pattern.pattern, pattern.flags))
        self.from_start = from_start and not pattern.flags & re.MULTILINE and _has_begin(parsed) is True
        if self.from_start:
            parsed = _without_begin(parsed)
        self.keys = _prefixes(parsed, _KEY_LEN, self.ignorecase)
        self.shapes = None if self.keys is None else word_shapes(pattern.pattern, pattern.flags, parsed=parsed)
        self._alone = GateSet([self])

    def finditer(self, text: str, starts: list[tuple[int, str]]) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text)` finds; `starts` is `word_starts(text)`."""
        return self.matches(text, self._alone.candidates(starts)[0])

    def matches(self, text: str, positions: list[int]) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text)` finds; `positions` are this gate's candidates from a GateSet."""
        if self.keys is None:
            yield from self.pattern.finditer(text)
            return
        match, end = self.pattern.match, -1
        if self.from_start and (not positions or positions[0] != 0):
            positions = [0, *positions]
        for pos in positions:
            if pos >= end and (m := match(text, pos)):
                end = m.end()
                yield m

    def at_word_starts(self) -> bool:
        """True when every match starts at a word start: after a `\\b`, with a word character."""
        return self.keys is not None and "" not in self.keys and _anchored(list(P.parse(self.pattern.pattern,
                                                                                     self.pattern.flags)))

    def rule(self, word: str) -> Lead | bool:
        """REJECT when no match can start at word key `word`; else ANY, or the first letters the next word needs.

        A match needs the word's first three letters to be a key, and the whole word to fit a shape.
        """
        keys, key = self.keys or set(), word[:_KEY_LEN]
        if not (key in keys or key[:2] in keys or key[:1] in keys):
            return REJECT
        if self.shapes is None or (self.ignorecase and not word.isascii()):
            return ANY  # under IGNORECASE, non-ASCII text letters can match ASCII pattern letters
        return self.shapes.rule(word)


class GateSet:
    """Several gates over one text: one pass over its words picks every gate's candidate starts."""

    def __init__(self, gates: list[Gate]) -> None:
        self.gates = gates
        self._rules: dict[str, tuple] = {}  # word key -> (gates accepting it whatever follows, _Led or None), see _rule

    def candidates(self, starts: list[tuple[int, str]]) -> list[list[int]]:
        """For each gate, the offsets in `starts` (from `word_starts`) where one of its matches may start."""
        positions, keys = _columns(starts)
        rules = self._rules
        found = list(map(rules.get, keys))
        if None in found:  # words not seen before: learn them, then look again
            if len(rules) > 50_000:  # bounded: memory stays flat while streaming
                rules.clear()
            rules.update((word, self._rule(word)) for word in set(keys).difference(rules))
            found = list(map(rules.__getitem__, keys))
        out: list[list[int]] = [[] for _ in self.gates]
        add = [found_at.append for found_at in out]
        last = len(keys) - 1
        for i in compress(range(len(keys)), found):  # only words some gate accepts
            free, led = found[i]
            pos = positions[i]
            if led is not None:  # some gates need the next word's first letter (non-ASCII: any)
                c = keys[i + 1][0] if i != last else ""
                if (accept := led.get(c)) is None:
                    accept = led.learn(c)
                for g in accept:
                    add[g](pos)
            else:
                for g in free:
                    add[g](pos)
        return out

    def _rule(self, word: str) -> tuple[tuple[int, ...], _Led | None] | tuple[()]:
        """((gates that accept `word` whatever follows), the gates that need given first letters of the next
        word, or None when there are none), or () when no gate accepts it."""
        found = [(g, r) for g, gate in enumerate(self.gates) if (r := gate.rule(word)) is not REJECT]
        if not found:
            return ()
        free = tuple(g for g, lead in found if lead is None)
        led = tuple((g, lead) for g, lead in found if lead is not None)
        return free, (_Led(free, led) if led else None)


class _Led(dict):
    """The gates accepting one word, by the first letter of the next word ("" at the end of the text):
    learnt letter by letter."""

    __slots__ = ("free", "led")

    def __init__(self, free: tuple[int, ...], led: tuple[tuple[int, Lead], ...]) -> None:
        super().__init__()
        self.free, self.led = free, led  # gates accepting the word whatever follows; (gate, letters it needs)

    def learn(self, c: str) -> tuple[int, ...]:
        accept = self[c] = self.free + tuple(g for g, lead in self.led
                                             if not c or lead is None or c in lead or not c.isascii())
        return accept


def _columns(starts: list[tuple[int, str]]) -> tuple[list[int], list[str]]:
    if isinstance(starts, Words):
        return starts.positions, starts.keys
    return [pos for pos, _ in starts], [key for _, key in starts]


_BEGIN = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
_NEVER = (C.IN, [])  # matches no character: a path through it matches nothing


def _has_begin(items) -> bool | None:
    """Does the pattern use `^` or `\\A` outside lookarounds? None when a group turns MULTILINE on."""
    found: bool | None = False
    for op, arg in items:
        if op is C.AT and arg in _BEGIN:
            found = True
        elif op is C.SUBPATTERN:
            if arg[1] & re.MULTILINE:
                return None
            inner = _has_begin(arg[3])
            found = None if inner is None else found or inner
        elif op is C.BRANCH:
            for alt in arg[1]:
                inner = _has_begin(alt)
                found = None if inner is None or found is None else found or inner
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            inner = _has_begin(arg[2])
            found = None if inner is None or found is None else found or inner
        if found is None:
            return None
    return found


def _without_begin(items) -> list:
    """The parsed pattern with each `^` (outside lookarounds) replaced by an item that matches nothing:
    what it can match away from offset 0."""
    out = []
    for op, arg in items:
        if op is C.AT and arg in _BEGIN:
            out.append(_NEVER)
        elif op is C.SUBPATTERN:
            out.append((op, (arg[0], arg[1], arg[2], _without_begin(arg[3]))))
        elif op is C.BRANCH:
            out.append((op, (arg[0], [_without_begin(alt) for alt in arg[1]])))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out.append((op, (arg[0], arg[1], _without_begin(arg[2]))))
        else:
            out.append((op, arg))
    return out


def _anchored(items: list) -> bool:
    """Does every path through `items` start with `\\b`?"""
    if not items:
        return False
    op, arg = items[0]
    if op is C.AT:
        return arg is C.AT_BOUNDARY
    if op is C.SUBPATTERN:
        return _anchored(list(arg[3]))
    if op is C.BRANCH:
        return all(_anchored(list(alt)) for alt in arg[1])
    return False


def _prefixes(items: list, n: int, ignorecase: bool) -> set[str] | None:
    """Possible first `n` word characters (as word keys) of a match of `items`; None when not knowable."""
    if n == 0 or not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    if op in (C.AT, C.ASSERT_NOT):  # zero-width: word boundaries, "not after a letter"
        return _prefixes(rest, n, ignorecase)
    if op is C.SUBPATTERN:
        return _prefixes(list(arg[3]) + rest, n, ignorecase)
    if op is C.BRANCH:
        return _union(_prefixes(list(alt) + rest, n, ignorecase) for alt in arg[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):  # "x{2,3}y": x, then x{1,2}y
        low, high, sub = arg
        if high == 0:
            return _prefixes(rest, n, ignorecase)
        more = [] if high == 1 else [(op, (max(low - 1, 0), high if high is C.MAXREPEAT else high - 1, sub))]
        once = _prefixes(list(sub) + more + rest, n, ignorecase)
        return once if low else _union((once, _prefixes(rest, n, ignorecase)))
    chars = chars_of(op, arg, ignorecase)
    if chars is None:
        return _UNKNOWN
    word, nonword = chars
    out = {""} if nonword else set()  # a non-word character ends the key
    if word:
        tails = _prefixes(rest, n - 1, ignorecase)
        out |= set(word) if tails is None else {c + t for c in word for t in tails}
    return out


def _union(parts) -> set[str] | None:
    out: set[str] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return out
