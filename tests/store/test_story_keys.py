"""Documents keep their texts' story keys (migration 0004): checks over a store shingle a text only
when another document shares one of its keys, and count syndicated copies once all the same."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from unittest.mock import patch

import pytest
from alembic import command
from sqlalchemy import insert

from belie.shingles import story_keys
from belie.store import Store, codec, resolve_url
from belie.store.engine import create_store_engine
from belie.store.migrate import alembic_config
from belie.store.schema import documents
from belie.verify import check_all, dedupe

from tests.store import factories as f
from tests.verify.factories import claim, doc, event, make_kb
from tests.verify.test_sql_store import memory, save, shape

WIRE = ("Security forces raided a compound in the east of the city before dawn on Sunday, killing three "
        "fighters of the group and arresting two others, a provincial spokesman said by telephone.")


def test_saved_documents_keep_their_keys(store: Store) -> None:
    a, b = f.doc(url="https://example.org/a"), f.doc(url="https://example.org/b", text="")
    for d in (a, b):
        store.save(d, f.extraction(d, []))
    assert store.story_keys() == {a.id: story_keys(a.text), b.id: []}
    assert store.story_keys([b.id, "nothing"]) == {b.id: []}


def test_a_changed_text_changes_the_keys(store: Store) -> None:
    d = f.doc(url="https://example.org/changed")
    store.save(d, f.extraction(d, []))
    edited = replace(d, text=WIRE)
    assert store.save(edited, f.extraction(edited, [], extractor="v2")) == "updated"
    assert store.story_keys([d.id]) == {d.id: story_keys(WIRE)}


def test_a_store_made_at_0003_is_backfilled(store_url: str) -> None:
    docs = [f.doc(url=f"https://example.org/{n}", text=WIRE if n else "") for n in range(3)]
    engine = create_store_engine(resolve_url(store_url))
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
        rows = [codec.document_row(d, outlet_id=None, extractor="v1", now=now) for d in docs]
        conn.execute(insert(documents), [{k: v for k, v in r.items() if k != "story_keys"} for r in rows])
    engine.dispose()
    with Store(store_url) as store:
        assert store.story_keys() == {d.id: story_keys(d.text) for d in docs}


@pytest.mark.parametrize("snapshot", [False, True])
def test_only_texts_sharing_a_key_are_shingled(store: Store, snapshot: bool) -> None:
    kb = make_kb()
    copy_a, copy_b = doc(date(2023, 3, 2), text=WIRE), doc(date(2023, 3, 3), text="Updated. " + WIRE)
    others = [doc(date(2023, 3, 2 + n)) for n in range(3)]
    said = doc(date(2023, 4, 6))
    records = [(d, [event(d, place="AF-KAB", when=date(2023, 3, 1))], []) for d in (copy_a, copy_b, *others)]
    records.append((said, [], [claim(said)]))
    save(store, kb, records)
    shingled: list[str] = []
    counting = lambda text: shingled.append(text) or dedupe_shingles(text)  # noqa: E731
    dedupe_shingles = dedupe.shingles
    with patch.object(dedupe, "shingles", counting):
        on_store = shape(check_all(store, kb, record=False, snapshot=snapshot))
    assert sorted(shingled) == sorted([copy_a.text, copy_b.text])
    in_memory = shape(check_all(memory(kb, records), kb, record=False))
    assert on_store == in_memory
    (verdict,) = on_store.values()
    assert verdict[0] == "contradicted" and verdict[-1] == 4  # five reports, two of them one story
