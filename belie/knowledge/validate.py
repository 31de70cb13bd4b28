"""Cross-entry checks: references exist, aliases are not claimed twice, no containment cycles.

Each check appends "SOURCE: entry: problem; what to do" strings to `problems`.
"""
from __future__ import annotations

from typing import Any

from belie.knowledge.records import Actor, ContextRule, Place, acronym_key, normalize
from belie.knowledge.vocab import GRADES
from belie.model import CLAIM_KINDS, EVENT_TYPES, LABELS

__all__ = ["check_actors", "check_places", "check_vocabularies", "fill_place_codes"]


def check_actors(actors: dict[str, Actor], rules: dict[str, ContextRule], places: dict[str, Place],
                 problems: list[str]) -> None:
    for actor in actors.values():
        _check_refs(actor, actors, places, problems)
    _check_actor_cycles(actors, problems)
    _check_alias_clashes(actors, rules, problems)
    for rule in rules.values():
        for target in rule.targets():
            if target not in actors:
                problems.append(f"{rule.source}: context rule {rule.alias!r}: unknown actor {target!r}; "
                                "use a canonical actor name")


def _check_refs(actor: Actor, actors: dict[str, Actor], places: dict[str, Place], problems: list[str]) -> None:
    where = f"{actor.source}: actor {actor.name!r}"
    refs = [("parent", actor.parent), ("branch_of", actor.branch_of)]
    refs += [("affiliation", a.actor) for a in actor.affiliations]
    for key, target in refs:
        if target and target not in actors:
            problems.append(f"{where}: {key} {target!r} is not a known actor; use a canonical name "
                            "(see `belie kb search`) or add that actor")
    if actor.country and places.get(actor.country, None) is None:
        problems.append(f"{where}: country {actor.country!r} is not an ISO 3166-1 alpha-2 code known to the gazetteer")
    if actor.kind == "person" and not actor.affiliations:
        problems.append(f"{where}: a person needs at least one affiliation (actor, role)")


def _check_actor_cycles(actors: dict[str, Actor], problems: list[str]) -> None:
    for actor in actors.values():
        seen, current = [actor.name], actors.get(actor.parent or "")
        while current is not None:
            if current.name in seen:
                problems.append(f"{actor.source}: actor {actor.name!r}: parent chain loops "
                                f"({' -> '.join(seen + [current.name])}); break the cycle")
                break
            seen.append(current.name)
            current = actors.get(current.parent or "")


def _check_alias_clashes(actors: dict[str, Actor], rules: dict[str, ContextRule], problems: list[str]) -> None:
    owners: dict[tuple[bool, str], str] = {}
    for actor in actors.values():
        forms = [(actor.name, _acronym_named(actor))] + [(a.text, a.case_sensitive) for a in actor.aliases]
        for text, cased in forms:
            key = (cased, acronym_key(text) if cased else normalize(text))
            if not key[1] or (not cased and key[1] in rules):
                continue
            other = owners.setdefault(key, actor.name)
            if other != actor.name:
                problems.append(f"{actor.source}: actor {actor.name!r}: alias {text!r} is already an alias of "
                                f"{other!r}; remove one, or declare it ambiguous with a context rule")


def _acronym_named(actor: Actor) -> bool:
    return any(a.case_sensitive and a.text == actor.name for a in actor.aliases)


def fill_place_codes(places: dict[str, Place], problems: list[str]) -> None:
    """Derive country/admin1 from the parent chain where an entry leaves them out."""
    for place in places.values():
        chain = _chain(place, places)
        if not place.country:
            place.country = next((p.country for p in chain[1:] if p.country), "")
        if place.admin1 is None and place.kind not in ("country", "admin1"):
            place.admin1 = next((p.admin1 or (p.id if p.kind == "admin1" else None) for p in chain[1:]
                                 if p.admin1 or p.kind == "admin1"), None)
        if place.kind == "admin1":
            place.admin1 = place.id


def _chain(place: Place, places: dict[str, Place]) -> list[Place]:
    chain = [place]
    while (nxt := places.get(chain[-1].parent or "")) and nxt not in chain:
        chain.append(nxt)
    return chain


def check_places(places: dict[str, Place], problems: list[str]) -> None:
    for place in places.values():
        where = f"{place.source}: place {place.id!r}"
        if place.parent and place.parent not in places:
            problems.append(f"{where}: parent {place.parent!r} is not a known place id; use an id such as 'AF-KAB'")
        if not place.country or place.country not in places:
            problems.append(f"{where}: country {place.country!r} unknown; give 'country' (ISO alpha-2) or a parent")
        if place.admin1 and place.admin1 not in places:
            problems.append(f"{where}: admin1 {place.admin1!r} is not a known ISO 3166-2 code")
        chain = _chain(place, places)
        if chain[-1].parent and chain[-1].parent in places:
            problems.append(f"{where}: containment loops ({' -> '.join(p.id for p in chain)}); fix a parent")


def check_vocabularies(vocab: dict[str, Any], problems: list[str]) -> None:
    where = "vocabularies"
    for section, required in (("event_types", EVENT_TYPES), ("claim_kinds", CLAIM_KINDS), ("verdict_labels", LABELS)):
        missing = [k for k in required if k not in (vocab.get(section) or {})]
        if missing:
            problems.append(f"{where}: {section} lacks {', '.join(missing)}; every core value needs an entry")
    for name, spec in (vocab.get("event_types") or {}).items():
        pairs = (spec or {}).get("acled", []) if isinstance(spec, dict) else None
        if pairs is None or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            problems.append(f"{where}: event type {name!r}: 'acled' must be a list of [event type, sub-event type]")
    types = vocab.get("outlet_types") or {}
    for name, spec in types.items():
        if not isinstance(spec, dict) or spec.get("reliability") not in GRADES:
            problems.append(f"{where}: outlet type {name!r}: 'reliability' must be one of {', '.join(GRADES)}")
    for kind in vocab.get("outlets") or {}:
        if kind not in types:
            problems.append(f"{where}: outlets listed under unknown outlet type {kind!r}; "
                            f"use one of {', '.join(types)}")
