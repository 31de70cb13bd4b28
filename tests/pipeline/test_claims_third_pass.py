"""Claim places, report summaries and kind fixes (third pass) on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def claims(pipe: Pipeline, text: str, published: date | None = PUBLISHED):
    return pipe.extract(Document(text=text, published=published)).claims


@pytest.mark.parametrize("text, country", [
    # the speaker's country is not where the claim is about
    ("Pakistan's Defence Minister Khawaja Asif said the TTP keeps using Afghan soil to launch attacks on Pakistan.",
     "AF"),
    # the target of the attacks is not the host territory
    ("Khawaja Asif said the Taliban let Afghan territory be used for attacks against Pakistan.", "AF"),
    # a place governed by "in" inside the proposition wins over a bare one
    ("Speaking in Islamabad, Khawaja Asif said the TTP is hiding in Afghanistan.", "AF"),
    ("Zabihullah Mujahid said Daesh fighters in Afghanistan are being transferred into Pakistan.", "AF"),
])
def test_claim_country_comes_from_the_proposition(pipe: Pipeline, text, country) -> None:
    found = claims(pipe, text)
    assert found, text
    assert found[0].location.country == country


def test_claim_admin1_is_kept_when_the_proposition_names_a_province(pipe: Pipeline) -> None:
    text = "Zabihullah Mujahid said ISKP had set up training centres in Pakistan's Khyber Pakhtunkhwa province."
    found = claims(pipe, text)
    assert found and (found[0].location.country, found[0].location.admin1) == ("PK", "PK-KP")


def test_claim_without_a_place_in_its_words_takes_the_documents_country(pipe: Pipeline) -> None:
    text = ("Fighting went on in Kabul and Nangarhar. "
            "Pakistan's Defence Minister Khawaja Asif said the TTP is the gravest threat.")
    found = [c for c in claims(pipe, text) if c.speaker.name == "Khawaja Asif"]
    assert found and found[0].location.country == "AF"


def test_report_findings_go_on_over_unattributed_sentences(pipe: Pipeline) -> None:
    text = ("The UN Monitoring Team published its latest report on Monday. "
            "The report says the Taliban kept giving a permissive environment to the TTP. "
            "Worries grew about how many terrorist groups are present in Afghanistan. "
            "Daesh still keeps training camps in Nangarhar.")
    found = claims(pipe, text)
    assert [c.speaker.name for c in found] == ["UN Monitoring Team"] * 3
    assert [c.kind for c in found] == ["presence"] * 3


@pytest.mark.parametrize("between, expected", [
    ("Markets reopened in Kabul. ", 2),
    ("The weather was cold. Markets reopened in Kabul. Schools stayed closed. Flights resumed. ", 1),
])
def test_report_findings_stop_after_unrelated_sentences(pipe: Pipeline, between, expected) -> None:
    text = ("The UN Monitoring Team said ISKP is active in Nangarhar. " + between
            + "ISKP keeps training camps in Nangarhar.")
    found = claims(pipe, text)
    assert [c.speaker.name for c in found] == ["UN Monitoring Team"] * expected


@pytest.mark.parametrize("text, kind, polarity", [
    ("Zabihullah Mujahid dismissed claims that the TTP operates on Afghan soil.", "presence", "deny"),
    ("Khawaja Asif said the Taliban let TTP members stay active on Afghan soil.", "presence", "affirm"),
    ("Khawaja Asif said the TTP was using Afghan soil to attack Pakistan.", "territory_use", "affirm"),
    ("Zabihullah Mujahid said the attackers had come to Afghanistan from a camp in Balochistan.", "origin", "deny"),
    ("Khawaja Asif said the TTP training network is expanding with the help of foreign intelligence services.",
     "presence", "affirm"),
])
def test_kind_of_land_and_origin_words(pipe: Pipeline, text, kind, polarity) -> None:
    found = claims(pipe, text)
    assert found and (found[0].kind, found[0].polarity) == (kind, polarity), [(c.kind, c.polarity) for c in found]


def test_an_official_representative_is_the_person_who_spoke(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid spoke to reporters in Kabul on Monday. "
            "The official Taliban representative added that the attackers had come from abroad.")
    found = claims(pipe, text)
    assert found and found[-1].speaker.name == "Zabihullah Mujahid"
