"""Speed-ups that must change nothing: shared word starts, gated gazetteer scans, sentence prefilters."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belie.model import Document
from belie.pipeline import Pipeline
from belie.pipeline.gate import key_text, word_starts
from belie.pipeline.gazetteer import Gazetteer, _drop_overlaps, fold
from belie.pipeline.index import is_cut_clean

from .conftest import small_kb

VOCAB = ["the", "group", "militants", "security", "forces", "killing", "of", "deaths", "commander", "Daesh",
         "Islamic", "State", "Khorasan", "Province", "ISKP", "IS", "IS-K", "TTP", "Pakistani", "Taliban",
         "has", "no", "presence", "in", "Afghanistan", "soil", "threat", "fighters", "5,000", "said", "denied",
         "Kabul", "Pakistan", "Army", "Mujahid", "Zabihullah", "'s", "\u2019", "\u00c9cole", "x1", "the_group",
         "statement", "claimed", "responsibility", "attack", "blast", "reportedly", "since", "years", "bombed",
         "carried", "out", "by", "allegedly", "airstrikes", "on"]
SEPS = [" ", " ", ", ", ". ", "\n\n", "-", "", "'"]
TEXTS = st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(SEPS)), max_size=40).map(
    lambda pieces: "".join(w + s for w, s in pieces))


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(small_kb())


@given(st.text(alphabet=st.one_of(st.sampled_from("ab Z9_-'\u00e9\u0130\n."), st.characters()), max_size=60))
def test_word_starts_are_the_words_of_a_plain_scan(text: str) -> None:
    expected = [(m.start(), m.group()) for m in re.finditer(r"\b\w+", key_text(text))]
    words = word_starts(text)
    assert list(words) == expected
    assert words.positions == [p for p, _ in expected] and words.keys == [k for _, k in expected]


def _plain_find(gazetteer: Gazetteer, text: str) -> list:
    """Gazetteer.find as it was before gating: one full regex scan per form set."""
    found = []
    for pattern, haystack, cs in ((gazetteer._folded_re, fold(text), False), (gazetteer._exact_re, text, True)):
        for m in pattern.finditer(haystack):
            found.extend(gazetteer._mentions(m, text, cs))
    return _drop_overlaps(found)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_gated_gazetteer_finds_what_a_full_scan_finds(pipe: Pipeline, text: str) -> None:
    assert pipe.gazetteer.find(text) == _plain_find(pipe.gazetteer, text)


def test_forms_starting_with_punctuation_are_still_found() -> None:
    from belie.knowledge import Actor, Alias, KnowledgeBase
    kb = small_kb()
    odd = Actor(name="Hertogenbosch", kind="group", family="X", aliases=[Alias("'s-Hertogenbosch"), Alias("-dash group")])
    kb = KnowledgeBase(actors=[*kb.actors.values(), odd], places=list(kb.places.values()))
    gazetteer = Gazetteer(kb)
    text = "Police in 's-Hertogenbosch and the -dash group, also s-hertogenbosch."
    assert gazetteer.find(text) == _plain_find(gazetteer, text)
    assert any(m.surface.startswith("'s") for m in gazetteer.find(text))


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_a_sentence_without_prefilter_candidates_has_no_match(pipe: Pipeline, text: str) -> None:
    ctx = pipe.context(Document(text=text, published=date(2024, 5, 1)))
    patterns = {name: gate.pattern for name, gate in pipe.rules.prefilters.items()}
    for sent in ctx.sentences:
        for name, pattern in patterns.items():
            if pattern.search(sent.text):
                assert pipe.rules.may(sent, name), (name, sent.text)


def test_prefilters_cover_the_per_sentence_patterns(pipe: Pipeline) -> None:
    assert {"named_deaths", "group_refs", "authority_refs", "kind:presence"} <= set(pipe.rules.prefilters)
    ctx = pipe.context(Document(text="Rain fell all day. The group has no presence here.", published=None))
    first, second = ctx.sentences
    assert first.may == set() and not pipe.rules.may(first, "kind:presence")
    assert pipe.rules.may(second, "kind:presence") and pipe.rules.may(second, "group_refs")
    assert pipe.rules.may(first, "not a prefilter")  # unknown names never skip a search


@pytest.mark.parametrize(("text", "start", "end", "clean"), [
    ("one two", 0, 3, True),
    ("one two", 4, 7, True),
    ("one two", 1, 3, False),  # starts inside "one"
    ("one two", 0, 2, False),  # ends inside "one"
    ("a_b c", 2, 5, False),  # "_" is a word character
    ("x, y", 3, 4, True),
    ("", 0, 0, True),
])
def test_is_cut_clean(text: str, start: int, end: int, clean: bool) -> None:
    assert is_cut_clean(text, start, end) is clean
