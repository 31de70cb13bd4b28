"""Events carry their parties inline (`parties`, migration 0006): read back in one query, in order, the
same as event_parties holds them; stores made before 0006 are backfilled from event_parties."""
from __future__ import annotations

from datetime import datetime, timezone

from alembic import command
from sqlalchemy import insert, select

from belie.store import Store, codec, resolve_url
from belie.store.engine import create_store_engine
from belie.store.migrate import alembic_config
from belie.store.schema import documents, event_parties, events

from tests.store import factories as f

SPOKESMAN = f.actor("Zabihullah Mujahid", family="Taliban", kind="person", role="spokesman",
                    affiliation="Taliban", surface="the Taliban spokesman")


def _events(d):
    return [
        f.event(d, 0, agents=[f.TALIBAN, SPOKESMAN], targets=[f.ISKP, f.actor("ISKP cell", family="ISKP")]),
        f.event(d, 30, agents=[], targets=[f.CIVILIANS]),
        f.event(d, 60, agents=[f.TTP], targets=[]),
    ]


def test_every_read_gives_the_parties_in_order(store: Store) -> None:
    d = f.doc()
    evs = _events(d)
    store.save(d, f.extraction(d, evs))
    by_scan = {e.id: e for e in store.scan_events()}
    by_query = {e.id: e for e in store.candidate_events(families=None)}
    for ev in evs:
        assert store.event(ev.id) == by_scan[ev.id] == by_query[ev.id] == ev


def test_the_column_matches_the_searched_rows(store: Store) -> None:
    d = f.doc()
    store.save(d, f.extraction(d, _events(d)))
    with store.engine.connect() as conn:
        inline = {i: [tuple(p) for p in parties] for i, parties in conn.execute(select(events.c.id, events.c.parties))}
        rows = conn.execute(select(event_parties).order_by(event_parties.c.event_id, event_parties.c.role,
                                                           event_parties.c.position)).mappings().all()
    searched: dict[str, list[tuple]] = {i: [] for i in inline}
    for r in rows:
        searched[r["event_id"]].append((r["role"], r["name"], r["surface"], r["kind"], r["family"], r["role_title"],
                                        r["affiliation"]))
    assert inline == searched


def test_a_store_made_at_0005_is_backfilled(store_url: str) -> None:
    d = f.doc()
    evs = _events(d)
    engine = create_store_engine(resolve_url(store_url))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0005")
        conn.execute(insert(documents), [codec.document_row(d, outlet_id=None, extractor="v1",
                                                            now=datetime(2024, 1, 1, tzinfo=timezone.utc))])
        for ev in evs:
            when = codec.event_when(ev, d.published, d.published_precision)
            row = {k: v for k, v in codec.event_row(ev, when).items() if k != "parties"}
            conn.execute(insert(events), [row])
            window = codec.party_window(ev, when)
            for role, actors in (("target", ev.targets), ("agent", ev.agents)):  # stored out of order
                if actors:
                    conn.execute(insert(event_parties), codec.actor_rows(actors, event_id=ev.id, role=role, **window))
    engine.dispose()
    with Store(store_url) as store:
        assert store.revision == "0006"
        for ev in evs:
            assert store.event(ev.id) == ev
        assert {e.id: e for e in store.scan_events()} == {ev.id: ev for ev in evs}
