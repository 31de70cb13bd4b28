"""`belie ingest` and `belie reprocess`."""
from __future__ import annotations

from pathlib import Path

import typer

from belie.cli._common import DbOption, KnowledgeOption, err_console, progress_bar, workspace


def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or directories (.txt .md .html .pdf .rss .atom .xml .jsonl)."),
    db: str = DbOption,
    knowledge: list[Path] = KnowledgeOption,
    max_file_mb: float = typer.Option(None, "--max-file-mb", envvar="BELIE_MAX_FILE_MB",
                                      help="Refuse files larger than this (default 20 MB)."),
) -> None:
    """Read documents, extract events and claims, and store them.

    Re-ingesting is idempotent: a document already stored with the same text and extractor is
    left unchanged. A bad file is reported on one line with the reason; the batch goes on.
    Exit status is 1 when any file failed.

    Example: belie ingest reports/ --db analysis.db
    """
    from belie.ingest import discover

    with workspace(db, knowledge) as ws:
        files = discover(paths)
        with progress_bar(len(files), "ingesting") as advance:
            report = ws.ingest(files, progress=advance, max_file_mb=max_file_mb)
    for source, reason in report.failed:
        err_console.print(f"[red]failed[/red] {source}: {reason}", highlight=False, soft_wrap=True)
    err_console.print(report.summary(), highlight=False)
    if report.failed:
        raise typer.Exit(1)


def reprocess(
    db: str = DbOption,
    knowledge: list[Path] = KnowledgeOption,
    everything: bool = typer.Option(False, "--all", help="Re-extract every document, not only stale ones."),
) -> None:
    """Re-extract stored documents whose extractor version is older than this belie's.

    Example: belie reprocess --db analysis.db
    """
    with workspace(db, knowledge) as ws:
        stale = len(ws.stale_documents(everything=everything))
        with progress_bar(stale, "re-extracting") as advance:
            done = ws.reprocess(everything=everything, progress=advance)
    err_console.print(f"{done['reprocessed']} document(s) re-extracted with {ws.pipeline.version}")
