"""Entry-level parsing of knowledge files: YAML with line numbers, one entry -> one record.

Each `parse_*` returns the record (or None) and appends every problem it finds as
"file:line: entry 'NAME': what is wrong" to the `problems` list it is given.
"""
from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from belie.knowledge.records import ACTOR_KINDS, PLACE_KINDS, Actor, Affiliation, Alias, ContextRule, Phase, Place

__all__ = ["LINE", "parse_actor", "parse_place", "parse_rule", "read_csv", "read_yaml"]

LINE = "__line__"
ACTOR_KEYS = {"name", "kind", "family", "parent", "branch_of", "country", "aliases", "acronyms", "needs_context",
              "affiliations", "phases", "assessor", "non_state", "description", "stands_for_core_in", LINE}
AFFILIATION_KEYS = {"actor", "role", "start", "end", LINE}
PHASE_KEYS = {"status", "non_state", "start", "end", LINE}
RULE_KEYS = {"alias", "by_speaker_family", "by_date", "default", LINE}
PLACE_KEYS = {"id", "name", "kind", "country", "admin1", "parent", "aliases", "lat", "lon", "population",
              "case_sensitive", LINE}


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when available (5x faster)
    """SafeLoader that records each mapping's 1-based line under LINE."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=True)
        mapping[LINE] = node.start_mark.line + 1
        return mapping

    def construct_lenient_timestamp(self, node: yaml.ScalarNode) -> Any:
        """An impossible date (2021-13-01) stays a string, so validation reports it with its entry."""
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_lenient_timestamp)


def read_yaml(path: Path, problems: list[str]) -> dict[str, Any]:
    """The file's top-level mapping, or {} with a problem when it cannot be read."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (safe subclass)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        problems.append(f"{path}: cannot read as YAML ({err}); fix the syntax or remove the file")
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path}: top level must be a mapping (e.g. 'actors:'), got {type(data).__name__}")
        return {}
    return data


