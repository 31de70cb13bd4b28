"""Twelfth pass: partial quotations inside a proposition, circumstances between the cue and 'that',
speakers named before a relative clause, title-case datelines, reports read back as 'the review'
(general constructions, sentences invented for the tests)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claim_rows


def test_a_partial_quotation_does_not_hide_the_proposition(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Khawaja Asif said that the TTP had \"nothing to do\" with the bombing "
            "in Peshawar.")
    assert ("Khawaja Asif", "responsibility", "deny", ["TTP"]) in claim_rows(full, text)


def test_a_circumstance_between_the_cue_and_that_is_not_the_proposition(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Khawaja Asif said at a briefing on the recent attacks by militants that the TTP "
            "was using Afghan soil against Pakistan.")
    found = claim_rows(full, text)
    assert ("Khawaja Asif", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[1] == "responsibility" for f in found)


def test_a_speaker_named_before_a_relative_clause_speaks(full: Pipeline) -> None:
    text = ("PESHAWAR, May 3 - The TTP has been quiet for weeks. In a statement on Saturday, the outfit, which "
            "officials regard as the main threat in the north-west, said it had no role in the bombing of the market.")
    assert any(f[:3] == ("TTP", "responsibility", "deny") for f in claim_rows(full, text))


def test_a_title_case_dateline_gives_local_officials_their_state(full: Pipeline) -> None:
    text = ("Quetta: Traffic on the highway resumed on Sunday. A senior police officer told reporters that the BLA "
            "remained a serious threat.")
    assert ("Pakistan", "capability", "affirm", ["BLA"]) in claim_rows(full, text)


def test_the_resistance_front_speaks_as_lashkar_e_taiba(full: Pipeline) -> None:
    # the contract's actors.yaml has no TRF: the knowledge base keeps it an alias of LeT (whose front it is)
    text = ("SRINAGAR, May 3 - The Resistance Front said on Saturday that it had no role in the attack near "
            "Pahalgam.")
    assert any(f[:3] == ("Lashkar-e-Taiba", "responsibility", "deny") for f in claim_rows(full, text))
