"""Story keys: the min-hashes of a text's shingles, the same whenever and wherever worked out."""
from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from belie.shingles import SEEDS, min_hashes, shingles, story_keys

TEXT = "Five people were killed in a blast near a market in Kabul on Monday, police said."


def test_one_key_per_seed_and_none_for_a_text_without_words() -> None:
    assert len(story_keys(TEXT)) == len(SEEDS)
    assert story_keys("") == story_keys(" .,;! ") == []


def test_keys_are_the_smallest_hash_under_each_seed() -> None:
    sh = shingles(TEXT)
    assert min_hashes(sh) == [min((h & (2**64 - 1)) ^ seed for h in sh) for seed in SEEDS]


def test_case_and_spacing_do_not_change_the_keys() -> None:
    assert story_keys(TEXT) == story_keys("  " + TEXT.upper().replace(" ", "\n "))


def test_keys_are_the_same_in_every_process() -> None:
    code = f"from belie.shingles import story_keys; print(story_keys({TEXT!r}))"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


@given(st.text(max_size=200))
def test_equal_texts_have_equal_keys(text: str) -> None:
    assert story_keys(text) == story_keys(str(text))
    assert (story_keys(text) == []) == (not shingles(text))
