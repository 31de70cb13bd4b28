"""`belie check`, `belie speakers`, `belie report`."""
from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import typer

from belie.cli._common import (DbOption, KnowledgeOption, check_format, err_console, open_output, progress_bar,
                               workspace, write_records)
from belie.config import DEFAULT_WINDOW_DAYS
from belie.errors import BelieError, ConfigError

CHECK_FORMATS = ("table", "jsonl", "json")


def check(
    text: str = typer.Argument(None, help="A claim in plain words, e.g. \"There is no Daesh in Afghanistan\"."),
    all_: bool = typer.Option(False, "--all", help="Judge every stored claim and record changed verdicts."),
    changed: bool = typer.Option(False, "--changed", help="List claims whose verdict changed at the last check."),
    as_of: str = typer.Option(None, "--as-of", help="Date the ad-hoc claim is made (YYYY-MM-DD); default today."),
    fmt: str = typer.Option(None, "--format", "-f", help="table (terminal default), jsonl (piped default) or json"),
    window_days: int = typer.Option(DEFAULT_WINDOW_DAYS, "--window-days", help="Evidence window around the claim date."),
    db: str = DbOption,
    knowledge: list[Path] = KnowledgeOption,
) -> None:
    """Judge claims against the stored evidence: stored ones (--all) or one you type.

    Labels: supported, contradicted, disputed (both), unverified (no evidence in the store —
    not a sign the claim is true). Each verdict cites its evidence with a one-line reason.

    Examples:
      belie check --all
      belie check "There is no Daesh in Afghanistan" --as-of 2023-04-01 --format json
      belie check --changed
    """
    fmt = check_format(fmt or ("table" if sys.stdout.isatty() else "jsonl"), CHECK_FORMATS)
    if sum([bool(text), all_, changed]) != 1:
        raise ConfigError("Give exactly one of: a claim TEXT, --all, or --changed. "
                          "Example: belie check \"ISKP is active in Kabul\" --as-of 2023-03-01")
    with workspace(db, knowledge) as ws:
        ws.window_days = window_days
        if text:
            _adhoc(ws, text, _parse_date(as_of), fmt)
        elif all_:
            _all(ws, fmt)
        else:
            _changed(ws, fmt)


def _parse_date(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise ConfigError(f"--as-of {value!r} is not a date. Use YYYY-MM-DD, e.g. --as-of 2023-04-01.") from None


def _adhoc(ws, text: str, as_of: date, fmt: str) -> None:
    claim, verdict = ws.check(text, as_of)
    if fmt == "table":
        from belie.report import render_check_table

        err_console.print(f"Understood: {claim.kind} / {claim.polarity} about "
                          f"{', '.join(s.name for s in claim.subjects) or 'any armed group'} in "
                          f"{claim.location.admin1 or claim.location.country or 'anywhere'}", highlight=False)
        _print_table(render_check_table([verdict], {claim.id: claim}))
        return
    out = verdict.to_json() | {"claim": claim.to_json()}
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")


def _all(ws, fmt: str) -> None:
    with progress_bar(ws.store.stats()["claims"], "checking claims") as advance:
        verdicts = ws.check_all(progress=advance)
    if fmt == "table":
        from belie.report import render_check_table

        claims = {c.id: c for c in ws.store.claims()}
        _print_table(render_check_table(verdicts, claims))
        return
    write_records((v.to_json() for v in verdicts), fmt, sys.stdout)


def _changed(ws, fmt: str) -> None:
    pairs = ws.store.changed_verdicts(include_new=False)
    rows = [{"claim_id": cur.claim_id, "previous": prev.label if prev else None, "label": cur.label,
             "checked_at": cur.checked_at.isoformat() if cur.checked_at else None} for prev, cur in pairs]
    if fmt == "table":
        from rich.table import Table

        table = Table("claim", "was", "now", "checked at", title=f"{len(rows)} verdict(s) changed")
        for r in rows:
            table.add_row(r["claim_id"], str(r["previous"]), r["label"], str(r["checked_at"]))
        _print_table(table)
        return
    write_records(rows, fmt, sys.stdout)


def _print_table(table) -> None:
    from rich.console import Console

    Console().print(table)


def speakers(
    fmt: str = typer.Option(None, "--format", "-f", help="table (terminal default), jsonl or json"),
    db: str = DbOption,
    knowledge: list[Path] = KnowledgeOption,
) -> None:
    """Each speaker's track record: claims checked, contradicted, supported, disputed.

    Uses the verdicts recorded by the last `belie check --all`.

    Example: belie speakers --format json
    """
    from belie.verify import speaker_records

    fmt = check_format(fmt or ("table" if sys.stdout.isatty() else "jsonl"), CHECK_FORMATS)
    with workspace(db, knowledge) as ws:
        records = speaker_records(ws.store, ws.kb)
    if fmt == "table":
        from belie.report import render_speaker_table

        _print_table(render_speaker_table(records))
        return
    write_records((r.to_json() for r in records), fmt, sys.stdout)


def report(
    out: Path = typer.Option(Path("belie-report.html"), "--out", "-o", help="File to write ('-' = stdout)."),
    fmt: str = typer.Option(None, "--format", "-f", help="html or md (default: from --out's suffix)"),
    db: str = DbOption,
    knowledge: list[Path] = KnowledgeOption,
) -> None:
    """Write one self-contained brief (HTML or Markdown) of every checked claim and its evidence.

    Runs the checks first, so the brief is current. The HTML needs no network to view.

    Example: belie report --out brief.html
    """
    fmt = check_format(fmt or ("md" if out.suffix.lower() in (".md", ".markdown") else "html"), ("html", "md"))
    with workspace(db, knowledge) as ws:
        path = write_report(ws, out, fmt)
    if path:
        err_console.print(f"report written to {path}", highlight=False)


def write_report(ws, out: Path, fmt: str) -> Path | None:
    from belie.report import build_report_context, render_html, render_markdown

    verdicts = ws.check_all()
    context = build_report_context(ws.store, ws.kb, verdicts)
    text = render_html(context) if fmt == "html" else render_markdown(context)
    with open_output(out) as handle:
        handle.write(text)
    return None if str(out) == "-" else out.resolve()


__all__ = ["BelieError", "check", "report", "speakers", "write_report"]
