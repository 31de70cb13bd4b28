from datetime import date

from belie.model import ActorRef, Claim, DateRange, Document, Event, Quantity, Span, Verdict, make_id


def _doc(text="Taliban forces raided a hideout in Kabul.", url="https://example.org/a"):
    return Document(text=text, url=url, published=date(2023, 3, 1), published_precision="day")


def test_document_id_is_a_content_hash():
    assert _doc().id == _doc().id
    assert _doc().id != _doc(text="Other text.").id
    assert _doc().id != _doc(url="https://example.org/b").id


def test_make_id_distinguishes_none_from_empty_parts():
    assert make_id("a", None) == make_id("a", "")
    assert make_id("a", "b") != make_id("ab")


def test_event_json_has_the_contract_fields():
    doc = _doc()
    ev = Event(document_id=doc.id, type="raid", span=Span(0, 16), quote=doc.text[:16],
               agents=[ActorRef("Taliban")], targets=[ActorRef("ISKP")],
               date=DateRange(date(2023, 2, 28), date(2023, 2, 28)), killed=Quantity(3, 3, "three"))
    out = ev.to_json(doc)
    assert out["document"] == {"id": doc.id, "url": doc.url, "path": None, "title": None,
                               "publisher": None, "published": "2023-03-01"}
    assert out["agents"] == [{"name": "Taliban"}]
    assert out["date"]["start"] == out["date"]["end"] == "2023-02-28"
    assert out["killed"] == 3 and out["arrested"] is None
    assert out["id"].startswith("ev_") and out["id"] == Event(**{**ev.__dict__, "id": ""}).id


def test_claim_json_has_the_contract_fields():
    doc = _doc()
    cl = Claim(document_id=doc.id, speaker=ActorRef("Amir Khan Muttaqi", affiliation="Taliban"),
               kind="presence", polarity="deny", span=Span(0, 5), quote="There", subjects=[ActorRef("ISKP")],
               date=date(2023, 3, 15))
    out = cl.to_json(doc)
    assert out["speaker"] == {"name": "Amir Khan Muttaqi", "affiliation": "Taliban"}
    assert (out["kind"], out["polarity"], out["date"]) == ("presence", "deny", "2023-03-15")
    assert out["subjects"] == [{"name": "ISKP"}]


def test_verdict_json_shape():
    v = Verdict(claim_id="cl_1", label="unverified")
    out = v.to_json()
    assert out["claim_id"] == "cl_1" and out["label"] == "unverified" and out["evidence"] == []
