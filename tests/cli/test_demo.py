"""`belie demo` works from a clean checkout and tells a newcomer what happened."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from belie.cli import app
from belie.demo import corpus_files


def test_demo_corpus_is_large_enough_and_well_formed():
    files = corpus_files()
    assert len(files) >= 12
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n") and "\npublished: " in text, path.name


def test_demo_ingests_checks_and_writes_the_report(tmp_path, monkeypatch):
    monkeypatch.setenv("BELIE_HOME", str(tmp_path))
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.stderr + str(result.exception)
    assert "contradicted" in result.stdout
    assert f"{len(corpus_files())} ingested" in result.stdout
    report = tmp_path / "demo-report.html"
    assert report.exists() and str(report) in result.stderr.replace("\n", "")
    HTMLParser().feed(report.read_text(encoding="utf-8"))
    # a second run starts fresh and gives the same summary
    again = CliRunner().invoke(app, ["demo"])
    assert again.exit_code == 0 and again.stdout == result.stdout
    assert Path(tmp_path / "demo.db").exists()
