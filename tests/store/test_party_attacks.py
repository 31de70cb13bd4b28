"""Event parties carry their event's type and attribution (migration 0003): a group's claimed or
confirmed attacks in a window are read from the parties' index, in stores made new or migrated."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from alembic import command
from sqlalchemy import column, insert, select, table

from belie.model import Location
from belie.store import Store, codec, resolve_url
from belie.store.engine import create_store_engine
from belie.store.migrate import alembic_config
from belie.store.schema import documents, event_parties, events

from tests.store import factories as f

D = date
CLAIMED = ("claimed", "confirmed")


def _saved(store: Store) -> dict[str, str]:
    d = f.doc()
    records = {
        "claimed": f.event(d, 0, on=D(2023, 3, 10), attribution="claimed"),
        "confirmed abroad": f.event(d, 30, on=D(2023, 3, 12), attribution="confirmed", country="PK",
                                    location=Location(country="PK")),
        "alleged": f.event(d, 60, on=D(2023, 3, 10), attribution="alleged"),
        "raid": f.event(d, 90, on=D(2023, 3, 10), type="raid", attribution="claimed"),
        "claimed, long ago": f.event(d, 120, on=D(2021, 3, 10), attribution="claimed"),
    }
    store.save(d, f.extraction(d, list(records.values())))
    return {e.id: name for name, e in records.items()}


def test_parties_carry_their_events_type_and_attribution(store: Store) -> None:
    names = _saved(store)
    with store.engine.connect() as conn:
        rows = {names[r.event_id]: (r.type, r.attribution) for r in conn.execute(select(event_parties))}
    assert rows["raid"] == ("raid", "claimed") and rows["alleged"] == ("attack", "alleged")


@pytest.mark.parametrize("families", [{"ISKP"}, None])  # the parties' index, and the events' own filters
def test_claimed_attacks_in_a_window_anywhere(store: Store, families) -> None:
    names = _saved(store)
    found = store.candidate_events(families=families, country=None, start=D(2023, 1, 1), end=D(2023, 12, 31),
                                   attack_attributions=CLAIMED)
    assert sorted(names[e.id] for e in found) == ["claimed", "confirmed abroad"]
    every = store.candidate_events(families=families, country=None, start=D(2023, 1, 1), end=D(2023, 12, 31))
    assert len(every) == 4  # without the attribution test: the alleged attack and the raid too


def test_a_store_made_at_0002_is_backfilled(store_url: str) -> None:
    """Party rows written before 0003 get their event's type and attribution when the store is opened."""
    d = f.doc()
    ev = f.event(d, on=D(2023, 3, 10), attribution="claimed")
    old_parties = table("event_parties", *(column(n) for n in (
        "event_id", "role", "position", "name", "family", "kind", "surface", "role_title", "affiliation",
        "country", "when_start", "when_end", "span_days")))
    when = codec.event_when(ev, d.published, d.published_precision)
    window = {k: v for k, v in codec.party_window(ev, when).items() if k not in ("type", "attribution")}
    engine = create_store_engine(resolve_url(store_url))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
        row = codec.document_row(d, outlet_id=None, extractor="v1", now=datetime(2024, 1, 1, tzinfo=timezone.utc))
        conn.execute(insert(documents), [{k: v for k, v in row.items() if k != "story_keys"}])  # kept from 0004
        conn.execute(insert(events), [{k: v for k, v in codec.event_row(ev, when).items() if k != "parties"}])  # kept from 0006
        conn.execute(insert(old_parties), codec.actor_rows(ev.agents, event_id=ev.id, role="agent", **window))
    engine.dispose()
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            row = conn.execute(select(event_parties)).one()
        assert (row.type, row.attribution) == ("attack", "claimed")
        found = store.candidate_events(families={"ISKP"}, country=None, start=D(2023, 3, 1), end=D(2023, 3, 31),
                                       attack_attributions=CLAIMED)
        assert [e.id for e in found] == [ev.id]
