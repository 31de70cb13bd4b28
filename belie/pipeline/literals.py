"""Skip a regex search when the text lacks every literal that a match must contain.

`needles` reads a compiled pattern's syntax tree once and finds a small set of ASCII strings
such that every match contains at least one of them (lowercased): "falsified" needs one of
"claims", "reports", ... A `Quick` pattern answers `search`, `finditer` and `sub` like the
pattern itself, and returns at once (no match, nothing replaced) when none of the needles
occurs in the searched part of the text, compared with ASCII letters lowercased. Only
consumed characters count: lookarounds and `\\b` add nothing, so the needle lies inside the
match. Under IGNORECASE a few non-ASCII letters match ASCII ones ("\u017f" matches "s");
a text holding one of them is always searched.
"""
from __future__ import annotations

import re
import sys
from re import _constants as C  # type: ignore[attr-defined]
from re import _casefix  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Callable, Iterator

__all__ = ["FOLDS_TO_ASCII", "Quick", "ascii_lower", "needles"]

_MAX_NEEDLES = 64
_ENOUGH = 5  # needles this long are rare enough: prefer fewer of them over longer ones
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def _folds_to_ascii() -> str:
    """Non-ASCII characters that may match an ASCII letter under IGNORECASE: those whose lower or upper
    case holds an ASCII letter (the Kelvin sign, dotted and dotless i, long s; all in the Basic
    Multilingual Plane) and the extra cases `re` itself knows. tests/pipeline/test_literals.py checks
    every code point."""
    letter = re.compile("[A-Za-z]").search
    found = {c for c in map(chr, range(0x80, 0x10000)) if letter(c.lower() + c.upper())}  # "\u0130".lower(): "i\u0307"
    for key, others in getattr(_casefix, "_EXTRA_CASES", {}).items():
        if chr(key).isascii() or any(chr(o).isascii() for o in others):
            found.update(chr(x) for x in (key, *others))
    return "".join(sorted(c for c in found if not c.isascii()))


FOLDS_TO_ASCII = _folds_to_ascii()
_FOLDS = re.compile(f"[{re.escape(FOLDS_TO_ASCII)}]") if FOLDS_TO_ASCII else re.compile(r"(?!x)x")


def ascii_lower(text: str) -> str:
    """`text` with ASCII letters lowercased; same length, every other character kept."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").translate(_LOWER).decode("utf-8", "surrogatepass")


_last: tuple[str, str] = ("", "")  # the last text lowered, and its lowered form: patterns test a text in
# turn. One tuple, replaced whole, so that threads sharing it never pair a text with another's lowering.


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercased ASCII strings one of which every match of `pattern` contains; None when none is known."""
    found = _sequence(list(P.parse(pattern.pattern, pattern.flags)))
    if not found or "" in found:
        return None
    pruned = frozenset(n for n in found if not any(o != n and o in n for o in found))  # "deny" covers "denying"
    return pruned if len(pruned) <= _MAX_NEEDLES else None


def _sequence(items: list) -> set[str] | None:
    """Best needle set of a sequence: the strings a run of fixed items spells ("den" then "ied|ies|y":
    "denied", "denies", "deny"), or the needles of one item, whichever is the most selective."""
    options: list[set[str]] = []
    chunk = {""}  # the strings the current run of fixed items spells
    run: list[str] = []  # the current run of single characters
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the strings on either side are still adjacent
        if op is C.LITERAL and arg < 0x80:
            run.append(chr(arg).lower())
        elif run:
            options.append({"".join(run)})
            run = []
        words = _spelled(op, arg)
        if words is not None and len(chunk) * len(words) <= _MAX_NEEDLES:
            chunk = {a + b for a in chunk for b in words}
        else:
            if chunk != {""}:
                options.append(chunk)
            chunk = words if words is not None else {""}
        if op is not C.LITERAL and (one := _item(op, arg)):
            options.append(one)
    options += [{"".join(run)}] if run else []
    options += [chunk] if chunk != {""} else []
    if not options:
        return None
    return max(options, key=lambda o: (min(_ENOUGH, *map(len, o)), -len(o)))  # long enough, then fewest


def _spelled(op, arg) -> set[str] | None:
    """The few lowercased ASCII strings one item can match, when it matches nothing else; None otherwise."""
    if op is C.LITERAL:
        return {chr(arg).lower()} if arg < 0x80 else None
    if op is C.IN:
        chars = {chr(a).lower() for o, a in arg if o is C.LITERAL and a < 0x80}
        return chars if len(chars) == len(arg) and len(chars) <= _MAX_NEEDLES else None
    if op is C.SUBPATTERN:
        return _spelled_all(list(arg[3]))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in arg[1]:
            one = _spelled_all(list(alt))
            if one is None:
                return None
            out |= one
        return out if len(out) <= _MAX_NEEDLES else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[1] <= 3:
        once = _spelled_all(list(arg[2]))
        if once is None:
            return None
        out, layer = ({""} if arg[0] == 0 else set()), {""}
        for k in range(1, arg[1] + 1):
            layer = {a + b for a in layer for b in once}
            if len(layer) > _MAX_NEEDLES:
                return None
            if k >= arg[0]:
                out |= layer
        return out if len(out) <= _MAX_NEEDLES else None
    return None


def _spelled_all(items: list) -> set[str] | None:
    out = {""}
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        words = _spelled(op, arg)
        if words is None or len(out) * len(words) > _MAX_NEEDLES:
            return None
        out = {a + b for a in out for b in words}
    return out


def _item(op, arg) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(list(arg[3]))
    if op is C.ATOMIC_GROUP if hasattr(C, "ATOMIC_GROUP") else False:
        return _sequence(list(arg))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in arg[1]:
            one = _sequence(list(alt))
            if not one:
                return None
            out |= one
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
        return _sequence(list(arg[2]))
    return None


class Quick:
    """A compiled pattern that skips texts without any of its needles (see the module docstring)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.regex = pattern
        self.needles = needles(pattern)
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no match can lie in text[pos:endpos]."""
        found = self.needles
        if found is None:
            return True
        if pos or endpos < len(text):
            text = text[pos:endpos]
        global _last
        last = _last
        if text is last[0]:
            low = last[1]
        elif text.isascii():
            _last = (text, (low := text.lower()))
        elif _FOLDS.search(text):
            return True
        else:
            _last = (text, (low := ascii_lower(text)))
        for n in found:
            if n in low:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self.possible(text, pos, endpos) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.possible(text) else text
