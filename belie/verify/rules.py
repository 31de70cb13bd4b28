"""The verdict rules of ANNOTATION §5, one small pure check per kind of evidence.

Each check takes what a claim is about (`Scope`) and one piece of evidence (`EventFact` or
`Assessment`) and returns `(stance, reason)`: stance "supports", "contradicts" or None (the
item does not bear on the claim), and a one-line reason an analyst can read.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Optional

from belie.model import Claim, Event
from belie.verify.window import Window

__all__ = [
    "ASSESSMENT_KINDS",
    "Assessment",
    "EventFact",
    "Result",
    "Scope",
    "judge_assessment",
    "judge_event",
    "judge_event_lazy",
    "fact_class",
    "scope_class",
    "stance_for",
]

Result = tuple[Optional[str], str]
NONE: Result = (None, "")
# A stance with its reason still to write (the verifier writes reasons only for listed items).
Lazy = tuple[Optional[str], Optional[Callable[[], str]]]
LAZY_NONE: Lazy = (None, None)
# Which assessment kinds bear on which claim kinds (the reference rules: a group's strength
# or its use of a territory implies its presence; only presence claims take strength figures).
ASSESSMENT_KINDS: dict[str, tuple[str, ...]] = {
    "presence": ("presence", "territory_use", "strength"),
    "origin": ("presence", "territory_use"),
    "capability": ("capability",),
    "territory_use": ("territory_use", "presence"),
}
_PRESENCE_WORDS = {"presence": "present", "origin": "present", "territory_use": "based"}


@dataclass(frozen=True)
class Scope:
    """What a claim is about: its groups (empty: any armed non-state group), place and window."""

    claim: Claim
    families: frozenset[str]
    place: str | None
    window: Window
    side: str | None  # the family the speaker speaks for
    contains: Callable[[str | None, str | None], bool]  # kb.within, cached
    institution: str | None = None  # a person's own name, else the speaker's family
    based: frozenset[str] = frozenset()  # groups with presence evidence in P (territory_use)

    def inside(self, place: str | None) -> bool:
        return self.contains(place, self.place)

    @property
    def country(self) -> str | None:
        return self.claim.location.country

    @property
    def deny(self) -> bool:
        return self.claim.polarity == "deny"

    def agents(self, fact: "EventFact") -> frozenset[str]:
        """The claim's groups among the event's agents (armed non-state ones when it names none)."""
        return fact.agents & self.families if self.families else fact.armed_agents

    def parties(self, fact: "EventFact") -> frozenset[str]:
        return fact.parties & self.families if self.families else fact.armed_parties


@dataclass(slots=True)
class EventFact:
    """An event as the rules see it: its span, where it was, and which groups took part.

    Read-only by convention, not frozen: a check run makes one per event (a million on a large store),
    and a frozen dataclass sets each of its fields through `object.__setattr__`, five times slower."""

    event: Event
    first: date | None
    last: date | None
    place: str | None  # place id, else admin1, else country
    agents: frozenset[str]  # families of the agents
    parties: frozenset[str]  # families of agents and targets
    armed_agents: frozenset[str]  # the armed non-state ones among them
    armed_parties: frozenset[str]
    homes: tuple[tuple[str, str], ...] = ()  # (agent family, country it is based in)
    dated: bool = True  # the text dates it (False: the span is its document's date)
    country: str | None = None
    names: tuple[tuple[str, str], ...] = ()  # (family, actor name) of every party, for reasons

    def named(self, families: frozenset[str]) -> str:
        """The parties' own names for `families` ("ISKP" rather than its family "IS")."""
        found = sorted({n for f, n in self.names if f in families})
        return ", ".join(found) or _names(families)


@dataclass(frozen=True)
class Assessment:
    """A claim by an institutional assessor, as evidence about another claim."""

    claim: Claim
    anchor: date | None
    families: frozenset[str]
    side: str | None  # its speaker's institution: a person's name, else the family
    place: str | None


def fact_class(fact: EventFact) -> tuple:
    """Everything the event rules read from a fact besides its dates: facts of one class get the same
    answer from a rule whenever their dates are in the claim's window, so the verifier asks the rules
    once per class and claim (apart from the window test). A rule that reads more of the fact must
    add it here (the reasons may read more: they are written per item)."""
    event = fact.event
    return (event.type, event.attribution, fact.place, fact.country, fact.agents, fact.parties, fact.armed_agents,
            fact.armed_parties, fact.homes, fact.dated, fact.first is None, fact.last is None)


def scope_class(scope: Scope) -> tuple:
    """Everything the event rules read from a scope besides its window (see `fact_class`): claims of
    one class get the same answer from a rule about facts of one class, window apart. The groups
    based in P count for territory_use (`abroad_lazy`)."""
    claim = scope.claim
    return (claim.kind, claim.polarity, scope.families, scope.place, claim.location.country, scope.based)


def stance_for(scope: Scope, affirms: bool) -> str:
    """Evidence that affirms what a claim asserts supports it; otherwise it contradicts it."""
    return "supports" if affirms != scope.deny else "contradicts"


def _when(fact: EventFact) -> str:
    if fact.first is None:
        return "undated"
    if fact.last and fact.last != fact.first:
        return f"{fact.first.isoformat()}..{fact.last.isoformat()}"
    return fact.first.isoformat()


def _names(families: frozenset[str]) -> str:
    return ", ".join(sorted(families))


