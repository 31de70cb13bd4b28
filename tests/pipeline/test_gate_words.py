"""Word shapes only narrow a gate's candidates: gated matches stay exactly the plain finditer's."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belie.pipeline.gate import Gate, GateSet, word_starts
from belie.pipeline.gate_words import ANY, REJECT, word_shapes

PATTERNS = [  # a gate tries word starts only: every pattern starts at a word
    r"\b(?:in|on)\s+the\s+(?:19|20)\d\d\b",
    r"\b(?:kill(?:ed|ing)?|attack)\b",
    r"\bin\b",
    r"\b(?:the|a)\s+(?:big\s+)?attack",
    r"\b(?:at\s+least|about)\s+\d+",
    r"\ban?\s+(?=attack)\w+",
    r"\bth(?:e|is)(?:'s)?\s*[-,]?\s*(?:day|week)s?\b",
    r"\b(?:no|not)\b(?!\s+the)",
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?march",
    r"\b(?:in|at)\W+(?:kabul|\d)",
    r"\bx{2,3}y|\by+z",
    r"\bthe\b",
]
ALPHABET = ["the", "in", "on", "a", "an", "at", "least", "2023", "1999", "7", "21st", "of", "march", "kill",
            "killed", "killing", "attack", "attacks", "big", "day", "weeks", "this", "no", "not", "kabul",
            "xx", "xxxy", "yz", "İstanbul", "Ünïcode", "THE", "In", "Kabul"]
SEPARATORS = [" ", "  ", "\n", ", ", "-", "'s ", ".", ""]


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ALPHABET), st.sampled_from(SEPARATORS)), max_size=25))
def test_gates_with_word_shapes_find_what_finditer_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in pieces)
    for source in PATTERNS:
        pattern = re.compile(source, re.I)
        gated = [(m.start(), m.group(0)) for m in Gate(pattern).finditer(text, word_starts(text))]
        assert gated == _plain(pattern, text), source


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ALPHABET), st.sampled_from(SEPARATORS)), max_size=25))
def test_a_gate_set_gives_each_gate_its_own_candidates(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in pieces)
    gates = [Gate(re.compile(p, re.I)) for p in PATTERNS]
    found = GateSet(gates).candidates(word_starts(text))
    for gate, positions in zip(gates, found):
        assert [(m.start(), m.group(0)) for m in gate.matches(text, positions)] == _plain(gate.pattern, text)


@pytest.mark.parametrize(("pattern", "word", "expected"), [
    (r"\bin\b", "in", ANY),
    (r"\bin\b", "into", REJECT),
    (r"\bkill", "killed", ANY),
    (r"\bthe\s+(?:19|20)\d\d", "the", frozenset("0")),
    (r"\bthe\s+(?:19|20)\d\d", "then", REJECT),
    (r"\b(?:on|in)\s+(?:the\s+)?(?:march|2\d)", "on", frozenset("tm0")),
    (r"\bthe(?:\s+attack)?", "the", ANY),  # the match may end after "the"
    (r"(a)\1", "ab", ANY),  # a backreference: the word may go on with anything
    (r"(?=x)xy\b|z", "xyz", REJECT),
    ("stra\u00dfe\\b", "strasse", ANY),  # case folding: a non-ASCII letter leaves the word open
    ("stra\u00dfe\\b", "stre", REJECT),
    (r"\d+\s*\u2013\s*\d+\b", "00", frozenset("0")),  # word keys write digits as 0; a dash is no letter: it closes "00"
    (r"\d+\s*\u2013\s*\d+\b", "00a", REJECT),
])
def test_word_shape_rules(pattern: str, word: str, expected: object) -> None:
    shapes = word_shapes(pattern, re.I)
    assert shapes is not None
    assert shapes.rule(word) == expected


@pytest.mark.parametrize(("pattern", "word", "expected"), [
    ("\u00dcr\u00fcmqi(?![\\w])", "\u00dcr\u00fcmqi", ANY),  # case-sensitive: non-ASCII letters are exact
    ("\u00dcr\u00fcmqi(?![\\w])", "\u00fcr\u00fcmqi", REJECT),
    ("\u00dcr\u00fcmqi(?![\\w])", "\u00dcr\u00fcmqis", REJECT),
    (r"kabul(?![\w])\s+city", "kabul", frozenset("c")),
])
def test_case_sensitive_word_shape_rules(pattern: str, word: str, expected: object) -> None:
    shapes = word_shapes(pattern, 0)
    assert shapes is not None
    assert shapes.rule(word) == expected


@pytest.mark.parametrize("pattern", [r"\w+ed", r".x", r"[^a]x", "\u00e9t\u00e9|x"])
def test_unknowable_patterns_get_no_word_shapes(pattern: str) -> None:
    assert word_shapes(pattern, re.I) is None
