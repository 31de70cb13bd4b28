"""A sentence that tells two incidents in turn, the first in an opening after-clause: "In March, after
militants killed seven soldiers in an attack on a post in Mir Ali, Pakistan carried out strikes in Khost".

`after_parts` cuts such a sentence into two views, each with the places, actors, numbers, triggers
and dates of its own clause (the main clause also keeps the dates that open the sentence). A view
keeps the sentence's length, the other clause blanked out, so offsets stay sentence-relative.
"""
from __future__ import annotations

import re

from belie.pipeline.context import Sentence
from belie.pipeline.literals import Quick
from belie.pipeline.rules import Rules

__all__ = ["after_parts", "dated_parts"]

# "after militants killed", "days after a bomber struck": the clause must hold an action verb of its own
_AFTER = Quick(re.compile(r"\b(?:(?:days?|hours?|weeks?|shortly|soon|just|a day|a week)\s+)?after\s+(?!(?:which|what|being|having)\b)",
                          re.I))
_TRAILING_AFTER = Quick(re.compile(r", (?:(?:a|one|two|three|four|five|several|just|only|shortly|soon|days?|hours?|weeks?|a day|"
                                   r"a week)\s+){0,2}after\s+(?!(?:which|what|being|having)\b)", re.I))
_PARTICIPLE = re.compile(r", (?:[a-z]+ing)\b")
_MAIN_SUBJECT = re.compile(r"(?:[A-Z]|the\s)")  # the main clause opens on its subject: "Pakistan carried out", "the army"
_OPENING = 60  # the after-clause opens the sentence (a date or place may come first)


def after_parts(rules: Rules, sent: Sentence) -> list[Sentence] | None:
    """[after-clause view, main-clause view] when each clause holds a trigger of its own type, else None."""
    if len(sent.triggers) < 2:
        return None
    if not (m := _AFTER.search(sent.text, 0, _OPENING + 20)) or m.start() > _OPENING:
        return _trailing_parts(rules, sent)
    text = sent.text
    hits = [(h.start(), h.lastgroup or "") for h in rules.triggers.finditer(text, m.end())]
    for at, etype in hits:
        cut = text.rfind(", ", m.end(), at)
        if cut < 0 or not _MAIN_SUBJECT.match(text, cut + 2):
            continue
        first = {t for a, t in hits if a < cut}
        if not first or etype in first or not rules.action.search(text, m.end(), cut):
            continue
        opening = [d for d in sent.dates if d.end <= m.start()]
        first = _part(rules, sent, 0, cut, [])
        if not first.places and len(first.dates) == len(opening):
            return None  # "after militants killed seven soldiers, Pakistan struck": an incident told elsewhere
        return [first, _part(rules, sent, cut + 2, len(text), opening)]
    return None


def dated_parts(rules: Rules, sent: Sentence) -> list[Sentence] | None:
    """ "In October 2013, the group killed 14 guards near Saravan, and in 2015 eight guards died in clashes in the
    province": [first view, second view] when ", and" opens a clause on a date of its own, each side with a date and
    a trigger: two incidents told in turn."""
    if len(sent.dates) < 2 or ", and " not in sent.text:
        return None
    text = sent.text
    for hit in sent.dates[1:]:
        m = _AND_DATED.search(text, max(0, hit.start - 12), hit.start)
        if m is None or not any(d.end <= m.start() for d in sent.dates):
            continue
        if rules.triggers.search(text, 0, m.start()) and rules.triggers.search(text, hit.end):
            return [_part(rules, sent, 0, m.start(), []), _part(rules, sent, m.start() + 2, len(text), [])]
    return None


_AND_DATED = re.compile(r",\s+and\s+(?:then\s+)?(?:(?:in|on|during)\s+)?$")  # ", and in 2015 ...", ", and in August 2016 ..."


def _trailing_parts(rules: Rules, sent: Sentence) -> list[Sentence] | None:
    """ "Pakistani jets struck hideouts in Paktika on Monday, two days after militants killed seven soldiers in
    Mir Ali": [main-clause view, after-clause view] when the after-clause has an action verb and a trigger of a
    type the main clause lacks."""
    text = sent.text
    if (m := _TRAILING_AFTER.search(text)) is None:
        return None
    main = {h.lastgroup for h in rules.triggers.finditer(text, 0, m.start())}
    after = {h.lastgroup for h in rules.triggers.finditer(text, m.end())}
    if not main or not (after - main) or not rules.action.search(text, m.end()):
        return None
    tail = _PARTICIPLE.search(text, m.end())  # ", drawing fire from Kabul": what the main incident led to
    second = _part(rules, sent, m.start() + 2, tail.start() if tail else len(text), [])
    if not second.places and not second.dates:
        return None  # "two days after an attack near the border": an incident told elsewhere, not placed here
    return [_part(rules, sent, 0, m.start(), []), second]


def _part(rules: Rules, sent: Sentence, lo: int, hi: int, opening: list) -> Sentence:
    """A view of `sent` holding what lies in [lo, hi) (sentence-relative), plus the `opening` dates when it has none."""
    a, b = sent.start + lo, sent.start + hi
    dates = [d for d in sent.dates if lo <= d.start < hi] or opening
    view = Sentence.__new__(Sentence)
    view.__dict__.update(sent.__dict__)
    view.__dict__.update(
        places=[p for p in sent.places if a <= p.start < b], actors=[x for x in sent.actors if a <= x.start < b],
        numbers=[n for n in sent.numbers if lo <= n[0] < hi], cues=[c for c in sent.cues if lo <= c.start < hi],
        dates=dates, trigger_at={}, triggers=set(),
        text=_blank(sent.text, lo, hi))
    for hit in rules.triggers.finditer(sent.text, lo, hi):
        view.trigger_at.setdefault(hit.lastgroup or "", hit.start())
        view.triggers.add(hit.lastgroup or "")
    return view


def _blank(text: str, lo: int, hi: int) -> str:
    """`text` with all but [lo, hi) blanked (no pattern sees the other clause), its final stop kept."""
    return " " * lo + text[lo:hi] + (" " * (len(text) - hi - 1) + text[-1] if hi < len(text) else "")
