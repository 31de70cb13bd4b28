"""Reported counts: "at least six", "4,000-6,000", "dozens", "a number of" -> Quantity."""
from __future__ import annotations

import re
from functools import lru_cache

from belie.model import Quantity
from belie.pipeline.lexicon import Lexicon, load_lexicon

__all__ = ["NumberReader", "parse_quantity"]

_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"


class NumberReader:
    """Finds and parses count expressions with one compiled regex built from the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        numbers = lexicon["numbers"]
        self.exact: dict[str, int] = {k.lower(): int(v) for k, v in numbers["exact"].items()}
        self.multipliers: dict[str, int] = {k: int(v) for k, v in numbers["multipliers"].items()}
        self.vague: dict[str, tuple[int | None, int | None]] = {
            k: (v[0], v[1]) for k, v in numbers["vague"].items()}
        self.bounds = sorted(numbers["lower_bound"], key=len, reverse=True)
        self.pattern = re.compile(self._build(), re.I)

    def _build(self) -> str:
        words = sorted(set(self.exact) - {"a", "an"}, key=len, reverse=True)
        word = "|".join(re.escape(w) for w in words)
        mult = "|".join(self.multipliers)
        single = rf"(?:{_DIGITS}|(?:{word})(?:[- ](?:{word}))?)(?:\s+(?:{mult}))?"
        vague = "|".join(re.escape(w) for w in sorted(self.vague, key=len, reverse=True))
        bound = "|".join(re.escape(b) for b in self.bounds)
        rng = (rf"(?:between\s+(?P<low>{single})\s+and\s+(?P<high>{single})"
               rf"|(?P<low2>{single})(?:\s*[-–]\s*(?=\d)|\s+to\s+)(?P<high2>{single}))")
        return (rf"\b(?P<bound>(?:{bound})\s+)?(?:{rng}|(?P<one>{single})|(?P<vague>{vague}))\b")

    def value(self, text: str) -> int | None:
        """The integer a single number expression stands for ("4,000", "twenty-one", "two million")."""
        t = text.lower().strip()
        mult = 1
        for name, factor in self.multipliers.items():
            if t.endswith(" " + name) and t != name:
                t, mult = t[: -len(name) - 1].strip(), factor
        if re.fullmatch(_DIGITS, t):
            return int(float(t.replace(",", "")) * mult)
        if t in self.exact:
            return self.exact[t] * mult
        parts = re.split(r"[- ]", t)
        if len(parts) == 2 and all(p in self.exact for p in parts):
            return (self.exact[parts[0]] + self.exact[parts[1]]) * mult
        return None

    def quantity(self, match: re.Match[str]) -> Quantity:
        text = match.group(0).strip()
        if match.group("vague"):
            low, high = self.vague[match.group("vague").lower()]
            return Quantity(low, high, text)
        low, high = match.group("low") or match.group("low2"), match.group("high") or match.group("high2")
        if low:
            return Quantity(self.value(low), self.value(high), text)
        n = self.value(match.group("one"))
        return Quantity(n, None if match.group("bound") else n, text)

    def parse(self, text: str) -> Quantity | None:
        """The first count expression in `text`, or None when there is none."""
        m = self.pattern.search(text)
        return self.quantity(m) if m else None


@lru_cache(maxsize=1)
def _default_reader() -> NumberReader:
    return NumberReader(load_lexicon())


def parse_quantity(text: str) -> Quantity | None:
    """Parse the first count in `text` with the packaged lexicon."""
    return _default_reader().parse(text)
