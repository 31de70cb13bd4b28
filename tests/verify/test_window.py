"""Window edges: [T-180, T+180] inclusive, undated events by their document's date, open windows."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belie.model import Document
from belie.verify import check_claim
from belie.verify.window import Window, claim_window, url_date
from tests.verify.factories import claim, doc, event, make_kb, source

KB = make_kb()
T = date(2023, 4, 6)


@pytest.mark.parametrize("offset,inside", [(-181, False), (-180, True), (0, True), (180, True), (181, False)])
def test_window_edges(offset, inside):
    d = doc()
    ev = event(d, when=T + timedelta(days=offset))
    verdict = check_claim(claim(d, when=T), source(KB, [d], [ev]), KB)
    assert (verdict.label == "contradicted") is inside


def test_window_is_a_setting():
    d = doc()
    ev = event(d, when=T - timedelta(days=100))
    src = source(KB, [d], [ev])
    assert check_claim(claim(d), src, KB, window_days=30).label == "unverified"
    assert check_claim(claim(d), src, KB, window_days=120).label == "contradicted"


def test_range_overlapping_the_window_counts():
    d = doc()
    ev = event(d, when=(T - timedelta(days=400), T - timedelta(days=170)))
    assert check_claim(claim(d), source(KB, [d], [ev]), KB).label == "contradicted"


@pytest.mark.parametrize("published,counts", [(date(2023, 3, 1), True), (date(2021, 1, 1), False)])
def test_undated_event_counts_by_its_document_date(published, counts):
    claim_doc, event_doc = doc(), doc(published=published)
    ev = event(event_doc, when=None)
    verdict = check_claim(claim(claim_doc), source(KB, [claim_doc, event_doc], [ev]), KB)
    assert (verdict.label == "contradicted") is counts


def test_claim_without_date_takes_published_then_url_date():
    d = doc(published=None, url="https://example.org/2023/03/some-story/")
    window = claim_window(claim(d, when=None), d, 180)
    assert window.anchor == date(2023, 3, 15) and window.known


def test_no_date_anywhere_opens_the_window():
    d = doc(published=None, url="https://example.org/story")
    old = event(doc(published=date(2015, 1, 1)), when=date(2015, 1, 1))
    verdict = check_claim(claim(d, when=None), source(KB, [d], [old]), KB)
    assert verdict.label == "contradicted"
    assert not verdict.time_scope_known
    assert any("time scope unknown" in r for r in verdict.reasons)


@pytest.mark.parametrize("url,expected", [
    ("https://x.org/2023/03/22/story", date(2023, 3, 22)),
    ("https://x.org/en/2023/03/story/", date(2023, 3, 15)),
    ("https://x.org/2023/13/story", None),
    ("https://x.org/news/1739663", None),
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url) == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 800),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
def test_window_overlap_agrees_with_definition(anchor, days, when):
    window = Window(anchor, anchor - timedelta(days=days), anchor + timedelta(days=days))
    assert window.overlaps(when, when) is (abs((when - anchor).days) <= days)


def test_document_date_prefers_published():
    d = Document(text="x", url="https://x.org/2020/01/a", published=date(2021, 5, 5))
    assert claim_window(claim(d, when=None), d, 10).anchor == date(2021, 5, 5)
