"""The gate and the trie regex are optimisations: they must find exactly what the plain regex finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belie.pipeline.gate import Gate, key_text, word_starts
from belie.pipeline.gazetteer import trie_pattern
from belie.pipeline.lexicon import load_lexicon
from belie.pipeline.rules import Rules

WORDS = ["attack", "attacked", "raid", "killed", "said", "denied", "on", "Monday", "12", "March", "2023",
         "air", "strike", "suicide", "bombing", "according", "to", "the", "report", "Daesh", "yesterday",
         "last", "night", "in", "recent", "weeks", ",", ".", "\"", "3"]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return Rules(load_lexicon())


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


def _gated(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in Gate(pattern).finditer(text, word_starts(text))]


@pytest.mark.parametrize("name", ["triggers", "cue", "outcome_verbs", "numbers"])
def test_every_lexicon_pattern_has_a_gate(rules: Rules, name: str) -> None:
    assert rules.gates[name].keys, f"{name} fell back to a full scan"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_gate_finds_what_finditer_finds(rules: Rules, words: list[str]) -> None:
    text = " ".join(words)
    for pattern in (rules.triggers, rules.cue, rules.outcome_verbs, rules.dates.pattern, rules.numbers.pattern):
        assert _gated(pattern, text) == _plain(pattern, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="abc -'", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abc -'x", max_size=30))
def test_trie_pattern_matches_the_same_strings_as_an_alternation(forms: list[str], probe: str) -> None:
    forms = [f for f in forms if f.strip(" -")]
    if not forms:
        return
    trie = re.compile(f"(?:{trie_pattern(forms)})$")
    assert all(trie.match(f.strip()) for f in forms)
    flat = re.compile("(?:" + "|".join(trie_pattern([f]) for f in forms) + ")$")
    assert bool(trie.match(probe)) == bool(flat.match(probe))


MIXED = WORDS + ["ATTACKED", "Killed", "KILLED", "Ünïcode", "İstanbul", "20th", "1,200", "x2", "_said", "-", "—", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(MIXED), max_size=40), st.sampled_from([" ", "", "\n", "-"]))
def test_shared_gates_find_what_finditer_finds_in_mixed_text(rules: Rules, words: list[str], sep: str) -> None:
    text = sep.join(words)
    starts = word_starts(text)
    for gate in [*rules.gates.values(), rules.dates.gate]:  # shared gates: acceptance cached across texts
        assert [(m.start(), m.group(0)) for m in gate.finditer(text, starts)] == _plain(gate.pattern, text)


@given(st.text(max_size=60))
def test_key_text_keeps_length_and_lowercases_ascii_only(text: str) -> None:
    keyed = key_text(text)
    assert len(keyed) == len(text)
    for a, b in zip(text, keyed):
        assert b == ("0" if a in "0123456789" else a.lower() if a.isascii() else a)


@pytest.mark.parametrize("keys", [{"ab"}, {"a", "abc"}, {"0"}, set(), {"a-"}])
def test_finder_needs_a_word_start(keys: set[str]) -> None:
    pattern = re.compile("|".join(re.escape(k) for k in keys if k.isalnum()) or r"(?!x)x")
    gate = Gate(pattern)
    text = "ab xab abc a 0 b0 a-b"
    expected = [(m.start(), m.group(0)) for m in pattern.finditer(text)
                if m.start() == 0 or not (text[m.start() - 1].isalnum())]
    assert [(m.start(), m.group(0)) for m in gate.finditer(text, word_starts(text))] == expected
