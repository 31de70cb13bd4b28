"""The verifier's shortcuts give what the plain definitions give: window bounds, rule answers per
fact class, the strongest-items selection, shingles, and caches that follow the source."""
from __future__ import annotations

import heapq
import re
import zlib
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from belie.verify import Verifier, rules
from belie.verify.dedupe import StoryClusters, shingles
from belie.verify.index import DatedIndex
from belie.verify.verdict import Hit, _strongest
from belie.verify.window import Window

from .factories import claim, doc, event, make_kb, source

DAY0 = date(2023, 1, 1)
days = st.one_of(st.none(), st.integers(0, 60).map(lambda n: DAY0 + timedelta(days=n)))


@given(st.lists(st.tuples(days, days), max_size=30), days, days)
def test_bounds_cover_exactly_what_overlapping_yields(spans, start, end) -> None:
    index = DatedIndex([(a, b, n) for n, (a, b) in enumerate(spans)])
    lo, exact, hi = index.bounds(start, end)
    got = [index.items[i] for i in range(lo, hi) if i >= exact or index.lasts[i] >= start]
    assert got == list(index.overlapping(start, end))


PLACES = ["AF", "AF-KAB", "AF-BAL", "AF-KAB/kabul", "PK"]
GROUPS = ["ISKP", "TTP", "Taliban", "Pakistan", "Civilians"]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_rules_answer_alike_for_facts_of_one_class(data) -> None:
    """The verifier asks a rule once per (scope class, fact class) without a window, then tests only
    the dates: that must equal asking the rule about every event with the claim's window."""
    kb = make_kb()
    d = doc()
    events = [event(d, type=data.draw(st.sampled_from(["raid", "attack"])),
                    agents=(data.draw(st.sampled_from(GROUPS)),), targets=(data.draw(st.sampled_from(GROUPS)),),
                    place=data.draw(st.sampled_from(PLACES)),
                    when=data.draw(st.one_of(st.none(), st.tuples(days, days))),
                    attribution=data.draw(st.sampled_from([None, "claimed", "confirmed", "unknown"])))
              for _ in range(data.draw(st.integers(1, 8)))]
    c = claim(d, kind=data.draw(st.sampled_from(["presence", "capability", "territory_use", "origin"])),
              polarity=data.draw(st.sampled_from(["affirm", "deny"])),
              subjects=data.draw(st.sampled_from([(), ("ISKP",), ("TTP",)])),
              place=data.draw(st.sampled_from(PLACES)), when=data.draw(days))
    verifier = Verifier(source(kb, [d], events), kb)
    scope = verifier.scope(c)
    for judge in (rules.judge_event_lazy, rules.abroad_lazy):
        in_window = scope.window.after_anchor if c.kind == "capability" and judge is rules.judge_event_lazy \
            else scope.window.overlaps
        answers: dict[tuple, str | None] = {}
        for e in events:
            fact = verifier._derive_fact(e)
            key = (rules.scope_class(scope), rules.fact_class(fact))
            answer = answers.setdefault(key, judge(replace(scope, window=Window(None, None, None)), fact)[0])
            want = judge(scope, fact)[0]
            assert (answer if in_window(fact.first, fact.last) else None) == want


hits = st.lists(st.tuples(st.sampled_from(["supports", "contradicts"]), st.sampled_from(["event", "claim"]),
                          st.booleans(), st.sampled_from([None, "A", "C", "F"]), st.integers(1, 6), days),
                max_size=40)


@given(hits, days, st.sampled_from([None, "supports", "contradicts"]), st.integers(0, 6))
def test_strongest_equals_sorting_every_full_key(rows, anchor, main, k) -> None:
    found = [Hit(kind, f"i{n}", stance, "", "d", when, "", rel, None, dated)
             for n, (stance, kind, dated, rel, _, when) in enumerate(rows)]
    grades = [r[4] for r in rows]
    far = 10 ** 6
    keys = [(h.stance != (main or h.stance), h.kind != "event", not h.dated, h.reliability or "F", g or 6,
             abs((h.date - anchor).days) if anchor and h.date else far, h.id) for h, g in zip(found, grades)]
    want = heapq.nsmallest(k, range(len(found)), key=keys.__getitem__)
    assert _strongest(found, [h.stance for h in found], grades, anchor, main, k) == want


@given(st.text(alphabet="ab cD\u00df\u0130-", max_size=60))
def test_shingles_are_the_hashed_casefolded_word_five_grams(text) -> None:
    words = [zlib.crc32(w.casefold().encode("utf-8", "surrogatepass")) for w in re.findall(r"\w+", text)]
    want = frozenset(hash(tuple(words[i:i + 5])) for i in range(len(words) - 4)) if len(words) >= 5 \
        else (frozenset({hash(tuple(words))}) if words else frozenset())
    assert shingles(text) == want


def test_shared_shingles_give_the_same_stories_and_follow_changed_texts() -> None:
    long = " ".join(f"word{n}" for n in range(30))
    texts = {"a": long, "b": long + " and one more", "c": " ".join(f"other{n}" for n in range(30))}
    shared: dict = {}
    first = StoryClusters(texts.get, shingled=shared)
    plain = StoryClusters(texts.get)
    assert [first.cluster(d) for d in "abc"] == [plain.cluster(d) for d in "abc"] == ["a", "a", "c"]
    texts["b"] = texts["c"]
    again = StoryClusters(texts.get, shingled=shared)
    assert [again.cluster(d) for d in "abc"] == ["a", "b", "b"]


def test_verifiers_share_derived_facts_until_the_source_changes() -> None:
    kb = make_kb()
    d = doc()
    c = claim(d, speaker="Pakistan", kind="presence", polarity="deny", subjects=("TTP",), place="AF")
    store = source(kb, [d], [], [c])
    assert Verifier(store, kb).judge(c).label == "unverified"
    d2 = doc()
    store.add(d2, [event(d2, agents=("TTP",), targets=("Taliban",), place="AF-KAB")])
    assert Verifier(store, kb).judge(c).label == "contradicted"
