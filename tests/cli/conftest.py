from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belie.cli import app

RAID = """---
url: https://news.example.org/2023/03/14/balkh-raid
title: Taliban forces raid ISKP hideout in Balkh
publisher: Example Wire
published: 2023-03-14
---
Taliban special forces raided an Islamic State Khorasan hideout in Mazar-e-Sharif on Monday,
killing three militants and arresting two others, a Taliban spokesman said.
"""

DENIAL = """---
url: https://news.example.org/2023/03/20/minister-denies-daesh
title: Minister says Daesh has no presence
publisher: Example Wire
published: 2023-03-20
---
Afghanistan's acting foreign minister Amir Khan Muttaqi said on Sunday that Daesh has no
physical presence in Afghanistan.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "raid.txt").write_text(RAID, encoding="utf-8")
    (folder / "denial.txt").write_text(DENIAL, encoding="utf-8")
    return folder


@pytest.fixture
def belie(runner, tmp_path):
    """Run the CLI against a fresh store; returns (exit_code, stdout, stderr)."""
    db = str(tmp_path / "store.db")

    def run(*args: str):
        result = runner.invoke(app, [*args, "--db", db] if args[0] not in ("kb",) else list(args))
        return result

    run.db = db
    return run


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
