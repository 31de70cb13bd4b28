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
from belie.pipeline.gate import is_cut_clean, word_starts
from belie.pipeline.rules import Rules

__all__ = ["Hit", "annotate", "is_cut_clean"]


@dataclass(frozen=True)
class Hit:
    """A lexicon match, offsets relative to its sentence."""

    start: int
    end: int
    text: str
    kind: str


def annotate(sentences: list[Sentence], text: str, rules: Rules, published: date | None,
             words: list[tuple[int, str]] | None = None) -> None:
    """Fill `triggers`, `cues`, `dates`, `outcome_verbs` and `numbers` of every sentence.

    `words` is `gate.word_starts(text)` when the caller has it already.
    """
    if not sentences:
        return
    starts = [s.start for s in sentences]
    gates = rules.gates
    at = dict(zip([*gates, *rules.prefilters], rules.gate_set.candidates(word_starts(text) if words is None else words)))
    _mark_prefilters(sentences, starts, text, rules, at)
    for m in gates["triggers"].matches(text, at["triggers"]):
        sent = _owner(sentences, starts, m.start())
        sent.triggers.add(m.lastgroup or "")
        sent.trigger_at.setdefault(m.lastgroup or "", m.start() - sent.start)
    for m in gates["cue"].matches(text, at["cue"]):
        sent = _owner(sentences, starts, m.start())
        sent.cues.append(Hit(m.start() - sent.start, m.end() - sent.start, m.group(0), m.lastgroup or ""))
    for hit in rules.dates.find(text, published, positions=at["dates"]):
        sent = _owner(sentences, starts, hit.start)
        sent.dates.append(DateHit(hit.start - sent.start, hit.end - sent.start, hit.kind, hit.value))
    for m in gates["outcome_verbs"].matches(text, at["outcome_verbs"]):
        _owner(sentences, starts, m.start()).outcome_verbs += 1
    for m in gates["numbers"].matches(text, at["numbers"]):
        sent = _owner(sentences, starts, m.start())
        if sent.outcome_verbs:
            sent.numbers.append((m.start() - sent.start, m.end() - sent.start, rules.numbers.quantity(m)))


def _mark_prefilters(sentences: list[Sentence], starts: list[int], text: str, rules: Rules,
                     at: dict[str, list[int]]) -> None:
    """`Sentence.may`: the prefilter patterns with a candidate word in the sentence (None: not known), and
    `Sentence.cands`: those candidates' document offsets, in order."""
    for sent in sentences:
        clean = is_cut_clean(text, sent.start, sent.end)
        sent.may, sent.cands = (set(), {}) if clean else (None, None)
    last = len(starts) - 1
    for name in rules.prefilters:
        lo = hi = -1  # the offsets [lo, hi) of the sentence found last; candidates come in order
        add = None
        for pos in at[name]:
            if not lo <= pos < hi:
                i = (bisect_right(starts, pos) or 1) - 1
                lo, hi = (starts[i] if i else -1), (starts[i + 1] if i < last else 1 << 62)
                cands = sentences[i].cands
                if cands is None:
                    add = None
                elif (found := cands.get(name)) is None:
                    sentences[i].may.add(name)  # type: ignore[union-attr]
                    found = cands[name] = []
                    add = found.append
                else:
                    add = found.append
            if add is not None:
                add(pos)


def _owner(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence:
    return sentences[(bisect_right(starts, offset) or 1) - 1]
