"""Judge claims against events and assessments: the Verifier and its grouped `check_all`.

Claims are grouped by (subject families, country); each group fetches its candidate events
and assessments once, over the union of its members' windows, into date-sorted indexes
that each claim then queries with bisect (territory_use claims share one index of the
group's attacks abroad). Every piece of evidence goes through the pure checks of rules.py;
each event's facts (span, place, families) are derived once per date index (and so shared by
every Verifier reading the same MemorySource index). Facts of one class (`rules.fact_class`:
all that the event rules read besides dates) get the same answer from the rules within the
window, so a claim asks the rules once per class and tests each event only for its window.

The bulk path (`_bulk`) does that column by column: a claim's window is a range of index
positions (bisect on first dates); each position takes its class's stance by look-up, one-day
events need no further date test, and only events spanning several days are tested one by one.
The hits stay columns (ids, stances, grades, stories, dates) in index order; a story is read per
document in that order (`StoryClusters.read`), so near-duplicates merged part-way through a
claim's evidence leave earlier items with the story they had, exactly as judging event by event.
A verdict counts every relevant item (label, counts, independent sources, grades) but builds
and lists only the strongest `max_items` of them, writing only their reasons.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Any, Callable, Collection, Iterable, Iterator, Sequence

from belie.config import DEFAULT_WINDOW_DAYS
from belie.knowledge import KnowledgeBase
from belie.model import Claim, Document, Event, Verdict
from belie.verify import disputes, rules
from belie.verify.dedupe import StoryClusters
from belie.verify.grading import reliability
from belie.verify.index import DatedIndex
from belie.verify.parties import Parties
from belie.verify.rules import ASSESSMENT_KINDS, Assessment, EventFact, Scope
from belie.verify.source import EvidenceSource
from belie.verify.verdict import Hit, Hits, build_verdict, label_for
from belie.verify.window import Window, claim_anchor, claim_window, event_span

__all__ = ["MAX_ITEMS", "Verifier", "label_for"]

MAX_ITEMS = 25  # evidence items listed per verdict (all relevant ones are counted)
ABROAD_KEPT = 8  # cross-border candidate spans kept per families for claims outside a check run's plan

JUDGED_KINDS = ("presence", "origin", "capability", "territory_use")
_SEP = object()  # between an event's agent and target names in a cache key
_MISS = object()
_OPEN = Window(None, None, None)  # the rules asked without a window: all but their date test
_NAME = attrgetter("name")


@dataclass
class _Group:
    """Candidates shared by claims about the same groups in the same country."""

    events: DatedIndex[Event]
    claims: DatedIndex[tuple[Claim, frozenset[str], date | None]]
    scopes: Sequence[Scope] = ()
    abroad: DatedIndex[Event] | None = None  # the groups' attacks outside the country, built on demand


@dataclass
class _Found:
    # each hit's reason is kept as (rule, scope, fact) and written only when the hit is listed
    hits: Hits = field(default_factory=Hits)
    _ids: set[str] = field(default_factory=set)
    pending: list[list[str]] = field(default_factory=list)  # ids of runs found in bulk, not in _ids yet
    flags: list[str] = field(default_factory=list)
    classes: set[int] = field(default_factory=set)  # fact classes of the group's own event hits

    @property
    def ids(self) -> set[str]:
        """The ids of every item found so far."""
        if self.pending:
            for ids in self.pending:
                self._ids.update(ids)
            self.pending.clear()
        return self._ids


class _Derived:
    """What verifiers work out from a source's events that no claim changes: each event's fact, fact
    classes (`rules.fact_class`, numbered, with one fact per class to ask the rules about), the rules'
    answers per scope class and fact class, and the documents' shingles. Shared by every Verifier of
    one knowledge base on a source that offers a `derived` dict (MemorySource: cleared whenever it
    changes), else kept per Verifier."""

    __slots__ = ("kb", "facts", "classes", "numbers", "reps", "answers", "shingles", "ordinals")

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.facts: dict[str, EventFact] = {}
        self.classes: dict[str, int] = {}  # each event's fact class number, by event id
        self.numbers: dict[tuple, int] = {}
        self.reps: list[EventFact] = []
        self.answers: dict[tuple, dict[int, str | None]] = {}
        self.shingles: dict[str, Any] = {}
        self.ordinals = _Ordinals()

    @classmethod
    def of(cls, source: EvidenceSource, kb: KnowledgeBase) -> "_Derived":
        shared = getattr(source, "derived", None)
        if not isinstance(shared, dict):
            return cls(kb)
        found = shared.get(cls)
        if found is None or found.kb is not kb:
            found = shared[cls] = cls(kb)
        return found

    def number(self, fact: EventFact) -> int:
        n = self.classes.get(fact.event.id)
        if n is None:
            n = self.classes[fact.event.id] = self._number(fact)
        return n

    def new_class(self, event_id: str, fact: EventFact) -> int:
        """`number` for a fact just derived (its event has no class yet)."""
        n = self.classes[event_id] = self._number(fact)
        return n

    def _number(self, fact: EventFact) -> int:
        key = rules.fact_class(fact)
        n = self.numbers.get(key)
        if n is None:
            n = self.numbers[key] = len(self.reps)
            self.reps.append(fact)
        return n


class _Columns:
    """An index's events' facts and fact classes (-1: not derived yet), aligned with its items and filled
    on demand; for the dated ones also what the bulk path reads of each hit (event id, document id, and
    whether the fact spans more than a day), so that a claim slices them instead of reading every event
    of its window again."""

    __slots__ = ("owner", "facts", "classes", "ids", "docs", "multi", "undated_facts", "undated_classes")

    def __init__(self, owner: _Derived, index: DatedIndex[Event]) -> None:
        self.owner = owner
        self.facts: list[EventFact | None] = [None] * len(index.items)
        self.classes: list[int] = [-1] * len(index.items)
        self.ids: list[str | None] = [None] * len(index.items)
        self.docs: list[str | None] = [None] * len(index.items)
        self.multi: list[bool] = [False] * len(index.items)
        self.undated_facts: list[EventFact | None] = [None] * len(index.undated)
        self.undated_classes: list[int] = [-1] * len(index.undated)


class _Ordinals(dict):
    """date -> its ordinal, worked out once per date."""

    def __missing__(self, day: date) -> int:
        n = self[day] = day.toordinal()
        return n


class Verifier:
    """Judges claims from `source` with the knowledge base's families, places and assessors.

    It caches what it reads (documents, event facts, cross-border candidates, stories), so it sees
    the source as it was: make a new Verifier after saving new evidence.
    """

    def __init__(self, source: EvidenceSource, kb: KnowledgeBase, window_days: int = DEFAULT_WINDOW_DAYS,
                 max_items: int = MAX_ITEMS) -> None:
        self.source = source
        self.kb = kb
        self.window_days = window_days
        self.max_items = max_items
        self._derived = _Derived.of(source, kb)
        self._facts = self._derived.facts
        self._abroad_cache: dict[frozenset[str], list[tuple[_Span, DatedIndex[Event]]]] = {}
        self._abroad_plan: dict[frozenset[str], _Span] = {}
        self._outlets: dict[str, Any] = {}
        self.parties = Parties(kb)
        self._docs: dict[str, Document | None] = {}
        self._kept_keys = getattr(source, "story_keys", None)  # a store keeps each text's story keys
        self._keys: dict[str, list[int] | None] = {}
        # the readers hold the caches, not the Verifier: no cycle, so a dropped Verifier is freed at once
        self.stories = StoryClusters(_text_reader(source, self._docs), shingled=self._derived.shingles,
                                     keys_of=_keys_reader(self._kept_keys, self._keys)
                                     if self._kept_keys is not None else None,
                                     texts_of=getattr(source, "texts_of", None))  # many texts in one read
        self._grades: dict[str, str] = {}
        self._publisher_grades: dict[str | None, str] = {}
        self._within: dict[tuple[str | None, str | None], bool] = {}
        self._party_cache: dict[tuple, tuple] = {}
        self._event_hits: dict[str, dict[str, Hit]] = {"supports": {}, "contradicts": {}}  # by stance, id
        self._hits_at = 0  # the story merges the cached hits were read after

    # ------------------------------------------------------------------ public
    def judge(self, claim: Claim) -> Verdict:
        """The verdict on one claim (stored or ad hoc)."""
        return self.judge_group([claim])[0]

    def check_all(self, claims: Iterable[Claim] | None = None) -> Iterator[Verdict]:
        """Verdicts on every claim (default: all the source holds), group by group."""
        groups: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in self.source.claims() if claims is None else claims:
            groups[self._group_key(claim)].append(claim)
        self._plan_abroad(c for members in groups.values() for c in members if c.kind == "territory_use")
        for members in groups.values():
            yield from self.judge_group(members)

    def _plan_abroad(self, claims: Iterable[Claim]) -> None:
        """Size each families' cross-border fetch for every territory_use claim of the run up front,
        so that one fetch per families serves them all (instead of one per widening)."""
        claims = [c for c in claims if c.location.country]
        self.prefetch(c.document_id for c in claims)
        for claim in claims:
            window = claim_window(claim, self.document(claim.document_id), self.window_days)
            span, key = _Span(window.start, window.end, not window.known), self.parties.families(claim.subjects)
            self._abroad_plan[key] = self._abroad_plan[key].widen(span) if key in self._abroad_plan else span

    def scope(self, claim: Claim) -> Scope:
        doc = self.document(claim.document_id)
        loc = claim.location
        return Scope(claim, self.parties.families(claim.subjects), loc.place_id or loc.admin1 or loc.country,
                     claim_window(claim, doc, self.window_days), self.parties.speaker_side(claim), self.contains,
                     self.parties.institution(claim))

    def contains(self, inner: str | None, outer: str | None) -> bool:
        key = (inner, outer)
        if key not in self._within:
            self._within[key] = self.kb.within(inner, outer)
        return self._within[key]

    def document(self, doc_id: str) -> Document | None:
        if doc_id not in self._docs:
            self._docs[doc_id] = self.source.document(doc_id)
        return self._docs[doc_id]

    def prefetch(self, doc_ids: Iterable[str]) -> None:
        """Read the documents not seen yet in one go when the source can: with their kept story keys and
        without their texts (`document_heads`: a store), else `documents_by_id` (and `story_keys`)."""
        heads = getattr(self.source, "document_heads", None)
        bulk = getattr(self.source, "documents_by_id", None)
        if heads is None and bulk is None:
            return
        missing = set(doc_ids).difference(self._docs)
        if missing and heads is not None:
            found = heads(missing)
            for d in missing:
                self._docs[d], self._keys[d] = found.get(d, (None, None))
        elif missing:
            found = bulk(missing)
            self._docs.update({d: found.get(d) for d in missing})
            if self._kept_keys is not None:
                keys = self._kept_keys(missing)
                self._keys.update({d: keys.get(d) for d in missing})

    # ------------------------------------------------------------------ groups
    def _group_key(self, claim: Claim) -> tuple:
        return (self.parties.families(claim.subjects), claim.location.country)

    def judge_group(self, claims: Sequence[Claim]) -> list[Verdict]:
        """Judge claims sharing subject families and country with one fetch of candidates."""
        self.prefetch(c.document_id for c in claims)
        scopes = [self.scope(c) for c in claims]
        group = self._fetch(scopes)
        return [self._verdict(s, self._evidence(s, group)) for s in scopes]

    def _fetch(self, scopes: Sequence[Scope]) -> _Group:
        families = scopes[0].families or None
        country = scopes[0].claim.location.country
        start, end = _union([s.window for s in scopes])
        events = self._source_index(families, country)
        if events is None:
            events = self._dated(list(self.source.candidate_events(families=families, country=country, start=start,
                                                                   end=end, undated=True)))
        kinds = {k for s in scopes for k in (*ASSESSMENT_KINDS.get(s.claim.kind, ()), s.claim.kind)}
        about = None if "responsibility" in kinds else families  # other perpetrators matter there
        found = self.source.candidate_claims(kinds=sorted(kinds), families=about, country=country, start=start,
                                             end=end)
        found = list(found)
        self.prefetch(c.document_id for c in found)
        return _Group(events, DatedIndex(self._claim_row(c) for c in found), scopes)

    def _source_index(self, families: frozenset[str] | None, country: str | None) -> DatedIndex[Event] | None:
        """The source's own date index for the query, when it has one (MemorySource): the same events
        and spans as `candidate_events` + `undated_events` give, without indexing them again."""
        index = getattr(self.source, "event_index", None)
        return index(families=families, country=country) if index is not None else None

    def _dated(self, events: list[Event]) -> DatedIndex[Event]:
        """Events indexed by `event_span`: a store's undated events (no date, no `published`) take the date
        in their document's URL when it has one, and only the rest stay undated (for open windows)."""
        self.prefetch(e.document_id for e in events)
        return DatedIndex((*event_span(e, self.document(e.document_id)), e) for e in events)

    def _abroad(self, group: _Group) -> DatedIndex[Event]:
        """Claimed or confirmed attacks by the group's families anywhere (territory_use looks abroad), fetched
        per families over the span a check run planned (`_plan_abroad`: one fetch serves every claim of the run)
        or, for claims outside a plan (ad-hoc ones), over their own windows: a span already fetched that covers
        the windows serves them, else the windows alone are fetched (not the stretch between two far-apart
        claims) and kept beside the last few spans."""
        if group.abroad is None:
            scopes = [s for s in group.scopes if s.claim.kind == "territory_use"] or list(group.scopes)
            families = scopes[0].families
            want = _Span(*_union([s.window for s in scopes]), any(not s.window.known for s in scopes))
            want = self._abroad_plan[families].widen(want) if families in self._abroad_plan else want
            kept = self._abroad_cache.setdefault(families, [])
            found = next((index for span, index in kept if span.covers(want)), None)
            if found is None:
                found = self._fetch_abroad(families or None, want)
                kept.append((want, found))
                del kept[:-ABROAD_KEPT]
            group.abroad = found
        return group.abroad

    def _fetch_abroad(self, families: frozenset[str] | None, span: "_Span") -> DatedIndex[Event]:
        index = self._source_index(families, None)
        if index is not None:  # the claimed attacks of the source's own index, in its order
            lo, exact, hi = index.bounds(span.start, span.end)
            items, firsts, lasts = index.items, index.firsts, index.lasts
            rows = [(firsts[i], lasts[i], e) for i in range(lo, hi)  # _claimed_attack, inline: a million calls
                    if (e := items[i]).type == "attack" and e.attribution in _CLAIMED
                    and (i >= exact or lasts[i] >= span.start)]
            undated = [e for e in index.undated if _claimed_attack(e)] if span.open else []
            return DatedIndex.from_sorted(rows, undated, index.longest)
        return self._dated(list(self.source.candidate_events(families=families, country=None, start=span.start,
                                                             end=span.end, attack_attributions=_CLAIMED,
                                                             undated=True)))

    def _fact(self, event: Event) -> EventFact:
        fact = self._facts.get(event.id)
        if fact is None:
            fact = self._facts[event.id] = self._derive_fact(event)
        return fact

    def _derive_fact(self, event: Event) -> EventFact:
        start, end = event.date.start, event.date.end
        if start is None and end is None:
            first, last = event_span(event, self.document(event.document_id))
        else:  # event_span without the document it does not read
            first, last = start or end, end or start
        loc = event.location
        parts = self._parties_of(event, first or last)
        return EventFact(event, first, last, loc.place_id or loc.admin1 or loc.country, *parts[:5],
                         bool(start or end), loc.country, parts[5])

    def _parties_of(self, event: Event, when: date | None) -> tuple:
        """(agents, parties, armed agents, armed parties, homes, names), cached by who took part
        (and by date when a party's status depends on it)."""
        key = (*map(_NAME, event.agents), _SEP, *map(_NAME, event.targets))
        found = self._party_cache.get(key)
        if found is None:
            found = self._party_cache[key] = {} if self.parties.phased(event) else self._derive_parties(event, when)
        if type(found) is dict:  # phased: one entry per date
            parts = found.get(when)
            if parts is None:
                parts = found[when] = self._derive_parties(event, when)
            return parts
        return found

    def _derive_parties(self, event: Event, when: date | None) -> tuple:
        """`_parties_of` worked out for one event."""
        p = self.parties
        agents = p.families(event.agents)
        armed = frozenset(f for r in (*event.agents, *event.targets)
                          if p.is_armed_non_state(r, when) and (f := p.ref_family(r)))
        homes = tuple((f, home) for r in event.agents if (f := p.ref_family(r)) and (home := p.home_countries(r.name)))
        names = tuple((f, r.name) for r in (*event.agents, *event.targets) if (f := p.ref_family(r)))
        return (agents, agents | p.families(event.targets), armed & agents, armed, homes, names)

    def _claim_row(self, claim: Claim) -> tuple:
        anchor = claim_anchor(claim, self.document(claim.document_id))
        return (anchor, anchor, (claim, self.parties.families(claim.subjects), anchor))

    # ------------------------------------------------------------------ evidence
    def _evidence(self, scope: Scope, group: _Group) -> _Found:
        found = _Found()
        if scope.claim.kind in JUDGED_KINDS:
            self._judge_events(scope, group.events, found)
            self._judge_assessments(scope, group, found)
            if scope.claim.kind == "territory_use" and scope.country:
                based = self._based(scope, group, found)
                self._judge_events(replace(scope, based=based), self._abroad(group), found, abroad_only=True)
        elif scope.claim.kind in ("responsibility", "strength"):
            self._judge_disputes(scope, group, found)
        return found

    def _based(self, scope: Scope, group: _Group, found: _Found) -> frozenset[str]:
        """Groups the evidence found so far places in P (their attacks abroad then count)."""
        ids = found.ids
        based: set[str] = set()
        reps = self._derived.reps
        for c in found.classes:  # the classes of the events found in the group's own index
            based |= scope.parties(reps[c])
        for claim, families, _ in self._candidates(scope, group.claims):
            if claim.id in ids:
                based |= families if not scope.families else families & scope.families
        return frozenset(based)

    def _candidates(self, scope: Scope, index: DatedIndex) -> Iterator:
        window = scope.window
        yield from index.overlapping(window.start, window.end)
        if not window.known:
            yield from index.undated

    def _columns(self, index: DatedIndex[Event]) -> _Columns:
        cols = index.derived.get(_Columns)
        if cols is None or cols.owner is not self._derived:
            cols = index.derived[_Columns] = _Columns(self._derived, index)
        return cols

    BULK = True  # judge dated events by the bulk path (False: one by one; both give the same)

    def _judge_events(self, scope: Scope, index: DatedIndex[Event], found: _Found,
                      abroad_only: bool = False) -> None:
        """The index's events in the claim's window that the rules find relevant, in index order. The
        rules are asked once per fact class without a window; each event then only takes the date
        test those rules apply (capability looks forward from the claim date, the others overlap)."""
        judge = rules.abroad_lazy if abroad_only else rules.judge_event_lazy
        window = scope.window
        capability = scope.claim.kind == "capability" and not abroad_only
        in_window = window.after_anchor if capability else window.overlaps
        cols = self._columns(index)
        open_scope = replace(scope, window=_OPEN)
        memo = self._derived.answers.setdefault((judge, rules.scope_class(scope)), {})
        track = found.classes if scope.claim.kind == "territory_use" and not abroad_only else None
        lo, exact, hi = index.bounds(window.start, window.end)
        if self.BULK:
            self._bulk(scope, found, judge, open_scope, in_window, memo, track, index, cols, lo, exact, hi, capability)
        else:
            self._scan(scope, found, judge, open_scope, in_window, memo, track, index.items, cols.facts,
                       cols.classes, range(lo, hi), exact, index.lasts, window.start)
        if not window.known:
            self._scan(scope, found, judge, open_scope, in_window, memo, track, index.undated,
                       cols.undated_facts, cols.undated_classes, range(len(index.undated)), 0, (), None)

    def _bulk(self, scope: Scope, found: _Found, judge: Callable, open_scope: Scope, in_window: Callable,
              memo: dict, track: set | None, index: DatedIndex[Event], cols: _Columns, lo: int, exact: int,
              hi: int, capability: bool) -> None:
        """`_scan` over the dated positions lo..hi-1, column by column. The index is sorted by first date,
        so the one-day events in the window are those from `exact` (capability: from the claim date) to
        `hi`; each takes its class's stance, and the events spanning more than a day take the window test
        one by one. Then the hits' columns, in index order."""
        if hi <= lo:
            return
        window = scope.window
        if None in cols.ids[lo:hi]:
            self._fill(index, cols, lo, hi)
        classes = cols.classes[lo:hi]
        reps = self._derived.reps
        for c in set(classes).difference(memo):
            memo[c] = judge(open_scope, reps[c])[0]
        stances = list(map(memo.__getitem__, classes))
        first = exact
        if capability and window.known:
            first = max(exact, bisect_left(index.firsts, window.anchor, lo, hi))
        if first > lo:
            stances[:first - lo] = [None] * (first - lo)
        facts, lasts = cols.facts, index.lasts
        spans = cols.multi[lo:hi]  # more than a day
        if True in spans:
            for i in compress(range(lo, hi), spans):
                stance = memo[cols.classes[i]]
                if stance is not None:
                    fact = facts[i]
                    keep = (i >= exact or lasts[i] >= window.start) and in_window(fact.first, fact.last)
                    stances[i - lo] = stance if keep else None
        positions = list(compress(range(lo, hi), stances))
        if not positions:
            return
        classes = list(compress(classes, stances))
        ids = list(compress(cols.ids[lo:hi], stances))
        docs = list(compress(cols.docs[lo:hi], stances))
        days = list(map(self._derived.ordinals.__getitem__, compress(index.firsts[lo:hi], stances)))
        stances = list(filter(None, stances))
        seen = found.ids
        if seen and not seen.isdisjoint(ids):
            kept = [e not in seen for e in ids]
            positions, classes, docs, days, stances, ids = (list(compress(col, kept)) for col in
                                                            (positions, classes, docs, days, stances, ids))
            if not positions:
                return
        found.pending.append(ids)
        distinct = set(classes)
        if track is not None:
            track.update(distinct)
        grades = self._grades
        ungraded = set(docs).difference(grades)  # a graded document was read (and prefetched) before
        if ungraded:
            self.prefetch(ungraded)
            for doc_id in ungraded:
                self._grade(doc_id)
        reliabilities = list(map(grades.__getitem__, docs))
        stories = self.stories.read(docs, self._has_document)
        dated = {c: reps[c].dated for c in distinct}

        def build(k: int) -> tuple[Hit, tuple]:
            fact = facts[positions[k]]
            event = fact.event  # type: ignore[union-attr]
            return (Hit("event", event.id, stances[k], "", event.document_id, fact.first, event.quote,
                        reliabilities[k], stories[k], fact.dated), (judge, scope, fact))

        found.hits.extend("event", ids, stances, reliabilities, stories, list(map(dated.__getitem__, classes)),
                          days, build)
        side = scope.side
        if side:
            flagged = {c for c in distinct if memo[c] == "contradicts" and side in reps[c].agents}
            if flagged:
                for i, c in zip(positions, classes):
                    if c in flagged:
                        found.flags.append(self._own_side_flag(side, facts[i]))  # type: ignore[arg-type]

    def _fill(self, index: DatedIndex[Event], cols: _Columns, lo: int, hi: int) -> None:
        """The columns of the dated positions lo..hi-1 not filled yet (`_scan` may have set a fact and class)."""
        facts, classes, derived, items = cols.facts, cols.classes, self._derived, index.items
        known, numbered, new_class = derived.facts, derived.classes, derived.new_class
        ids, docs, multi = cols.ids, cols.docs, cols.multi
        for i in compress(range(lo, hi), map(is_, ids[lo:hi], repeat(None))):
            event = items[i]
            eid = ids[i] = event.id
            docs[i] = event.document_id
            fact = facts[i]
            if fact is None:
                fact = facts[i] = known.get(eid)
                if fact is None:  # a new fact has no class yet
                    fact = facts[i] = known[eid] = self._derive_fact(event)
                    classes[i] = new_class(eid, fact)
                else:
                    c = numbered.get(eid)
                    classes[i] = derived.number(fact) if c is None else c
            multi[i] = fact.first != fact.last

    def _has_document(self, doc_id: str) -> bool:
        return self.document(doc_id) is not None

    @staticmethod
    def _own_side_flag(side: str, fact: EventFact) -> str:
        return (f"own side: {side} itself acted against {', '.join(sorted(fact.parties - {side}))} in "
                f"{fact.place} ({fact.first}), event {fact.event.id}")

    def _scan(self, scope: Scope, found: _Found, judge: Callable, open_scope: Scope, in_window: Callable,
              memo: dict, track: set | None, items: list, facts: list, classes: list,
              positions: range, exact: int, lasts: Sequence, start: date | None) -> None:
        """`_judge_events` over some positions of one index, one by one."""
        seen, add, derived = found.ids, found.hits.add, self._derived
        reps, known = derived.reps, derived.facts
        side = scope.side
        stories, by_stance = self.stories, self._event_hits
        for i in positions:
            if i < exact and lasts[i] < start:
                continue
            event = items[i]
            if event.id in seen:
                continue
            c = classes[i]
            if c == -1:
                fact = known.get(event.id)
                if fact is None:
                    fact = known[event.id] = self._derive_fact(event)
                facts[i] = fact
                c = classes[i] = derived.number(fact)
            else:
                fact = facts[i]
            stance = memo.get(c, _MISS)
            if stance is _MISS:
                stance = memo[c] = judge(open_scope, reps[c])[0]
            if stance is None or not in_window(fact.first, fact.last):
                continue
            hit = by_stance[stance].get(event.id) if stories.unions == self._hits_at else None
            if hit is None:
                hit = self._event_hit(fact, stance)
            add(hit, (judge, scope, fact))
            seen.add(event.id)
            if track is not None:
                track.add(c)
            if stance == "contradicts" and side and side in fact.agents:
                found.flags.append(self._own_side_flag(side, fact))

    def _judge_assessments(self, scope: Scope, group: _Group, found: _Found) -> None:
        for claim, families, anchor in self._candidates(scope, group.claims):
            if not self.parties.is_assessor(claim):
                self._own_side_claim(scope, claim, families, anchor, found)
                continue
            item = Assessment(claim, anchor, families, self.parties.institution(claim),
                              claim.location.place_id or claim.location.admin1 or claim.location.country)
            stance, reason = rules.judge_assessment(scope, item)
            if stance:
                self._add_claim(found, claim, anchor, stance, reason)

    def _own_side_claim(self, scope: Scope, other: Claim, families: frozenset[str], anchor: date | None,
                        found: _Found) -> None:
        """A party's own people saying the opposite (never evidence, but worth a flag)."""
        if other.kind != scope.claim.kind or other.polarity == scope.claim.polarity or not scope.side:
            return
        if other.speaker.name == scope.claim.speaker.name or self.parties.speaker_side(other) != scope.side:
            return
        loc = other.location
        if rules.assessment_groups(scope, Assessment(other, anchor, families, None, None)) is None:
            return
        if scope.inside(loc.place_id or loc.admin1 or loc.country) and scope.window.overlaps(anchor, anchor):
            found.flags.append(f"own side: {other.speaker.name} ({scope.side}) said the opposite "
                               f"({anchor}): \"{other.quote[:160]}\" (claim {other.id})")

    def _judge_disputes(self, scope: Scope, group: _Group, found: _Found) -> None:
        if scope.claim.kind == "responsibility":
            for event in self._candidates(scope, group.events):
                fact = self._fact(event)
                stance, reason = disputes.responsibility_event(scope, fact)
                if stance:
                    self._add_event(found, fact, stance, reason)
        check = disputes.responsibility_claim if scope.claim.kind == "responsibility" else disputes.strength_claim
        for claim, families, anchor in self._candidates(scope, group.claims):
            stance, reason = check(scope, claim, families, anchor)
            if stance:
                self._add_claim(found, claim, anchor, stance, reason)

    def _add_event(self, found: _Found, fact: EventFact, stance: str, reason: str | Callable[[], str]) -> None:
        event = fact.event
        hit = self._event_hits[stance].get(event.id) if self.stories.unions == self._hits_at else None
        if hit is None:
            hit = self._event_hit(fact, stance)
        found.hits.add(hit, reason)
        found._ids.add(event.id)

    def _event_hit(self, fact: EventFact, stance: str) -> Hit:
        """An event's hit without its reason, shared by every claim it bears on the same way (until
        a story merge may have changed its story id: then every cached hit is dropped)."""
        event, doc_id = fact.event, fact.event.document_id
        hit = Hit("event", event.id, stance, "", doc_id, fact.first, event.quote, self._grade(doc_id),
                  self._story(doc_id), fact.dated)
        if self.stories.unions != self._hits_at:
            self._hits_at = self.stories.unions
            for cached in self._event_hits.values():
                cached.clear()
        self._event_hits[stance][event.id] = hit
        return hit

    def _add_claim(self, found: _Found, claim: Claim, anchor: date | None, stance: str, reason: str) -> None:
        doc_id = claim.document_id
        found.hits.add(Hit("claim", claim.id, stance, reason, doc_id, anchor, claim.quote,
                           self._grade(doc_id), self._story(doc_id), claim.date is not None), reason)
        found._ids.add(claim.id)

    # ------------------------------------------------------------------ grading
    def _grade(self, doc_id: str) -> str:
        grade = self._grades.get(doc_id)
        if grade is None:  # a document's grade is its publisher's: worked out once per publisher
            doc = self.document(doc_id)
            publisher = doc.publisher if doc else None
            grade = self._publisher_grades.get(publisher)
            if grade is None:
                grade = self._publisher_grades[publisher] = reliability(doc, self.kb, self._outlet)
            self._grades[doc_id] = grade
        return grade

    def _outlet(self, name: str) -> Any:
        """The source's per-outlet setting, read once per outlet name."""
        if name not in self._outlets:
            lookup = getattr(self.source, "outlet", None)
            self._outlets[name] = lookup(name) if lookup else None
        return self._outlets[name]

    def _story(self, doc_id: str) -> str | None:
        doc = self._docs.get(doc_id) if doc_id in self._docs else self.document(doc_id)
        return self.stories.cluster(doc_id) if doc is not None else None

    # ------------------------------------------------------------------ verdict
    def _verdict(self, scope: Scope, found: _Found) -> Verdict:
        return build_verdict(scope, found.hits, found.flags, self.max_items)


