"""The notebook facade: belie.open_store(url) -> ingest / events / claims / check / reprocess."""
from __future__ import annotations

from datetime import date

import pytest

import belie
from tests.cli.conftest import DENIAL, RAID


@pytest.fixture
def ws(tmp_path):
    with belie.open_store(str(tmp_path / "ws.db")) as workspace:
        yield workspace


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "raid.txt").write_text(RAID, encoding="utf-8")
    (folder / "denial.txt").write_text(DENIAL, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    return folder


def test_ingest_reports_each_outcome_and_is_idempotent(ws, folder):
    first = ws.ingest([folder])
    assert (first.files, first.ingested, first.unchanged, len(first.failed)) == (3, 2, 0, 1)
    assert first.failed[0][0].endswith("bad.txt")
    events, claims = list(ws.events()), list(ws.claims())
    second = ws.ingest([folder])
    assert (second.ingested, second.unchanged, len(second.failed)) == (0, 2, 1)
    assert [e.id for e in ws.events()] == [e.id for e in events]
    assert [c.id for c in ws.claims()] == [c.id for c in claims]


def test_every_record_points_at_its_sentence(ws, folder):
    ws.ingest([folder])
    for item in [*ws.events(), *ws.claims()]:
        doc = ws.store.document(item.document_id)
        assert doc.text[item.span.start:item.span.end] == item.quote


def test_reprocess_reextracts_only_documents_from_an_older_extractor(ws, folder):
    ws.ingest([folder])
    assert ws.reprocess()["reprocessed"] == 0
    ws.pipeline.version = ws.pipeline.version + "-next"
    assert len(ws.store.document_ids_needing(ws.pipeline.version)) == 2
    assert ws.reprocess()["reprocessed"] == 2
    assert ws.store.document_ids_needing(ws.pipeline.version) == []
    assert ws.ingest([folder]).unchanged == 2


def test_check_all_and_adhoc_check(ws, folder):
    ws.ingest([folder])
    verdicts = ws.check_all()
    assert {v.claim_id for v in verdicts} == {c.id for c in ws.claims()}
    claim, verdict = ws.check("There is no Daesh in Afghanistan", as_of=date(2023, 3, 25))
    assert (claim.kind, claim.polarity, [s.name for s in claim.subjects]) == ("presence", "deny", ["ISKP"])
    assert verdict.label == "contradicted"
    assert any(item.kind == "event" for item in verdict.evidence)


def test_reprocess_all_reextracts_every_document(ws, folder):
    ws.ingest([folder])
    assert ws.stale_documents() == []
    assert sorted(ws.stale_documents(everything=True)) == sorted(d.id for d in ws.store.documents())
    assert ws.reprocess(everything=True)["reprocessed"] == 2
