"""candidate_events(undated=True): the window's events, then the undated ones, in one read, exactly as
candidate_events followed by undated_events give them; on a store and in memory."""
from __future__ import annotations

from datetime import date

import pytest

from belie.knowledge import load_knowledge
from belie.model import Location
from belie.store import Store
from belie.verify import MemorySource

from tests.store import factories as f

D = date
CLAIMED = ("claimed", "confirmed")


def _records():
    """Two documents, one with a publication date and one without, and events of every shape."""
    dated_doc = f.doc()
    bare_doc = f.doc("Another report about Kabul and Peshawar, with no date anywhere in it." * 3,
                     url="https://example.org/b", published=None, published_precision="unknown")
    events = [
        f.event(dated_doc, 0, on=D(2023, 3, 10), attribution="claimed"),
        f.event(dated_doc, 30, on=D(2022, 1, 1), until=D(2023, 12, 31)),
        f.event(dated_doc, 60, on=D(2023, 3, 12), country="PK", location=Location(country="PK"),
                attribution="confirmed"),
        f.event(dated_doc, 90, on=None),  # dated by its document's publication
        f.event(bare_doc, 0, on=None, attribution="claimed"),  # no date at all
        f.event(bare_doc, 30, on=None, type="raid", agents=(f.TALIBAN,), targets=(f.ISKP,)),
        f.event(bare_doc, 60, on=None, country="PK", location=Location(country="PK"), attribution="confirmed"),
        f.event(bare_doc, 90, on=None, agents=(f.TTP,), targets=(f.CIVILIANS,), country="PK",
                location=Location(country="PK")),
        f.event(bare_doc, 120, on=D(2023, 3, 11), attribution="claimed"),  # dated, after undated ones in its text
    ]
    return [(dated_doc, events[:4]), (bare_doc, events[4:])]


QUERIES = [
    {"families": {"ISKP"}, "country": "AF", "start": D(2023, 1, 1), "end": D(2023, 6, 30)},
    {"families": {"ISKP"}, "country": None, "start": D(2023, 1, 1), "end": D(2023, 6, 30),
     "attack_attributions": CLAIMED},
    {"families": {"ISKP", "Taliban"}, "country": None, "start": D(2021, 8, 1), "end": D(2023, 3, 10)},
    {"families": {"TTP"}, "country": "PK", "start": D(2020, 1, 1), "end": D(2020, 12, 31)},
    {"families": None, "country": "PK", "start": D(2023, 1, 1), "end": None},
    {"families": {"ISKP"}, "country": None, "start": None, "end": None, "attack_attributions": CLAIMED},
    {"families": None, "country": None, "start": None, "end": None},
]


def _both(source, query: dict) -> tuple[list[str], list[str]]:
    one = [e.id for e in source.candidate_events(**query, undated=True)]
    undated = {k: v for k, v in query.items() if k not in ("start", "end")}
    two = [e.id for e in source.candidate_events(**query)] + [e.id for e in source.undated_events(**undated)]
    return one, two


@pytest.mark.parametrize("query", QUERIES)
def test_store_reads_both_in_one_query(store: Store, query: dict) -> None:
    for d, evs in _records():
        store.save(d, f.extraction(d, evs))
    one, two = _both(store, query)
    assert one == two


@pytest.mark.parametrize("query", QUERIES)
def test_memory_gives_the_same(query: dict) -> None:
    source = MemorySource(load_knowledge())
    for d, evs in _records():
        source.add(d, evs)
    one, two = _both(source, query)
    assert one == two


def test_the_undated_ones_are_found_and_come_last(store: Store) -> None:
    for d, evs in _records():
        store.save(d, f.extraction(d, evs))
    found = store.candidate_events(families={"ISKP"}, country=None, start=D(2023, 1, 1), end=D(2023, 6, 30),
                                   attack_attributions=CLAIMED, undated=True)
    bare = _records()[1][0].id
    kinds = [e.date.start is None and e.document_id == bare for e in found]
    assert kinds == [False, False, False, True, True]  # three dated (one from the bare document), then two undated
