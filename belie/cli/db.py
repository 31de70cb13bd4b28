"""`belie db ...`: look after the store."""
from __future__ import annotations

import json
import sys

import typer

from belie.cli._common import DbOption, workspace

app = typer.Typer(help="Look after the store (counts, schema).", no_args_is_help=True)


@app.command("stats")
def stats(
    fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
    db: str = DbOption,
) -> None:
    """Counts of documents, events by type, claims by kind, verdicts by label.

    Example: belie db stats --db analysis.db
    """
    with workspace(db) as ws:
        figures = ws.store.stats()
    if fmt == "json":
        sys.stdout.write(json.dumps(figures, indent=2, default=str) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("what", "count", title="belie store")
    for key, value in figures.items():
        if isinstance(value, dict):
            for sub, n in value.items():
                table.add_row(f"{key}: {sub}", str(n))
        else:
            table.add_row(key, str(value))
    Console().print(table)
