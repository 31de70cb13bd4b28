"""Typed records of the knowledge base and the lookups over them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

__all__ = [
    "Actor",
    "Affiliation",
    "Alias",
    "ContextRule",
    "KnowledgeBase",
    "Place",
    "SurfaceForm",
    "normalize",
]

_PUNCT = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """Key for name lookups: accents stripped, case folded, punctuation and spacing collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ish = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_ish = ascii_ish.replace("\u2019", "'").replace("'", "")
    return " ".join(_PUNCT.sub(" ", ascii_ish.casefold()).split())


@dataclass(frozen=True)
class Alias:
    text: str
    case_sensitive: bool = False  # short acronyms (IS, US, ISI) only count written as given


@dataclass(frozen=True)
class Affiliation:
    actor: str  # canonical name of the group/state
    role: str | None = None
    start: date | None = None
    end: date | None = None

    def holds_on(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Actor:
    name: str
    kind: str
    family: str
    parent: str | None = None
    aliases: list[Alias] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    country: str | None = None
    assessor: bool = False
    description: str = ""
    source: str = ""

    def affiliation_on(self, when: date | None = None) -> Affiliation | None:
        current = [a for a in self.affiliations if a.holds_on(when)]
        if not current:
            return self.affiliations[-1] if self.affiliations else None
        return max(current, key=lambda a: a.start or date.min)


@dataclass
class Place:
    id: str
    name: str
    kind: str
    country: str
    admin1: str | None = None
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    source: str = ""


@dataclass(frozen=True)
class ContextRule:
    """A surface form whose meaning depends on who speaks ("Khawarij")."""

    alias: str
    by_speaker_family: tuple[tuple[str, str], ...]  # (speaker family, actor name)
    default: str | None = None


@dataclass(frozen=True)
class SurfaceForm:
    text: str
    target: str  # actor name or place id
    case_sensitive: bool = False


class KnowledgeBase:
    """Everything belie knows about the region's actors, places and vocabularies."""

    def __init__(
        self,
        actors: Iterable[Actor] = (),
        places: Iterable[Place] = (),
        context_rules: Iterable[ContextRule] = (),
        vocabularies: dict[str, dict] | None = None,
    ) -> None:
        self.actors: dict[str, Actor] = {a.name: a for a in actors}
        self.places: dict[str, Place] = {p.id: p for p in places}
        self.context_rules: dict[str, ContextRule] = {normalize(r.alias): r for r in context_rules}
        self.vocabularies: dict[str, dict] = vocabularies or {}
        self._actor_index = self._index_actors()
        self._place_index = self._index_places()

    # ------------------------------------------------------------------ actors
    def _index_actors(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for actor in self.actors.values():
            index.setdefault(normalize(actor.name), actor.name)
        for actor in self.actors.values():
            for alias in actor.aliases:
                index.setdefault(normalize(alias.text), actor.name)
        return index

    def actor(self, name: str | None) -> Actor | None:
        """The actor with this canonical name or alias, or None."""
        if not name:
            return None
        if name in self.actors:
            return self.actors[name]
        hit = self._actor_index.get(normalize(name))
        return self.actors[hit] if hit else None

    def resolve_actor(self, surface: str, *, speaker: str | None = None, when: date | None = None) -> Actor | None:
        """Resolve a surface form in context: context rules first, then aliases."""
        rule = self.context_rules.get(normalize(surface))
        if rule:
            family = self.speaker_family(speaker, when) if speaker else None
            for fam, target in rule.by_speaker_family:
                if fam == family:
                    return self.actors.get(target)
            if rule.default:
                return self.actors.get(rule.default)
        return self.actor(surface)

    def speaker_family(self, speaker: str | None, when: date | None = None) -> str | None:
        party = self.effective_party(speaker, when) if speaker else None
        return self.family(party) if party else None

    def family(self, name: str | None) -> str | None:
        actor = self.actor(name)
        return actor.family if actor else None

    def effective_party(self, name: str | None, when: date | None = None) -> str | None:
        """The group or state an actor stands for: a unit's parent, a person's affiliation."""
        actor = self.actor(name)
        seen: set[str] = set()
        while actor and actor.name not in seen:
            seen.add(actor.name)
            if actor.kind == "person":
                aff = actor.affiliation_on(when)
                actor = self.actor(aff.actor) if aff else None
                continue
            if actor.parent:
                actor = self.actor(actor.parent)
                continue
            return actor.name
        return actor.name if actor else None

    def is_assessor(self, name: str | None, when: date | None = None) -> bool:
        actor = self.actor(name)
        if actor is None:
            return False
        if actor.assessor:
            return True
        party = self.actor(self.effective_party(actor.name, when))
        return bool(party and party.assessor and actor.kind in ("body", "research"))

    def actor_forms(self) -> Iterator[SurfaceForm]:
        for actor in self.actors.values():
            yield SurfaceForm(actor.name, actor.name, False)
            for alias in actor.aliases:
                yield SurfaceForm(alias.text, actor.name, alias.case_sensitive)

    # ------------------------------------------------------------------ places
    def _index_places(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for place in self.places.values():
            for form in (place.name, *place.aliases):
                ids = index.setdefault(normalize(form), [])
                if place.id not in ids:
                    ids.append(place.id)
        return index

    def place(self, place_id: str | None) -> Place | None:
        return self.places.get(place_id) if place_id else None

    def resolve_place(self, surface: str, *, country: str | None = None) -> Place | None:
        """The place a name most likely means; `country` breaks ties between homonyms."""
        ids = self._place_index.get(normalize(surface), [])
        candidates = [self.places[i] for i in ids]
        if country:
            local = [p for p in candidates if p.country == country]
            candidates = local or candidates
        if not candidates:
            return None
        return min(candidates, key=_place_rank)

    def place_forms(self) -> Iterator[SurfaceForm]:
        for place in self.places.values():
            yield SurfaceForm(place.name, place.id, False)
            for alias in place.aliases:
                yield SurfaceForm(alias, place.id, False)

    def ancestors(self, place_id: str) -> list[str]:
        """The place's id, then each container up to the country."""
        chain: list[str] = []
        current = self.places.get(place_id)
        while current and current.id not in chain:
            chain.append(current.id)
            current = self.places.get(current.parent) if current.parent else None
        return chain or [place_id]

    def within(self, inner: str | None, outer: str | None) -> bool:
        """True when place/code `inner` lies in `outer` (ids or ISO codes; AF-KAB within AF)."""
        if not outer:
            return True
        if not inner:
            return False
        return outer in self.ancestors(inner)

    # ------------------------------------------------------------------ vocabularies
    def vocabulary(self, name: str) -> dict:
        return self.vocabularies.get(name, {})


_KIND_RANK = {"country": 0, "admin1": 1, "city": 2, "district": 3, "neighbourhood": 4, "border": 5}


def _place_rank(place: Place) -> tuple[int, int]:
    return (_KIND_RANK.get(place.kind, 9), -(place.population or 0))
