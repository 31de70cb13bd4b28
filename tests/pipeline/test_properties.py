"""Open-ended input: the pipeline never crashes and every span indexes the document."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belie.errors import ClaimParseError
from belie.model import Document
from belie.pipeline import Pipeline

FRAGMENTS = ["ISKP", "Daesh", "the group", "Taliban forces", "Zabihullah Mujahid said", "he added",
             "killed", "at least 12", "on Monday", "in Kabul", "Peshawar", "attacked", "raided",
             "denied", "\"", "'", ".", ",", "\n", "according to", "the report says", "no presence",
             "between 3 and", "March", "2021", "$", "million", "Mr.", "U.S.", "claimed responsibility",
             "TTP and ISKP", "had 500 and 300 fighters", "respectively", "in or from Afghan soil", "; and"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join),
)
published = st.one_of(st.none(), st.dates(min_value=date(2001, 1, 1), max_value=date(2030, 12, 31)))


def _check_spans(doc: Document, pipe: Pipeline) -> None:
    ex = pipe.extract(doc)
    for rec in [*ex.events, *ex.claims]:
        assert 0 <= rec.span.start <= rec.span.end <= len(doc.text)
        assert rec.quote == doc.text[rec.span.start:rec.span.end]
        assert rec.extractor == pipe.version
    ids = [rec.id for rec in [*ex.events, *ex.claims]]
    assert len(ids) == len(set(ids)), "the store refuses a document whose records share an id"


@settings(max_examples=200, deadline=None)
@given(texts, published)
def test_arbitrary_text_never_crashes_and_spans_are_exact(pipe: Pipeline, text: str, when: date | None) -> None:
    _check_spans(Document(text=text, published=when), pipe)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_parse_claim_returns_a_claim_or_a_claim_parse_error(pipe: Pipeline, text: str) -> None:
    try:
        claim = pipe.parse_claim(text, date(2023, 4, 1))
    except ClaimParseError as err:
        assert err.missing
        return
    assert claim.subjects and claim.kind


def test_version_names_the_rules_and_the_lexicon(pipe: Pipeline) -> None:
    assert pipe.version.startswith("belie-rules/")
    assert "+" in pipe.version


def test_extract_many_streams(pipe: Pipeline) -> None:
    docs = (Document(text=f"ISKP attacked Kabul on Monday, killing {n}.", published=date(2023, 3, 29)) for n in range(3))
    out = pipe.extract_many(docs)
    assert next(out).events
    assert len(list(out)) == 2
