"""Ingesting a messy folder: bad files are named, good ones stored once, re-runs change nothing."""
from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import RAID, jsonl


def _messy(folder: Path) -> dict[str, str]:
    (folder / "good.txt").write_text(RAID, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Peshawar caf\xe9 attack".encode("utf-8")[:-0] + b"\xff\xfe bad")
    (folder / "broken.txt").write_text("---\ntitle: [unclosed\n---\nBody text here.\n", encoding="utf-8")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return {"binary.txt": "binary", "empty.txt": "empty", "latin1.txt": "UTF-8",
            "broken.txt": "front matter", "huge.txt": "MB"}


def test_bad_files_are_reported_and_good_ones_stored_once(belie, tmp_path):
    folder = tmp_path / "messy"
    folder.mkdir()
    bad = _messy(folder)
    first = belie("ingest", str(folder))
    assert first.exit_code == 1
    for name, word in bad.items():
        line = next((ln for ln in first.stderr.splitlines() if name in ln), "")
        assert word.lower() in line.lower(), f"{name}: {line!r}"
    assert "1 ingested" in first.stderr and "5 failed" in first.stderr
    docs_before = belie("db", "stats", "--format", "json").stdout
    events_before = jsonl(belie("export", "events").stdout)

    second = belie("ingest", str(folder))
    assert "0 ingested" in second.stderr and "1 unchanged" in second.stderr
    assert belie("db", "stats", "--format", "json").stdout == docs_before
    assert jsonl(belie("export", "events").stdout) == events_before


def test_missing_path_is_a_clear_error(belie, tmp_path):
    result = belie("ingest", str(tmp_path / "nope"))
    assert result.exit_code != 0
    assert "nope" in (result.stderr + str(result.exception))
