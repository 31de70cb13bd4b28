"""The commands and JSON shapes of ../shared/contract/README.md."""
from __future__ import annotations

import csv
import io
import json

from tests.cli.conftest import jsonl


def test_ingest_export_and_check_produce_contract_shapes(belie, corpus):
    assert belie("ingest", str(corpus)).exit_code == 0
    events = jsonl(belie("export", "events", "--format", "jsonl").stdout)
    claims = jsonl(belie("export", "claims", "--format", "jsonl").stdout)
    assert events and claims
    for ev in events:
        assert {"id", "document", "type", "agents", "targets", "attribution", "location", "date",
                "killed", "arrested"} <= set(ev)
        assert {"url", "path"} <= set(ev["document"])
        assert {"country", "admin1", "name"} <= set(ev["location"])
        assert {"start", "end"} <= set(ev["date"])
        assert all("name" in a for a in ev["agents"] + ev["targets"])
    for cl in claims:
        assert {"id", "document", "speaker", "kind", "polarity", "subjects", "location", "date",
                "quote"} <= set(cl)
        assert {"name", "affiliation"} <= set(cl["speaker"])
    verdicts = jsonl(belie("check", "--all", "--format", "jsonl").stdout)
    assert {v["claim_id"] for v in verdicts} == {c["id"] for c in claims}
    for v in verdicts:
        assert v["label"] in ("supported", "contradicted", "disputed", "unverified")
        for item in v["evidence"]:
            assert {"kind", "id", "stance", "reason"} <= set(item)


def test_adhoc_check_prints_one_verdict_with_its_claim(belie, corpus):
    belie("ingest", str(corpus))
    result = belie("check", "There is no Daesh in Afghanistan", "--as-of", "2023-04-01", "--format", "json")
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["label"] in ("supported", "contradicted", "disputed", "unverified")
    assert out["claim"]["kind"] == "presence" and out["claim"]["polarity"] == "deny"


def test_export_formats_agree(belie, corpus):
    belie("ingest", str(corpus))
    as_jsonl = jsonl(belie("export", "claims").stdout)
    as_json = json.loads(belie("export", "claims", "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(belie("export", "claims", "--format", "csv").stdout)))
    assert as_jsonl == as_json
    assert [r["id"] for r in rows] == [c["id"] for c in as_jsonl]


def test_unknown_format_names_the_choices(belie, corpus):
    result = belie("export", "events", "--format", "jsn")
    assert result.exit_code != 0
    assert "jsonl" in str(result.exception) or "jsonl" in result.stderr


def test_bad_as_of_says_how_to_write_a_date(belie):
    result = belie("check", "ISKP is active in Kabul", "--as-of", "April 2023")
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in str(result.exception) + result.stderr
