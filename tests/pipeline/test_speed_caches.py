"""Caches that make extraction faster must not change what it finds.

Date stretches (context.date_cuts): documents from different days between two cuts share
knowledge-base look-ups, so every dated fact must answer alike on all days of a stretch.
Gate candidates (gate.GateSet): the per-word cache of next-letter rules gives the offsets a
fresh look at every word gives.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from belie.knowledge import Actor, Affiliation, KnowledgeBase, Phase, default_knowledge
from belie.model import Document
from belie.pipeline import Pipeline
from belie.pipeline.context import date_cuts
from belie.pipeline.gate import Gate, GateSet, word_starts


def _kb() -> KnowledgeBase:
    actors = [
        Actor("Taliban", "group", "taliban", phases=[Phase("insurgency", True, None, date(2021, 8, 14)),
                                                     Phase("authority", False, date(2021, 8, 15), None)]),
        Actor("Pakistan", "state", "pakistan", country="PK"),
        Actor("Zabihullah Mujahid", "person", "taliban",
              affiliations=[Affiliation("Taliban", "spokesman", date(2007, 1, 1), date(2021, 9, 6)),
                            Affiliation("Taliban", "deputy minister", date(2021, 9, 7), None)]),
    ]
    return KnowledgeBase(actors, [], [])


def test_cuts_hold_each_start_and_the_day_after_each_end() -> None:
    cuts = date_cuts(_kb())
    for day in (date(2021, 8, 15), date(2021, 9, 7), date(2007, 1, 1)):
        assert day in cuts
    assert date(2021, 8, 14) + timedelta(days=1) in cuts and date(2021, 9, 6) + timedelta(days=1) in cuts
    assert cuts == sorted(cuts)


def test_every_day_of_a_stretch_gives_the_same_answers() -> None:
    kb = _kb()
    cuts = date_cuts(kb)
    day, last = date(2021, 7, 1), date(2021, 10, 1)
    by_stretch: dict[int, tuple] = {}
    while day <= last:
        answers = tuple((kb.canonical(name, day), kb.effective_party(name, day), kb.role(name, day),
                         kb.is_non_state(name, day)) for name in kb.actors)
        assert by_stretch.setdefault(bisect_right(cuts, day), answers) == answers
        day += timedelta(days=1)
    assert len(set(by_stretch.values())) > 1  # the dates above do change some answers


def test_shared_lookups_match_fresh_ones_across_dates() -> None:
    kb = default_knowledge()
    text = ("Zabihullah Mujahid said the Taliban had no fighters in Pakistan. "
            "The Islamic State claimed an attack in Kabul, officials said.")
    shared, fresh = Pipeline(kb), Pipeline(kb)
    for offset in range(0, 2200, 97):  # 2018 to 2024, one pipeline reused: look-ups cached across documents
        day = date(2018, 3, 1) + timedelta(days=offset)
        doc = Document(text=text, url=f"https://example.org/{offset}", published=day)
        fresh._cache.clear()  # nothing carried over from earlier documents
        assert repr(shared.extract(doc)) == repr(fresh.extract(doc))


def test_gate_set_candidates_do_not_depend_on_the_word_cache() -> None:
    gates = [Gate(re.compile(p, re.I)) for p in (r"\bthe (?:\d+|first) attacks?\b", r"\bsaid\b", r"\bin the \d{4}s\b")]
    text = "In the 1990s the first attack came; the 2 attacks said little. The end, the"
    words = word_starts(text)
    warm = GateSet(gates)
    first = warm.candidates(words)
    assert warm.candidates(words) == first  # learnt next letters give what a first look gives
    for g, gate in enumerate(gates):
        assert [m.start() for m in gate.matches(text, first[g])] == [m.start() for m in gate.pattern.finditer(text)]
