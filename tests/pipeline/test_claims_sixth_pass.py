"""Sixth pass: implied acts (broken pledges, demands) and subjects before an inserted speaker."""
from __future__ import annotations

import pytest

from belie.pipeline import Pipeline

from .test_claims import claims


def _one(pipe: Pipeline, text: str, kind: str):
    found = [c for c in claims(pipe, text) if c.kind == kind]
    assert found, f"no {kind} claim in {text!r}: {claims(pipe, text)}"
    return found[0]


@pytest.mark.parametrize("text, polarity", [
    ("Khawaja Asif said the Islamic Emirate had broken its promise that no group would use Afghan soil "
     "against Pakistan.", "affirm"),
    ("Khawaja Asif said Kabul violated its pledges that militants would not be allowed to use Afghan soil "
     "against neighbours.", "affirm"),
    ("Khawaja Asif urged the Islamic Emirate not to let the TTP use Afghan soil against Pakistan.", "affirm"),
    ("Khawaja Asif said ties can only improve if Kabul does not let its soil be used against Pakistan.", "affirm"),
    ("Zabihullah Mujahid said the Islamic Emirate will not allow its soil to be used against any country.", "deny"),
    ("Zabihullah Mujahid said nobody is allowed to use Afghan soil against Pakistan.", "deny"),
])
def test_a_broken_pledge_or_a_demand_implies_the_act(pipe: Pipeline, text: str, polarity: str) -> None:
    assert _one(pipe, text, "territory_use").polarity == polarity


@pytest.mark.parametrize("text, subjects", [
    ("The TTP has bases in Kunar. Such groups, Khawaja Asif said, are active in Afghanistan.", ["TTP"]),
    ("Daesh, Zabihullah Mujahid added, has no presence in Afghanistan.", ["ISKP"]),
    ("Zabihullah Mujahid said there are no foreign fighters in Afghanistan.", []),
])
def test_the_subject_before_an_inserted_speaker_counts(pipe: Pipeline, text: str, subjects: list[str]) -> None:
    found = _one(pipe, text, "presence")
    assert [s.name for s in found.subjects] == subjects


@pytest.mark.parametrize("text, polarity", [
    ("Khawaja Asif called on Kabul not to let the TTP use Afghan soil against Pakistan.", "affirm"),
    ("Zabihullah Mujahid called reports that the TTP uses Afghan soil against Pakistan baseless.", "deny"),
])
def test_only_a_call_on_someone_is_a_demand(pipe: Pipeline, text: str, polarity: str) -> None:
    assert _one(pipe, text, "territory_use").polarity == polarity


_KABUL_TALKS = "Delegations met in Kabul on Monday, after a visit to Peshawar. The talks in Kabul went on late. "


@pytest.mark.parametrize("claim, kind, country", [
    ("Khawaja Asif said the TTP remains a serious threat.", "capability", "PK"),  # a group's home, not the venue
    ("Khawaja Asif said the TTP carried out the bombing.", "responsibility", "AF"),  # acts keep the document's
    ("Khawaja Asif said the TTP remains a serious threat in Nangarhar.", "capability", "AF"),  # a named place wins
])
def test_an_unplaced_claim_about_a_group_is_about_its_home(pipe: Pipeline, claim: str, kind: str,
                                                           country: str) -> None:
    assert _one(pipe, _KABUL_TALKS + claim, kind).location.country == country


def test_a_home_the_document_never_names_is_not_used(pipe: Pipeline) -> None:
    text = "Delegations met in Kabul. Khawaja Asif said the TTP remains a serious threat."
    assert _one(pipe, text, "capability").location.country == "AF"


@pytest.mark.parametrize("text, admin1", [
    ("Zabihullah Mujahid said Daesh has no cells in Kabul, Balkh or Nangarhar.", None),
    ("Zabihullah Mujahid said Daesh has no cells in Balkh or Nangarhar.", "AF-BAL"),
    ("Zabihullah Mujahid said Daesh has no cells in Nangarhar.", "AF-NAN"),
])
def test_three_provinces_name_the_country(pipe: Pipeline, text: str, admin1: str | None) -> None:
    found = _one(pipe, text, "presence")
    assert (found.location.country, found.location.admin1) == ("AF", admin1)


def test_a_home_named_only_as_the_speakers_country_is_not_used(pipe: Pipeline) -> None:
    text = "Delegations met in Kabul. Pakistan's Khawaja Asif said the TTP remains a serious threat."
    assert _one(pipe, text, "capability").location.country == "AF"


@pytest.mark.parametrize("text, kind", [
    ("Zabihullah Mujahid said no other groups have obtained the weapons left behind.", "capability"),
    ("Zabihullah Mujahid said no foreign groups are in Afghanistan.", "presence"),
    ("Zabihullah Mujahid said there are no Daesh cells in Afghanistan.", "presence"),
])
def test_no_groups_with_a_capability_word_is_a_capability_claim(pipe: Pipeline, text: str, kind: str) -> None:
    assert [c.kind for c in claims(pipe, text)] == [kind]


@pytest.mark.parametrize("text", [
    "Khawaja Asif said the TTP leadership has its base in Afghanistan.",
    "Khawaja Asif said the TTP is headquartered in Afghanistan.",
])
def test_a_base_or_headquarters_is_presence(pipe: Pipeline, text: str) -> None:
    found = _one(pipe, text, "presence")
    assert (found.polarity, [s.name for s in found.subjects]) == ("affirm", ["TTP"])

