"""Twelfth pass: partial quotations inside a proposition, circumstances between the cue and 'that',
speakers named before a relative clause, title-case datelines, reports read back as 'the review'
(general constructions, sentences invented for the tests)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claims


def _found(pipe: Pipeline, text: str):
    return [(c.speaker.name, c.kind, c.polarity, sorted(s.name for s in c.subjects)) for c in claims(pipe, text)]


def test_a_partial_quotation_does_not_hide_the_proposition(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Khawaja Asif said that the TTP had \"nothing to do\" with the bombing "
            "in Peshawar.")
    assert ("Khawaja Asif", "responsibility", "deny", ["TTP"]) in _found(full, text)


def test_a_circumstance_between_the_cue_and_that_is_not_the_proposition(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Khawaja Asif said at a briefing on the recent attacks by militants that the TTP "
            "was using Afghan soil against Pakistan.")
    found = _found(full, text)
    assert ("Khawaja Asif", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[1] == "responsibility" for f in found)
