"""Event rules: one event per incident sentence, merged with sentences that refer back to it."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from belie.model import ActorRef, DateRange, Event, Quantity, Span, make_id
from belie.pipeline.context import ActorMention, DocContext, Sentence
from belie.pipeline.dates import DateHit, first_of
from belie.pipeline.event_links import (BY_AGENT, MERGE_WINDOW, anaphora_types, families, follow_up, is_prose,
                                        near, overlap, parties_of_last, same_day, same_incident, same_undated,
                                        split_by_year, unique, unique_refs)
from belie.pipeline.event_outcomes import EventOutcomes
from belie.pipeline.event_clauses import after_parts, dated_parts
from belie.pipeline.event_places import EventPlaces
from belie.pipeline.lexicon import load_lexicon
from belie.pipeline.literals import Quick
from belie.pipeline.rules import Rules

__all__ = ["EventRules"]

BARE_WINDOW = 8  # sentences over which an incident told with nothing of its own may still be the last one's
RECALL_DAYS = 31  # an incident ending this long before publication is recalled, not reported
_SECURITY_TYPES = ("raid", "strike", "arrest", "seizure")


class EventRules(EventOutcomes, EventPlaces):
    def __init__(self, rules: Rules, version: str) -> None:
        self.r = rules
        self.version = version
        self.generic = re.compile(rules.event_lexicon["generic"], re.I)
        self.takeover = re.compile(rules.event_lexicon["takeover"], re.I)
        self.tally = Quick(re.compile(rules.event_lexicon["tally"], re.I))
        self.series = Quick(re.compile(rules.event_lexicon["series"], re.I))
        self._series_memo: tuple[str, re.Match[str] | None] | None = None
        capitals = rules.event_lexicon["capital_of"]
        self.capital_of = {k.lower(): v for k, v in capitals.items()}
        self.capital_phrase = re.compile(rf"\b({'|'.join(map(re.escape, capitals))})\s+capital\b", re.I)
        self.named_deaths = re.compile(rules.event_lexicon["named_deaths"], re.I)
        self.dateline = re.compile(rules.event_lexicon["dateline"])
        self.place_as_speaker = re.compile(rules.event_lexicon["place_as_speaker"], re.I)
        self.place_in_name = re.compile(rules.event_lexicon["place_in_name"])
        self.place_as_addressee = re.compile(rules.event_lexicon["place_as_addressee"], re.I)
        self.place_of_movement = Quick(re.compile(rules.event_lexicon["place_of_movement"], re.I))
        self.country_of_place = re.compile(rules.event_lexicon["country_of_place"], re.I)
        self.nationality = Quick(re.compile(rules.event_lexicon["nationality_before"], re.I))
        self.same_place = re.compile(rules.event_lexicon["same_place"], re.I)
        self.opens_another = re.compile(rules.event_lexicon["opens_another"], re.I)
        self.demonym_place = Quick(re.compile(rules.event_lexicon["demonym_place"]))
        self.demonym_country = {**load_lexicon()["demonyms"]["demonyms"], **rules.event_lexicon["demonym_place_extra"]}
        self.told_again = Quick(re.compile(rules.event_lexicon["told_again"], re.I))
        self.reporting_date = Quick(re.compile(load_lexicon()["dates"]["reporting_before"], re.I))
        self.later_incident = Quick(re.compile(rules.event_lexicon["later_incident"], re.I))
        self.coordinated_incident = Quick(re.compile(rules.event_lexicon["coordinated_incident"], re.I))
        self.incident_instance = re.compile(rules.event_lexicon["incident_instance"], re.I)
        self.date_of_incident = re.compile(rules.event_lexicon["date_of_incident"], re.I)
        self.days_after = Quick(re.compile(rules.event_lexicon["days_after"], re.I))
        self.came_after = re.compile(rules.event_lexicon["came_after"], re.I)
        self.comparison_since = re.compile(rules.event_lexicon["comparison_since"], re.I)
        self.plural_in = Quick(re.compile(rules.event_lexicon["plural_incident_in"], re.I))
        self.year_incident = Quick(rules.year_incident)
        self.seize_word, self.seized = Quick(rules.seize_word), Quick(rules.seized)
        self.outcome_kinds = {kind: Quick(p) for kind, p in rules.outcome_kinds.items()}
        self.victims_civilian = Quick(re.compile(rules.event_lexicon["victims_civilian"], re.I))
        self.victims_state = Quick(re.compile(rules.event_lexicon["victims_state"], re.I))
        self._authorities: dict = {}  # (country, date) -> _state_of's answer
        self._dated_forces: list[str] | None = None  # "Afghan security forces": forms whose party depends on the date

    def extract(self, ctx: DocContext) -> list[Event]:
        """Events in document order; a sentence about an incident already found enriches it instead."""
        events: list[Event] = []
        recent: list[tuple[int, Event]] = []  # (sentence index, event) of the last few sentences
        told: list[tuple[int, Event]] = []  # the same over a paragraph's reach, for events with nothing of their own
        for sent in ctx.sentences:
            if sent.triggers or sent.outcome_verbs or self.r.may(sent, "named_deaths"):
                sent = self._event_view(ctx, sent)  # else no event can come of it (see _sentence): its places do not matter
            recent = [(i, e) for i, e in recent if sent.index - i <= MERGE_WINDOW]
            told = [(i, e) for i, e in told if sent.index - i <= BARE_WINDOW]
            series = bool(sent.triggers) and bool(self._series(sent.text))
            parts = (after_parts(self.r, sent) if len(sent.triggers) > 1 else None) \
                or (dated_parts(self.r, sent) if sent.triggers else None)
            found = [ev for part in parts for ev in self._sentence(ctx, part, events) or []] if parts \
                else self._sentence(ctx, sent, events)  # "after militants killed ..., Pakistan struck ...": two incidents
            for ev in found or []:
                same = None if series else next((e for i, e in reversed(recent) if i != sent.index and same_incident(e, ev)), None) \
                    or (None if self.r.search(sent, "distinct") or self.opens_another.match(sent.text) else
                        next((e for e in reversed(events) if same_undated(e, ev) or same_day(e, ev)
                               or self._dates_the_lead(sent, ev, e)), None)) \
                    or self._told_again(ctx, sent, ev, events) or _restated(sent, ev, recent, events) \
                    or self._bare_retelling(sent, ev, told, series)
                if same is not None:
                    self._absorb(same, ev)
                    continue
                events.append(ev)
                recent.append((sent.index, ev))
                told.append((sent.index, ev))
        return events

    def _dates_the_lead(self, sent: Sentence, ev: Event, lead: Event) -> bool:
        """ "Two days after gunmen killed six people in Bamiyan, ..." then "... in the Bamiyan bazaar on Friday
        when attackers opened fire": an incident told first without a date, told again with its day (a
        past-perfect telling, "he had been killed by a car bomb on Tuesday", is an earlier incident)."""
        return ev.date.precision == "day" and same_undated(ev, lead) and not _PLUPERFECT.search(sent.text)

    def _bare_retelling(self, sent: Sentence, ev: Event, told: list[tuple[int, Event]], series: bool) -> Event | None:
        """ "Troops then engaged the men ...; all were killed", "Thirteen civilians died in the destruction": a
        sentence a few sentences on with no place, date or new incident word of its own goes on telling the
        incident of its kind and parties told just before."""
        if series or ev.location.admin1 or ev.date.start or sent.dates or self.r.search(sent, "distinct") \
                or any(r.kind == "person" for r in ev.targets):
            return None  # a date, even one left unresolved, or a person named dead makes an incident of its own
        return next((e for i, e in reversed(told) if i != sent.index and (e.location.admin1 or e.date.precision == "day")
                     and same_incident(e, ev)), None)  # a concrete incident, not a month's figures

    def _series(self, text: str) -> re.Match[str] | None:
        """`self.series.search(text)`, kept for the next call on the same text."""
        memo = self._series_memo
        if memo is None or memo[0] is not text:
            memo = self._series_memo = (text, self.series.search(text))
        return memo[1]

    def _event_view(self, ctx: DocContext, sent: Sentence) -> Sentence:
        """The sentence less place names that are no incident's place: a dateline, a capital as speaker."""
        if not sent.places:
            return sent
        m = self.dateline.match(sent.text)
        cut = sent.start + m.end() if m else sent.start
        text = ctx.doc.text
        places = [p for p in sent.places if p.start >= cut and not self.place_as_speaker.match(text, p.end, sent.end)
                  and not self.place_in_name.match(text, p.end, sent.end) and not self._moved_to(sent, p.start)
                  and not self.place_as_addressee.search(text, max(cut, p.start - 15), p.start)]
        homes = [p for p in places if _HOME_OF.search(text, max(cut, p.start - 30), p.start)]
        if homes and len(homes) < len(places):  # "Asim Umar, an Indian national from Uttar Pradesh, was killed in Helmand"
            places = [p for p in places if p not in homes]
        return sent if len(places) == len(sent.places) else _view(sent, places=places)

    def _moved_to(self, sent: Sentence, at: int) -> bool:
        """ "the remaining members escaped to Balochistan": a destination or origin, not where anything happened."""
        m = self.place_of_movement.search(sent.text, max(0, at - sent.start - 120), at - sent.start)
        return bool(m) and not self.r.triggers.search(m.group("between") or "")

    # ---------------------------------------------------------------- one sentence
    def _sentence(self, ctx: DocContext, sent: Sentence, earlier: list[Event]) -> list[Event] | None:
        types = sent.triggers
        for took in ("arrest", "seizure"):
            if took in types and (_took_a_place(sent, took) or self.takeover.match(sent.text, sent.trigger_at[took])):
                types = types - {took}  # "after the Taliban captured Kabul": a takeover, not an arrest
        outcomes = self._outcomes(sent.text, sent.numbers, sent) if sent.outcome_verbs else {}
        if (named := self._named_deaths(ctx, sent, earlier)):
            return named
        if not types and not outcomes.get("killed"):
            return None
        if not types and (last := self._toll_of(ctx, sent, earlier)) is not None:
            self._merge(ctx, sent, last, outcomes)  # "the UN said 53 people were killed": the toll of the incident just told
            return None
        if (not outcomes and self._generic(sent)) or self.tally.search(sent.text):
            return None
        if (run := self._series(sent.text)) and any(c.start < run.start() and _REPORTS.match(sent.text, c.start)
                                                          for c in sent.cues):
            return None  # a run of incidents in someone's reported words: their finding, not an incident
        if (target := self._antecedent(ctx, sent, earlier, run)) is not None:
            self._merge(ctx, sent, target, outcomes)
            self._date_siblings(target, earlier)
            return None
        if self._punished_for(sent):
            return None  # "two men convicted over the attack were hanged in July": what followed an incident told before
        if (back := self._named_before(sent)) is not None:  # "Hours after the Mastung blast, a second bombing hit Hangu"
            sent = _with_places(sent, [p for p in sent.places if not back.start() <= p.start - sent.start < back.end()])
        if "arrest" in types and (charge := _CHARGE_AT.search(sent.text)) is not None \
                and any(p.start - sent.start < charge.start() for p in sent.places):
            sent = _with_places(sent, [p for p in sent.places if p.start - sent.start < charge.start()])  # "detained in X on suspicion of plotting an attack on Y"
        agents, targets, etype = self._roles(ctx, sent, types, outcomes)
        if etype == "raid" and not agents and self.r.search(sent, "attribution:claimed", self.r.attribution["claimed"]):
            # "the same group claimed a raid on the air base": the group's attack
            etype, agents = "attack", [t for t in targets if ctx.is_non_state(t.name)]
            targets = [t for t in targets if t not in agents]
        if etype in ("raid", "arrest") and not agents and self._local(ctx, sent) and self.r.search(sent, "action") \
                and (state := self._state_of(ctx, self._country_of(ctx, sent))) is not None:
            agents = [ctx.ref(state)]  # "three terrorists were killed in an encounter in Doda": the state's forces
        if etype == "attack":
            targets = self._victims(ctx, sent, agents, targets)
            if not any(ctx.is_non_state(a.name) for a in agents) and (m := _IT_CLAIMED.search(sent.text)) \
                    and (prior := ctx.topic_actor(sent.start + m.start())) is not None and prior.ref.kind == "group":
                agents = [replace(prior.ref, surface=m.group(1)), *agents]  # "In May, it claimed a bombing ...": the group told of before
        if not agents and not targets and not (outcomes and (sent.places or self._dated(ctx, sent, "day" if run else "month"))) \
                and not (etype == "attack" and self._local(ctx, sent) and ctx.topic_group() is not None) \
                and not (etype == "clash" and self._local(ctx, sent) and self._dated(ctx, sent)):
            return None
        if not is_prose(sent.text) or not self._is_incident(ctx, sent, outcomes):
            return None
        if etype == "clash" and all(a.kind == "civilians" for a in agents + targets):
            agents, targets = parties_of_last(earlier, "clash", agents, targets)
        return self._build(ctx, sent, etype, agents, targets, outcomes, earlier)

    def _is_incident(self, ctx: DocContext, sent: Sentence, outcomes: dict[str, Quantity]) -> bool:
        """Numbers, a date or a named place make a sentence an incident; else a plain past-tense action."""
        when = self._date(ctx, sent)
        local = any((p := ctx.place(m.place_id)) and p.kind != "country" for m in sent.places)
        if outcomes or local or (when and when.precision != "range"):
            return True
        sides = {m.non_state for m in sent.actors if m.ref.kind not in ("person", "body", "research", "media")}
        if sent.triggers & {"raid", "strike", "arrest"} and sides == {True, False}:
            return not self.r.search(sent, "not_incident")
        action = self.r.search(sent, "action")
        vague = self.r.search(sent, "not_incident")
        return bool(action) and (vague is None or action.start() < vague.start())

    def _antecedent(self, ctx: DocContext, sent: Sentence, earlier: list[Event],
                    run: re.Match[str] | None = None) -> Event | None:
        """ "the attack", "Friday's blast": the latest earlier incident of that kind, place and date.

        A run of incidents the sentence names (`run`) is an event of its own unless the sentence is
        first about an incident of the run's kind named before ("Monday's bombing came after a string
        of attacks"); "the strikes answer the attacks the group has launched" keeps the attacks."""
        m = self.r.search(sent, "anaphora")
        if m is None or not earlier or len(self._places_abroad(ctx, sent)) > 1:
            return None  # "the attacks in Iran and Moscow": incidents of their own, not one told again
        if self._named_before(sent) is not None:
            return None  # "Hours after the blast, a second bombing struck ...": a new incident, timed by the last
        if self.came_after.match(sent.text, m.end()) and self.r.triggers.search(sent.text, m.end()):
            return None  # "The strike came a day after the Guards fired missiles at ...": that earlier incident
        kinds = anaphora_types(m.group(0))
        if kinds and "attack" not in kinds and self.r.search(sent, "attribution:claimed", self.r.attribution["claimed"]):
            kinds = (*kinds, "attack")  # "the group claimed that raid as well": a raid claimed is an attack
        if run is not None and (m.start() >= run.start() or (t := self.r.triggers.search(run.group(0))) is None
                                or t.lastgroup not in kinds):
            return None
        when = self._date(ctx, sent)
        admin = {p.admin1 for p in self._places(ctx, sent.places) if p.kind != "country"}
        for ev in reversed(earlier):
            if kinds and ev.type not in kinds:
                continue
            if when and (not (overlap(when, ev.date) or _told_after(sent, when, ev, kinds)) if ev.date.start
                         else self._background(ctx, sent, when)):
                continue
            if not admin or ev.location.admin1 is None or ev.location.admin1 in admin:
                return ev
        return None

    def _punished_for(self, sent: Sentence) -> bool:
        """The sentence's one incident word is in "convicted over (sentenced for) the attack": a court's or
        hangman's act on an incident told before, dated by that act, not an incident of its own."""
        m = self.r.search(sent, "anaphora") if len(sent.triggers) == 1 else None
        return bool(m) and sent.triggers <= set(anaphora_types(m.group(0))) \
            and _PUNISHED_FOR.search(sent.text, max(0, m.start() - 50), m.start()) is not None

    def _named_before(self, sent: Sentence) -> re.Match[str] | None:
        """The noun referring back to an incident told before ("after the Kabul blast"), when the sentence
        goes on to tell another one ("a second bombing", "another attack"): that one is new."""
        m = self.r.search(sent, "anaphora")
        if m is None:
            return None
        d = self.r.search_in(sent, "distinct", self.r.distinct, m.end(), len(sent.text))
        return m if d is not None and self.r.triggers.search(d.group(0)) else None

    def _before_anaphor(self, sent: Sentence, earlier: list[Event]) -> DateRange | None:
        """ "The strike came a day after <incident>": the incident's date from the strike's."""
        m = self.r.search(sent, "anaphora")
        if m is None or not (after := self.came_after.match(sent.text, m.end())):
            return None
        kinds = anaphora_types(m.group(0))
        ev = next((e for e in reversed(earlier) if (not kinds or e.type in kinds) and e.date.precision == "day"), None)
        if ev is None:  # the last incident of that kind told with its day (an undated retelling is no anchor)
            return None
        n = self.days_after.search(after.group(0))
        days = 0 if n is None else _days(n)
        day = ev.date.start - timedelta(days=days)
        return DateRange(day, day, after.group(0).strip(), "day")

    def _toll_of(self, ctx: DocContext, sent: Sentence, earlier: list[Event]) -> Event | None:
        """A toll with no incident word, place or date of its own, right after an incident told without
        one: that incident's toll."""
        if not earlier or sent.places or self._incident_dates(sent):
            return None
        last = earlier[-1]
        lo = ctx.sentences[max(0, sent.index - MERGE_WINDOW)].start
        return last if last.span.start >= lo and last.killed is None else None

    def _named_deaths(self, ctx: DocContext, sent: Sentence, earlier: list[Event]) -> list[Event]:
        """ "The killings of ISKP commanders A and B": a raid on the group per militant named."""
        m = self.r.search(sent, "named_deaths", self.named_deaths)
        if m is None:
            return []
        after = sent.start + m.end()
        people = [a for a in sent.actors if a.start >= after and a.ref.kind == "person" and a.ref.affiliation
                  and ctx.is_non_state(a.ref.affiliation)]
        if not is_prose(sent.text) or self.generic.search(sent.text):
            return []
        state = unique([a for a in sent.actors if not a.non_state and a.ref.kind == "state"])
        events = []
        for person in dict((p.ref.name, p) for p in people).values():
            party = ctx.ref(person.ref.affiliation)
            etype = "strike" if "strike" in sent.triggers else "raid"  # "the killing of A in a drone strike"
            ev = self._build(ctx, sent, etype, state, [party, person.ref], {"killed": Quantity(1, 1, person.ref.surface)},
                             earlier)[0]
            ev.id = "ev_" + make_id(ctx.doc.id, sent.start, sent.end, etype, person.ref.name)
            events.append(ev)
        return events

    def _generic(self, sent: Sentence) -> bool:
        """A pattern, a trend, a plan, a hypothetical or a question: no incident of its own."""
        if sent.text.rstrip().endswith("?"):
            return True
        if not sent.triggers & {"arrest", "raid"}:
            return bool(self.generic.search(sent.text))
        charge = _CHARGE if "arrest" in sent.triggers else _THEIR_PLAN  # "neutralised a cell that was planning an attack"
        return any(not charge.search(sent.text, max(0, m.start() - 30), m.start()) and m.group(0).lower() != "identified as"
                   for m in self.generic.finditer(sent.text))  # "detained on suspicion of plotting an attack": an arrest

    def _local(self, ctx: DocContext, sent: Sentence) -> bool:
        return any((p := ctx.place(m.place_id)) and p.kind != "country" for m in sent.places)

    def _dated(self, ctx: DocContext, sent: Sentence, coarsest: str = "day") -> bool:
        """The sentence dates its incident to the day (or to the month, with `coarsest="month"`)."""
        when = self._date(ctx, sent)
        return bool(when and (when.precision == "day" or (coarsest == "month" and when.precision == "month")))

    def _date_siblings(self, ev: Event, earlier: list[Event]) -> None:
        """Events split from one sentence (one per province) share the date a later sentence gives one."""
        if not ev.date.start:
            return
        for other in earlier:
            if other is not ev and other.span == ev.span and other.type == ev.type and not other.date.start:
                other.date = replace(ev.date)

    def _told_again(self, ctx: DocContext, sent: Sentence, ev: Event, events: list[Event]) -> Event | None:
        """An earlier event of the same type and parties at a nested or nearby place ("the Moscow attack"
        after the concert hall): one incident named by two places; "another attack" stays apart."""
        if self.r.search(sent, "distinct") or not self.told_again.search(sent.text):
            return None
        return next((e for e in reversed(events) if follow_up(e, ev, near(e.location, ev.location, ctx.kb.within))),
                    None)

    def _absorb(self, into: Event, other: Event) -> None:
        for kind in ("killed", "wounded", "arrested"):
            if getattr(into, kind) is None and getattr(other, kind) is not None:
                setattr(into, kind, getattr(other, kind))
        into.seized = list(dict.fromkeys(into.seized + other.seized))
        if not into.date.start and other.date.start:
            into.date = other.date
        if not into.agents and other.agents and into.type == other.type == "attack":
            into.agents = list(other.agents)  # "The group said it had targeted the convoy": who attacked it
        if into.attribution in (None, "unknown", "confirmed") and other.attribution == "claimed":
            into.attribution = "claimed"

    def _build(self, ctx: DocContext, sent: Sentence, etype: str, agents: list[ActorRef],
               targets: list[ActorRef], outcomes: dict[str, Quantity], earlier: list[Event]) -> list[Event]:
        if (parts := self._incident_parts(ctx, sent, etype)) is not None:
            first, second = parts
            return self._build(ctx, first, etype, agents, targets, outcomes, earlier) \
                + self._build(ctx, second, etype, agents, targets, {}, earlier)
        when = self._date(ctx, sent, etype) or self._before_anaphor(sent, earlier)
        base = Event(
            document_id=ctx.doc.id, type=etype, span=Span(sent.start, sent.end), quote=ctx.doc.text[sent.start:sent.end],
            agents=agents, targets=targets, date=when or DateRange(),
            killed=outcomes.get("killed"), wounded=outcomes.get("wounded"), arrested=outcomes.get("arrested"),
            seized=self._seized(sent.text, sent), extractor=self.version,
            background=self._background(ctx, sent, when), id="-")  # a template: each copy below gets its own id
        base.attribution = self._attribution(ctx, sent, base) if etype == "attack" else None
        if etype == "attack" and not agents and not _recalled(ctx, when) and (topic := ctx.topic_group()) is not None:
            base.agents, base.attribution = [replace(topic, surface=None)], "alleged"
        if etype in ("raid", "arrest") and agents and not targets and not _recalled(ctx, when) \
                and (topic := ctx.topic_group()) is not None:
            base.targets = [replace(topic, surface=None)]  # "police detained a 19-year-old" in a story about the group's plot
        locations = self._locations(ctx, self._clause_places(self._own_places(sent, etype), etype), earlier,
                                    home=_attacked_state(ctx, etype, agents, targets))
        events = []
        for loc in locations:
            ev = Event.__new__(Event)  # `replace(base, location=loc)` without re-running __init__
            ev.__dict__.update(base.__dict__)
            ev.location = loc
            ev.id = "ev_" + make_id(ctx.doc.id, sent.start, sent.end, etype, loc.place_id or loc.country)
            events.append(ev)
        found = self.year_incident.finditer(sent.text) if self.r.may(sent, "year_incident") else ()
        years = [int(m.group(1)) for m in found]
        return split_by_year(events, list(dict.fromkeys(years)))

    def _incident_parts(self, ctx: DocContext, sent: Sentence, etype: str) -> tuple[Sentence, Sentence] | None:
        """ "the bombings in Kerman on 3 January and the attack on the concert hall near Moscow on 22 March":
        two incidents, each with the places (and dates) of its part, when both parts name a place after
        the trigger and those lie in different provinces (countries)."""
        at = sent.trigger_at.get(etype, min(sent.trigger_at.values(), default=None))
        if at is None or (len(sent.places) < 2 and len(sent.dates) < 2):
            return None
        m = self.coordinated_incident.search(sent.text, at + 1)
        if m is None:
            return None
        cut = sent.start + m.start()
        before = [p for p in sent.places if p.start < cut]
        own = [p for p in before if p.start >= sent.start + at]
        after = [p for p in sent.places if p.start >= cut]
        if not self._apart_in_time(sent, at, m.start()):
            if not own or not after:
                return None
            here, there = self._location(self._places(ctx, own)), self._location(self._places(ctx, after))
            if (here.admin1 or here.country) == (there.admin1 or there.country) or \
                    (here.admin1 and there.admin1 is None and here.country == there.country):
                return None
        opening = [d for d in sent.dates if d.end <= at]  # "On 18 March, ...": the date of both
        later = [d for d in sent.dates if d.start >= m.start()]
        return (_view(sent, places=before, dates=[d for d in sent.dates if d.start < m.start()]),
                _view(sent, places=after, dates=later or opening,
                           trigger_at={**sent.trigger_at, etype: m.end()}))

    def _apart_in_time(self, sent: Sentence, at: int, cut: int) -> bool:
        """ "assaults across the province in late August and its suicide bombing at the station on
        November 9": each part dated after its own incident word, the dates apart: two incidents."""
        first = [d.value for d in sent.dates if at <= d.start < cut and d.value is not None and d.value.start]
        second = [d.value for d in sent.dates if d.start >= cut and d.value is not None and d.value.start]
        return bool(first and second) and first[0].precision != "range" and second[0].precision != "range" \
            and not overlap(first[0], second[0])

    def _clause_places(self, sent: Sentence, etype: str) -> Sentence:
        """ "smaller in Punjab than in Khyber Pakhtunkhwa, where the group bombed a rally in Bajaur": the
        places of the where-clause that holds the trigger, when it names one."""
        at = sent.trigger_at.get(etype, min(sent.trigger_at.values(), default=None))
        if at is None or len(sent.places) < 2:
            return sent
        cut = max((m.end() for m in _WHERE.finditer(sent.text, 0, at)), default=None)
        if cut is None:
            return sent
        return _with_places(sent, [p for p in sent.places if p.start - sent.start >= cut])

    def _own_places(self, sent: Sentence, etype: str) -> Sentence:
        """The sentence less the places of a second incident it names after the event's trigger
        ("struck hideouts inside Afghanistan two days after an attack on a post near the border")."""
        at = sent.trigger_at.get(etype)
        if at is None or len(sent.places) < 2:
            return sent
        m = self.later_incident.search(sent.text, at + 1)
        if m is None or self.incident_instance.search(sent.text, max(0, m.start() - 20), m.start()):
            return sent
        cut = sent.start + m.start()
        return _with_places(sent, [p for p in sent.places if p.start < cut])

    # ---------------------------------------------------------------- roles and type
    def _roles(self, ctx: DocContext, sent: Sentence, types: set[str],
               outcomes: dict[str, Quantity]) -> tuple[list[ActorRef], list[ActorRef], str]:
        mentions = [self._party(ctx, m) for m in sent.actors if not self._nationality(ctx, m) and not self._owner(ctx, sent, m)]
        mentions += self._references(ctx, sent)
        by_agent = self._by_agents(sent, mentions)
        mentions = [m for m in mentions if m.ref.kind not in ("body", "research", "media")]
        armed = [m for m in mentions if m.non_state]
        others = [m for m in mentions if not m.non_state and m.ref.kind not in ("body", "research", "media")]
        etype = self._type(types, armed, others)
        if etype == "clash" and "attack" in types and (at := sent.trigger_at["attack"]) < sent.trigger_at["clash"] \
                and not any(m.start - sent.start < at and not (m.non_state and m.ref.kind == "group") for m in sent.actors):
            etype = "attack"  # "(ISKP) gunmen stormed a hotel, fighting security forces for hours": the attack, fought back
        at = sent.start + sent.trigger_at.get("attack", 0)
        said = [sent.start + c.start for c in sent.cues if sent.start + c.start < at]
        if etype == "attack" and armed and _STATE_FIRE.match(sent.text, at - sent.start) \
                and any(m.ref.kind == "state" and m.start < at for m in others) \
                and not any(m.start < at and not any(m.start < c for c in said) for m in armed) \
                and self.r.search(sent, "state_bombing") \
                and not _GROUND_BOMB.search(sent.text) \
                and not self.r.search(sent, "attribution:claimed", self.r.attribution["claimed"]):
            subject = max((m for m in others if m.start < at and m.ref.kind == "state"), key=lambda m: m.start)
            hit = [m for m in mentions if m.ref.family != subject.ref.family and (m.start >= at or m in armed)]
            return ([subject.ref], unique(hit),
                    "strike")  # "Iranian missiles struck bases of the group": the state named last before the trigger
        if etype == "attack" and not armed and any(m.ref.kind == "state" for m in others) \
                and self.r.search(sent, "state_bombing") and not _GROUND_BOMB.search(sent.text) \
                and not self.r.search(sent, "attribution:claimed", self.r.attribution["claimed"]):
            etype = "strike"  # "Pakistan bombed hideouts"; a suicide or car bombing, or one claimed, is no air strike
        if etype == "attack" and not armed and (at := sent.trigger_at.get("attack")) is not None \
                and _FORCE_ON_FORCE.match(sent.text, at):
            sides = [m for m in others if m.ref.kind in ("state", "force", "group")]
            before = {m.ref.family for m in sides if m.start - sent.start < at}
            after = {m.ref.family for m in sides if m.start - sent.start > at}
            if len(before) == 1 and after - before:
                etype = "clash"  # "Taliban border forces attacked Pakistani posts": two states' forces fighting
        if etype == "raid" and "seizure" in types and not outcomes:
            etype = "seizure"
        if etype == "arrest" and "killed" in outcomes and others:
            etype = "raid"
        if etype == "attack" and "attack" in sent.trigger_at and _NOUN_TARGETED.match(sent.text, sent.trigger_at["attack"]):
            at = sent.start + sent.trigger_at["attack"]  # "attackers targeted the compound of a Hezb-e-Islami leader":
            hit = [m for m in armed if m.start > at]  # the group named after the unnamed attackers is who was hit
            return unique([m for m in armed if m.start < at]), unique(others + hit), etype
        if etype in _SECURITY_TYPES and others:
            agents = [m for m in others if m.ref.kind != "civilians"]  # "police arrested a man over the attack on
            targets = armed + [m for m in others if m.ref.kind == "civilians"]  # pilgrims": no side of the arrest;
            # "the strikes killed civilians": those hit
        elif etype in ("raid", "arrest", "seizure", "strike"):
            agents, targets = [], armed  # "seven IS fighters had been arrested": the group is who was raided (struck)
        elif etype == "clash":
            agents, targets = mentions[:1], mentions[1:]
        else:
            agents, targets = armed, others
        if by_agent:
            agents = by_agent
            targets = [m for m in mentions if m.ref.family not in {a.ref.family for a in by_agent}]
        return unique(agents), unique([t for t in targets if t.ref.name not in {a.ref.name for a in agents}]), etype

    def _authority(self, ctx: DocContext, sent: Sentence, offset: int) -> ActorMention | None:
        """ "security forces detained four people": the state side named last before (a spokesman standing
        for his government), else the state of the country the story is set in."""
        for m in reversed(ctx.actors):
            if m.end > offset or m.non_state:
                continue
            if m.ref.kind == "person" and m.ref.affiliation and not ctx.is_non_state(m.ref.affiliation):
                return self._party(ctx, m)
            if m.ref.kind in ("state", "force", "group"):
                return m
        state = self._state_of(ctx, self._country_of(ctx, sent))
        return None if state is None else ActorMention(offset, offset, ctx.ref(state), False)

    def _victims(self, ctx: DocContext, sent: Sentence, agents: list[ActorRef],
                 targets: list[ActorRef]) -> list[ActorRef]:
        """An attack on "a procession", "a mosque" hit civilians; one on "a police station", "members of the
        police force" hit the state of the country it happened in, when the sentence names neither as a party."""
        kinds = {r.kind for r in agents + targets}
        out = list(targets)
        if "civilians" not in kinds and self.victims_civilian.search(sent.text):
            out.append(ctx.ref("Civilians"))
        if not kinds & {"state", "force"} and not any(r.kind == "group" and not ctx.is_non_state(r.name) for r in agents + targets) \
                and self.victims_state.search(sent.text) \
                and (state := self._state_of(ctx, self._country_of(ctx, sent))) is not None:
            ref = ctx.ref(state)
            if ref.name not in {r.name for r in agents}:
                out.append(ref)
        return unique_refs(out)

    def _country_of(self, ctx: DocContext, sent: Sentence) -> str | None:
        """The country of the sentence's first place, else the story's."""
        for m in sent.places:
            if (p := ctx.place(m.place_id)) is not None:
                return p.country
        return ctx.main_country

    def _state_of(self, ctx: DocContext, country: str | None) -> str | None:
        """The authority of `country` on the story's date: what "<country's> security forces" names there
        (the Taliban in Afghanistan after August 2021), else the country's one state actor."""
        if country is None:
            return None
        if self._dated_forces is None:
            self._dated_forces = [r.alias for r in getattr(ctx.kb, "context_rules", {}).values()
                                  if r.alias.lower().endswith(" security forces")]
        key = (country, getattr(ctx, "_when_key", ctx.when))  # one answer per stretch of dated facts
        if key not in self._authorities:
            if len(self._authorities) > 1000:
                self._authorities.clear()
            found = next((a.name for alias in self._dated_forces if (a := ctx.kb.resolve_actor(alias, when=ctx.when))
                          is not None and a.country == country), None)
            self._authorities[key] = found or ctx.sole_state(country)
        return self._authorities[key]

    def _nationality(self, ctx: DocContext, m: ActorMention) -> bool:
        """ "a citizen of Tajikistan", "near the border with Uzbekistan": a person's country or a neighbour, not a party."""
        return m.ref.kind == "state" and bool(self.nationality.search(ctx.doc.text, max(0, m.start - 25), m.start)
                                              or _NATIONALITY_LIST.search(ctx.doc.text, max(0, m.start - 80), m.start))

    def _owner(self, ctx: DocContext, sent: Sentence, m: ActorMention) -> bool:
        """ "Syria's Idlib province": the country a place lies in, not a party to the incident."""
        if m.ref.kind != "state" or ctx.doc.text[m.end:m.end + 2] not in ("'s", "\u2019s"):
            return False
        return bool(self.country_of_place.match(ctx.doc.text, m.end, sent.end)) \
            or any(p.start - m.end in (3, 4) for p in sent.places)

    def _party(self, ctx: DocContext, m: ActorMention) -> ActorMention:
        """A person counts as the party they stand for (a spokesman for his government)."""
        if m.ref.kind != "person" or not m.ref.affiliation:
            return m
        return replace(m, ref=ctx.ref(m.ref.affiliation, m.ref.surface), non_state=ctx.is_non_state(m.ref.affiliation))

    def _type(self, types: set[str], armed: list[ActorMention], others: list[ActorMention]) -> str:
        for etype in self.r.priority:
            if etype in types:
                if etype in ("raid", "arrest") and armed and not others and "attack" in types:
                    return "attack"
                return etype
        forces = [m for m in others if m.ref.kind != "civilians"]
        return "raid" if forces and armed and not types else "attack"

    def _by_agents(self, sent: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
        out = []
        for m in mentions:
            before = sent.text[max(0, m.start - sent.start - 40):m.start - sent.start].lower()
            if BY_AGENT.search(before):
                out.append(m)
        return out

    def _references(self, ctx: DocContext, sent: Sentence) -> list[ActorMention]:
        """Role nouns ("the group", "security forces") resolved to the actor named before."""
        out = []
        for name, pattern, non_state in (("group_refs", self.r.group_refs, True),
                                         ("authority_refs", self.r.authority_refs, False)):
            m = self.r.search(sent, name, pattern)
            if not m:
                continue
            offset = sent.start + m.start()
            if any(a.start <= offset < a.end or (a.non_state == non_state and a.ref.kind != "civilians") for a in sent.actors):
                continue  # "villagers alerted the police": people named are no authority standing for "the police"
            if non_state:
                prior = ctx.topic_actor(offset)
            elif _POLICE.match(m.group(0)) \
                    and (state := self._state_of(ctx, self._country_of(ctx, sent))) is not None:
                prior = ActorMention(offset, offset, ctx.ref(state), False)  # police act in their own country
            else:
                prior = self._authority(ctx, sent, offset)
            if prior and prior.ref.kind not in ("person", "body", "research", "media", "civilians"):
                out.append(ActorMention(offset, sent.start + m.end(), replace(prior.ref, surface=m.group(0)), non_state))
        return out

    # ---------------------------------------------------------------- attributes
    def _date(self, ctx: DocContext, sent: Sentence, etype: str | None = None) -> DateRange | None:
        """The resolved date nearest the event's trigger (the first one when there is no trigger); one told
        before "a day after" dates an incident told after it that many days earlier."""
        at = sent.trigger_at.get(etype) if etype else None
        when = self._date_near(sent, at)
        if etype is not None and at is None:
            at = min(sent.trigger_at.values(), default=None)  # a type the roles gave ("missiles struck": a strike)
        if when is None or when.precision != "day" or at is None or not self.days_after.search(sent.text):
            return when
        for m in self.days_after.finditer(sent.text):
            if m.end() <= at and when.text and sent.text.find(when.text) < m.start():
                day = when.start - timedelta(days=_days(m))
                return DateRange(day, day, f"{m.group(0)} {when.text}", "day")
        return when

    def _date_near(self, sent: Sentence, at: int | None) -> DateRange | None:
        dates = self._incident_dates(sent)
        if at is None or len(dates) < 2:
            return first_of(dates)
        text = sent.text
        ranked = sorted(range(len(dates)), key=lambda i: (  # in the trigger's own clause first, then the nearest
            _CLAUSE_BREAK.search(text, min(dates[i].end, at), max(dates[i].start, at)) is not None, abs(dates[i].start - at)))
        for i in ranked:
            if (value := first_of(dates[i:i + 2])) is not None:
                return value
        return None

    def _incident_dates(self, sent: Sentence) -> list:
        """Date hits less those of a statement ("claimed on Saturday (Oct 16)", "said on Monday") and deadlines.

        Read from the sentence's text and date hits only: the last answer is kept for the next call on the
        same two (`_date` and `_date_near` ask again for each event of the sentence; callers never change it)."""
        memo = self.__dict__.get("_dates_memo")
        if memo is not None and memo[0] is sent.text and memo[1] is sent.dates:
            return memo[2]
        found = self._incident_dates_of(sent)
        self.__dict__["_dates_memo"] = (sent.text, sent.dates, found)
        return found

    def _incident_dates_of(self, sent: Sentence) -> list:
        kept, dropped_end = [], -10
        filed = self.dateline.match(sent.text) if sent.dates and sent.dates[0].start < 40 else None
        for hit in sent.dates:
            if filed and hit.end <= filed.end():
                continue  # "KABUL, Aug 5 (Reuters) -": when the report was filed
            statement = hit.value is not None and hit.value.precision == "day" and \
                self.reporting_date.search(sent.text, max(0, hit.start - 50), hit.start) and \
                not self.date_of_incident.match(sent.text, hit.end)  # "claimed the Dec. 15 assault"
            if hit.start - dropped_end <= 3 or statement or hit.kind == "deadline":
                dropped_end = hit.end
                continue
            if hit.value is not None and self._compared_since(sent.text, hit):
                if not _WHEN_OR_INCIDENT.match(sent.text, hit.end):
                    continue  # "the deadliest since 2011": the yardstick, not the incident's date
                hit = replace(hit, value=_point(hit))  # "since August 2011, when ...": that incident's date
            kept.append(hit)
        kept = _framed(kept)
        told = [h for h in kept if h.value is not None and h.value.precision == "day" and _SAID_AFTER.match(sent.text, h.end)]
        return [h for h in kept if h not in told] or kept  # "the CTD on Thursday said it had arrested four ... over
        # the past week": the day of the statement, unless the sentence gives no other date

    def _compared_since(self, text: str, hit: DateHit) -> bool:
        """ "the deadliest day since <hit>": a date a comparison reaches back to."""
        before = text[max(0, hit.start - 180):hit.start]
        if hit.kind != "since" or "since" not in text[hit.start:hit.start + 5].lower():
            m = _SINCE_END.search(before)
            if m is None:
                return False
            before = before[:m.start()]
        return bool(self.comparison_since.search(before))

    def _background(self, ctx: DocContext, sent: Sentence, when: DateRange | None) -> bool:
        pub = ctx.anchor
        if when and when.end and pub and (pub - when.end).days > 60:
            return True
        return bool(self.r.search(sent, "background")) and when is not None and when.precision in ("year", "range")

    def _attribution(self, ctx: DocContext, sent: Sentence, ev: Event) -> str:
        following = ctx.sentences[sent.index + 1].text if sent.index + 1 < len(ctx.sentences) else ""
        for label in ("claimed", "confirmed", "alleged"):
            if self.r.search(sent, f"attribution:{label}", self.r.attribution[label]):
                return label
        if self.r.attribution["claimed"].search(following):
            return "claimed"
        return "confirmed" if ev.agents else "unknown"

    def _merge(self, ctx: DocContext, sent: Sentence, ev: Event, outcomes: dict[str, Quantity]) -> None:
        """A sentence about "the attack" adds its details to the event it refers to."""
        for kind, q in outcomes.items():
            if getattr(ev, kind) is None:
                setattr(ev, kind, q)
        armed = [m.ref for m in sent.actors if m.non_state]
        if ev.type == "attack" and armed and not ev.agents and not self.r.deny_verb.search(sent.text):
            ev.agents = unique_refs(armed)
        if ev.type == "attack" and self.r.search(sent, "attribution:claimed", self.r.attribution["claimed"]):
            ev.attribution = "claimed"
        if not ev.date.start and (when := self._date(ctx, sent)):
            ev.date = when
        local = [m for m in sent.places if (p := ctx.place(m.place_id)) and p.kind != "country"]
        if ev.location.admin1 is None and local:
            loc = self._locations(ctx, sent)[0]
            if ev.location.precision != "country" or loc.country == ev.location.country:
                ev.location = loc  # a country named on purpose ("the attack in Iran") is kept


_ABROAD = re.compile(r"\b(?:embassy|consulate|diplomats?|embassy staff)$", re.I)


def _attacked_state(ctx: DocContext, etype: str, agents: list[ActorRef], targets: list[ActorRef]) -> str | None:
    """ "attacks on the Pakistan Army" with no place named: an armed group's attack on a state's forces
    happened in that state."""
    if etype != "attack" or not agents or not all(ctx.is_non_state(a.name) for a in agents):
        return None
    homes = {getattr(ctx.kb.actor(t.name), "country", None) for t in targets
             if t.kind in ("state", "force") and t.surface  # named, not read off "a police post" (_victims)
             and not _ABROAD.search(t.surface)}  # "the Pakistani embassy": a state's mission stands abroad
    homes.discard(None)
    return homes.pop() if len(homes) == 1 else None


STATEMENT_DAYS = 3  # a statement about an incident ("the group claimed the attack on Friday") comes days after it


def _view(sent: Sentence, **changes: Any) -> Sentence:
    """`replace(sent, **changes)` without re-running Sentence.__init__."""
    view = Sentence.__new__(Sentence)
    view.__dict__.update(sent.__dict__)
    view.__dict__.update(changes)
    return view


def _with_places(sent: Sentence, places: list) -> Sentence:
    """A view of the sentence with only `places` (the sentence itself when they are none or all of them)."""
    return sent if not places or len(places) == len(sent.places) else _view(sent, places=places)


def _told_after(sent: Sentence, when: DateRange, ev: Event, kinds: tuple[str, ...] = ()) -> bool:
    """A sentence with a speech verb dated just after an incident: the date of what was said about it
    (a sentence that also names an incident of another type, besides the noun referring back (`kinds`),
    is about more than that one)."""
    return bool(sent.cues and sent.triggers <= {ev.type, *kinds} and when.start and ev.date.end and when.precision == "day"
                and 0 < (when.start - ev.date.end).days <= STATEMENT_DAYS)


def _restated(sent: Sentence, ev: Event, recent: list[tuple[int, Event]], events: list[Event] = ()) -> Event | None:
    """ "The group said in a statement that one of its fighters had detonated a vest": an incident of
    the last sentences told again in someone's words, with no place, toll or other date of its own
    ("the attacks in Iran and Moscow" are others)."""
    at = sent.trigger_at.get(ev.type)
    if at is None or sent.places or ev.killed or ev.wounded or not any(c.start < at for c in sent.cues):
        return None
    for i, e in reversed(recent):
        if i != sent.index and e.type == ev.type and (not ev.date.start or overlap(e.date, ev.date)
                                                     or _told_after(sent, ev.date, e)):
            return e
    last = events[-1] if events else None  # further back: the last incident told, by the same party
    if last is not None and last.type == ev.type and not ev.date.start and last.span.end < sent.start \
            and ev.attribution != "alleged" and families(last.agents) & families(ev.agents):
        return last
    return None


def _recalled(ctx: DocContext, when: DateRange | None) -> bool:
    """An attack dated well before the report ("a suicide attack last October") is history the report
    recalls: the group it is about now is no evidence of who carried that one out."""
    return bool(when and when.end and ctx.anchor and (ctx.anchor - when.end).days > RECALL_DAYS)


_WHEN_OR_INCIDENT = re.compile(  # "since May 2011, when ...", "since the 2014 attack on a school"
    r",?\s+when\b|\s+(?:[\w'-]+\s+)?(?:attacks?|assaults?|blasts?|bombings?|explosions?|massacres?|shootings?|sieges?)\b", re.I)
_SINCE_END = re.compile(r"\bsince\s+(?:the\s+)?(?:[^,;]{0,80}?\s)?$", re.I)  # "since <hit>", "since US forces left <hit>"


def _framed(hits: list) -> list:
    """ "In September last year, two bombers struck a church after Sunday service": a weekday after a month
    or year that opens the sentence is a day inside it, not the last such day before publication."""
    if len(hits) < 2 or hits[0].start > 3 or hits[0].kind == "weekday" or hits[0].value is None \
            or hits[0].value.precision not in ("month", "year"):
        return hits
    frame = hits[0].value
    return [h for h in hits if h.kind != "weekday" or h.value is None or overlap(frame, h.value)]


def _point(hit: DateHit) -> DateRange:
    """The month or year a "since" date names, not the range it opens."""
    start = hit.value.start
    if hit.kind == "since" and re.match(r"since\s+\d", hit.value.text or "", re.I):
        return DateRange(date(start.year, 1, 1), date(start.year, 12, 31), hit.value.text, "year")
    if hit.kind == "since":
        end = (date(start.year + (start.month == 12), start.month % 12 + 1, 1) - timedelta(days=1))
        return DateRange(start, end, hit.value.text, "month")
    return hit.value


# "citizens of Uzbekistan, Tajikistan and Kyrgyzstan": each state of the list a nationality, not a party.
_NATIONALITY_LIST = re.compile(r"\b(?:citizens|nationals|natives) of\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|\band\b)\s*)+$")
_GROUND_BOMB = re.compile(r"\b(?:suicide|car|truck|roadside|vehicle-borne|motorcycle)[\s-]+bomb|\bbomber\b(?!\s+(?:jets?|aircraft|planes?))|\bIEDs?\b|explosive vest", re.I)
_FORCE_ON_FORCE = re.compile(r"(?:(?:had|have|has)\s+)?(?:attacked|targeted|fired|opened fire|shelled|ambushed|stormed)\b", re.I)  # a verb, not "the attack on"
_STATE_FIRE = re.compile(r"(?:(?:had|have|has)\s+)?(?:fired|bombed|shelled|targeted)\b|(?:missiles?|drones?|rockets?|mortars?|shells?)\b",
                         re.I)  # "Iranian missiles struck", "Iran fired missiles at": a state's fire, not "the bombing"
_WHERE = re.compile(r",\s+where\b", re.I)
_NOUN_TARGETED = re.compile(r"(?:attackers|assailants|militants|insurgents|terrorists|bombers) (?:(?:had|have|has) )?targeted\b", re.I)
_HOME_OF = re.compile(r"\b(?:national|native|citizen|resident|hailing|who hails?|who hailed)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_PUNISHED_FOR = re.compile(r"\b(?:convicted|sentenced|charged|tried|executed|hanged|jailed|acquitted|indicted|prosecuted|"
                           r"imprisoned)\s+(?:[\w-]+\s+){0,4}?(?:over|for|in connection with)\s+$", re.I)
_POLICE = re.compile(r"(?:the )?(?:police|authorities)$", re.I)
_CHARGE_AT = re.compile(r"\b(?:on suspicion of|suspected of|accused of|charged with|on charges of)\b", re.I)
_CHARGE = re.compile(r"\b(?:suspicion of|suspected of|accused of|charged with|charges of|allegedly|(?:who|that|which) (?:had been|have been|has been|were|was|are|is)) $", re.I)
_THEIR_PLAN = re.compile(r"\b(?:who|that|which) (?:had been|have been|has been|were|was|are|is) $", re.I)
_IT_CLAIMED = Quick(re.compile(r"\b(it|they|the same (?:group|outfit|faction))\s+(?:also\s+|later\s+|had\s+|has\s+|have\s+)?claimed\s+(?:responsibility\s+for\s+)?"
                               r"(?:an?|the|that|this)\b", re.I))
_PLUPERFECT = Quick(re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en|wn|ot)\b", re.I))
_SAID_AFTER = re.compile(r"\s+(?:said|says|announced|reported|confirmed|told|stated)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;()\u2014]")  # "who had lived there since 2019, was killed ... at the end of July"
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days(m: re.Match[str]) -> int:
    """The days of a `days_after` match: "a day after" 1, "two weeks after" 14."""
    word = m.group("n").lower()
    n = 1 if word in ("a", "one") else _SMALL.get(word) or int(word)
    return n * 7 if m.group("unit").lower().startswith("week") else n
_REPORTS = re.compile(r"according to\b|\w+\s+that\b", re.I)  # "the report said that ...", "according to ..."
_CAPTURED = re.compile(r"(?:captured|seized)\s+(?:the\s+)?", re.I)


def _took_a_place(sent: Sentence, etype: str = "arrest") -> bool:
    """The sentence's arrest (seizure) trigger is "captured" ("seized") right before a place name."""
    at = sent.trigger_at.get(etype)
    m = _CAPTURED.match(sent.text, at) if at is not None else None
    return bool(m) and any(p.start - sent.start == m.end() for p in sent.places)