def _text_reader(source: EvidenceSource, docs: dict[str, Document | None]) -> Callable[[str], str | None]:
    """A document's text: from a source whose documents come without texts (`text_of`), else from the
    document, read once into `docs`."""
    text_of = getattr(source, "text_of", None)
    if text_of is not None:
        return text_of

    def read(doc_id: str) -> str | None:
        if doc_id not in docs:
            docs[doc_id] = source.document(doc_id)
        doc = docs[doc_id]
        return doc.text if doc else None
    return read


def _keys_reader(kept: Callable[[Collection[str]], dict[str, list[int]]],
                 keys: dict[str, list[int] | None]) -> Callable[[str], list[int] | None]:
    """The story keys the source keeps for a document (None: work them out from its text), read once."""
    def read(doc_id: str) -> list[int] | None:
        if doc_id not in keys:
            keys[doc_id] = kept([doc_id]).get(doc_id)
        return keys[doc_id]
    return read


def _union(windows: Sequence[Window]) -> tuple[date | None, date | None]:
    if any(not w.known for w in windows):
        return None, None
    return min(w.start for w in windows), max(w.end for w in windows)


_CLAIMED = ("claimed", "confirmed")


def _claimed_attack(event: Event) -> bool:
    return event.type == "attack" and event.attribution in _CLAIMED


@dataclass(frozen=True)
class _Span:
    """The dates a cached candidate list was fetched for (None: open on that side)."""

    start: date | None
    end: date | None
    open: bool  # undated candidates included

    def covers(self, other: "_Span") -> bool:
        return ((self.start is None or (other.start is not None and self.start <= other.start))
                and (self.end is None or (other.end is not None and other.end <= self.end))
                and (self.open or not other.open))

    def widen(self, other: "_Span") -> "_Span":
        start = None if self.start is None or other.start is None else min(self.start, other.start)
        end = None if self.end is None or other.end is None else max(self.end, other.end)
        return _Span(start, end, self.open or other.open)
