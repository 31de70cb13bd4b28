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
