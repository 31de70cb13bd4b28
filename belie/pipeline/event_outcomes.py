"""What an incident did: counts next to outcome verbs, and what was seized (a mixin of EventRules)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from belie.model import Quantity
from belie.pipeline.event_links import is_year
from belie.pipeline.literals import Quick

if TYPE_CHECKING:
    from belie.pipeline.context import Sentence
    from belie.pipeline.rules import Rules

_OUTCOME_NAMES = {kind: f"outcome:{kind}" for kind in ("killed", "wounded", "arrested")}  # prefilter names

__all__ = ["EventOutcomes"]

# "killed seven police officers and a driver": the count, then one more victim of another kind
_AND_ONE_MORE = re.compile(r"(?:\s+[\w-]+){1,3}?\s+and\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?[a-z-]*"
                           r"(?:er|or|man|woman|boy|girl|child|officer|guard|worker|driver|civilian|student|soldier)"
                           r"(?=\s*(?:[,.;]|$|who\b|along\b|as\b|in\b|at\b|outside\b|near\b|on\b))")


def _and_one_more(text: str, end: int, q: Quantity) -> Quantity:
    """An exact count followed by "... and a <person>" counts that person too."""
    if q.low is None or q.low != q.high or text[end:end + 1] != " " or " and " not in text[end:end + 60]:
        return q
    m = _AND_ONE_MORE.match(text, end)
    return Quantity(q.low + 1, q.high + 1, (q.text or "") + text[end:m.end()]) if m else q


class EventOutcomes:
    """Outcome rules; expects `self.r` (belie.pipeline.rules.Rules), and `self.outcome_kinds`, `self.seize_word`
    and `self.seized`: `r.outcome_kinds`, `event_links.SEIZE_WORD` and `r.seized` as `Quick` patterns."""

    r: Rules
    outcome_kinds: dict[str, Quick]
    seize_word: Quick
    seized: Quick

    def _outcomes(self, text: str, found_numbers: list, sent: Sentence | None = None) -> dict[str, Quantity]:
        """Counts next to outcome verbs: "killing at least six", "three soldiers were wounded".

        `sent`: the sentence whose text `text` is, when its prefilters may skip a kind."""
        numbers = [n for n in found_numbers if not is_year(n[2])]
        found: dict[str, Quantity] = {}
        if not numbers:
            return found
        for kind, verbs in self.outcome_kinds.items():
            if sent is not None and not self.r.may(sent, _OUTCOME_NAMES.get(kind) or f"outcome:{kind}"):
                continue
            for verb in verbs.finditer(text):
                q = self._count(text, verb, numbers)
                if q is not None:
                    found[kind] = q
                    break
        return found

    def _count(self, text: str, verb: re.Match[str], numbers: list) -> Quantity | None:
        for start, end, q in numbers:
            if verb.end() <= start <= verb.end() + 40 and self.r.toll.fullmatch(text, verb.end(), start):
                return _and_one_more(text, end, q)
        for start, end, q in reversed(numbers):
            if end <= verb.start() and verb.start() - end <= 70 and self.r.count_gap.fullmatch(text, end, verb.start()):
                return q
        return None

    def _seized(self, text: str, sent: Sentence | None = None) -> list[str]:
        """What was seized; `sent`: the sentence whose text `text` is, when its prefilters may skip a search."""
        if sent is not None and not self.r.may(sent, "seize_word") or not self.seize_word.search(text):
            return []
        items = [m.group(0).lower() for m in self.seized.finditer(text)] \
            if sent is None or self.r.may(sent, "seized") else []
        for m in self.r.currency.finditer(text):
            unit = m.group("pre") or m.group("post")
            if unit:
                code = next((c for c, p in self.r.currency_codes.items() if p.match(unit.strip())), unit)
                items.append(f"{code} {m.group('amount')}")
        return list(dict.fromkeys(items))
