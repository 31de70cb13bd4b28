"""`Store.documents_by_id`: many documents in few queries (the verifier's bulk read)."""
from __future__ import annotations

from dataclasses import replace

from belie.store import Store

from tests.store import factories as f


def test_reads_the_stored_ones_and_leaves_out_the_rest(store: Store) -> None:
    docs = [f.doc(f"Report number {n} about a raid in Kunar.", url=f"https://example.org/{n}") for n in range(1203)]
    store.save_many((d, f.extraction(d)) for d in docs)
    wanted = [d.id for d in docs[::2]] + ["no-such-document"]
    found = store.documents_by_id(wanted)
    assert set(found) == {d.id for d in docs[::2]}  # more than 500 ids: several queries
    assert found[docs[0].id] == store.document(docs[0].id)


def test_no_ids_reads_nothing(store: Store) -> None:
    assert store.documents_by_id([]) == {}


def test_text_of_an_unknown_document_is_none(store: Store) -> None:
    assert store.text_of("no-such-document") is None


def test_heads_are_documents_without_texts_with_their_story_keys(store: Store) -> None:
    from belie.shingles import story_keys

    docs = [f.doc(f"Officials in Herat said {n} fighters crossed the border at night.", url=f"https://example.org/h{n}")
            for n in range(3)]
    store.save_many((d, f.extraction(d)) for d in docs)
    heads = store.document_heads([d.id for d in docs] + ["no-such-document"])
    assert set(heads) == {d.id for d in docs}
    for d in docs:
        head, keys = heads[d.id]
        assert head == replace(store.document(d.id), text="")
        assert keys == story_keys(d.text) == store.story_keys([d.id])[d.id]
        assert store.text_of(d.id) == d.text


def test_texts_of_reads_many_texts_and_leaves_out_unknown_ids(store: Store) -> None:
    docs = [f.doc(f"A raid in Kunduz on day {n}.", url=f"https://example.org/k{n}") for n in range(601)]
    store.save_many((d, f.extraction(d)) for d in docs)
    found = store.texts_of([d.id for d in docs] + ["no-such-document"])
    assert found == {d.id: d.text for d in docs}  # more than 500 ids: two queries


def test_heads_decode_meta_and_missing_keys_row_by_row(store: Store) -> None:
    """A query's JSON is decoded in one call: each head still gets its own meta and keys, None where the
    store keeps no keys (a row written before keys were kept)."""
    from sqlalchemy import update

    from belie.store.schema import documents

    docs = [f.doc(f"Report {n} on a checkpoint attack in Khost.", url=f"https://example.org/m{n}",
                  meta={"feed": f"feed-{n}", "tags": ["a", n]} if n % 2 else {}) for n in range(4)]
    store.save_many((d, f.extraction(d)) for d in docs)
    with store.engine.begin() as conn:
        conn.execute(update(documents).where(documents.c.id == docs[1].id).values(story_keys=None))
    heads = store.document_heads([d.id for d in docs])
    assert [heads[d.id][0].meta for d in docs] == [d.meta for d in docs]
    assert heads[docs[1].id][1] is None
    assert all(heads[d.id][1] == store.story_keys([d.id])[d.id] for d in docs if d is not docs[1])
