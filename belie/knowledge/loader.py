"""Load the packaged knowledge files plus user directories into a validated KnowledgeBase.

A knowledge directory holds any of these files (same format as belie/knowledge/data/):
  actors*.yaml        `actors:` list and `context_rules:` list
  places*.csv         generated gazetteer rows (id,name,kind,country,admin1,parent,aliases,lat,lon,...)
  places*.yaml        `places:` list (hand-written districts, neighbourhoods, landmarks)
  vocabularies*.yaml  `event_types:`, `claim_kinds:`, `verdict_labels:`, `outlet_types:`, `outlets:`
Directories load in order: the packaged data, then each user directory (`--knowledge DIR`
or BELIE_KNOWLEDGE, os.pathsep-separated). An entry whose name (actor) or id (place) already
exists REPLACES the earlier entry as a whole; a context rule replaces the rule of the same
alias; vocabulary entries replace by key; everything else adds. Within one directory a
repeated name is an error. Every problem is collected and raised once as KnowledgeError.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from belie.errors import KnowledgeError
from belie.knowledge.base import KnowledgeBase
from belie.knowledge.records import Actor, ContextRule, Place, normalize
from belie.knowledge.schema import LINE, parse_actor, parse_place, parse_rule, read_csv, read_yaml
from belie.knowledge.validate import check_actors, check_places, check_vocabularies, fill_place_codes

__all__ = ["DATA", "default_knowledge", "load_knowledge"]

DATA = Path(__file__).parent / "data"


@dataclass
class _Layers:
    """Entries merged so far, later directories replacing earlier ones by name/id."""

    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    rules: dict[str, ContextRule] = field(default_factory=dict)
    vocab: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_knowledge(extra_dirs: Sequence[Path | str] = ()) -> KnowledgeBase:
    """Read, merge and validate the packaged data and `extra_dirs`; raise KnowledgeError on any problem."""
    layers = _Layers()
    for folder in [DATA, *map(Path, extra_dirs)]:
        if not folder.is_dir():
            layers.problems.append(f"{folder}: knowledge directory not found; pass an existing directory "
                                   "to --knowledge or BELIE_KNOWLEDGE")
            continue
        _load_dir(folder, layers)
    places = list(layers.places.values())
    fill_place_codes(layers.places, layers.problems)
    check_places(layers.places, layers.problems)
    check_actors(layers.actors, layers.rules, layers.places, layers.problems)
    check_vocabularies(layers.vocab, layers.problems)
    if layers.problems:
        raise KnowledgeError(layers.problems)
    return KnowledgeBase(layers.actors.values(), places, layers.rules.values(), layers.vocab)


def _load_dir(folder: Path, layers: _Layers) -> None:
    seen_actors: dict[str, str] = {}
    seen_places: dict[str, str] = {}
    for path in sorted(folder.glob("actors*.yaml")):
        data = read_yaml(path, layers.problems)
        for entry in data.get("actors") or []:
            actor = parse_actor(entry, path, layers.problems)
            if actor and _first_in_dir(actor.name, actor.source, seen_actors, layers.problems):
                layers.actors[actor.name] = actor
        for entry in data.get("context_rules") or []:
            if rule := parse_rule(entry, path, layers.problems):
                layers.rules[normalize(rule.alias)] = rule
    rows = [(p, r) for p in sorted(folder.glob("places*.csv")) for r in read_csv(p, layers.problems)]
    rows += [(p, r) for p in sorted(folder.glob("places*.yaml")) for r in _yaml_places(p, layers.problems)]
    for path, row in rows:
        place = parse_place(row, path, layers.problems)
        if place and _first_in_dir(place.id, place.source, seen_places, layers.problems):
            layers.places[place.id] = place
    for path in sorted(folder.glob("vocabularies*.yaml")):
        _merge_vocab(layers.vocab, read_yaml(path, layers.problems))


def _yaml_places(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    entries = read_yaml(path, problems).get("places") or []
    bad = [e for e in entries if not isinstance(e, dict)]
    problems.extend(f"{path}: place entry must be a mapping, got {e!r}" for e in bad)
    return [e for e in entries if isinstance(e, dict)]


def _first_in_dir(key: str, source: str, seen: dict[str, str], problems: list[str]) -> bool:
    if key in seen:
        problems.append(f"{source}: {key!r} is defined twice in one directory (first at {seen[key]}); "
                        "keep one entry (to override a built-in entry, use your own directory)")
        return False
    seen[key] = source
    return True


def _merge_vocab(vocab: dict[str, Any], data: dict[str, Any]) -> None:
    for section, value in data.items():
        if section == LINE:
            continue
        value = _strip_lines(value)
        if section == "outlets" and isinstance(value, dict) and isinstance(vocab.get(section), dict):
            for kind, names in value.items():  # outlet lists add up
                vocab[section][kind] = [*vocab[section].get(kind, []), *(names or [])]
        elif isinstance(value, dict) and isinstance(vocab.get(section), dict):
            vocab[section].update(value)
        else:
            vocab[section] = value


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


@lru_cache(maxsize=1)
def _cached(extra: tuple[str, ...]) -> KnowledgeBase:
    return load_knowledge(extra)


def default_knowledge() -> KnowledgeBase:
    """The packaged knowledge plus BELIE_KNOWLEDGE directories, loaded once per distinct setting."""
    extra = tuple(p for p in os.environ.get("BELIE_KNOWLEDGE", "").split(os.pathsep) if p)
    return _cached(extra)


default_knowledge.cache_clear = _cached.cache_clear  # type: ignore[attr-defined]
