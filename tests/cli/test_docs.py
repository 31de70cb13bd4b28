"""Docs are tested: every command and setting the CLI offers is in the README, and every
command's help ends with an example."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from belie.cli import app

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix: str = "belie"):
    for name, cmd in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if hasattr(cmd, "commands"):  # a group (typer may vendor its own click)
            yield from _commands(cmd, path)
        else:
            yield path, cmd


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_cli_has_the_contract_commands():
    names = {path for path, _ in COMMANDS}
    assert {"belie ingest", "belie export", "belie check", "belie demo", "belie db stats",
            "belie reprocess"} <= names


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_is_in_the_readme(path, cmd):
    assert f"`{path}" in README, f"{path} is not documented in README.md"


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_help_ends_with_an_example(path, cmd):
    assert "Example" in (cmd.help or ""), f"{path} --help gives no example"


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_long_option_is_in_the_readme(path, cmd):
    for param in cmd.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt not in ("--help",):
                assert opt in README or opt.split("/")[0] in README, f"{path} {opt} undocumented"
