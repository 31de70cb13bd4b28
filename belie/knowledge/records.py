"""Typed records of the knowledge base: actors, places, context rules, vocabulary entries.

Plain dataclasses with no behaviour beyond small queries; the lookups live in
`belie.knowledge.base.KnowledgeBase`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "ACTOR_KINDS",
    "PLACE_KINDS",
    "Actor",
    "Affiliation",
    "Alias",
    "ContextRule",
    "EventType",
    "OutletType",
    "Phase",
    "Place",
    "SurfaceForm",
    "acronym_key",
    "fold_accents",
    "normalize",
]

ACTOR_KINDS = ("group", "state", "force", "body", "person", "civilians", "research", "media")
PLACE_KINDS = ("country", "admin1", "district", "city", "neighbourhood", "border")

_PUNCT = re.compile(r"[^0-9a-z]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_QUOTES = str.maketrans({"\u2019": "", "\u2018": "", "'": "", "\u02bc": "", "`": "", "\u02bf": "", "\u02be": ""})


def fold_accents(text: str) -> str:
    """`text` without its diacritics: "Jalālābād" -> "Jalalabad"."""
    if text.isascii():
        return text  # NFKD leaves ASCII as it is, and it holds no combining marks
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Key for name lookups: accents and apostrophes dropped, case folded, punctuation -> space.

    >>> normalize("Da'esh") == normalize("Daesh") and normalize("Mazār-e Sharīf") == "mazar e sharif"
    True
    """
    folded = fold_accents(text).translate(_QUOTES).casefold()
    return " ".join(_PUNCT.sub(" ", folded).split())


def acronym_key(text: str) -> str:
    """Key for case-sensitive acronyms: case kept, everything but letters and digits dropped.

    "U.S." and "US" share a key; "us" does not.
    """
    return _NOT_ALNUM.sub("", fold_accents(text))


@dataclass(frozen=True)
class Alias:
    text: str
    case_sensitive: bool = False  # short acronyms (IS, US, ISI) only count written as given
    needs_context: bool = False  # surnames/common words: only after the full name appeared


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


@dataclass(frozen=True)
class Phase:
    """A dated status of a group: the Taliban are an insurgency, then de facto authorities."""

    status: str
    non_state: bool
    start: date | None = None
    end: date | None = None

    def holds_on(self, when: date | None) -> bool:
        return Affiliation("", None, self.start, self.end).holds_on(when)


@dataclass
class Actor:
    name: str
    kind: str
    family: str
    parent: str | None = None  # a unit counts as its parent (GDI -> Taliban)
    branch_of: str | None = None  # a branch/faction that stays a party of its own (ISKP -> IS)
    aliases: list[Alias] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    country: str | None = None
    assessor: bool = False
    non_state: bool = False
    description: str = ""
    source: str = ""  # "file:line" the entry came from
    # countries where the core group's bare name ("Islamic State") means this branch, before any other
    # branch based there (ANNOTATION §2: in Afghanistan and Pakistan, ISKP)
    stands_for_core_in: list[str] = field(default_factory=list)

    def affiliation_on(self, when: date | None = None) -> Affiliation | None:
        current = [a for a in self.affiliations if a.holds_on(when)]
        if not current:
            return self.affiliations[-1] if self.affiliations else None
        return max(current, key=lambda a: a.start or date.min)

    def phase_on(self, when: date | None = None) -> Phase | None:
        """The status in force on `when` (the latest phase when `when` is None)."""
        if not self.phases:
            return None
        if when is None:
            return self.phases[-1]
        return next((p for p in self.phases if p.holds_on(when)), None)

    def is_non_state(self, when: date | None = None) -> bool:
        phase = self.phase_on(when)
        return phase.non_state if phase else self.non_state


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
    case_sensitive: bool = False  # names that are also English words ("Hub") count only capitalised
    source: str = ""

    @property
    def precision(self) -> str:
        """The precision a Location gets from this place (its kind)."""
        return self.kind


@dataclass(frozen=True)
class ContextRule:
    """A surface form whose meaning depends on who speaks ("Khawarij") or when ("Afghan government").

    Resolution order: the speaker's family, then the date, then `default`.
    """

    alias: str
    by_speaker_family: tuple[tuple[str, str], ...]  # (speaker family, actor name)
    default: str | None = None
    source: str = ""
    by_date: tuple[tuple[date | None, date | None, str], ...] = ()  # (start, end, actor name)

    def targets(self) -> list[str]:
        names = [t for _, t in self.by_speaker_family] + [t for _, _, t in self.by_date]
        return list(dict.fromkeys(names + ([self.default] if self.default else [])))

    def on_date(self, when: date | None) -> str | None:
        if when is None:
            return None
        return next((t for s, e, t in self.by_date if Affiliation(t, None, s, e).holds_on(when)), None)


@dataclass(frozen=True)
class SurfaceForm:
    """A text a matcher may look for, and what it names.

    `needs_context`: the form (a bare surname such as "Asif", a word such as "Mujahid")
    names `target` only once the target's full name appeared in the same document.
    """

    text: str
    target: str  # actor name or place id
    case_sensitive: bool = False
    needs_context: bool = False
    contextual: bool = False  # a context rule's form: target is its default; call resolve_actor(text, speaker=, when=)


@dataclass(frozen=True)
class EventType:
    name: str
    description: str
    acled: tuple[tuple[str, str], ...] = ()  # (ACLED event type, sub-event type)


@dataclass(frozen=True)
class OutletType:
    """A class of publisher with its default Admiralty reliability grade (A-F)."""

    name: str
    reliability: str
    description: str = ""
