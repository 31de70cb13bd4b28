"""Reliability from outlet settings and credibility from independent stories."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belie.model import Document
from belie.verify.grading import credibilities, credibility, reliability

WIRE = SimpleNamespace(outlet=lambda publisher: SimpleNamespace(name="wire", reliability="A"))


@pytest.mark.parametrize("setting, expected", [
    (None, "A"),                                                  # no setting: the outlet type's grade
    ({"name": "X", "type": "unknown", "reliability": "F"}, "A"),  # the store's placeholder row
    ({"name": "X", "type": "unknown", "reliability": "C"}, "C"),  # an analyst's grade
    ({"name": "X", "type": "national", "reliability": "F"}, "F"),
    ("D", "D"),
])
def test_store_setting_beats_outlet_type_unless_placeholder(setting, expected) -> None:
    doc = Document("text", publisher="Example Wire")
    assert reliability(doc, WIRE, lambda name: setting) == expected


def _reference(stances: list[str], stories: list[str | None]) -> list[int]:
    """The definition: other stories agreeing / disagreeing, each story once."""
    out = []
    for stance, story in zip(stances, stories):
        same = {s for t, s in zip(stances, stories) if t == stance and s is not None} - {story}
        other = {s for t, s in zip(stances, stories) if t != stance and s is not None} - {story}
        out.append(credibility(len(same), len(other), story is not None))
    return out


@given(st.lists(st.tuples(st.sampled_from(["supports", "contradicts"]),
                          st.one_of(st.none(), st.sampled_from("abcde"))), max_size=12))
def test_credibilities_match_the_definition(rows) -> None:
    stances, stories = [r[0] for r in rows], [r[1] for r in rows]
    assert credibilities(stances, stories) == _reference(stances, stories)
