"""`belie demo`: the two-minute tour for a newcomer."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from belie.cli._common import err_console, progress_bar
from belie.config import data_dir


def demo(
    db: str = typer.Option(None, "--db", help="Store for the demo (default: demo.db in the user data directory)."),
    out: Path = typer.Option(None, "--out", "-o", help="Where to write the HTML brief."),
    fresh: bool = typer.Option(True, "--fresh/--keep", help="Start from an empty demo store (default)."),
) -> None:
    """Ingest the bundled demo corpus, check every claim and write an HTML brief.

    Example: belie demo
    """
    from belie.cli.check import write_report
    from belie.demo import corpus_files
    from belie.workspace import open_store

    home = data_dir()
    db_path = db or str(home / "demo.db")
    if fresh and db is None:
        for suffix in ("", "-wal", "-shm"):
            Path(db_path + suffix).unlink(missing_ok=True)
    out = out or home / "demo-report.html"
    with open_store(db_path) as ws:
        files = corpus_files()
        with progress_bar(len(files), "ingesting demo corpus") as advance:
            ingest = ws.ingest(files, progress=advance)
        verdicts = ws.check_all()
        path = write_report(ws, out, "html")
        _summarise(ws, ingest, verdicts)
    console = err_console
    console.print(f"\nstore:  {db_path}\nreport: {path}", highlight=False)
    console.print("next:   belie check \"There is no Daesh in Afghanistan\" --as-of 2023-04-01 "
                  f"--db {db_path}", highlight=False)


ORDER = {"contradicted": 0, "disputed": 1, "supported": 2, "unverified": 3}
SHOWN = 12


def _summarise(ws, ingest, verdicts) -> None:
    from rich.console import Console

    console = Console()
    claims = {c.id: c for c in ws.store.claims()}
    events = sum(1 for _ in ws.store.events())
    console.print(f"[bold]belie demo[/bold]: {ingest.summary()}; {events} events, {len(claims)} claims")
    labels = Counter(v.label for v in verdicts)
    console.print("verdicts: " + ", ".join(f"{n} {label}" for label, n in labels.most_common()))
    ranked = sorted((v for v in verdicts if v.claim_id in claims),
                    key=lambda v: (ORDER.get(v.label, 9), -len(v.evidence)))
    console.print(_table(ranked[:SHOWN], claims))
    if len(ranked) > SHOWN:
        console.print(f"… and {len(ranked) - SHOWN} more claims, with every piece of evidence, in the report.")


def _table(verdicts, claims):
    from rich.table import Table

    table = Table("verdict", "speaker", "claim", "said", "evidence", title="claims checked (strongest first)")
    for v in verdicts:
        claim = claims[v.claim_id]
        subjects = ", ".join(s.name for s in claim.subjects) or "any armed group"
        table.add_row(v.label, claim.speaker.name, f"{claim.kind} {claim.polarity}: {subjects}",
                      _short(claim.quote), str(len(v.evidence)))
    return table


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
