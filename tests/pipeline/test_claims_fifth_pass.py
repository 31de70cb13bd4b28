"""Rebuttals that point back, acts named by a definite noun, report-carried views and nested
"according to" clauses (fifth pass), on sentences written for these tests."""
from __future__ import annotations

import pytest

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def claims(pipe: Pipeline, text: str):
    return pipe.extract(Document(text=text, published=PUBLISHED)).claims


def summary(claim) -> tuple:
    return claim.speaker.name, claim.kind, claim.polarity, [s.name for s in claim.subjects]


@pytest.mark.parametrize("text", [
    "ISKP claimed the bombing in Kabul. The Taliban dismissed the claim and called it a lie.",
    "ISKP claimed the bombing in Kabul. Zabihullah Mujahid rejected the claim.",
    "ISKP said it had carried out the bombing in Kabul; the Taliban first rejected the claim.",
])
def test_a_denial_that_points_back_takes_the_earlier_claims_kind(pipe: Pipeline, text) -> None:
    found = [summary(c) for c in claims(pipe, text)]
    assert found[0] == ("ISKP", "responsibility", "affirm", ["ISKP"])
    assert len(found) == 2 and found[1][1:] == ("responsibility", "deny", ["ISKP"])
    assert found[1][0] in ("Taliban", "Zabihullah Mujahid")


def test_a_denial_pointing_at_nothing_makes_no_claim(pipe: Pipeline) -> None:
    assert claims(pipe, "Zabihullah Mujahid rejected the claim.") == []


@pytest.mark.parametrize("text, expected", [
    ("Zabihullah Mujahid said twenty Pakistani outposts were destroyed.", []),
    ("Zabihullah Mujahid said ISKP has been destroyed.", [("Zabihullah Mujahid", "capability", "deny", ["ISKP"])]),
])
def test_a_capability_is_denied_only_of_someone(pipe: Pipeline, text, expected) -> None:
    assert [summary(c) for c in claims(pipe, text) if c.kind == "capability"] == expected


def test_a_definite_act_takes_the_agent_of_the_claim_before(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid said Pakistan had launched airstrikes in Nangarhar. "
            "He said the strikes hit homes in two districts.")
    found = [summary(c) for c in claims(pipe, text)]
    assert found == [("Zabihullah Mujahid", "responsibility", "affirm", ["Pakistan"])] * 2


def test_a_definite_act_with_no_claim_before_names_no_agent(pipe: Pipeline) -> None:
    found = claims(pipe, "Zabihullah Mujahid said the strikes hit homes in two districts.")
    assert all(c.subjects == [] for c in found) or found == []


def test_the_speakers_own_side_can_be_the_agent(pipe: Pipeline) -> None:
    found = [summary(c) for c in claims(pipe, "Zabihullah Mujahid said Taliban forces had taken 25 Pakistani posts.")]
    assert found == [("Zabihullah Mujahid", "responsibility", "affirm", ["Taliban"])]


def test_an_according_to_clause_inside_a_sentence_has_its_own_speaker(pipe: Pipeline) -> None:
    text = ("The Taliban insist that ISKP has been defeated, yet according to the Monitoring Team, "
            "ISKP has grown more capable.")
    found = [summary(c) for c in claims(pipe, text)]
    assert found == [("Taliban", "capability", "deny", ["ISKP"]),
                     ("UN Monitoring Team", "capability", "affirm", ["ISKP"])]


@pytest.mark.parametrize("views", ["Member states believe", "These governments believe", "Some countries warned"])
def test_views_a_report_carries_are_the_reports(pipe: Pipeline, views) -> None:
    text = (f"The Monitoring Team said ISKP has 4,000 fighters in Afghanistan. "
            f"{views} that ISKP could acquire more weapons.")
    found = claims(pipe, text)
    assert [c.speaker.name for c in found] == ["UN Monitoring Team"] * 2
    assert found[1].kind == "capability"


def test_countries_with_no_report_before_stay_anonymous(pipe: Pipeline) -> None:
    assert claims(pipe, "Member states believe that ISKP could acquire more weapons.") == []


@pytest.mark.parametrize("text, polarity", [
    ("The Monitoring Team said that, far from being defeated, ISKP remains able to strike Kabul.", "affirm"),
    ("The Monitoring Team said that ISKP has been defeated in Nangarhar.", "deny"),
])
def test_far_from_defeated_affirms_capability(pipe: Pipeline, text, polarity) -> None:
    found = claims(pipe, text)
    assert [(c.kind, c.polarity) for c in found] == [("capability", polarity)]


def test_a_raised_subject_before_a_passive_cue_is_the_claims_subject(pipe: Pipeline) -> None:
    text = ("The Monitoring Team said TTP fighters are present in Afghanistan. "
            "ISKP was reported to keep two camps in Nangarhar.")
    found = [summary(c) for c in claims(pipe, text)]
    assert found[1] == ("UN Monitoring Team", "presence", "affirm", ["ISKP"])


@pytest.mark.parametrize("text, polarity", [
    ("Zabihullah Mujahid said that when countries claim ISKP is growing stronger, this is nothing but propaganda.",
     "deny"),
    ("Zabihullah Mujahid said that ISKP is growing stronger in the north.", "affirm"),
])
def test_a_claim_called_mere_propaganda_is_denied(pipe: Pipeline, text, polarity) -> None:
    found = claims(pipe, text)
    assert [(c.kind, c.polarity) for c in found] == [("capability", polarity)]


@pytest.mark.parametrize("text, kind, country", [
    ("ISKP keeps several training camps in Nangarhar, Khawaja Asif said at a press conference in Islamabad.",
     "presence", "AF"),
    ("TTP fighters are present on Afghan soil, Khawaja Asif said in Islamabad on Tuesday.", "presence", "AF"),
])
def test_a_proposition_before_speaker_and_circumstance_is_read(pipe: Pipeline, text, kind, country) -> None:
    found = claims(pipe, text)
    assert [(c.speaker.name, c.kind, c.location.country) for c in found] == [("Khawaja Asif", kind, country)]


def test_a_pronoun_in_a_later_clause_keeps_the_earlier_subject(pipe: Pipeline) -> None:
    text = ("According to Pakistan, the Taliban shelter TTP fighters in Afghanistan, "
            "while claiming they are not engaged in terrorism.")
    found = [summary(c) for c in claims(pipe, text)]
    assert found[-1] == ("Taliban", "capability", "deny", ["TTP"])