# ---------------------------------------------------------------------- events
def _written(lazy: Lazy) -> Result:
    stance, reason = lazy
    return (stance, reason()) if stance and reason else NONE


def presence_event(scope: Scope, fact: EventFact) -> Result:
    """An event involving a subject group in P in the window shows the group is there."""
    return _written(presence_lazy(scope, fact))


def presence_lazy(scope: Scope, fact: EventFact) -> Lazy:
    if fact.event.attribution == "unknown" or not scope.inside(fact.place):
        return LAZY_NONE
    groups = scope.parties(fact)
    if not groups or not scope.window.overlaps(fact.first, fact.last):
        return LAZY_NONE
    word = _PRESENCE_WORDS.get(scope.claim.kind, "present")
    return (stance_for(scope, True),
            lambda: f"{fact.event.type} involving {fact.named(groups)} in {fact.place or '?'} ({_when(fact)}) "
                    f"shows {fact.named(groups)} {word} in {scope.place or 'the place'}")


def capability_event(scope: Scope, fact: EventFact) -> Result:
    """An attack by a subject group in P, dated by the text, ending after the claim date and within
    the window (an undated event is not "dated after T", whatever its document's date)."""
    return _written(capability_lazy(scope, fact))


def capability_lazy(scope: Scope, fact: EventFact) -> Lazy:
    event = fact.event
    if event.type != "attack" or event.attribution == "unknown" or not scope.inside(fact.place):
        return LAZY_NONE
    groups = scope.agents(fact)
    if not groups or not fact.dated or not scope.window.after_anchor(fact.first, fact.last):
        return LAZY_NONE
    return (stance_for(scope, True),
            lambda: f"attack by {fact.named(groups)} in {fact.place or '?'} ({_when(fact)}, "
                    f"{event.attribution or 'attribution not stated'}) after the claim shows it can still strike")


def abroad_event(scope: Scope, fact: EventFact) -> Result:
    """An attack abroad (another country) claimed or confirmed for a group based in P shows P's
    soil in use (ANNOTATION §5). A group is based in P when the knowledge base says so or the claim's
    presence evidence puts it there; a claim naming no group ("our soil is used by no one") is about
    every armed non-state group, so any such group based in P counts, and no other."""
    return _written(abroad_lazy(scope, fact))


def abroad_lazy(scope: Scope, fact: EventFact) -> Lazy:
    event = fact.event
    if event.type != "attack" or event.attribution not in ("claimed", "confirmed"):
        return LAZY_NONE
    if fact.country is None or scope.country is None or scope.contains(fact.country, scope.country):
        return LAZY_NONE
    groups = scope.agents(fact)  # the named groups, or every armed one when the claim names none
    groups &= scope.based | {f for f, home in fact.homes if scope.inside(home)}
    if not groups or not scope.window.overlaps(fact.first, fact.last):
        return LAZY_NONE
    return (stance_for(scope, True),
            lambda: f"attack abroad in {fact.place or '?'} ({_when(fact)}) {event.attribution} by "
                    f"{fact.named(groups)}, a group based in {scope.place}")


_EVENT_RULES: dict[str, tuple[Callable[[Scope, EventFact], Lazy], ...]] = {
    "presence": (presence_lazy,),
    "origin": (presence_lazy,),
    "capability": (capability_lazy,),
    "territory_use": (presence_lazy, abroad_lazy),
}


def judge_event(scope: Scope, fact: EventFact) -> Result:
    """The first rule of the claim's kind that finds the event relevant, else (None, "")."""
    return _written(judge_event_lazy(scope, fact))


def judge_event_lazy(scope: Scope, fact: EventFact) -> Lazy:
    """`judge_event` with the reason left unwritten until asked for."""
    for rule in _EVENT_RULES.get(scope.claim.kind, ()):
        stance, reason = rule(scope, fact)
        if stance:
            return stance, reason
    return LAZY_NONE


# ---------------------------------------------------------------------- assessments
def independent(scope: Scope, item: Assessment) -> bool:
    """An assessment is never evidence about itself or a claim by the same institution."""
    if item.claim.id == scope.claim.id:
        return False
    same_speaker = item.claim.speaker.name == scope.claim.speaker.name
    return not same_speaker and (item.side is None or item.side != scope.institution)


def assessment_groups(scope: Scope, item: Assessment) -> frozenset[str] | None:
    """The groups an assessment shares with the claim; an empty set when both name none; None: unrelated."""
    if not scope.families:
        return item.families  # a claim naming no group is about every group (and none named)
    if not item.families:
        return None  # an assessment naming no group bears only on claims naming none
    shared = item.families & scope.families
    return shared or None


def judge_assessment(scope: Scope, item: Assessment) -> Result:
    """An assessor's claim of a related kind about the same groups in P within the window."""
    if item.claim.kind not in ASSESSMENT_KINDS.get(scope.claim.kind, ()):
        return NONE
    if not scope.inside(item.place) or not independent(scope, item):
        return NONE
    groups = assessment_groups(scope, item)
    if groups is None or not scope.window.overlaps(item.anchor, item.anchor):
        return NONE
    affirms = item.claim.polarity == "affirm"
    verb = "affirms" if affirms else "denies"
    who = _names(groups) or "armed groups"
    when = item.anchor.isoformat() if item.anchor else "undated"
    return (stance_for(scope, affirms),
            f"assessment by {item.claim.speaker.name} ({when}) {verb} {item.claim.kind} of {who} "
            f"in {item.claim.location.admin1 or item.claim.location.country or '?'}")