def read_csv(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    """Rows of a places CSV, each with its line number under LINE."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [{**row, LINE: i} for i, row in enumerate(csv.DictReader(handle), start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        problems.append(f"{path}: cannot read as CSV ({err})")
        return []


_PACKAGE = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=256)
def display_path(path: Path) -> str:
    """Packaged files relative to the project ('belie/knowledge/data/actors.yaml'), others as given."""
    try:
        return str(path.resolve().relative_to(_PACKAGE))
    except ValueError:
        return str(path)


def _where(path: Path, entry: dict[str, Any], label: str) -> str:
    line = entry.get(LINE)
    return f"{display_path(path)}:{line}: {label}" if line else f"{display_path(path)}: {label}"


def _unknown_keys(entry: dict[str, Any], allowed: set[str], where: str, problems: list[str]) -> None:
    extra = sorted(str(k) for k in entry if k not in allowed)
    if extra:
        valid = ", ".join(sorted(k for k in allowed if k != LINE))
        problems.append(f"{where}: unknown key(s) {', '.join(extra)}; valid keys: {valid}")


def _strings(value: Any, key: str, where: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        problems.append(f"{where}: '{key}' must be a list of names, got {value!r}")
        return []
    return [str(v) for v in value]


def _date(value: Any, key: str, where: str, problems: list[str]) -> date | None:
    if value is None or (isinstance(value, date)):
        return value
    problems.append(f"{where}: '{key}' must be a date YYYY-MM-DD, got {value!r}")
    return None


def _dated(entry: dict[str, Any], where: str, problems: list[str]) -> tuple[date | None, date | None]:
    start = _date(entry.get("start"), "start", where, problems)
    end = _date(entry.get("end"), "end", where, problems)
    if start and end and end < start:
        problems.append(f"{where}: end {end} is before start {start}")
    return start, end


def _required(entry: dict[str, Any], keys: tuple[str, ...], where: str, problems: list[str]) -> bool:
    missing = [k for k in keys if entry.get(k) in (None, "")]
    if missing:
        problems.append(f"{where}: missing required {', '.join(missing)}")
    return not missing


def parse_actor(entry: Any, path: Path, problems: list[str]) -> Actor | None:
    if not isinstance(entry, dict):
        problems.append(f"{path}: actor entry must be a mapping, got {entry!r}")
        return None
    where = _where(path, entry, f"actor {entry.get('name')!r}")
    _unknown_keys(entry, ACTOR_KEYS, where, problems)
    if not _required(entry, ("name", "kind", "family"), where, problems):
        return None
    if entry["kind"] not in ACTOR_KINDS:
        problems.append(f"{where}: unknown kind {entry['kind']!r}; use one of {', '.join(ACTOR_KINDS)}")
    aliases = [Alias(a) for a in _strings(entry.get("aliases"), "aliases", where, problems)]
    aliases += [Alias(a, True) for a in _strings(entry.get("acronyms"), "acronyms", where, problems)]
    aliases += [Alias(a, False, True) for a in _strings(entry.get("needs_context"), "needs_context", where, problems)]
    return Actor(
        name=str(entry["name"]), kind=str(entry["kind"]), family=str(entry["family"]),
        parent=entry.get("parent"), branch_of=entry.get("branch_of"), aliases=aliases,
        affiliations=_affiliations(entry.get("affiliations"), where, problems),
        phases=_phases(entry.get("phases"), where, problems), country=entry.get("country"),
        stands_for_core_in=[str(c) for c in entry.get("stands_for_core_in") or []],
        assessor=_flag(entry, "assessor", where, problems), non_state=_flag(entry, "non_state", where, problems),
        description=str(entry.get("description") or ""), source=where.rsplit(": ", 1)[0],
    )


def _flag(entry: dict[str, Any], key: str, where: str, problems: list[str]) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        problems.append(f"{where}: '{key}' must be true or false, got {value!r}")
        return False
    return value


def _affiliations(raw: Any, where: str, problems: list[str]) -> list[Affiliation]:
    out: list[Affiliation] = []
    for item in raw or []:
        if not isinstance(item, dict) or not item.get("actor"):
            problems.append(f"{where}: affiliation {item!r} needs at least 'actor'")
            continue
        _unknown_keys(item, AFFILIATION_KEYS, where, problems)
        start, end = _dated(item, where, problems)
        out.append(Affiliation(str(item["actor"]), item.get("role"), start, end))
    return out


def _phases(raw: Any, where: str, problems: list[str]) -> list[Phase]:
    out: list[Phase] = []
    for item in raw or []:
        if not isinstance(item, dict) or "status" not in item or not isinstance(item.get("non_state"), bool):
            problems.append(f"{where}: phase {item!r} needs 'status' and 'non_state: true/false'")
            continue
        _unknown_keys(item, PHASE_KEYS, where, problems)
        start, end = _dated(item, where, problems)
        out.append(Phase(str(item["status"]), item["non_state"], start, end))
    return sorted(out, key=lambda p: p.start or date.min)


def parse_rule(entry: Any, path: Path, problems: list[str]) -> ContextRule | None:
    if not isinstance(entry, dict):
        problems.append(f"{path}: context rule must be a mapping, got {entry!r}")
        return None
    where = _where(path, entry, f"context rule {entry.get('alias')!r}")
    _unknown_keys(entry, RULE_KEYS, where, problems)
    by_family = entry.get("by_speaker_family") or {}
    if not isinstance(by_family, dict) or not (by_family or entry.get("by_date")) or not entry.get("alias"):
        problems.append(f"{where}: needs 'alias' and 'by_speaker_family: {{FAMILY: ACTOR, ...}}' "
                        "and/or 'by_date: [{{start, end, actor}}, ...]'")
        return None
    pairs = tuple((str(k), str(v)) for k, v in by_family.items() if k != LINE)
    return ContextRule(str(entry["alias"]), pairs, entry.get("default"), where.rsplit(": ", 1)[0],
                       _rule_dates(entry.get("by_date"), where, problems))


def _rule_dates(raw: Any, where: str, problems: list[str]) -> tuple[tuple[date | None, date | None, str], ...]:
    out = []
    for item in raw or []:
        if not isinstance(item, dict) or not item.get("actor"):
            problems.append(f"{where}: by_date item {item!r} needs 'actor' and 'start'/'end'")
            continue
        _unknown_keys(item, AFFILIATION_KEYS - {"role"}, where, problems)
        start, end = _dated(item, where, problems)
        out.append((start, end, str(item["actor"])))
    return tuple(out)


def parse_place(entry: dict[str, Any], path: Path, problems: list[str]) -> Place | None:
    where = _where(path, entry, f"place {entry.get('id')!r}")
    _unknown_keys(entry, PLACE_KEYS, where, problems)
    if not _required(entry, ("id", "name", "kind"), where, problems):
        return None
    if entry["kind"] not in PLACE_KINDS:
        problems.append(f"{where}: unknown kind {entry['kind']!r}; use one of {', '.join(PLACE_KINDS)}")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):  # CSV: '|'-separated
        aliases = [a for a in aliases.split("|") if a]
    lat, lon = _coord(entry, "lat", 90, where, problems), _coord(entry, "lon", 180, where, problems)
    return Place(
        id=str(entry["id"]), name=str(entry["name"]), kind=str(entry["kind"]), country=str(entry.get("country") or ""),
        admin1=entry.get("admin1") or None, parent=entry.get("parent") or None,
        aliases=_strings(aliases, "aliases", where, problems), lat=lat, lon=lon,
        population=int(entry["population"]) if str(entry.get("population") or "").isdigit() else None,
        case_sensitive=str(entry.get("case_sensitive", "")).lower() in ("true", "1", "yes"),
        source=where.rsplit(": ", 1)[0],
    )


def _coord(entry: dict[str, Any], key: str, limit: float, where: str, problems: list[str]) -> float | None:
    raw = entry.get(key)
    if raw in (None, ""):
        return None
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = float("nan")
    if not -limit <= value <= limit:
        problems.append(f"{where}: '{key}' must be a number between -{limit} and {limit}, got {raw!r}")
        return None
    return value
