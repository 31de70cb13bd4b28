from __future__ import annotations

import pytest

from belie.pipeline.numbers import parse_quantity


@pytest.mark.parametrize("text, low, high", [
    ("seven soldiers", 7, 7),
    ("killing 12 people", 12, 12),
    ("at least six people", 6, None),
    ("more than 300 hostages", 300, None),
    ("no fewer than 16 journalists", 16, None),
    ("4,000-6,000 fighters", 4000, 6000),
    ("between 500 and 1,500 fighters", 500, 1500),
    ("three to five members", 3, 5),
    ("twenty-one policemen", 21, 21),
    ("two million dollars", 2_000_000, 2_000_000),
    ("dozens of militants", 24, None),
    ("hundreds wounded", 200, None),
    ("several others", None, None),
    ("a number of suspects", None, None),
])
def test_quantities(text: str, low: int | None, high: int | None) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.low, q.high) == (low, high)
    assert q.text and q.text in text


@pytest.mark.parametrize("text", ["the group attacked", "", "a hideout"])
def test_no_quantity(text: str) -> None:
    assert parse_quantity(text) is None
