"""The KnowledgeBase: lookups over actors, places and vocabularies.

Actors resolve by canonical name or alias (case-, accent- and punctuation-insensitive),
except acronyms (IS, US, ISI...), which match only with their capitals, so "is" and "us"
never name anyone. Aliases flagged `needs_context` (bare surnames, common words) resolve
in name mode (`mentioned=None`) but, in running text, only once the full name was seen.
"""
from __future__ import annotations

from datetime import date
from typing import Collection, Iterable, Iterator

from belie.knowledge.places import PlaceLookups
from belie.knowledge.records import (
    Actor,
    Affiliation,
    Alias,
    ContextRule,
    EventType,
    OutletType,
    Phase,
    Place,
    SurfaceForm,
    acronym_key,
    normalize,
)
from belie.knowledge.vocab import Vocabularies

__all__ = [
    "Actor",
    "Affiliation",
    "Alias",
    "ContextRule",
    "EventType",
    "KnowledgeBase",
    "OutletType",
    "Phase",
    "Place",
    "SurfaceForm",
    "normalize",
]


class KnowledgeBase(PlaceLookups):
    """Everything belie knows about the region's actors, places and vocabularies."""

    def __init__(
        self,
        actors: Iterable[Actor] = (),
        places: Iterable[Place] = (),
        context_rules: Iterable[ContextRule] = (),
        vocabularies: dict[str, dict] | Vocabularies | None = None,
    ) -> None:
        self.actors: dict[str, Actor] = {a.name: a for a in actors}
        self.context_rules: dict[str, ContextRule] = {normalize(r.alias): r for r in context_rules}
        vocab = vocabularies if isinstance(vocabularies, Vocabularies) else Vocabularies.from_raw(vocabularies or {})
        self.vocab = vocab
        self.vocabularies: dict[str, dict] = vocab.raw
        self._folded: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        self._context_only: set[str] = set()
        self._index_actors()
        PlaceLookups.__init__(self, places)

    # ------------------------------------------------------------------ actor index
    def _index_actors(self) -> None:
        for actor in self.actors.values():
            self._add_form(actor, Alias(actor.name, _is_acronym_name(actor)))
        for actor in self.actors.values():
            for alias in actor.aliases:
                self._add_form(actor, alias)

    def _add_form(self, actor: Actor, alias: Alias) -> None:
        if alias.case_sensitive:
            self._acronyms.setdefault(acronym_key(alias.text), actor.name)
            return
        key = normalize(alias.text)
        if key and key not in self._folded:
            self._folded[key] = actor.name
            if alias.needs_context:
                self._context_only.add(key)

    # ------------------------------------------------------------------ actor lookups
    def actor(self, name: str | None) -> Actor | None:
        """The actor with this canonical name or alias (a context-dependent form gives its default)."""
        if not name:
            return None
        found = self.actors.get(name) or self._lookup(name, None)
        if found is None and (rule := self.context_rules.get(normalize(name))) and rule.default:
            found = self.actors.get(rule.default)
        return found

    def _lookup(self, surface: str, mentioned: Collection[str] | None) -> Actor | None:
        hit = self._acronyms.get(acronym_key(surface))
        if hit is None:
            key = normalize(surface)
            hit = self._folded.get(key)
            if hit and mentioned is not None and key in self._context_only and hit not in mentioned:
                hit = None
        return self.actors.get(hit) if hit else None

    def resolve_actor(
        self,
        surface: str,
        *,
        speaker: str | None = None,
        when: date | None = None,
        mentioned: Collection[str] | None = None,
    ) -> Actor | None:
        """Resolve a surface form in context: context rules first (by the speaker's family), then aliases.

        `mentioned`: canonical names already named in full in the document. When given
        (running-text mode), context-dependent forms ("Asif", "Mujahid") resolve only to
        an actor in it; when None (name mode), they resolve as the data says.
        """
        rule = self.context_rules.get(normalize(surface))
        if rule:
            return self._apply_rule(rule, speaker, when)
        return self._lookup(surface, mentioned) if surface else None

    def _apply_rule(self, rule: ContextRule, speaker: str | None, when: date | None) -> Actor | None:
        family = self.speaker_family(speaker, when) if speaker else None
        for fam, target in rule.by_speaker_family:
            if fam == family:
                return self.actors.get(target)
        target = rule.on_date(when) or rule.default
        return self.actors.get(target) if target else None

    def explain_actor(self, surface: str) -> str | None:
        """Why `surface` names what it names, in words (for `belie kb search`)."""
        actor = self.actor(surface)
        if actor is None:
            return None
        if (rule := self.context_rules.get(normalize(surface))) and actor.name == rule.default:
            pairs = [f"{t} when said by {f}" for f, t in rule.by_speaker_family]
            pairs += [f"{t} from {s or 'the start'} to {e or 'now'}" for s, e, t in rule.by_date]
            return f"context rule {rule.alias!r}: {'; '.join(pairs)}; otherwise {rule.default} ({rule.source})"
        if surface == actor.name:
            return f"canonical name of {actor.name} ({actor.source})"
        alias = next((a for a in actor.aliases if _same_form(a, surface)), None)
        how = "acronym" if alias and alias.case_sensitive else "alias"
        extra = " (only after the full name in running text)" if alias and alias.needs_context else ""
        return f"{how} {alias.text if alias else surface!r} of {actor.name}{extra} ({actor.source})"

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

    def canonical(self, name: str | None, when: date | None = None) -> str | None:
        """The name to output for a mention: persons keep their own name, units give their parent."""
        actor = self.resolve_actor(name, when=when) if name else None
        if actor is None and name:
            actor = self.actor(name)
        if actor is None:
            return None
        return actor.name if actor.kind == "person" else self.effective_party(actor.name, when)

    def role(self, name: str | None, when: date | None = None) -> str | None:
        """A person's role on `when` ("spokesman"), or None."""
        actor = self.actor(name)
        aff = actor.affiliation_on(when) if actor and actor.kind == "person" else None
        return aff.role if aff else None

    def is_non_state(self, name: str | None, when: date | None = None) -> bool:
        """True for armed non-state groups (the Taliban only before 2021-08-15)."""
        party = self.actor(self.effective_party(name, when))
        return bool(party and party.is_non_state(when))

    def is_assessor(self, name: str | None, when: date | None = None) -> bool:
        actor = self.actor(name)
        if actor is None:
            return False
        if actor.assessor:
            return True
        party = self.actor(self.effective_party(actor.name, when))
        return bool(party and party.assessor and actor.kind in ("body", "research", "person", "force"))

    def assessors(self) -> list[str]:
        return sorted(a.name for a in self.actors.values() if a.assessor)

    def members(self, family: str) -> list[str]:
        """Canonical names of every actor in a family (the scorer's party)."""
        return sorted(a.name for a in self.actors.values() if a.family == family)

    def actor_forms(self, include_contextual: bool = False) -> Iterator[SurfaceForm]:
        """Texts a matcher may look for.

        Context rules' forms come flagged `contextual`, with their default as target; resolve
        them with `resolve_actor(text, speaker=..., when=...)` (or `canonical(text, when)`).
        Date-only rules ("Afghan government") are always included; speaker-dependent ones
        ("Khawarij") only with `include_contextual=True`, since their default is often wrong.
        """
        for actor in self.actors.values():
            yield SurfaceForm(actor.name, actor.name, _is_acronym_name(actor), False)
            for alias in actor.aliases:
                yield SurfaceForm(alias.text, actor.name, alias.case_sensitive, alias.needs_context)
        for rule in self.context_rules.values():
            if rule.default and (include_contextual or not rule.by_speaker_family):
                yield SurfaceForm(rule.alias, rule.default, False, False, True)

    def search_actors(self, text: str) -> list[Actor]:
        """Actors whose name or an alias contains `text` (normalised), best first."""
        needle = normalize(text)
        if not needle:
            return []
        hits = [a for a in self.actors.values()
                if any(needle in normalize(f) for f in (a.name, *(x.text for x in a.aliases)))]
        for key, rule in self.context_rules.items():
            if needle in key:
                hits += [self.actors[t] for t in rule.targets() if t in self.actors]
        hits = list({a.name: a for a in hits}.values())
        return sorted(hits, key=lambda a: (normalize(a.name) != needle, len(a.name), a.name))

    # ------------------------------------------------------------------ vocabularies
    def vocabulary(self, name: str) -> dict:
        return self.vocabularies.get(name, {})

    @property
    def event_types(self) -> dict[str, EventType]:
        return self.vocab.event_types

    @property
    def claim_kinds(self) -> dict[str, str]:
        return self.vocab.claim_kinds

    @property
    def verdict_labels(self) -> dict[str, str]:
        return self.vocab.verdict_labels

    @property
    def outlet_types(self) -> dict[str, OutletType]:
        return self.vocab.outlet_types

    def outlet(self, publisher: str | None) -> OutletType | None:
        """The outlet type of a publisher name (see Vocabularies.outlet for the matching rules)."""
        return self.vocab.outlet(publisher)


def _is_acronym_name(actor: Actor) -> bool:
    return any(a.case_sensitive and a.text == actor.name for a in actor.aliases)


def _same_form(alias: Alias, surface: str) -> bool:
    if alias.case_sensitive:
        return acronym_key(alias.text) == acronym_key(surface)
    return normalize(alias.text) == normalize(surface)
