"""The bulk path (a claim's events taken by fact class and date, its verdict built from columns)
gives exactly what walking the events one by one gives, stories merged part-way through included."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from typing import Iterator
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from belie.model import Document
from belie.verify import Verifier
from belie.verify import dedupe
from belie.verify.dedupe import StoryClusters

from .factories import claim, event, make_kb, source


def _words(first: int, n: int = 30) -> str:
    return " ".join(f"word{k}" for k in range(first, first + n))


# Two unrelated stories, a text carrying both (it joins them when it comes in), a copy, and a third story
# joined to the second by another two-story text.
TEXTS = {"a": _words(0), "b": _words(100), "ab": _words(0) + " " + _words(100), "a2": _words(0) + " more words",
         "c": _words(200), "bc": _words(100) + " " + _words(200)}
IDS = [*TEXTS, "missing"]


@contextmanager
def one_bucket() -> Iterator[None]:
    """Every text in one bucket, so that copies always meet (min-hash buckets use Python's salted
    `hash`, so whether a loose copy meets the original may vary from one process to the next)."""
    with patch.object(dedupe, "_bucket_keys", lambda sh: [(0, 0)]):
        yield


@given(st.lists(st.sampled_from(IDS), max_size=30), st.lists(st.integers(0, 30), max_size=4))
def test_read_gives_what_clustering_each_document_in_turn_gives(order, cuts) -> None:
    with one_bucket():
        _read_in_parts(order, cuts)


def _read_in_parts(order: list[str], cuts: list[int]) -> None:
    known = TEXTS.__contains__
    plain = StoryClusters(TEXTS.get)
    want = [plain.cluster(d) if known(d) else None for d in order]
    bulk = StoryClusters(TEXTS.get)
    got: list[str | None] = []
    edges = sorted({0, len(order), *[min(c, len(order)) for c in cuts]})
    for lo, hi in zip(edges, edges[1:]):
        got += bulk.read(order[lo:hi], known)
    assert got == want
    assert bulk.unions == plain.unions


def test_a_merge_leaves_the_stories_read_before_it() -> None:
    with one_bucket():
        stories = StoryClusters(TEXTS.get).read(["a", "b", "a", "ab", "a", "b"], TEXTS.__contains__)
    assert stories[:3] == ["a", "b", "a"]
    assert stories[3] == stories[4] == stories[5]


DAY0 = date(2023, 1, 1)
day = st.integers(0, 90).map(lambda n: DAY0 + timedelta(days=n))
span = st.one_of(st.none(), day, st.tuples(day, day))  # a pair may be reversed
PLACES = ["AF", "AF-KAB", "AF-BAL", "PK", "IR"]
GROUPS = ["ISKP", "TTP", "Taliban", "Pakistan", "Civilians"]


@st.composite
def stores(draw):
    texts = list(TEXTS.values())
    docs = [Document(text=draw(st.sampled_from(texts)), url=f"https://example.org/bulk/{n}",
                     publisher=draw(st.sampled_from(["Example Wire", None])),
                     published=draw(st.one_of(st.none(), day)), id=f"bulk-d{n}")
            for n in range(draw(st.integers(1, 6)))]
    events = [event(draw(st.sampled_from(docs)), type=draw(st.sampled_from(["raid", "attack"])),
                    agents=(draw(st.sampled_from(GROUPS)),), targets=(draw(st.sampled_from(GROUPS)),),
                    place=draw(st.sampled_from(PLACES)), when=draw(span),
                    attribution=draw(st.sampled_from([None, "claimed", "confirmed", "unknown"])))
              for _ in range(draw(st.integers(0, 40)))]
    claims = [claim(draw(st.sampled_from(docs)), speaker=draw(st.sampled_from(["Pakistan", "Amir Khan Muttaqi",
                                                                              "UN Monitoring Team"])),
                    kind=draw(st.sampled_from(["presence", "capability", "territory_use", "origin"])),
                    polarity=draw(st.sampled_from(["affirm", "deny"])),
                    subjects=draw(st.sampled_from([(), ("ISKP",), ("TTP",)])),
                    place=draw(st.sampled_from(PLACES)), when=draw(st.one_of(st.none(), day)))
              for _ in range(draw(st.integers(1, 8)))]
    return docs, events, claims


def _verdicts(docs, events, claims, bulk: bool) -> list:
    kb = make_kb()
    with one_bucket():
        verifier = Verifier(source(kb, docs, events, claims), kb, window_days=20)
        verifier.BULK = bulk
        out = list(verifier.check_all())
        out += [verifier.judge(c) for c in claims]  # again, on the stories the run left
    return [replace(v, checked_at=None) for v in out]


@settings(max_examples=80, deadline=None)
@given(stores())
def test_bulk_and_one_by_one_give_the_same_verdicts(store) -> None:
    docs, events, claims = store
    assert _verdicts(docs, events, claims, True) == _verdicts(docs, events, claims, False)


def test_stories_follow_the_order_of_the_events_across_fact_classes() -> None:
    """Two stories, then a text carrying both, on three events of two fact classes in date order: the
    first two events keep their own stories (two independent sources), as reading them one by one gives."""
    docs = [Document(text=TEXTS[k], url=f"https://example.org/order/{k}", publisher="Example Wire",
                     published=DAY0, id=f"order-{k}") for k in ("a", "b", "ab")]
    events = [event(docs[0], type="raid", agents=("Taliban",), targets=("ISKP",), place="AF", when=DAY0),
              event(docs[1], type="attack", agents=("ISKP",), targets=("Civilians",), place="AF",
                    when=DAY0 + timedelta(days=1), attribution="claimed"),
              event(docs[2], type="raid", agents=("Taliban",), targets=("ISKP",), place="AF",
                    when=DAY0 + timedelta(days=2))]
    claims = [claim(docs[0], kind="presence", polarity="deny", subjects=(), place="AF", when=DAY0)]
    bulk, one_by_one = _verdicts(docs, events, claims, True), _verdicts(docs, events, claims, False)
    assert bulk == one_by_one
    assert bulk[0].label == "contradicted" and bulk[0].independent_sources == 2


def test_shingles_are_the_same_in_every_process() -> None:
    """Story buckets must not depend on PYTHONHASHSEED, or verdicts' source counts could vary by run."""
    import subprocess
    import sys

    code = "from belie.verify.dedupe import shingles; print(sorted(shingles('Five killed in a blast in Kabul on Monday, police said.')))"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


@settings(max_examples=40, deadline=None)
@given(stores())
def test_bulk_reads_columns_the_one_by_one_path_filled_first(store) -> None:
    """Verifiers on one source share its indexes' columns: a bulk verifier after a one-by-one one finds facts
    and classes already set there, and must still fill what only the bulk path reads."""
    docs, events, claims = store
    kb = make_kb()
    with one_bucket():
        shared = source(kb, docs, events, claims)
        first = Verifier(shared, kb, window_days=20)
        first.BULK = False
        list(first.check_all())
        then = Verifier(shared, kb, window_days=20)
        out = [replace(v, checked_at=None) for v in then.check_all()]
    fresh = Verifier(source(kb, docs, events, claims), kb, window_days=20)
    with one_bucket():
        expected = [replace(v, checked_at=None) for v in fresh.check_all()]
    assert out == expected
