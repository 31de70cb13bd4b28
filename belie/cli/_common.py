"""Shared CLI plumbing: options, output formats, progress on a terminal only."""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import typer
from rich.console import Console

from belie.errors import ConfigError

__all__ = ["DbOption", "KnowledgeOption", "err_console", "open_output", "progress_bar", "workspace", "write_records"]

err_console = Console(stderr=True)

DbOption = typer.Option(
    None, "--db", envvar="BELIE_DB", show_envvar=True,
    help="Store: an SQLite file path or an SQLAlchemy URL (postgresql+psycopg://...). "
         "Default: belie.db in the user data directory.",
)
KnowledgeOption = typer.Option(
    None, "--knowledge", envvar="BELIE_KNOWLEDGE", show_envvar=True,
    help="Extra knowledge directory (actors/places YAML) that adds to or overrides the built-in data.",
)

FORMATS = ("jsonl", "json", "csv")


def workspace(db: str | None, knowledge: list[Path] | None = None):
    from belie.workspace import open_store

    return open_store(db, knowledge=knowledge or ())


def check_format(value: str, allowed: Iterable[str]) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise ConfigError(f"Unknown format {value!r}. Use one of: {', '.join(allowed)}.")
    return value


@contextmanager
def open_output(out: Path | None) -> Iterator[IO[str]]:
    """`-` or nothing means stdout."""
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def write_records(records: Iterable[dict[str, Any]], fmt: str, handle: IO[str],
                  flatten=None) -> int:
    """Write dicts as JSON Lines, one JSON array, or CSV (rows made by `flatten`)."""
    n = 0
    if fmt == "jsonl":
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        rows = list(records)
        json.dump(rows, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
        n = len(rows)
    else:
        writer = None
        for rec in records:
            row = flatten(rec) if flatten else rec
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            n += 1
    return n


@contextmanager
def progress_bar(total: int, label: str):
    """A rich progress bar on a terminal; silent when stderr is piped. Yields an advance(name, n)."""
    if not err_console.is_terminal or total <= 1:
        yield lambda name, n: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), TextColumn("{task.fields[name]}"), console=err_console,
                  transient=True) as bar:
        task = bar.add_task(label, total=total, name="")
        yield lambda name, n: bar.update(task, advance=1, name=Path(name).name[-40:])
