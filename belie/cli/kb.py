"""`belie kb`: show what belie knows about actors and places, and why a name resolves as it does."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from belie.cli._common import KnowledgeOption
from belie.config import knowledge_dirs
from belie.errors import ConfigError
from belie.knowledge import KnowledgeBase, load_knowledge
from belie.knowledge.records import Actor, Place

__all__ = ["app"]

app = typer.Typer(help="Show what belie knows about actors and places, and why a name resolves.\n\n"
                       "Example: belie kb search Daesh", no_args_is_help=True)
console = Console()
FormatOption = typer.Option("table", "--format", "-f", help="Output: table or json.")


def _kb(knowledge: Optional[list[Path]]) -> KnowledgeBase:
    return load_knowledge(knowledge_dirs(knowledge))


def _check(fmt: str) -> None:
    if fmt not in ("table", "json"):
        raise ConfigError(f"Unknown format {fmt!r}. Use one of: table, json.")


def actor_record(kb: KnowledgeBase, actor: Actor) -> dict[str, Any]:
    """Everything known about an actor, JSON-ready."""
    chain, current = [], actor
    while current and current.parent and current.parent not in chain:
        chain.append(current.parent)
        current = kb.actors.get(current.parent)
    return {"type": "actor", "name": actor.name, "kind": actor.kind, "family": actor.family,
            "canonical": kb.canonical(actor.name), "parents": chain, "branch_of": actor.branch_of,
            "country": actor.country, "assessor": kb.is_assessor(actor.name), "non_state": kb.is_non_state(actor.name),
            "aliases": [a.text for a in actor.aliases if not a.case_sensitive and not a.needs_context],
            "acronyms": [a.text for a in actor.aliases if a.case_sensitive],
            "needs_context": [a.text for a in actor.aliases if a.needs_context],
            "affiliations": [_dated(asdict(a)) for a in actor.affiliations],
            "phases": [_dated(asdict(p)) for p in actor.phases], "description": actor.description, "source": actor.source}


def place_record(kb: KnowledgeBase, place: Place) -> dict[str, Any]:
    """Everything known about a place, JSON-ready."""
    return {"type": "place", "id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
            "admin1": place.admin1, "within": kb.ancestors(place.id)[1:], "aliases": place.aliases,
            "lat": place.lat, "lon": place.lon, "population": place.population, "source": place.source}


def _dated(record: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in record.items()}


@app.command()
def show(name: str = typer.Argument(..., help="An actor name or alias, or a place id or name."),
         fmt: str = FormatOption, knowledge: Optional[list[Path]] = KnowledgeOption) -> None:
    """Everything belie knows about one actor or place.

    Example: belie kb show "Zabihullah Mujahid"   (or: belie kb show AF-KAB/kabul/pd12)
    """
    _check(fmt)
    kb = _kb(knowledge)
    actor = kb.actor(name)
    place = kb.place(name) or kb.resolve_place(name)
    records = [r for r in (actor and actor_record(kb, actor), place and place_record(kb, place)) if r]
    if not records:
        raise ConfigError(f"Nothing known as {name!r}. Try `belie kb search {name}` for partial matches.")
    if fmt == "json":
        typer.echo(json.dumps(records if len(records) > 1 else records[0], ensure_ascii=False, indent=2))
        return
    for record in records:
        _print_record(record)


def _print_record(record: dict[str, Any]) -> None:
    table = Table(title=f"{record['type']}: {record.get('name')}", show_header=False)
    for key, value in record.items():
        if value in (None, [], "") or key == "type":
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = "\n".join(", ".join(f"{k}={v}" for k, v in item.items() if v is not None) for item in value)
        elif isinstance(value, list):
            value = " | ".join(map(str, value))
        table.add_row(key, str(value))
    console.print(table)


@app.command()
def search(text: str = typer.Argument(..., help="A name, alias or part of one."),
           fmt: str = FormatOption, limit: int = typer.Option(25, help="At most this many places."),
           knowledge: Optional[list[Path]] = KnowledgeOption) -> None:
    """Actors and places whose name or alias contains TEXT, and why an exact name resolves as it does.

    Example: belie kb search Khawarij
    """
    _check(fmt)
    kb = _kb(knowledge)
    result = search_result(kb, text, limit)
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_search(result)


def search_result(kb: KnowledgeBase, text: str, limit: int = 25) -> dict[str, Any]:
    """Matches and explanations for `belie kb search`, JSON-ready."""
    place = kb.resolve_place(text)
    return {
        "query": text,
        "actor": {"name": kb.actor(text).name, "why": kb.explain_actor(text)} if kb.actor(text) else None,
        "place": {"id": place.id, "why": f"{place.kind} {place.name!r} ({place.source})"} if place else None,
        "actors": [{"name": a.name, "kind": a.kind, "family": a.family} for a in kb.search_actors(text)],
        "places": [{"id": p.id, "name": p.name, "kind": p.kind} for p in kb.search_places(text, limit)],
    }


def _print_search(result: dict[str, Any]) -> None:
    if result["actor"]:
        console.print(f"[bold]{result['query']}[/] -> actor [bold]{result['actor']['name']}[/]: {result['actor']['why']}")
    if result["place"]:
        console.print(f"[bold]{result['query']}[/] -> place [bold]{result['place']['id']}[/]: {result['place']['why']}")
    for key, columns in (("actors", ("name", "kind", "family")), ("places", ("id", "name", "kind"))):
        if result[key]:
            table = Table(*columns, title=key)
            for row in result[key]:
                table.add_row(*(str(row[c]) for c in columns))
            console.print(table)
    if not (result["actors"] or result["places"]):
        console.print(f"No actor or place matches {result['query']!r}.")
