"""Event parties carry their event's country and window (migration 0002), and candidate queries by
family and window read them: long and short events, open sides, stores migrated from 0001."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import column, insert, select, table

from belie.model import Location
from belie.store import Store, codec, resolve_url
from belie.store.engine import create_store_engine
from belie.store.migrate import alembic_config
from belie.store.reader import SHORT_DAYS
from belie.store.schema import documents, event_parties, events

from tests.store import factories as f

D = date


def _saved(store: Store):
    d = f.doc()
    short = f.event(d, 0, on=D(2023, 3, 10))
    long = f.event(d, 30, on=D(2022, 1, 1), until=D(2023, 12, 31))  # "since early 2022"
    elsewhere = f.event(d, 60, on=D(2023, 3, 10), country="PK", location=Location(country="PK"))
    undated = f.event(d, 90, on=None)  # dated by the document's publication (2021-08-27)
    store.save(d, f.extraction(d, [short, long, elsewhere, undated]))
    return short, long, elsewhere, undated


def test_parties_carry_their_events_window(store: Store) -> None:
    short, long, _, undated = _saved(store)
    with store.engine.connect() as conn:
        rows = {r.event_id: r for r in conn.execute(select(event_parties))}
    assert (rows[long.id].country, rows[long.id].span_days) == ("AF", (D(2023, 12, 31) - D(2022, 1, 1)).days)
    assert rows[short.id].when_start == rows[short.id].when_end == D(2023, 3, 10)
    assert rows[undated.id].when_start == D(2021, 8, 27)


@pytest.mark.parametrize("start, end, country, expected", [
    (D(2023, 3, 1), D(2023, 3, 31), "AF", {"short", "long"}),
    (D(2023, 3, 1), D(2023, 3, 31), None, {"short", "long", "elsewhere"}),
    (D(2023, 6, 1), D(2023, 6, 30), "AF", {"long"}),                 # only the long one spans June
    (D(2023, 3, 10) + timedelta(days=SHORT_DAYS), D(2023, 5, 1), "AF", {"long"}),
    (D(2023, 3, 10), D(2023, 3, 10), "AF", {"short", "long"}),       # touching both ends
    (D(2021, 8, 1), D(2021, 8, 31), "AF", {"undated"}),
    (D(2024, 1, 1), D(2024, 12, 31), "AF", set()),
    (date.min, D(2021, 12, 31), "AF", {"undated"}),
])
def test_family_window_queries_match_every_overlapping_event(store: Store, start, end, country, expected) -> None:
    short, long, elsewhere, undated = _saved(store)
    names = {short.id: "short", long.id: "long", elsewhere.id: "elsewhere", undated.id: "undated"}
    found = store.candidate_events(families={"ISKP"}, country=country, start=start, end=end)
    assert {names[e.id] for e in found} == expected
    by_scan = {names[e.id] for e in store.candidate_events(families=None, country=country, start=start, end=end)}
    assert by_scan == expected  # the events' own index agrees


def test_a_store_made_at_0001_is_backfilled(store_url: str) -> None:
    """Rows written before 0002 get their event's country and window when the store is opened."""
    d = f.doc()
    ev = f.event(d, on=D(2023, 3, 10), until=D(2023, 3, 12))
    old_parties = table("event_parties", *(column(n) for n in (
        "event_id", "role", "position", "name", "family", "kind", "surface", "role_title", "affiliation")))
    engine = create_store_engine(resolve_url(store_url))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        row = codec.document_row(d, outlet_id=None, extractor="v1", now=datetime(2024, 1, 1, tzinfo=timezone.utc))
        conn.execute(insert(documents), [{k: v for k, v in row.items() if k != "story_keys"}])  # kept from 0004
        row = codec.event_row(ev, codec.event_when(ev, d.published, d.published_precision))
        conn.execute(insert(events), [{k: v for k, v in row.items() if k != "parties"}])  # kept from 0006
        conn.execute(insert(old_parties), codec.actor_rows(ev.agents, event_id=ev.id, role="agent"))
    engine.dispose()
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            row = conn.execute(select(event_parties)).one()
        assert (row.country, row.when_start, row.when_end, row.span_days) == ("AF", D(2023, 3, 10), D(2023, 3, 12), 2)
        found = store.candidate_events(families={"ISKP"}, country="AF", start=D(2023, 3, 11), end=D(2023, 3, 11))
        assert [e.id for e in found] == [ev.id]


@pytest.mark.parametrize("country, attacks", [("AF", None), (None, None), (None, ("claimed", "confirmed"))])
def test_window_queries_read_the_index_alone(tmp_path, country, attacks) -> None:
    """The window indexes end with (when_end, event_id) (migration 0005): SQLite answers a family's
    window, and its undated events, from the index without looking each row up in the table."""
    from belie.store.reader import windowed_event_ids

    with Store(str(tmp_path / "s.db")) as store:
        _saved(store)
        ids = windowed_event_ids({"ISKP"}, country, D(2023, 3, 1), D(2023, 3, 31), attacks, undated=True)
        with store.engine.connect() as conn:
            compiled = ids.compile(conn, compile_kwargs={"literal_binds": True})
            plan = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    reads = [step for step in plan if "event_parties" in step]
    short, _long, undated = reads  # the few long events test span_days in the table
    assert "COVERING INDEX" in short and "COVERING INDEX" in undated, plan
