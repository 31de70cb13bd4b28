"""Second-pass claim rules: speakers named by nouns, nested speech, appositives, group claims.

Sentences written for these tests about public facts; the small knowledge base of conftest.
"""
from __future__ import annotations

import pytest

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def claims(pipe: Pipeline, text: str):
    return pipe.extract(Document(text=text, published=PUBLISHED)).claims


def readings(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return {(c.speaker.name, c.kind, c.polarity) for c in claims(pipe, text)}


@pytest.mark.parametrize("text, expected", [
    # "according to the prosecutors": the noun speaks for the state named before, not the group after it
    ("Pakistan arrested two suspects after the Peshawar blast. According to the prosecutors, it was the TTP "
     "that planned the bombing from Afghanistan.", ("Pakistan", "territory_use", "affirm")),
    # an unlisted person named before an appositive ", a researcher at ..., said"
    ("Antonio Giustozzi, a researcher at the Royal United Services Institute, said ISKP remains a serious threat.",
     ("Antonio Giustozzi", "capability", "affirm")),
    # the appositive may start without an article, and a name may carry an initial
    ("Colin P. Clarke, an analyst with the Soufan Group, a New York consultancy, said ISKP has been fixated "
     "on Russia.", ("Colin P. Clarke", "capability", "affirm")),
    # "in his view" and "the ... director" go back to the last person who spoke, even one the data lacks
    ("Alexander Bortnikov, head of the security service, said ISKP is expanding. In his view, ISKP will try "
     "to push into Central Asia.", ("Alexander Bortnikov", "capability", "affirm")),
    ("Alexander Bortnikov, head of the security service, said ISKP is expanding. The security service director "
     "said ISKP will try to push into Central Asia.", ("Alexander Bortnikov", "capability", "affirm")),
    # a reported claim called untrue is denied, however far the verdict stands from the kind word
    ("Zabihullah Mujahid said that claims that the TTP is present in the eastern provinces of Afghanistan "
     "are untrue.", ("Zabihullah Mujahid", "presence", "deny")),
    ("Zabihullah Mujahid told reporters that Pakistan's accusations, and its claims that the TTP is present on "
     "Afghan soil and threatens Pakistan from there, are untrue.", ("Zabihullah Mujahid", "territory_use", "deny")),
])


def test_speaker_and_reading(pipe: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in readings(pipe, text)


@pytest.mark.parametrize("text", [
    "Officials said the TTP was behind the blast in Peshawar.",  # anonymous officials are no source
    "According to some analysts, the TTP is present in Kunar.",  # nor are unnamed analysts
    "Islamabad's talks with neighbouring states about TTP sanctuaries continue.",  # "states" is a noun here
])
def test_no_attributed_claim(pipe: Pipeline, text: str) -> None:
    assert claims(pipe, text) == []


@pytest.mark.parametrize("text", [
    "The Monitoring Team said ISKP remains active, while the Taliban claim that the group has been defeated.",
    "The Monitoring Team said ISKP remains active, even though the Taliban insist that the group has been defeated.",
])
def test_nested_speaker_inside_a_report(pipe: Pipeline, text: str) -> None:
    found = readings(pipe, text)
    assert ("UN Monitoring Team", "capability", "affirm") in found
    assert ("Taliban", "capability", "deny") in found
    assert ("UN Monitoring Team", "capability", "deny") not in found


def test_participle_speech_belongs_to_the_reported_subject(pipe: Pipeline) -> None:
    text = ("The Monitoring Team said the Taliban raided ISKP hideouts in Balkh, while insisting that the group "
            "has been defeated and that whatever threat remains comes from abroad.")
    found = {(c.speaker.name, c.kind, c.polarity, tuple(s.name for s in c.subjects)) for c in claims(pipe, text)}
    assert ("Taliban", "capability", "deny", ("ISKP",)) in found
    assert any(s == "Taliban" and k == "origin" for s, k, _, _ in found)


def test_personal_pronoun_skips_a_state_speaker(pipe: Pipeline) -> None:
    text = ("Khawaja Asif said the TTP has sanctuaries in Afghanistan. Pakistan said talks with Kabul would go on. "
            "He added that the TTP is using Afghan soil against Pakistan.")
    last = claims(pipe, text)[-1]
    assert (last.speaker.name, last.kind, last.polarity) == ("Khawaja Asif", "territory_use", "affirm")


def test_strength_with_a_qualified_fighter_noun(pipe: Pipeline) -> None:
    (c,) = [c for c in claims(pipe, "The Monitoring Team said the TTP has between 5,000 and 6,500 hardcore "
                                     "fighters.") if c.kind == "strength"]
    assert c.number is not None and (c.number.low, c.number.high) == (5000, 6500)
