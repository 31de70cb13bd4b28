"""Per-document state: sentences, resolved mentions, and who was named last.

Mentions are resolved once per document through the knowledge base: units to their
parent party, bare surnames only after the full name, a core group to its regional branch
when the document is about that branch's country ("Islamic State" in an Afghan story is
ISKP). Role nouns and pronouns are resolved against the actors named before them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from belie.knowledge import KnowledgeBase
from belie.model import ActorRef, Document
from belie.pipeline.gate import word_starts
from belie.pipeline.gazetteer import Gazetteer, Mention
from belie.pipeline.sentences import split_sentences

# The province or country that settles a name two places share: "Taftan county in Sistan and Baluchestan",
# "Taftan, Iran" (after the name), "Iran's Taftan" (before it).
_NAMESAKE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+)?|\s*,\s*(?:in\s+)?")
_NAMESAKE_BEFORE = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+){0,2}")
__all__ = ["ActorMention", "DocContext", "PlaceMention", "Sentence"]


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    ref: ActorRef
    non_state: bool  # an armed group that is not a state authority on the document's date


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place_id: str


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    paragraph: int = 0
    triggers: set[str] = field(default_factory=set)  # event types whose triggers occur here
    trigger_at: dict[str, int] = field(default_factory=dict)  # first offset of each type's trigger
    cues: list = field(default_factory=list)  # reporting cues (index.Hit), sentence-relative
    dates: list = field(default_factory=list)  # dates.DateHit, sentence-relative
    outcome_verbs: int = 0  # killed / wounded / arrested words
    numbers: list = field(default_factory=list)  # (start, end, Quantity), sentence-relative
    may: set[str] | None = None  # prefilter patterns (Rules.prefilters) that may match here; None: any
    cands: dict[str, list[int]] | None = None  # document offsets where each prefilter in `may` may match

_TITLE_BEFORE = re.compile(r"(?:\b(?:President|Premier|Mr|Mrs|Ms|Dr|Gen|General|Minister|Mullah|Maulana|Maulvi|Sheikh|"
                           r"Mufti|Qari|Haji|Commander|Sir|Senator|King|Prince|Emir|Amir)\.?\s+)$")
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]")


def _personal_name(text: str, start: int, end: int) -> bool:
    """ "President Vladimir V. Putin": a place name used as a given name after a title or before an initial."""
    return bool(_TITLE_BEFORE.search(text, max(0, start - 24), start) or _INITIAL_AFTER.match(text, end))


class DocContext:
    """Everything the event and claim rules need to know about one document."""

    def __init__(self, doc: Document, kb: KnowledgeBase, gazetteer: Gazetteer, cache: dict | None = None) -> None:
        self.doc = doc
        self.kb = kb
        self._cache = cache if cache is not None else {}
        self.when: date | None = doc.published
        # Relative dates resolve only against a stated publication date, never one read off the URL.
        self.anchor: date | None = None if doc.meta.get("published_source") == "url" else doc.published
        if "flags_known" not in self._cache:
            self._cache["flags_known"] = hasattr(kb, "is_non_state") and any(
                getattr(a, "non_state", False) or getattr(a, "phases", None) for a in kb.actors.values())
        self._flags_known = self._cache["flags_known"]
        self._when_key = self._date_key()
        self.words = word_starts(doc.text)  # shared by the gazetteer and the lexicon gates
        mentions = gazetteer.find(doc.text, self.words)
        self.countries = self._countries(mentions)
        self._country_key = frozenset(self.countries)
        self.actors = self._resolve_actors([m for m in mentions if m.kind == "actor"])
        self.places = self._settle_namesakes([PlaceMention(m.start, m.end, self._place_id(m)) for m in mentions
                                              if m.kind == "place" and not _personal_name(doc.text, m.start, m.end)])
        self.sentences = self._sentences()
        self.main_country = self._main_country()

    def _date_key(self) -> object:
        """Cache key standing for the document's date in date-dependent look-ups: the stretch between two
        dates at which something in the knowledge base starts or ends (see `date_cuts`), so that
        documents from different days of one stretch share their look-ups; the date itself where
        the knowledge base is not a plain `KnowledgeBase` (its answers may depend on dates in other ways)."""
        when = self.when
        if when is None or type(when) is not date or type(self.kb) is not KnowledgeBase:
            return when
        cuts = self._cache.get("date_cuts")
        if cuts is None:
            cuts = self._cache["date_cuts"] = date_cuts(self.kb)
        return ("stretch", bisect_right(cuts, when))

    # ---------------------------------------------------------------- building
    def _sentences(self) -> list[Sentence]:
        text = self.doc.text
        out: list[Sentence] = []
        paragraph, last_end = 0, 0
        for i, (s, e) in enumerate(split_sentences(text)):
            paragraph += text.find("\n", last_end, s) >= 0
            last_end = e
            out.append(Sentence(i, s, e, text[s:e], paragraph=paragraph))
        starts = [s.start for s in out]
        for m in self.actors:
            out[(bisect_right(starts, m.start) or 1) - 1].actors.append(m)
        for p in self.places:
            out[(bisect_right(starts, p.start) or 1) - 1].places.append(p)
        return out

    def _countries(self, mentions: list[Mention]) -> set[str]:
        found: set[str] = set()
        for m in mentions:
            if m.kind == "place" and (place := self.kb.place(m.target)):
                found.add(place.country)
            elif m.kind == "actor" and (actor := self.kb.actor(m.target)) and actor.country:
                found.add(actor.country)
        return found

    def _main_country(self) -> str | None:
        counts: dict[str, int] = {}
        for p in self.places:
            place = self.kb.place(p.place_id)
            if place:
                counts[place.country] = counts.get(place.country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _settle_namesakes(self, places: list[PlaceMention]) -> list[PlaceMention]:
        """ "Taftan county in Sistan and Baluchestan province", "Iran's Taftan": a name places in two provinces
        or countries share means the one inside the province or country named with it."""
        text = self.doc.text
        for i, p in enumerate(places):
            namesakes = self._namesakes(text[p.start:p.end])
            if not namesakes:
                continue
            for q in places:
                if not ((p.end <= q.start and _NAMESAKE_AFTER.fullmatch(text, p.end, q.start))
                        or (q.end <= p.start and _NAMESAKE_BEFORE.fullmatch(text, q.end, p.start))):
                    continue
                outer = self.kb.place(q.place_id)
                if outer is None or outer.kind not in ("admin1", "country"):
                    continue
                inside = [c for c in namesakes if self.kb.within(c.id, outer.id)]
                if inside:
                    if p.place_id not in {c.id for c in inside}:
                        places[i] = PlaceMention(p.start, p.end, inside[0].id)
                    break
        return places

    def _namesakes(self, surface: str) -> list:
        """The places a name may mean when they lie in different provinces (countries); else []."""
        key = ("namesakes", surface)
        found = self._cache.get(key)
        if found is None:
            found = self.kb.place_candidates(surface) if hasattr(self.kb, "place_candidates") else []
            found = [c for c in found if c.kind != "country"]
            if len({c.admin1 or (c.id if c.kind == "admin1" else c.country) for c in found}) < 2:
                found = []
            self._cache[key] = found
        return found

    def _place_id(self, m: Mention) -> str:
        key = ("place", m.surface, m.target)
        if key not in self._cache:
            place = self.kb.resolve_place(m.surface) if m.surface else None
            self._cache[key] = place.id if place else m.target
        return self._cache[key]

    def _resolve_actors(self, mentions: list[Mention]) -> list[ActorMention]:
        seen: set[str] = set()
        out: list[ActorMention] = []
        for m in mentions:
            if m.needs_context and m.target not in seen:
                continue
            seen.add(m.target)
            name = self._branch(m.target)
            out.append(ActorMention(m.start, m.end, self.ref(name, m.surface), self.is_non_state(name)))
        return out

    def _branch(self, name: str) -> str:
        """A core group named in a story about one of its branches' countries means that branch."""
        key = ("branch", name, self._country_key)
        if (found := self._cache.get(key)) is None:
            found = self._cache[key] = self._find_branch(name)
        return found

    def _find_branch(self, name: str) -> str:
        key = ("branches", name)
        if key not in self._cache:
            self._cache[key] = self._branches(name)
        branches = self._cache[key]
        if branches is None:
            return name
        # a branch based in a story country, or declared to stand for the core there; a declared one
        # takes the countries it declares from the branches based there (ISKP over IS Pakistan Province)
        declared = [(branch, where) for branch, _, where in branches if self.countries.intersection(where)]
        covered = {c for _, where in declared for c in where}
        found = [branch for branch, country, where in branches
                 if branch in {b for b, _ in declared} or (country in self.countries and country not in covered)]
        return found[0] if len(found) == 1 else name

    def _branches(self, name: str) -> list[tuple[str, str | None, list[str]]] | None:
        """(name, country, stands_for_core_in) of every branch of core group `name`, in knowledge-base
        order; None when `name` is no core group (not a group, or a group with a country of its own)."""
        actor = self.kb.actor(name)
        if actor is None or actor.kind != "group" or actor.country:
            return None
        return [(a.name, a.country, getattr(a, "stands_for_core_in", [])) for a in self.kb.actors.values()
                if getattr(a, "branch_of", None) == actor.name
                or (a.family == actor.family and a.kind == "group" and a.name != actor.name)]

    def topic_group(self) -> ActorRef | None:
        """The armed group the document is about: named at least 3 times and twice as often as any other."""
        counts: dict[str, int] = {}
        refs: dict[str, ActorRef] = {}
        for m in self.actors:
            if m.non_state and m.ref.kind == "group":
                counts[m.ref.name] = counts.get(m.ref.name, 0) + 1
                refs.setdefault(m.ref.name, m.ref)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return refs[ranked[0][0]]

    # ---------------------------------------------------------------- lookups
    def ref(self, name: str, surface: str | None = None) -> ActorRef:
        """An ActorRef with the canonical name a scorer or analyst expects for `name` (cached per date)."""
        actor = self.kb.actors.get(name)
        timeless = actor is not None and not actor.affiliations and not getattr(actor, "phases", None) \
            and not actor.parent
        key = ("ref", name) if timeless else ("ref", name, self._when_key)
        if key not in self._cache:
            self._cache[key] = self._ref(name)
        ref = self._cache[key]
        if surface == ref.surface:
            return ref
        named = ActorRef.__new__(ActorRef)  # a field-for-field copy, much cheaper than dataclasses.replace
        named.__dict__.update(ref.__dict__)
        named.surface = surface
        return named

    def _ref(self, name: str) -> ActorRef:
        surface = None
        actor = self.kb.actor(name)
        if actor is None:
            return ActorRef(name=name, surface=surface)
        canonical = self.kb.canonical(actor.name, self.when) if hasattr(self.kb, "canonical") else actor.name
        party = self.kb.effective_party(actor.name, self.when)
        role = self.kb.role(actor.name, self.when) if hasattr(self.kb, "role") else None
        target = self.kb.actor(canonical) or actor
        return ActorRef(name=canonical or actor.name, surface=surface, kind=target.kind, family=target.family,
                        role=role, affiliation=party if actor.kind == "person" or actor.parent else None)

    def is_non_state(self, name: str) -> bool:
        """Armed non-state group on the document's date; by kind when the data has no such flags."""
        key = ("non_state", name, self._when_key)
        if key not in self._cache:
            self._cache[key] = self._is_non_state(name)
        return self._cache[key]

    def canonical(self, name: str) -> str | None:
        """`kb.canonical(name, self.when)`, cached per date stretch."""
        key = ("canonical", name, self._when_key)
        if key not in self._cache:
            self._cache[key] = self.kb.canonical(name, self.when)
        return self._cache[key]

    def _is_non_state(self, name: str) -> bool:
        if self._flags_known:
            return self.kb.is_non_state(name, self.when)
        party = self.kb.actor(self.kb.effective_party(name, self.when))
        return bool(party and party.kind == "group")

    def last_actor(self, before: int, *, non_state: bool | None = None, kinds: tuple[str, ...] = ()) -> ActorMention | None:
        """The nearest actor mention ending before offset `before` that fits the filters."""
        for m in reversed(self.actors):
            if m.end > before:
                continue
            if non_state is not None and m.non_state != non_state:
                continue
            if kinds and m.ref.kind not in kinds:
                continue
            return m
        return None

    def topic_actor(self, before: int, *, exclude_family: str | None = None) -> ActorMention | None:
        """The armed group "the group" points back to: the first one named earlier in the same sentence,
        else the first one named in the nearest sentence before that names one (the subject of a
        sentence is named first, its objects and modifiers after it)."""
        fits = [m for m in self.actors if m.end <= before and m.non_state and m.ref.family != exclude_family]
        if not fits:
            return None
        starts = [s.start for s in self.sentences]
        sentence = lambda m: bisect_right(starts, m.start) - 1  # noqa: E731
        here = bisect_right(starts, before) - 1
        last = sentence(fits[-1])
        if last == here:
            return next(m for m in fits if sentence(m) == here)
        return next(m for m in fits if sentence(m) == last)

    def place(self, place_id: str):
        return self.kb.place(place_id)

    def sole_state(self, country: str | None) -> str | None:
        """The one state actor of `country` (None where it has none or several): who "Pakistani police" are."""
        states = self._cache.get("sole_states")
        if states is None:
            states = self._cache["sole_states"] = sole_states(self.kb)
        return states.get(country) if country else None

    def lead(self) -> Sentence | None:
        """The report's first sentence, past an editor's note in brackets that opens it ("[Translated from the
        Urdu edition.]", "(This story has been updated.)"): where a dateline stands."""
        if not self.sentences:
            return None
        first = self.sentences[0]
        if first.text[:1] not in ("[", "("):
            return first
        return next((s for s in self.sentences[1:6] if s.paragraph != first.paragraph), first)

    def dateline_places(self, dateline: re.Pattern[str]) -> list:
        """The places named in the report's dateline ("QUETTA, Pakistan -", "TEHRAN, Oct. 27 (MNA) -"): those of
        the lead sentence (see `lead`) before the end of `dateline`'s match there, in order; [] without a dateline."""
        first = self.lead()
        m = dateline.match(first.text) if first is not None and first.places else None
        if m is None:
            return []
        cut = first.start + m.end()
        return [self.place(p.place_id) for p in first.places if p.end <= cut]


def sole_states(kb: KnowledgeBase) -> dict[str, str]:
    """{"PK": "Pakistan"}: each country with exactly one state actor (no parent), and that actor's name."""
    found: dict[str, list[str]] = {}
    for actor in kb.actors.values():
        if actor.kind == "state" and actor.country and not actor.parent:
            found.setdefault(actor.country, []).append(actor.name)
    return {country: names[0] for country, names in found.items() if len(names) == 1}


def date_cuts(kb: KnowledgeBase) -> list[date]:
    """Sorted dates at which a dated fact of `kb` (affiliation, phase, dated context rule) may start or stop
    holding: each start, and the day after each end (`holds_on` compares `start <= when <= end`), plus
    the day itself either way. Between two neighbouring cuts every such fact holds on all days or on none."""
    found: set[date] = set()
    spans = [(a.start, a.end) for actor in kb.actors.values() for a in actor.affiliations]
    spans += [(p.start, p.end) for actor in kb.actors.values() for p in actor.phases]
    spans += [(s, e) for rule in kb.context_rules.values() for s, e, _ in rule.by_date]
    for start, end in spans:
        for day in (start, end):
            if day is not None:
                found.add(day)
                if day < date.max:
                    found.add(day + timedelta(days=1))
    return sorted(found)
