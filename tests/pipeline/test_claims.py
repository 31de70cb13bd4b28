"""Claim rules on sentences written for these tests (public facts, own words)."""
from __future__ import annotations

from datetime import date

import pytest

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def claims(pipe: Pipeline, text: str, published: date | None = PUBLISHED, url: str | None = None):
    return pipe.extract(Document(text=text, published=published, url=url)).claims


def claim_rows(pipe: Pipeline, text: str) -> list[tuple]:
    """(speaker, kind, polarity, sorted subjects) of each claim `pipe` finds in `text`."""
    return [(c.speaker.name, c.kind, c.polarity, sorted(s.name for s in c.subjects)) for c in claims(pipe, text)]


@pytest.mark.parametrize("text, speaker, kind, polarity, subjects", [
    ("Zabihullah Mujahid said on Tuesday that Daesh has no physical presence in Afghanistan.",
     "Zabihullah Mujahid", "presence", "deny", ["ISKP"]),
    ("Khawaja Asif told reporters that the TTP was using Afghan soil to attack Pakistan.",
     "Khawaja Asif", "territory_use", "affirm", ["TTP"]),
    ("Zabihullah Mujahid rejected the presence of the TTP in Afghanistan.",
     "Zabihullah Mujahid", "presence", "deny", ["TTP"]),
    ("Zabihullah Mujahid said the Islamic Emirate will not allow its soil to be used against any country.",
     "Zabihullah Mujahid", "territory_use", "deny", []),
    ("Zabihullah Mujahid said Daesh is not a threat to the region.",
     "Zabihullah Mujahid", "capability", "deny", ["ISKP"]),
    ("Zabihullah Mujahid said Daesh has been destroyed in Afghanistan.",
     "Zabihullah Mujahid", "capability", "deny", ["ISKP"]),
    ("According to the Monitoring Team, ISKP remains the most serious threat in Afghanistan.",
     "UN Monitoring Team", "capability", "affirm", ["ISKP"]),
    ("ISKP claimed responsibility for the attack on the hospital.",
     "ISKP", "responsibility", "affirm", ["ISKP"]),
    ("The TTP denied involvement in the bombing in Peshawar.",
     "TTP", "responsibility", "deny", ["TTP"]),
])
def test_attributed_proposition(pipe: Pipeline, text, speaker, kind, polarity, subjects) -> None:
    found = claims(pipe, text)
    assert len(found) == 1, [(c.kind, c.polarity) for c in found]
    (c,) = found
    assert (c.speaker.name, c.kind, c.polarity) == (speaker, kind, polarity)
    if subjects:
        assert [s.name for s in c.subjects] == subjects
    assert c.quote == text


def test_person_speaker_carries_affiliation_and_role(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "Khawaja Asif said the TTP has sanctuaries in Afghanistan.")
    assert c.speaker.affiliation == "Pakistan"
    assert c.speaker.role == "defence minister"


def test_pronoun_speaker_resolves_to_the_last_speaker(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid spoke to reporters in Kabul on Monday. "
            "He said that Daesh has been suppressed in Afghanistan.")
    (c,) = claims(pipe, text)
    assert c.speaker.name == "Zabihullah Mujahid"
    assert (c.kind, c.polarity) == ("capability", "deny")


def test_report_speaker_resolves_to_the_body_named_before(pipe: Pipeline) -> None:
    text = ("The Monitoring Team published its latest assessment in July. "
            "The report says ISKP maintains training camps in Afghanistan.")
    (c,) = claims(pipe, text)
    assert c.speaker.name == "UN Monitoring Team"
    assert (c.kind, c.polarity) == ("presence", "affirm")


def test_two_propositions_in_one_sentence(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid denied that the TTP is present in Afghanistan, "
            "saying the TTP is Pakistan's internal issue.")
    found = {(c.kind, c.polarity) for c in claims(pipe, text)}
    assert found == {("presence", "deny"), ("territory_use", "deny")}


@pytest.mark.parametrize("published, url, expected, source", [
    (PUBLISHED, None, date(2023, 3, 27), "stated"),  # "on Monday"
    (None, "https://example.org/2023/03/story", date(2023, 3, 15), "url"),
    (None, None, None, None),
])
def test_claim_date(pipe: Pipeline, published, url, expected, source) -> None:
    (c,) = claims(pipe, "Zabihullah Mujahid said on Monday that Daesh has no presence in Afghanistan.",
                  published=published, url=url)
    assert (c.date, c.date_source) == (expected, source)


def test_unattributed_analysis_is_not_a_claim(pipe: Pipeline) -> None:
    assert claims(pipe, "ISKP remains a serious threat to the region.") == []


def test_speaker_context_rule_is_not_a_subject_of_its_own_claim(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "The Taliban said Daesh is not a threat.")
    assert c.speaker.name == "Taliban"
    assert [s.name for s in c.subjects] == ["ISKP"]


def test_role_noun_after_a_party_is_the_person_of_that_party(pipe: Pipeline) -> None:
    text = ("Zabihullah Mujahid spoke in Kabul on Monday. "
            "The Taliban spokesman said Daesh has no presence in Afghanistan.")
    (c,) = claims(pipe, text)
    assert c.speaker.name == "Zabihullah Mujahid"


def test_capital_speaks_for_its_government(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "Islamabad said the TTP uses Afghan soil to attack Pakistan.")
    assert c.speaker.name == "Pakistan"
    assert (c.kind, c.polarity) == ("territory_use", "affirm")


def test_report_findings_continue_in_the_next_sentence(pipe: Pipeline) -> None:
    text = ("The Monitoring Team said ISKP remains the most serious threat in Afghanistan. "
            "The TTP was reported to keep training camps in Nangarhar.")
    found = claims(pipe, text)
    assert [(c.speaker.name, c.kind) for c in found] == [("UN Monitoring Team", "capability"),
                                                         ("UN Monitoring Team", "presence")]


def test_adjective_uses_of_cue_words_are_not_cues(pipe: Pipeline) -> None:
    assert claims(pipe, "Taliban forces found cash at an alleged ISKP hideout in Kabul.") == []


def test_a_publication_date_read_off_the_url_does_not_anchor_relative_dates(pipe: Pipeline) -> None:
    doc = Document(text="Zabihullah Mujahid said on Monday that Daesh has no presence in Afghanistan. "
                        "ISKP gunmen attacked a school in Kabul on Monday, killing four.",
                   published=date(2023, 3, 15), published_precision="month", meta={"published_source": "url"})
    ex = pipe.extract(doc)
    assert (ex.claims[0].date, ex.claims[0].date_source) == (date(2023, 3, 15), "url")
    assert ex.events[0].date.start is None
