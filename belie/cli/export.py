"""`belie export events|claims`."""
from __future__ import annotations

from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import typer

from belie.cli._common import DbOption, FORMATS, check_format, err_console, open_output, workspace, write_records


class What(str, Enum):
    events = "events"
    claims = "claims"


def export(
    what: What = typer.Argument(..., help="events or claims"),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (default), json or csv"),
    out: Path = typer.Option(None, "--out", "-o", help="Write here instead of stdout ('-' = stdout)."),
    db: str = DbOption,
) -> None:
    """Write every extracted event or claim, with its document and character span.

    Example: belie export claims --format csv --out claims.csv
    """
    check_format(fmt, FORMATS)
    with workspace(db) as ws, open_output(out) as handle:
        records = _records(ws, what)
        n = write_records(records, fmt, handle, flatten=FLATTEN[what])
    err_console.print(f"{n} {what.value} exported", highlight=False)


def _records(ws, what: What) -> Iterator[dict[str, Any]]:
    doc = lru_cache(maxsize=4096)(ws.store.document)
    items = ws.store.events() if what is What.events else ws.store.claims()
    for item in items:
        yield item.to_json(doc(item.document_id))


def _names(items) -> str:
    return "; ".join(i.get("name", "") for i in items or [])


def _flat_event(e: dict[str, Any]) -> dict[str, Any]:
    loc, when, doc = e["location"], e["date"], e["document"]
    return {
        "id": e["id"], "type": e["type"], "agents": _names(e["agents"]), "targets": _names(e["targets"]),
        "attribution": e["attribution"], "country": loc["country"], "admin1": loc["admin1"],
        "place": loc["name"], "date_start": when["start"], "date_end": when["end"],
        "killed": e["killed"], "wounded": e["wounded"], "arrested": e["arrested"],
        "seized": "; ".join(e["seized"]), "background": e["background"], "quote": e["evidence"]["text"],
        "start": e["evidence"]["start"], "end": e["evidence"]["end"],
        "document_url": doc.get("url"), "document_path": doc.get("path"), "document_id": doc.get("id"),
    }


def _flat_claim(c: dict[str, Any]) -> dict[str, Any]:
    loc, doc, sp = c["location"], c["document"], c["speaker"]
    return {
        "id": c["id"], "speaker": sp.get("name"), "speaker_role": sp.get("role"),
        "speaker_affiliation": sp.get("affiliation"), "kind": c["kind"], "polarity": c["polarity"],
        "subjects": _names(c["subjects"]), "country": loc["country"], "admin1": loc["admin1"],
        "date": c["date"], "quote": c["quote"], "start": c["evidence"]["start"], "end": c["evidence"]["end"],
        "document_url": doc.get("url"), "document_path": doc.get("path"), "document_id": doc.get("id"),
    }


FLATTEN = {What.events: _flat_event, What.claims: _flat_claim}
