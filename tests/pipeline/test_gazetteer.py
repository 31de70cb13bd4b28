"""The fast `fold` must equal the plain character table it replaced, character for character."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belie.pipeline.gazetteer import fold

REFERENCE = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, "\u2019": "'", "\u2018": "'",
                           "\u2013": "-", "\u2014": "-", "\u00a0": " "})
SPECIAL = "AZaz09 \u2019\u2018\u2013\u2014\u00a0\u00c9\u0130\u00df\u201c-'\n\ud800"


@given(st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=80))
def test_fold_equals_the_reference_table(text: str) -> None:
    assert fold(text) == text.translate(REFERENCE)


@pytest.mark.parametrize("text, folded", [
    ("Islamic State\u2019s KABUL cell", "islamic state's kabul cell"),
    ("Tehrik\u2013e\u2013Taliban\u00a0Pakistan", "tehrik-e-taliban pakistan"),
    ("\u00c9cole \u0130stanbul", "\u00c9cole \u0130stanbul"),  # non-ASCII letters are kept as they are
])
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded and len(fold(text)) == len(text)
