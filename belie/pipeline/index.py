"""Document-level passes: each lexicon regex scans the whole text once, hits go to sentences.

One `finditer` over the document is much cheaper than one search per sentence, and the
rules then only look at sentences that hold a trigger, a cue or an outcome verb.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from belie.pipeline.context import Sentence
from belie.pipeline.dates import DateHit
from belie.pipeline.gate import word_starts
from belie.pipeline.rules import Rules

__all__ = ["Hit", "annotate"]


@dataclass(frozen=True)
class Hit:
    """A lexicon match, offsets relative to its sentence."""

    start: int
    end: int
    text: str
    kind: str


def annotate(sentences: list[Sentence], text: str, rules: Rules, published: date | None) -> None:
    """Fill `triggers`, `cues`, `dates`, `outcome_verbs` and `numbers` of every sentence."""
    if not sentences:
        return
    starts = [s.start for s in sentences]
    words = word_starts(text)
    for m in rules.gates["triggers"].finditer(text, words):
        sent = _owner(sentences, starts, m.start())
        sent.triggers.add(m.lastgroup or "")
        sent.trigger_at.setdefault(m.lastgroup or "", m.start() - sent.start)
    for m in rules.gates["cue"].finditer(text, words):
        sent = _owner(sentences, starts, m.start())
        sent.cues.append(Hit(m.start() - sent.start, m.end() - sent.start, m.group(0), m.lastgroup or ""))
    for hit in rules.dates.find(text, published, words):
        sent = _owner(sentences, starts, hit.start)
        sent.dates.append(DateHit(hit.start - sent.start, hit.end - sent.start, hit.kind, hit.value))
    for m in rules.gates["outcome_verbs"].finditer(text, words):
        _owner(sentences, starts, m.start()).outcome_verbs += 1
    for m in rules.gates["numbers"].finditer(text, words):
        sent = _owner(sentences, starts, m.start())
        if sent.outcome_verbs:
            sent.numbers.append((m.start() - sent.start, m.end() - sent.start, rules.numbers.quantity(m)))


def _owner(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence:
    return sentences[max(0, bisect_right(starts, offset) - 1)]
