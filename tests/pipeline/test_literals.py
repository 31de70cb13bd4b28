"""Speed-ups that must change nothing: needle prechecks (literals.Quick), `^` alternatives in gates,
and prefilter searches over clause slices (Rules.search_in)."""
from __future__ import annotations

import re
import string
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belie.model import Document
from belie.pipeline import Pipeline
from belie.pipeline.gate import Gate, word_starts
from belie.pipeline.literals import FOLDS_TO_ASCII, Quick, ascii_lower, needles

from .conftest import small_kb
from .test_gate_prefilters import TEXTS

FOLDING = "\u017f\u0131\u212a\u0130\u00df"  # long s, dotless i, Kelvin sign, dotted I, sharp s
NOISY = st.text(alphabet=st.sampled_from("ab sAIK;,.'\"-0" + FOLDING + "\u00e9\u2019"), max_size=30)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(small_kb())


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_every_character_that_folds_to_an_ascii_letter_is_listed() -> None:
    letter = re.compile("[a-z]", re.I)
    literal = re.compile("|".join(string.ascii_lowercase), re.I)
    missed = [hex(code) for code in range(0x80, sys.maxunicode + 1)
              if (letter.fullmatch(chr(code)) or literal.fullmatch(chr(code))) and chr(code) not in FOLDS_TO_ASCII]
    assert missed == []
    assert "\u017f" in FOLDS_TO_ASCII and "\u212a" in FOLDS_TO_ASCII and "\u0131" in FOLDS_TO_ASCII


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bfoo(?:bar|baz)\b", {"fooba"}),  # "foobar" or "foobaz": one needle long enough for both
    (r"\b(?:denied|denies|deny)\b", {"denied", "denies", "deny"}),  # "den", then "ied|ies|y"
    (r"\b(?:seized|confiscated|cache)\b", {"seized", "confiscated", "cache"}),
    (r"(?:report|reports|reported)\b", {"report"}),
    (r"(?<=abc)xy", {"xy"}),  # lookbehinds consume nothing
    (r"(?:the|a)\s+(?:attack|blast)", {"attack", "blast"}),
    (r"(?:attack|attacks|counterattack)", {"attack"}),  # a needle inside another covers it
    (r"\w+ed", {"ed"}),
    (r"x*", None),
    (r"(?:foo)?bar|baz?", {"ba"}),
    (r"a|b*", None),  # the empty match needs nothing
])
def test_needles(pattern: str, expected: set[str] | None) -> None:
    assert needles(re.compile(pattern, re.I)) == expected


def test_ascii_lower_keeps_length_and_other_characters() -> None:
    text = "\u00c9COLE Kabul \u2019S \u0130"
    low = ascii_lower(text)
    assert len(low) == len(text) and low == "\u00c9cole kabul \u2019s \u0130"


def _lexicon_patterns(pipe: Pipeline) -> list[re.Pattern[str]]:
    r = pipe.rules
    return [r.falsified, r.negation, r.negation_idioms, r.deny_verb, r.communique, r.territory_deny, r.clauses,
            r.group_refs, r.speaker_nouns, r.seized, r.year_incident, r.seize_word, *[p for _, p in r.kinds],
            pipe.events.told_again.regex, pipe.claims.places.lands.regex, pipe.claims.places.targets.regex,
            re.compile(r"\bkill\w*|(?-i:Kabul)|strike", re.I), re.compile(r"(?i:sk)y|^\s*ISKP")]


@settings(max_examples=150, deadline=None)
@given(st.one_of(TEXTS, NOISY, st.text(max_size=20)), st.integers(0, 40), st.integers(0, 60))
def test_quick_patterns_find_what_the_patterns_find(pipe: Pipeline, text: str, pos: int, endpos: int) -> None:
    for pattern in _lexicon_patterns(pipe):
        quick = Quick(pattern)
        assert _spans([quick.search(text)]) == _spans([pattern.search(text)]) if pattern.search(text) \
            else quick.search(text) is None
        found, plain = quick.search(text, pos, endpos), pattern.search(text, pos, endpos)
        assert (found and found.span()) == (plain and plain.span())
        assert _spans(quick.finditer(text, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos))
        assert quick.sub(" ", text) == pattern.sub(" ", text)


def test_quick_skips_texts_without_needles_but_not_folding_letters() -> None:
    quick = Quick(re.compile(r"\b(?:seiz|cache)", re.I))
    assert not quick.possible("Police found nothing.") and quick.possible("They SEIZED arms")
    assert quick.possible("They \u017feized arms")  # long s: the regex itself decides
    assert bool(quick.search("They \u017feized arms")) == bool(quick.regex.search("They \u017feized arms"))


@settings(max_examples=150, deadline=None)
@given(st.one_of(TEXTS, NOISY))
def test_a_gate_with_start_anchored_alternatives_finds_every_match(text: str) -> None:
    for source in (r"\b(?:foo|^\s*(?:\w+ ){0,2}?of (?:bombing|attacks?))\b", r"^the|\bgroup\b", r"\bISKP\b|^Kabul"):
        pattern = re.compile(source, re.I)
        gate = Gate(pattern, from_start=True)
        assert gate.from_start
        assert _spans(gate.finditer(text, word_starts(text))) == _spans(pattern.finditer(text))


def test_start_anchors_are_kept_under_multiline() -> None:
    assert not Gate(re.compile(r"^the|\bgroup\b", re.M), from_start=True).from_start
    assert not Gate(re.compile(r"^the|\bgroup\b"), from_start=False).from_start


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.integers(0, 80), st.integers(0, 80))
def test_prefilter_searches_over_slices_find_what_a_plain_search_finds(pipe: Pipeline, text: str, a: int,
                                                                        b: int) -> None:
    ctx = pipe.context(Document(text=text, published=date(2024, 5, 1)))
    rules = pipe.rules
    for sent in ctx.sentences:
        start, end = sorted((min(a, len(sent.text)), min(b, len(sent.text))))
        for name, gate in rules.prefilters.items():
            for s, e in ((0, len(sent.text)), (start, end)):
                found, plain = rules.search_in(sent, name, gate.pattern, s, e), gate.pattern.search(sent.text[s:e])
                assert _spans([found] if found else []) == _spans([plain] if plain else []), (name, sent.text, s, e)


def test_a_responsibility_clause_anchored_at_its_start_is_found(pipe: Pipeline) -> None:
    ctx = pipe.context(Document(text="Officials accused Pakistan of bombing the camp.", published=date(2024, 5, 1)))
    sent = ctx.sentences[0]
    pattern = dict(pipe.rules.kinds)["responsibility"]
    at = sent.text.index("Pakistan")
    found = pipe.rules.search_in(sent, "kind:responsibility", pattern, at, len(sent.text))
    assert found is not None and found.span() == pattern.search(sent.text[at:]).span()
