"""Vocabularies: event types (with ACLED mapping), claim kinds, verdict labels, outlet types.

Publisher -> outlet type (`Vocabularies.outlet`): every known outlet name or alias found as
whole words in the publisher string (case/punctuation-insensitive, so "dawn.com" finds
Dawn) is a candidate, and the most reliable candidate wins. So "Dawn (AFP)" is a wire story
(AFP, grade A) republished by Dawn (B): the text is the wire's. Unknown publishers give None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from belie.knowledge.records import EventType, OutletType, normalize

__all__ = ["GRADES", "Vocabularies"]

GRADES = ("A", "B", "C", "D", "E", "F")  # Admiralty reliability, A = completely reliable


@dataclass
class Vocabularies:
    event_types: dict[str, EventType] = field(default_factory=dict)
    claim_kinds: dict[str, str] = field(default_factory=dict)
    verdict_labels: dict[str, str] = field(default_factory=dict)
    outlet_types: dict[str, OutletType] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)  # outlet name/alias -> outlet type
    raw: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._outlet_patterns = [(re.compile(rf"(?:^| ){re.escape(normalize(name))}(?: |$)"), kind)
                                 for name, kind in self.outlets.items() if normalize(name)]

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> "Vocabularies":
        """Build from already validated YAML data (see loader)."""
        events = {name: EventType(name, str(v.get("description", "")),
                                  tuple(tuple(pair) for pair in v.get("acled", [])))
                  for name, v in (raw.get("event_types") or {}).items()}
        types = {name: OutletType(name, str(v["reliability"]), str(v.get("description", "")))
                 for name, v in (raw.get("outlet_types") or {}).items()}
        outlets = {name: kind for kind, names in (raw.get("outlets") or {}).items() for name in names}
        return cls(events, dict(raw.get("claim_kinds") or {}), dict(raw.get("verdict_labels") or {}),
                   types, outlets, raw)

    def outlet(self, publisher: str | None) -> OutletType | None:
        """The outlet type of a publisher, the most reliable one named in it (see module doc)."""
        if not publisher:
            return None
        key = normalize(publisher)
        kinds = {kind for pattern, kind in self._outlet_patterns if pattern.search(key)}
        found = [self.outlet_types[k] for k in kinds if k in self.outlet_types]
        return min(found, key=lambda t: (t.reliability, t.name)) if found else None

    def outlet_name(self, publisher: str | None) -> str | None:
        """The known outlet name found in a publisher string, longest first ("Dawn (AFP)" -> "AFP")."""
        if not publisher:
            return None
        key = normalize(publisher)
        hits = [(self.outlet_types.get(kind), name) for name, kind in self.outlets.items()
                if re.search(rf"(?:^| ){re.escape(normalize(name))}(?: |$)", key)]
        hits = [(t.reliability if t else "Z", -len(n), n) for t, n in hits]
        return min(hits)[2] if hits else None
