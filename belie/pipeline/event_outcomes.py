"""What an incident did: counts next to outcome verbs, and what was seized (a mixin of EventRules)."""
from __future__ import annotations

import re

from belie.model import Quantity
from belie.pipeline.event_links import SEIZE_WORD, is_year

__all__ = ["EventOutcomes"]


class EventOutcomes:
    """Outcome rules; expects `self.r` (belie.pipeline.rules.Rules)."""

    def _outcomes(self, text: str, found_numbers: list) -> dict[str, Quantity]:
        """Counts next to outcome verbs: "killing at least six", "three soldiers were wounded"."""
        numbers = [n for n in found_numbers if not is_year(n[2])]
        found: dict[str, Quantity] = {}
        if not numbers:
            return found
        for kind, verbs in self.r.outcome_kinds.items():
            for verb in verbs.finditer(text):
                q = self._count(text, verb, numbers)
                if q is not None:
                    found[kind] = q
                    break
        return found

    def _count(self, text: str, verb: re.Match[str], numbers: list) -> Quantity | None:
        for start, end, q in numbers:
            if verb.end() <= start <= verb.end() + 40 and self.r.toll.fullmatch(text, verb.end(), start):
                return q
        for start, end, q in reversed(numbers):
            if end <= verb.start() and verb.start() - end <= 70 and self.r.count_gap.fullmatch(text, end, verb.start()):
                return q
        return None

    def _seized(self, text: str) -> list[str]:
        if not SEIZE_WORD.search(text):
            return []
        items = [m.group(0).lower() for m in self.r.seized.finditer(text)]
        for m in self.r.currency.finditer(text):
            unit = m.group("pre") or m.group("post")
            if unit:
                code = next((c for c, p in self.r.currency_codes.items() if p.match(unit.strip())), unit)
                items.append(f"{code} {m.group('amount')}")
        return list(dict.fromkeys(items))
