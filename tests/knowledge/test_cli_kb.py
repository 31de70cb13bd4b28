"""`belie kb show` and `belie kb search` (the sub-app alone, as the lead mounts it)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belie.cli.kb import app
from belie.errors import ConfigError

runner = CliRunner()


@pytest.mark.parametrize(("args", "key", "expected"), [
    (["show", "GDI", "--format", "json"], "canonical", "Taliban"),
    (["show", "Zabihullah Mujahid", "--format", "json"], "family", "Taliban"),
    (["show", "Dashti Barchi", "--format", "json"], "admin1", "AF-KAB"),
])
def test_show_json(args: list[str], key: str, expected: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[key] == expected


def test_show_place_gives_containment_chain() -> None:
    record = json.loads(runner.invoke(app, ["show", "PD12", "-f", "json"]).output)
    assert record["within"] == ["AF-KAB/kabul", "AF-KAB", "AF"]


def test_search_explains_alias_and_context_rule() -> None:
    daesh = json.loads(runner.invoke(app, ["search", "Daesh", "-f", "json"]).output)
    assert daesh["actor"]["name"] == "ISKP" and "alias 'Daesh' of ISKP" in daesh["actor"]["why"]
    khawarij = json.loads(runner.invoke(app, ["search", "Khawarij", "-f", "json"]).output)
    assert "context rule" in khawarij["actor"]["why"]
    assert {"ISKP", "TTP"} <= {a["name"] for a in khawarij["actors"]}


def test_search_table_output() -> None:
    result = runner.invoke(app, ["search", "Waziristan"])
    assert result.exit_code == 0 and "North Waziristan" in result.output


def test_show_unknown_name_says_what_to_do() -> None:
    result = runner.invoke(app, ["show", "Nobody Known Here"])
    assert isinstance(result.exception, ConfigError) and "belie kb search" in str(result.exception)


def test_knowledge_option_adds_entries(tmp_path: Path) -> None:
    (tmp_path / "actors_x.yaml").write_text("actors:\n  - {name: Local Militia, kind: group, family: Local Militia}\n")
    result = runner.invoke(app, ["show", "Local Militia", "-f", "json", "--knowledge", str(tmp_path)])
    assert result.exit_code == 0 and json.loads(result.output)["name"] == "Local Militia"


@pytest.mark.parametrize("command", ["show", "search"])
def test_help_ends_with_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert "Example: belie kb" in result.output
