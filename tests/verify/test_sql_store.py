"""End to end: verification against the real SQL store gives what it gives in memory.

Records are saved with `belie.store.Store.save_many` (ActorRef.family filled from the
knowledge base, as the pipeline does) into SQLite under tmp_path and, when
BELIE_TEST_DATABASE_URL is set, into a fresh PostgreSQL schema (tests/store/conftest.py).
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import Iterable, Iterator

import pytest

from belie.knowledge import KnowledgeBase
from belie.model import ActorRef, Claim, Document, Event, Extraction, Verdict
from belie.store import Store
from belie.verify import MemorySource, check_all
from belie.verify.parties import Parties
from tests.store.conftest import PG_ENV, _pg_param, _pg_schema_url
from tests.verify.factories import claim, doc, event, make_kb

Record = tuple[Document, list[Event], list[Claim]]


@pytest.fixture(params=["sqlite", _pg_param()])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    if request.param == "sqlite":
        urls: Iterable[str] = iter([str(tmp_path / "belie.db")])
    else:
        urls = _pg_schema_url(os.environ[PG_ENV])
    for url in urls:
        with Store(url) as opened:
            yield opened


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return make_kb()


def with_families(kb: KnowledgeBase, record: Event | Claim) -> Event | Claim:
    """Fill ActorRef.family the way the pipeline does (the knowledge base's family)."""
    parties = Parties(kb)
    fill = lambda refs: [replace(r, family=parties.family(r.name)) for r in refs]  # noqa: E731
    if isinstance(record, Event):
        return replace(record, agents=fill(record.agents), targets=fill(record.targets))
    return replace(record, subjects=fill(record.subjects), speaker=fill([record.speaker])[0])


def save(store: Store, kb: KnowledgeBase, records: list[Record]) -> None:
    pairs = []
    for d, events, claims in records:
        events = [with_families(kb, e) for e in events]
        claims = [with_families(kb, c) for c in claims]
        pairs.append((d, Extraction(d.id, events, claims, extractor="test")))
    store.save_many(pairs)


def memory(kb: KnowledgeBase, records: list[Record]) -> MemorySource:
    source = MemorySource(kb)
    for d, events, claims in records:
        source.add(d, [with_families(kb, e) for e in events], [with_families(kb, c) for c in claims])
    return source


def world() -> list[Record]:
    """A Taliban denial of ISKP, a UN assessment, a raid, TTP based in AF striking Pakistan."""
    d1, d2, d3, d4, d5 = (doc(date(2023, 4, 6)), doc(date(2023, 3, 21)), doc(date(2023, 2, 1)),
                          doc(date(2023, 3, 2)), doc(date(2023, 5, 1)))
    return [
        (d1, [], [claim(d1), claim(d1, kind="territory_use", subjects=("TTP",)),
                  claim(d1, kind="capability", polarity="affirm", subjects=("BLA",), place="AF-BAL")]),
        (d2, [event(d2, place="AF-KAB"), event(d2, targets=("TTP",), place="AF-KAB/kabul", when=date(2023, 3, 1))],
         []),
        (d3, [], [claim(d3, speaker="UN Monitoring Team", polarity="affirm", when=date(2023, 2, 1))]),
        (d4, [event(d4, "attack", agents=("TTP",), targets=("Pakistan",), place="PK", when=date(2023, 3, 1),
                    attribution="claimed")], []),
        (d5, [], [claim(d5, speaker="Pakistan", kind="territory_use", polarity="affirm", subjects=("TTP",),
                        when=date(2023, 5, 1))]),
    ]


def shape(verdicts: list[Verdict]) -> dict[str, tuple]:
    """Everything a verdict says except when it was checked."""
    return {v.claim_id: (v.label, v.evidence, v.reasons, v.confidence, v.window_start, v.window_end,
                         v.time_scope_known, v.independent_sources) for v in verdicts}


def test_check_all_on_the_store_matches_memory(store: Store, kb: KnowledgeBase) -> None:
    records = world()
    save(store, kb, records)
    on_sql = shape(check_all(store, kb))
    assert on_sql == shape(check_all(memory(kb, records), kb, record=False))
    assert len(on_sql) == 5
    labels = sorted(label for label, *_ in on_sql.values())
    assert labels == ["contradicted", "contradicted", "supported", "supported", "unverified"]


def test_rerunning_records_nothing_new(store: Store, kb: KnowledgeBase) -> None:
    save(store, kb, world())
    check_all(store, kb)
    first = store.latest_verdicts()
    check_all(store, kb)
    assert {k: len(store.verdict_history(k)) for k in first} == {k: 1 for k in first}
    assert store.changed_verdicts(include_new=False) == []


def test_new_evidence_flips_a_verdict(store: Store, kb: KnowledgeBase) -> None:
    records = world()
    save(store, kb, records)
    denial = next(c for _, _, cs in records for c in cs if c.kind == "capability")
    check_all(store, kb)
    later = doc(date(2023, 4, 20))
    save(store, kb, [(later, [event(later, "attack", agents=("BLA",), targets=("Taliban",), place="AF-BAL",
                                    when=date(2023, 4, 19), attribution="claimed")], [])])
    check_all(store, kb)
    changed = store.changed_verdicts(include_new=False)
    assert [(old.label, new.label, new.claim_id) for old, new in changed] == [
        ("unverified", "supported", denial.id)]
    assert [i.id for i in changed[0][1].evidence] == [f"e{int(later.id[1:]) + 1}"]


def test_only_the_strongest_items_are_listed_but_all_are_counted(store: Store, kb: KnowledgeBase) -> None:
    d = doc(date(2023, 4, 6))
    raids = [event(d, place="AF-KAB", when=date(2023, 3, day)) for day in range(1, 8)]
    save(store, kb, [(d, raids, [denial := claim(d)])])
    from belie.verify import Verifier
    verdict = Verifier(store, kb, max_items=3).judge(with_families(kb, denial))
    assert verdict.label == "contradicted" and len(verdict.evidence) == 3
    assert verdict.reasons[0].startswith("contradicted: 0 supporting, 7 contradicting item(s)")
    assert "4 more not listed" in verdict.reasons[0]
    assert [i.date for i in verdict.evidence] == [date(2023, 3, 7), date(2023, 3, 6), date(2023, 3, 5)]
