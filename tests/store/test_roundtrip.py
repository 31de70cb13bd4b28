"""Records come back exactly as saved: documents, events, claims, in order, streamed in chunks."""
from __future__ import annotations

import uuid
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belie.model import Document, Quantity
from belie.store import Store, reader

from tests.store import factories as f

# PostgreSQL text cannot hold NUL; lone surrogates are not valid UTF-8.
UNICODE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)


def test_document_round_trip(store: Store) -> None:
    d = f.doc(title="Ataque en Kabul — تحقیق", path="/data/a.md", language="fa", source_format="markdown",
              published=date(2021, 8, 1), published_precision="month",
              meta={"tags": ["kabul", "airport"], "nested": {"n": 1, "ok": True}, "score": 0.5})
    store.save(d, f.extraction(d))
    assert store.document(d.id) == d
    assert store.has_document(d.id)


def test_missing_records_are_none(store: Store) -> None:
    assert store.document("nope") is None and not store.has_document("nope")
    assert store.event("ev_nope") is None and store.claim("cl_nope") is None


def test_meta_dates_are_stored_as_iso_strings(store: Store) -> None:
    d = f.doc(meta={"seen": date(2021, 8, 27)})
    store.save(d, f.extraction(d))
    assert store.document(d.id).meta == {"seen": "2021-08-27"}


def test_event_round_trip_every_field(store: Store) -> None:
    d = f.doc()
    ev = f.full_event(d)
    store.save(d, f.extraction(d, [ev]))
    assert store.event(ev.id) == ev
    assert list(store.events()) == [ev]


def test_claim_round_trip_every_field(store: Store) -> None:
    d = f.doc()
    cl = f.full_claim(d)
    store.save(d, f.extraction(d, claims=[cl]))
    assert store.claim(cl.id) == cl
    assert list(store.claims()) == [cl]


def test_empty_quantity_reads_back_as_none(store: Store) -> None:
    d = f.doc()
    ev = f.event(d, killed=Quantity(), wounded=Quantity(low=0, high=0))
    store.save(d, f.extraction(d, [ev]))
    back = store.event(ev.id)
    assert back.killed is None and back.wounded == Quantity(low=0, high=0)


def _three_docs(store: Store) -> list:
    saved = []
    for n in range(3):
        d = f.doc(text=f"{f.TEXT} Copy {n}.", url=f"https://example.org/{n}")
        evs = [f.event(d, start, type=t) for start in (40, 0, 0) for t in ("attack", "clash")][:5]
        evs = list({e.id: e for e in evs}.values())
        cls = [f.claim(d, start) for start in (100, 90, 95)]
        store.save(d, f.extraction(d, evs, cls))
        saved.append((d, evs, cls))
    return saved


def test_events_and_claims_stream_in_document_order_across_chunks(store: Store) -> None:
    saved = _three_docs(store)
    want_events = [e.id for d, evs, _ in sorted(saved, key=lambda s: s[0].id)
                   for e in sorted(evs, key=lambda e: (e.span.start, e.id))]
    got = [e.id for e in reader.iter_events(store.engine, [], chunk=2)]
    assert got == want_events
    assert [e.id for e in store.events()] == want_events
    got_claims = [c.id for c in reader.iter_claims(store.engine, [], chunk=2)]
    assert sorted(got_claims) == sorted(c.id for _, _, cls in saved for c in cls)
    assert len(set(got_claims)) == len(got_claims)


def test_documents_stream_in_chunks(store: Store) -> None:
    saved = _three_docs(store)
    got = list(reader.iter_documents(store.engine, chunk=2))
    assert [d.id for d in got] == sorted(d.id for d, _, _ in saved)
    assert [d.id for d in store.documents()] == sorted(d.id for d, _, _ in saved)


def test_event_filters(store: Store) -> None:
    a, b = f.doc(url="https://example.org/a"), f.doc(url="https://example.org/b")
    raid = f.event(a, 0, type="raid", agents=[f.TALIBAN], targets=[f.ISKP])
    attack = f.event(a, 30, type="attack", agents=[f.TTP], targets=[f.CIVILIANS], country="PK")
    other = f.event(b, 0, type="attack")
    store.save(a, f.extraction(a, [raid, attack]))
    store.save(b, f.extraction(b, [other]))
    ids = lambda **kw: {e.id for e in store.events(**kw)}  # noqa: E731
    assert ids(document_id=a.id) == {raid.id, attack.id}
    assert ids(type="attack") == {attack.id, other.id}
    assert ids(families=["ISKP"]) == {raid.id, other.id}
    assert ids(families="TTP") == {attack.id}
    assert ids(country="PK") == {attack.id}
    assert ids(type="raid", country="PK") == set()


def test_claim_filters(store: Store) -> None:
    d = f.doc()
    deny = f.claim(d, 90)
    other = f.ActorRef(name="Shehbaz Sharif", kind="person", family="Pakistan")
    affirm = f.claim(d, 120, kind="territory_use", polarity="affirm", speaker=other, subjects=[f.TTP])
    store.save(d, f.extraction(d, claims=[deny, affirm]))
    assert [c.id for c in store.claims(kind="territory_use")] == [affirm.id]
    assert [c.id for c in store.claims(speaker="Zabihullah Mujahid")] == [deny.id]
    assert {c.id for c in store.claims(document_id=d.id)} == {deny.id, affirm.id}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=UNICODE.filter(bool), title=st.none() | UNICODE, name=UNICODE.filter(bool))
def test_unicode_round_trips(store: Store, text: str, title: str | None, name: str) -> None:
    d = Document(text=text, title=title, publisher=name, url=f"urn:uuid:{uuid.uuid4()}")
    ev = f.event(d, agents=[f.actor(name)], targets=[], quote=text)
    store.save(d, f.extraction(d, [ev]))
    assert store.document(d.id) == d
    assert store.event(ev.id) == ev
    assert store.outlet(name)["name"] == name
