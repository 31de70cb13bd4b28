"""What the verifier reads (EvidenceSource) and writes (VerdictLog), and an in-memory store.

The SQL `belie.store.Store` satisfies both protocols; `MemorySource` does too, for tests,
`scripts/verify_gold.py` and the benchmark. Families are the knowledge base's (IS and ISKP
share "IS"); dates of undated events fall back to their document's date (window.py).
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import replace
from operator import attrgetter, itemgetter
from datetime import date, datetime, timezone
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Protocol, runtime_checkable

from belie.knowledge import KnowledgeBase
from belie.model import Claim, Document, Event, Verdict
from belie.verify.collector import collector_paused
from belie.verify.index import DatedIndex
from belie.verify.parties import Parties
from belie.verify.window import document_date, url_date

__all__ = ["EvidenceSource", "MemorySource", "StoreSnapshot", "VerdictLog", "verdict_fingerprint"]

Key = tuple[str | None, str | None]


@runtime_checkable
class EvidenceSource(Protocol):
    """The read side the verifier needs (belie.store.Store implements it)."""

    def document(self, id: str) -> Document | None: ...

    def events(self) -> Iterable[Event]: ...

    def claims(self) -> Iterable[Claim]: ...

    def candidate_events(self, *, families: Collection[str] | None = None, country: str | None = None,
                         start: date | None = None, end: date | None = None,
                         attack_attributions: Collection[str] | None = None,
                         undated: bool = False) -> Iterable[Event]:
        """Events with a party (agent or target) in `families` (None: any) in `country` (None: any)
        whose date span, or their document's date when undated, meets [start, end]; with
        `attack_attributions`, only attacks with one of those attributions; with `undated`, followed
        by what `undated_events` gives for the same query (one read instead of two)."""

    def undated_events(self, *, families: Collection[str] | None = None, country: str | None = None,
                       attack_attributions: Collection[str] | None = None) -> Iterable[Event]:
        """Events with neither a date nor a dated document (they count only in open windows)."""

    def candidate_claims(self, *, kinds: Collection[str] | None = None, families: Collection[str] | None = None,
                         country: str | None = None, start: date | None = None,
                         end: date | None = None) -> Iterable[Claim]:
        """Claims of `kinds` with a subject in `families` (None: any, including none named),
        in `country`, dated (or published) within [start, end] or undated."""

    def outlet(self, name: str) -> Any:
        """A per-outlet setting with a `reliability` grade (A-F), or None."""


@runtime_checkable
class VerdictLog(Protocol):
    """The append-only verdict history (belie.store.Store implements it)."""

    def record_verdict(self, v: Verdict, run_id: str | None = None) -> bool: ...

    def latest_verdicts(self) -> Any: ...

    def verdict_history(self, claim_id: str) -> list[Verdict]: ...

    def changed_verdicts(self, *, include_new: bool = True) -> list[tuple[Verdict | None, Verdict]]: ...

    def start_check_run(self, window_days: int) -> str: ...

    def finish_check_run(self, run_id: str, n_claims: int, n_changed: int) -> None: ...


def verdict_fingerprint(v: Verdict) -> tuple:
    """What makes a verdict new: its label and the evidence it cites with their stances."""
    return (v.label, tuple(sorted((e.kind, e.id, e.stance) for e in v.evidence)))


class MemorySource:
    """Documents, events and claims held in memory, indexed by (family, country) and date."""

    def __init__(self, kb: KnowledgeBase, documents: Iterable[Document] = (), events: Iterable[Event] = (),
                 claims: Iterable[Claim] = (), outlets: Mapping[str, str] | None = None,
                 dates: Mapping[str, date | None] | None = None) -> None:
        """`dates` gives documents' dates (window.document_date) by id where the documents themselves
        are not held (a store's snapshot); held documents give their own."""
        self.parties = Parties(kb)
        self._docs = {d.id: d for d in documents}
        self._dates = dict(dates or {})
        self._events = list(events)
        self._claims = list(claims)
        self._outlets = dict(outlets or {})
        self._event_index: dict[Key, DatedIndex[Event]] = {}
        self._claim_index: dict[Key, DatedIndex[Claim]] = {}
        self._history: dict[str, list[tuple[str | None, Verdict]]] = defaultdict(list)
        self._runs: list[dict[str, Any]] = []
        # What readers (the verifier) work out from the records, kept until the records change.
        self.derived: dict[Any, Any] = {}

    # ------------------------------------------------------------------ loading
    def add(self, doc: Document, events: Iterable[Event] = (), claims: Iterable[Claim] = ()) -> None:
        self._docs[doc.id] = doc
        self._events.extend(events)
        self._claims.extend(claims)
        self._event_index.clear()
        self._claim_index.clear()
        self.derived.clear()

    def set_outlet(self, name: str, reliability: str) -> None:
        """Configure one outlet's reliability grade (beats the outlet type's default)."""
        self._outlets[name] = reliability

    # ------------------------------------------------------------------ reading
    def document(self, id: str) -> Document | None:
        return self._docs.get(id)

    def documents(self) -> Iterator[Document]:
        return iter(self._docs.values())

    def events(self) -> Iterator[Event]:
        return iter(self._events)

    def claims(self) -> Iterator[Claim]:
        return iter(self._claims)

    def claim(self, id: str) -> Claim | None:
        return next((c for c in self._claims if c.id == id), None)

    def outlet(self, name: str) -> Any:
        grade = self._outlets.get(name)
        return {"name": name, "reliability": grade} if grade else None

    def candidate_events(self, families: Collection[str] | None = None, country: str | None = None,
                         start: date | None = None, end: date | None = None,
                         attack_attributions: Collection[str] | None = None,
                         undated: bool = False) -> Iterator[Event]:
        keys = _keys(families)
        wanted = _attacks(attack_attributions)
        seen: set[str] = set()
        for family in keys:
            for event in self._events_for((family, country)).overlapping(start, end):
                if (len(keys) == 1 or event.id not in seen) and wanted(event):  # one index: no event twice
                    seen.add(event.id)
                    yield event
        if undated:
            yield from self.undated_events(families, country, attack_attributions)

    def event_index(self, *, families: Collection[str] | None = None,
                    country: str | None = None) -> DatedIndex[Event] | None:
        """The date index `candidate_events` and `undated_events` read when one index answers the
        query (one family, or any), spans as `event_span` gives them; None for several families."""
        keys = _keys(families)
        return self._events_for((keys[0], country)) if len(keys) == 1 else None

    def undated_events(self, families: Collection[str] | None = None, country: str | None = None,
                       attack_attributions: Collection[str] | None = None) -> Iterator[Event]:
        seen: set[str] = set()
        wanted = _attacks(attack_attributions)
        for family in _keys(families):
            for event in self._events_for((family, country)).undated:
                if event.id not in seen and wanted(event):
                    seen.add(event.id)
                    yield event

    def candidate_claims(self, kinds: Collection[str] | None = None, families: Collection[str] | None = None,
                         country: str | None = None, start: date | None = None,
                         end: date | None = None) -> Iterator[Claim]:
        seen: set[str] = set()
        for family in _keys(families):
            index = self._claims_for((family, country))
            for claim in [*index.overlapping(start, end), *index.undated]:
                if claim.id not in seen and (kinds is None or claim.kind in kinds):
                    seen.add(claim.id)
                    yield claim

    # ------------------------------------------------------------------ indexes
    def _events_for(self, key: Key) -> DatedIndex[Event]:
        if not self._event_index:
            self._build_event_indexes()
        found = self._event_index.get(key)
        if found is None:  # every key with an event was built: none here
            found = self._event_index[key] = DatedIndex()
        return found

    def _build_event_indexes(self) -> None:
        """One sort of every event by date, then one pass grouping them by (family, country),
        family, country and none (each group stays sorted, so no group is sorted again)."""
        dated, undated, longest = _spans(self._events, self._document_date)
        groups: dict[Key, tuple[list, list]] = defaultdict(lambda: ([], []))
        targets: dict[tuple, list[list]] = {}  # the group lists an event goes to, by who took part and where
        for rows_, at in ((dated, 0), (undated, 1)):
            for row in rows_:
                event = row[2] if at == 0 else row
                country = event.location.country
                names = (*map(_NAME, event.agents), *map(_NAME, event.targets))
                lists = targets.get((names, country, at)) if all(names) else None
                if lists is None:  # names decide the families (an unnamed party's own family may differ)
                    keys = [(None, country), (None, None)]
                    for family in self.parties.event_families(event, None):
                        keys += [(family, country), (family, None)]
                    lists = [groups[key][at] for key in keys]
                    if all(names):
                        targets[(names, country, at)] = lists
                for found in lists:
                    found.append(row)
        self._event_index.update({k: DatedIndex.from_sorted(d, u, longest) for k, (d, u) in groups.items()})

    def _document_date(self, doc_id: str) -> date | None:
        doc = self._docs.get(doc_id)
        return document_date(doc) if doc is not None or doc_id not in self._dates else self._dates[doc_id]

    def _claims_for(self, key: Key) -> DatedIndex[Claim]:
        if not self._claim_index:
            self._build_claim_indexes()
        if key not in self._claim_index:
            self._claim_index[key] = DatedIndex()
        return self._claim_index[key]

    def _build_claim_indexes(self) -> None:
        """Every claim index in one pass over the claims: by (family, country), family, country and none
        (each in the order the claims were added, sorted by anchor date)."""
        groups: dict[Key, list[tuple]] = defaultdict(list)
        for c in self._claims:
            a = c.date or self._document_date(c.document_id)
            row = (a, a, c)
            country = c.location.country
            for family in (None, *self.parties.families(c.subjects)):
                groups[(family, country)].append(row)
                if country is not None:
                    groups[(family, None)].append(row)
        self._claim_index.update({k: DatedIndex(rows) for k, rows in groups.items()})

    # ------------------------------------------------------------------ verdict log
    def start_check_run(self, window_days: int) -> str:
        run_id = uuid.uuid4().hex
        self._runs.append({"id": run_id, "window_days": window_days, "started_at": _now()})
        return run_id

    def finish_check_run(self, run_id: str, n_claims: int, n_changed: int) -> None:
        for run in self._runs:
            if run["id"] == run_id:
                run.update(finished_at=_now(), n_claims=n_claims, n_changed=n_changed)

    def record_verdict(self, v: Verdict, run_id: str | None = None) -> bool:
        """Append `v` unless it repeats the claim's latest verdict (label and evidence)."""
        history = self._history[v.claim_id]
        if history and verdict_fingerprint(history[-1][1]) == verdict_fingerprint(v):
            return False
        history.append((run_id, replace(v, checked_at=v.checked_at or _now())))
        return True

    def latest_verdicts(self) -> dict[str, Verdict]:
        return {cid: rows[-1][1] for cid, rows in self._history.items() if rows}

    def verdict_history(self, claim_id: str) -> list[Verdict]:
        return [v for _, v in self._history.get(claim_id, [])]

    def changed_verdicts(self, *, include_new: bool = True) -> list[tuple[Verdict | None, Verdict]]:
        """(previous, current) for claims whose label flipped in the latest check run;
        with `include_new`, (None, current) for claims judged for the first time in it."""
        if not self._runs:
            return []
        last = self._runs[-1]["id"]
        out: list[tuple[Verdict | None, Verdict]] = []
        for rows in self._history.values():
            if rows[-1][0] != last:
                continue
            if len(rows) >= 2 and rows[-2][1].label != rows[-1][1].label:
                out.append((rows[-2][1], rows[-1][1]))
            elif len(rows) == 1 and include_new:
                out.append((None, rows[-1][1]))
        return out


class StoreSnapshot:
    """A store whose events (and documents) are read once, in one pass, and held in memory for a check run.

    Judging claim group by group asks the store for each group's candidate events, and groups
    overlap (a family's events in a country, then the same family's attacks anywhere): over a large
    store that reads every event several times, query by query. The snapshot reads them once
    (`scan_events`), with the claims, and indexes them as `MemorySource` does, and reads the documents
    in one pass when first asked; outlets and the verdict log stay in the store. It sees the events
    and claims as they were when made.
    """

    def __init__(self, store: Any, kb: KnowledgeBase) -> None:
        self.store = store
        with collector_paused():  # a million long-lived records: collections would find nothing to free
            dates = {i: published or url_date(url) for i, (published, url) in store.publication_dates().items()}
            self.memory = MemorySource(kb, events=store.scan_events(), claims=store.claims(), dates=dates)
        self.derived = self.memory.derived
        self._docs: dict[str, Document] | None = None
        self._keys: dict[str, list[int]] | None = None
        self._texts: dict[str, str | None] = {}

    def document(self, id: str) -> Document | None:
        return self._documents().get(id)

    def documents_by_id(self, ids: Collection[str]) -> dict[str, Document]:
        """The documents among `ids`, always without their texts (`text_of` reads one)."""
        docs = self._documents()
        return {i: docs[i] for i in ids if i in docs}

    def story_keys(self, ids: Collection[str]) -> dict[str, list[int]]:
        """The store's kept story keys of the documents, all read in one pass the first time."""
        if self._keys is None:
            self._keys = self.store.story_keys() if hasattr(self.store, "story_keys") else {}
        keys = self._keys
        return {i: keys[i] for i in ids if i in keys}

    def text_of(self, id: str) -> str | None:
        """A document's text, read from the store when first asked (the snapshot's documents hold none:
        with the story keys kept in the store, a check needs the texts of near-duplicate candidates only)."""
        if id not in self._texts:
            self._texts[id] = self.store.text_of(id)
        return self._texts[id]

    def texts_of(self, ids: Collection[str]) -> dict[str, str | None]:
        """The texts of many documents, those not read yet in one read of the store."""
        missing = [i for i in ids if i not in self._texts]
        if missing:
            found = self.store.texts_of(missing)
            self._texts.update({i: found.get(i) for i in missing})
        return {i: self._texts[i] for i in ids}

    def _documents(self) -> dict[str, Document]:
        """Every document but its text, read in one pass the first time one is asked for (a check run reads
        the documents of its evidence to grade it: most of them, one by one otherwise)."""
        if self._docs is None:
            with collector_paused():
                self._docs = {d.id: d for d in self.store.documents(texts=False)}
        return self._docs

    def candidate_events(self, families: Collection[str] | None = None, country: str | None = None,
                         start: date | None = None, end: date | None = None,
                         attack_attributions: Collection[str] | None = None,
                         undated: bool = False) -> Iterator[Event]:
        return self.memory.candidate_events(families, country, start, end, attack_attributions, undated)

    def undated_events(self, families: Collection[str] | None = None, country: str | None = None,
                       attack_attributions: Collection[str] | None = None) -> Iterator[Event]:
        return self.memory.undated_events(families, country, attack_attributions)

    def event_index(self, *, families: Collection[str] | None = None,
                    country: str | None = None) -> DatedIndex[Event] | None:
        return self.memory.event_index(families=families, country=country)

    def events(self) -> Iterator[Event]:
        return self.memory.events()

    def claims(self) -> Iterator[Claim]:
        return self.memory.claims()

    def candidate_claims(self, kinds: Collection[str] | None = None, families: Collection[str] | None = None,
                         country: str | None = None, start: date | None = None,
                         end: date | None = None) -> Iterator[Claim]:
        return self.memory.candidate_claims(kinds, families, country, start, end)

    def __getattr__(self, name: str) -> Any:  # outlets, the verdict log: the store's
        return getattr(self.store, name)


_NAME = attrgetter("name")


def _spans(events: Iterable[Event], date_of: Callable[[str], date | None]) -> tuple[list[tuple], list[Event], Any]:
    """(dated rows (first, last, event) sorted by first date, undated events, longest span or None): each
    event's `event_span`, normalised (`normalise_span`), in one pass."""
    dated: list[tuple] = []
    undated: list[Event] = []
    longest = None
    for event in events:
        when = event.date
        first, last = when.start, when.end or when.start
        if first is None and last is None:
            first = last = date_of(event.document_id)
            if first is None:
                undated.append(event)
                continue
        elif first is None or last is None:
            first = last = first or last
        elif last is not first and last != first:
            if last < first:
                last = first
            elif longest is None or last - first > longest:
                longest = last - first
        dated.append((first, last, event))
    dated.sort(key=itemgetter(0))
    return dated, undated, longest


def _attacks(attributions: Collection[str] | None) -> Callable[[Event], bool]:
    """Every event, or (with attributions) the attacks attributed one of those ways."""
    if attributions is None:
        return lambda event: True
    return lambda event: event.type == "attack" and event.attribution in attributions


def _keys(families: Collection[str] | None) -> list[str | None]:
    return [None] if families is None else sorted(families)


def _now() -> datetime:
    return datetime.now(timezone.utc)
