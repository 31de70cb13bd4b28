"""belie's command line: thin glue over the library (see belie.workspace)."""
from __future__ import annotations

import sys

import typer

from belie import __version__
from belie.cli import check as _check
from belie.cli import db as _db
from belie.cli import demo as _demo
from belie.cli import export as _export
from belie.cli import ingest as _ingest
from belie.errors import BelieError

__all__ = ["app", "main"]

app = typer.Typer(
    name="belie",
    help="Check what officials say about armed groups against the event record.\n\n"
         "Typical session: belie ingest reports/ ; belie check --all ; belie report --out brief.html",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(_ingest.ingest)
app.command()(_ingest.reprocess)
app.command()(_export.export)
app.command()(_check.check)
app.command()(_check.speakers)
app.command()(_check.report)
app.command()(_demo.demo)
app.add_typer(_db.app, name="db")


def _mount_kb() -> None:
    from belie.cli.kb import app as kb_app

    app.add_typer(kb_app, name="kb", help="Show what belie knows about actors and places, and why a name resolves.")


_mount_kb()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"belie {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """belie: claims against evidence, offline, with every verdict explained."""


def main() -> None:
    try:
        app()
    except BelieError as err:
        typer.echo(f"belie: {err}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("belie: interrupted", err=True)
        sys.exit(130)
