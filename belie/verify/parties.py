"""Who is who for verification: families, non-state groups, assessors, a speaker's side."""
from __future__ import annotations

from datetime import date
from typing import Iterable

from belie.knowledge import KnowledgeBase
from belie.model import ActorRef, Claim, Event

__all__ = ["NON_PARTIES", "Parties"]

NON_PARTIES = frozenset({"Civilians"})
_GROUP_KINDS = frozenset({"group"})


class Parties:
    """Cached look-ups of families and statuses through the knowledge base.

    Names the knowledge base does not know keep their own name as family (so two mentions
    of the same unknown group still match) and count as neither assessor nor state.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._family: dict[str, str] = {}
        self._phased: dict[str, bool] = {}

    def family(self, name: str | None) -> str | None:
        if not name:
            return None
        found = self._family.get(name)
        if found is None:
            party = self.kb.effective_party(name) if self.kb.actor(name) else None
            found = self.kb.family(party or name) or self.kb.family(name) or name
            self._family[name] = found
        return found

    def ref_family(self, ref: ActorRef) -> str | None:
        return self.family(ref.name) or ref.family

    def families(self, refs: Iterable[ActorRef]) -> frozenset[str]:
        return frozenset(f for r in refs if (f := self.ref_family(r)) and f not in NON_PARTIES)

    def is_armed_non_state(self, ref: ActorRef, when: date | None) -> bool:
        """Armed non-state groups: what a claim naming no group is about."""
        actor = self.kb.actor(ref.name)
        if actor is None:
            return ref.kind in _GROUP_KINDS
        if actor.kind == "person" or self.family(ref.name) in NON_PARTIES:
            return False
        return self.kb.is_non_state(ref.name, when)

    def speaker_side(self, claim: Claim) -> str | None:
        """The family a speaker speaks for: a person's affiliation, a unit's parent."""
        ref = claim.speaker
        if ref.affiliation:
            return self.family(ref.affiliation)
        party = self.kb.effective_party(ref.name, claim.date) if self.kb.actor(ref.name) else None
        return self.family(party or ref.name)

    def institution(self, claim: Claim) -> str | None:
        """Who stands behind a claim for independence: a person is their own voice, a body or
        state is its family (one UN body does not corroborate another)."""
        ref = claim.speaker
        actor = self.kb.actor(ref.name)
        if (actor and actor.kind == "person") or (actor is None and ref.affiliation):
            return ref.name
        return self.family(ref.name)

    def is_assessor(self, claim: Claim) -> bool:
        return self.kb.is_assessor(claim.speaker.name, claim.date)

    def phased(self, event: Event) -> bool:
        """True when a party's status depends on the date (the Taliban before/after August 2021)."""
        return any(self._has_phases(r.name) for r in (*event.agents, *event.targets))

    def _has_phases(self, name: str) -> bool:
        found = self._phased.get(name)
        if found is None:
            found = self._phased[name] = (a := self.kb.actor(name)) is not None and bool(a.phases)
        return found

    def event_families(self, event: Event, when: date | None) -> frozenset[str]:
        return self.families([*event.agents, *event.targets])

    def home_countries(self, name: str) -> str | None:
        """The country a group is based in (knowledge base `country`), or None."""
        actor = self.kb.actor(name)
        return actor.country if actor else None
