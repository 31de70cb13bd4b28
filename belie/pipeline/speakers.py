"""Who speaks: the speaker of a reported proposition, from names, roles, pronouns and nouns.

`SpeakerRules` is the speaker half of `ClaimRules`: it expects `self.r` (Rules) and
`self.capitals`. Every lookup stays inside one sentence or goes back through the actors the
document named before; `_person` remembers the last person who spoke (reset per document).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from belie.model import ActorRef
from belie.pipeline.context import ActorMention, DocContext, Sentence
from belie.pipeline.index import Hit
from belie.pipeline.literals import Quick
from belie.pipeline.rules import Rules

__all__ = ["SpeakerRules"]

_QUOTES = "\"\u201c\u201d"
_MOVEMENTS = re.compile(r"\b(?:the|this|that)\s+(?:movement|group|organi[sz]ation|militia)['\u2019]s\s+(?:[\w-]+\s+)?$", re.I)
_CAPITAL = re.compile(r"[A-Z]")
_FIRST_QUOTE = re.compile("[\"\u201c\u201d]")
_APPOSITIVE = re.compile(r"(?:,\s*(?:a|an|the|[a-z][\w-]*|[A-Z][\w-]*['\u2019]s)\s[^,;\"\u201c]{3,90}?)+,\s*$")  # "X, a researcher at Y, said", "X, Germany's interior minister, said"
_NOUN_PHRASE = re.compile(r"\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){0,2}?[\w-]+(?=\s*[,;.])")
_BODY_NOUN = re.compile(r"team|panel|monitors|experts|investigat", re.I)
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
_PRONOUN_OBJ = re.compile(r"\s+(?:him|her|them)\b", re.I)
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b", re.I)
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "local", "federal", "state", "senior"})
_RELATIVE = Quick(re.compile(r",\s+(?:which|who|whose)\b[^,;\"\u201c]*,"))
_RELATIVE_END = re.compile(r",\s+(?:which|who|whose)\b[^,;\"\u201c]{3,160},\s*$")
_CARRIED = Quick(re.compile(r"\b(?:these|those|the|some|several|many|other)?\s*(?:(?:member|neighbou?ring|regional|other)\s+)?"
                      r"(?:countries|governments|member states|states)(?:\s+of the region)?\s*$", re.I))
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0110\u011e\u0130\u0141\u015a\u015e\u0160\u017b\u017d", \
    "a-z\u00df-\u00f6\u00f8-\u00ff\u0107\u010d\u0111\u011f\u0131\u0142\u015b\u015f\u0161\u017c\u017e"  # "Vasip \u015eahin", "Ahmet \u00c7elik"
_NAME = re.compile(rf"\b([{_UP}][{_LOW}'\-]+(?:\s+(?:[{_UP}]\.|(?:al-|ul-|ud-)?[{_UP}][{_LOW}'\-]+(?:[{_UP}][{_LOW}]+)?|"
                   rf"[\"\u201c][A-Z][a-z'\-]+[\"\u201d])){{1,5}})(?<!\.)\b")  # "McKenzie"
_NICKNAME = re.compile(r"\s*[\"\u201c][A-Z][a-z'\-]+[\"\u201d]")  # Michael "Erik" Kurilla
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|also|later|then|again|repeatedly|publicly|previously|earlier)\s+){0,2}", re.I)
_DOMESTIC = re.compile(r"(?:federal )?prosecutors|police|investigators|the court|military|army|the foreign office|"
                       r"(?:security|intelligence|investigating|investigation) agencies|"
                       r"the (?:interior|defen[cs]e|foreign) ministry", re.I)  # a country's own institutions
_RELAYED = re.compile(r"\s+[^,;\"\u201c\u201d]{2,80}?,\s*(he|she)\s+(?:said|says|added|adds|noted|stressed|told [a-z]+)\s*,")
_AGENCY = re.compile(r"\b(?:Agency|Directorate|Bureau|Service)\b")
_MINISTRY = re.compile(r"(?:[Tt]he )?(?:Interior|Foreign|Defen[cs]e|Home|Foreign Affairs)", re.I)
# A dateline opening the report ("KABUL, May 3 (AFP) -", "TEHRAN -"); the same form as events.yaml's dateline
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:[ /-][A-Z][A-Z.'-]+){0,2},?(?:\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"
                       r"(?:\s*\([^)]{1,40}\))?\s*(?::|\s[-\u2013\u2014])\s"
                       r"|^\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s")  # "Srinagar: Five days after ..."
_STATE_BODY = Quick(re.compile(r"\b(?:(?:officials?|spokes(?:man|woman|person)|a spokes(?:man|woman|person)|the head|the chief)\s+(?:of|for|at)\s+)?"
                         r"\bthe\s+(?P<body>(?:(?:State|National|Federal|Main|General|Supreme)\s+)?(?:[A-Z][\w-]*\s+){0,2}?"
                         r"(?:Committee|Ministry|Service|Agency|Directorate|Council|Bureau)"
                         r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?)"
                         r"(?:\s+(?:has|have|had|also|later|then|again|repeatedly))*[\s,]*$"))  # not "the Ministry's": its own name
_EMBASSY_IN = re.compile(r"(?:\b(?P<adj>[A-Z][\w-]+)\s+)?\b(?:embassy|consulate|high commission|mission)\s+(?:in|to)\s+$", re.I)  # "the Iranian embassy in Dushanbe"
_LOCAL_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:(?:senior|top|local|high-ranking|provincial|district|regional)\s+)*"
                             r"(?:provincial|district|local|regional|police|security|border|counter-?terrorism)"
                             r"(?:\s+(?:security|police|government|border|intelligence))?\s+(?:officials?|officers?)"
                             r"(?:\s+(?:also|later|then))?[\s,]*$")  # "a senior provincial security official told"
_SURNAME = re.compile(rf"\b([{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?)\s*$")  # "Kurilla told ..."


def _dominant_country(ctx: DocContext) -> str | None:
    """The country of nearly every place the report names (at least three), or None when places are spread."""
    counts: dict[str, int] = {}
    for p in ctx.places:
        place = ctx.place(p.place_id)
        if place is not None and place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    if not counts:
        return None
    top = max(counts, key=counts.__getitem__)
    return top if counts[top] >= 3 and counts[top] >= 0.8 * sum(counts.values()) else None


_REPORT_NOUN = re.compile(r"\b(?:reports?|review|assessment|study|survey|analysis|document)\b", re.I)
_REPORT_SUBJECT = re.compile(r"\W*(?:[^,;]{0,40},\s*)?(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:report|review|assessment|study|survey|analysis)\b", re.I)
_AUTHOR_BEFORE = re.compile(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,4}")  # "the State Department's annual Country Reports"
_AUTHOR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:of|by|from)\s+(?:the\s+)?")  # "the quarterly review of the CRSS"
_AUTHOR_KINDS = ("body", "research", "state", "force")


def _report_authors(ctx: DocContext) -> list[tuple[int, ActorMention]]:
    """(offset of a report noun, the actor it is tied to) for every report the document names its author for."""
    text, out = ctx.doc.text, []
    if not _REPORT_NOUN.search(text):
        return out
    authors = [m for m in ctx.actors if m.ref.kind in _AUTHOR_KINDS and not m.non_state]
    if not authors:
        return out
    ends = {m.end: m for m in authors}
    starts = {m.start: m for m in authors}
    for noun in _REPORT_NOUN.finditer(text):
        found = None
        for end in range(noun.start() - 1, max(0, noun.start() - 60), -1):
            if end in ends and (gap := _AUTHOR_BEFORE.fullmatch(text, end, noun.start())):
                if gap.group(0)[:1] in "'\u2019" or ends[end].ref.kind in ("body", "research"):
                    found = ends[end]  # "the State Department's report", "a UN report"; not "the Pakistan Security Report"
                break
        if found is None and (after := _AUTHOR_AFTER.match(text, noun.end())) and after.end() in starts:
            found = starts[after.end()]
        if found is not None:
            out.append((noun.start(), found))
    return out


@dataclass
class _Speaker:
    ref: ActorRef
    start: int  # offset in the document of the words naming the speaker
    end: int


class SpeakerRules:
    r: Rules
    capitals: dict[str, str]
    speaker_nouns: Quick  # r.speaker_nouns, r.group_refs, r.body_refs, r.body_words and r.anonymous as Quick patterns
    group_refs: Quick
    body_refs: Quick
    statement_refs: Quick
    body_words: Quick
    anonymous: Quick
    _person: tuple[int, _Speaker] | None = None

    def _recent_person(self, sent: Sentence, affiliations: tuple = ()) -> _Speaker | None:
        person = getattr(self, "_person", None)
        if person is None or sent.index - person[0] > 6:
            return None
        return person[1] if not affiliations or person[1].ref.affiliation in affiliations else None


    def _speaker(self, ctx: DocContext, sent: Sentence, cue: Hit, last) -> _Speaker | None:
        at = sent.start + cue.start
        if cue.kind == "phrase" and (_PRONOUN_OBJ.match(sent.text, cue.end) or _POSSESSIVE.search(cue.text)):
            return self._pronoun(ctx, sent, at, last)  # "According to him", "In her view"
        if cue.kind == "phrase" and cue.text.lower().startswith("according to"):
            if relay := _RELAYED.match(sent.text, cue.end):  # "According to the intelligence services, he said, ...": he speaks
                who = self._pronoun(ctx, sent, sent.start + relay.start(1), last)
                return replace(who, start=sent.start + relay.start(1), end=sent.start + relay.end()) if who else None
            if (said := self.statement_refs.match(sent.text, cue.end + 1)) and last and sent.index - last[0] <= 3:
                return _Speaker(last[1].ref, sent.start + said.start(), sent.start + said.end())  # "according to the statement": its issuer's
            if self.r.anonymous.match(sent.text, cue.end + 1):
                return None  # "according to some analysts"
            if noun := self._noun_after(ctx, sent, cue):
                return noun
            body = self.r.body_phrase.match(sent.text, cue.end)
            named = [m for m in sent.actors if body and sent.start + body.start() <= m.start < sent.start + body.end()]
            if body and not named and not re.search(r"\bby\b", body.group(0)):
                return self._body(ctx, sent.start + body.start(), body.group(0))
            return self._after(ctx, sent, sent.start + cue.end)
        if cue.kind == "phrase" and re.search(r"\b(?:from|by)$", cue.text):  # "a statement from Khawaja Asif that"
            return self._after(ctx, sent, sent.start + cue.end)
        if re.match(r"\s+by\b", sent.text[cue.end:cue.end + 4]):
            return self._after(ctx, sent, sent.start + cue.end)
        if re.search(r"\b(?:was|were|is|are|been|being)\s+$", sent.text[max(0, cue.start - 12):cue.start]):
            return self._passive(ctx, sent, at, last)
        before = self._before(ctx, sent, at, last)
        if before is None:
            before = self._noun_speaker(ctx, sent, at)
        if before is None:
            before = self._state_body(ctx, sent, at)
        if before is None:
            before = self._local_official(ctx, sent, at)
        if before is None:
            before = self._carried(sent, cue)
        if before is None and self.anonymous.search(sent.text[max(0, cue.start - 30):cue.start]):
            return None
        if before is None and re.search(r"[,\"\u201d']\s*$", sent.text[:cue.start]):
            return self._after(ctx, sent, sent.start + cue.end, window=30)  # "..., said Mujahid"
        return before

    def _state_body(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """ "officials of the State Committee for National Security said", "the Ministry of Internal Affairs
        said": a state body named by its own name speaks for the state it names, else the dateline's state."""
        head = sent.text[max(0, at - sent.start - 110):at - sent.start]
        m = _STATE_BODY.search(head)
        if m is None:
            return None
        begin = at - len(head) + m.start()
        named = next((p for p in sent.places if begin <= p.start < at), None)
        place = ctx.place(named.place_id) if named else None
        home = (ctx.sole_state(place.country) if place and place.country else None) \
            or self._home_state(ctx)
        return _Speaker(ctx.ref(home, m.group("body")), begin, at) if home else None

    def _local_official(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """ "a senior provincial security official told", "local police officials said": an official of a
        province, district or the security services is the state's where the sentence is set, else the dateline's."""
        lo = max(0, at - sent.start - 70)
        m = _LOCAL_OFFICIAL.search(sent.text, lo, at - sent.start)
        if m is None:
            return None
        begin = sent.start + m.start()
        home = self._place_state(ctx, sent, begin) or self._home_state(ctx)
        return _Speaker(ctx.ref(home, m.group(0).strip(" ,")), begin, at) if home else None

    def _carried(self, sent: Sentence, cue: Hit) -> _Speaker | None:
        """ "Member states believe ..." right after a report's findings: views the report carries are its own."""
        report = getattr(self, "_report", None)
        if report is None or sent.index - report[0] > 4:
            return None
        return report[1] if _CARRIED.search(sent.text[max(0, cue.start - 50):cue.start]) else None

    def _pronoun(self, ctx: DocContext, sent: Sentence, at: int, last) -> _Speaker | None:
        """ "according to him": the last speaker when recent, else the last person named."""
        if last and sent.index - last[0] <= 4 and last[1].ref.kind in ("person", None):
            return _Speaker(last[1].ref, at, at)
        if person := self._recent_person(sent):
            return _Speaker(person.ref, at, at)
        prior = ctx.last_actor(at, kinds=("person",))
        return _Speaker(prior.ref, at, at) if prior else (last[1] if last and sent.index - last[0] <= 4 else None)

    def _noun_speaker(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """ "Afghan officials claimed", "prosecutors said": the state named by the adjective, else the
        last government or body named before (bare "officials" stay anonymous)."""
        lo = max(0, at - sent.start - 60)
        m = self.speaker_nouns.search(sent.text[lo:at - sent.start])
        if m is None:
            return None
        begin = sent.start + lo + m.start()
        if name := self._qualified(ctx, m.group("adj"), m.group("noun")):
            return _Speaker(ctx.ref(name, m.group(0).strip()), begin, at)
        if m.group("noun").lower() == "officials":  # bare "officials said": whose, the text does not say
            return None
        if m.group("noun").lower() == "agency":  # "the agency said": the agency named before, never a news agency
            prior = next((a for a in reversed(ctx.actors) if a.end <= begin and _AGENCY.search(
                getattr(ctx.kb.actor(ctx.doc.text[a.start:a.end]), "name", "") or "")), None)
            return _Speaker(replace(prior.ref, surface=m.group(0).strip()), begin, at) if prior else None
        if _DOMESTIC.fullmatch(m.group("noun")) or (m.group("noun").lower() == "ministry" and m.group("adj")
                                                     and _MINISTRY.fullmatch(m.group("adj"))):
            if home := self._place_state(ctx, sent, begin) or self._home_state(ctx):
                return _Speaker(ctx.ref(home, m.group(0).strip()), begin, at)  # "Once in Hamburg, prosecutors say": Germany's
        if _MOVEMENTS.search(sent.text, 0, lo + m.start()):  # "the movement's spokesmen": the group's
            prior = ctx.last_actor(begin, non_state=False, kinds=("group",))
        elif _BODY_NOUN.search(m.group("noun")):  # "the team", "the panel", "experts"
            prior = ctx.last_actor(begin, kinds=("body", "research")) or ctx.last_actor(begin, kinds=("state",))
        else:
            prior = ctx.last_actor(begin, kinds=("state",)) or ctx.last_actor(begin, kinds=("force",)) \
                or ctx.last_actor(begin, non_state=False, kinds=("group",))
        return _Speaker(replace(prior.ref, surface=m.group(0).strip()), begin, at) if prior else None

    def _place_state(self, ctx: DocContext, sent: Sentence, before: int) -> str | None:
        """The state of the country whose place the sentence names before the speaker noun (one state only)."""
        place = next((ctx.place(p.place_id) for p in reversed(sent.places) if p.end <= before), None)
        return ctx.sole_state(place.country) if place and place.country else None

    def _home_state(self, ctx: DocContext) -> str | None:
        """The state of the place in the report's dateline ("TEHRAN, Oct. 27 (MNA) -"): whose ministries,
        police and army an unqualified "the Interior Ministry" or "the Foreign Office" are."""
        memo = self.__dict__.get("_home_memo")
        if memo is not None and memo[0] is ctx:
            return memo[1]
        place = next(iter(ctx.dateline_places(_DATELINE)), None)
        home = ctx.sole_state(place.country) if place and place.country else None
        if home is None:  # no dateline: a report set wholly in one country ("Police said", a Kashmir timeline)
            home = self._state_of(ctx, _dominant_country(ctx))
        self.__dict__["_home_memo"] = (ctx, home)
        return home

    def _state_of(self, ctx: DocContext, country: str | None) -> str | None:
        """Who governs `country` on the report's date: "<Afghan> government" through the dated context
        rules where the knowledge has them (the Taliban after August 2021), else the country's one state."""
        if country is None:
            return None
        adj = next((a for a, c in self.r.claim_lexicon.get("lands", {}).items() if c == country and not a.endswith("s")), None)
        return (ctx.canonical(f"{adj} government") if adj else None) or ctx.sole_state(country)

    def _noun_after(self, ctx: DocContext, sent: Sentence, cue: Hit) -> _Speaker | None:
        """ "according to the prosecutors,": a speaker noun right after the cue."""
        m = _NOUN_PHRASE.match(sent.text, cue.end)
        if m is None:
            return None
        found = self._noun_speaker(ctx, sent, sent.start + m.end())
        return found if found and found.start >= sent.start + cue.end else None

    def _qualified(self, ctx: DocContext, adj: str | None, noun: str) -> str | None:
        if not adj or adj.lower() in _ARTICLES:
            return None
        for surface in (f"{adj} {noun}", f"{adj} authorities", f"{adj} government"):
            if name := ctx.canonical(surface):
                return name
        return None

    def _passive(self, ctx: DocContext, sent: Sentence, at: int, last) -> _Speaker | None:
        """ "X was reported to ...": the account goes on; the speaker is the last one, or the body named before."""
        if last and sent.index - last[0] <= 3:
            return last[1]
        return self._body(ctx, at, "reported")

    def _before(self, ctx: DocContext, sent: Sentence, at: int, last) -> _Speaker | None:
        if (app := _APPOSITIVE.search(sent.text, 0, at - sent.start)) and app.start() > 0:
            if found := self._named_before(ctx, sent, sent.start + app.start()):
                if found.ref.affiliation is None and (party := next(
                        (m for m in sent.actors if app.start() <= m.start - sent.start < app.end()
                         and m.ref.kind in ("state", "force", "body", "research", "group")), None)):
                    found = replace(found, ref=replace(found.ref, affiliation=party.ref.affiliation or party.ref.name))
                return found  # "Abdul Sayed, a researcher at ExTrac, said"; "X, the head of Central Command, said"
            at_app = sent.start + app.start()
            named = next((m for m in sent.actors if at_app - 2 <= m.end <= at_app and not _quoted_name(sent, m)
                          and m.ref.kind in ("group", "state", "force", "body", "research")), None)
            if named is not None and self._plausible(named):
                return _Speaker(named.ref, named.start, named.end)  # "ISKP, a rival of both Taliban movements, claimed"
        relatives = None  # spans of ", which ... ," before the cue, found once
        window = []
        for m in sent.actors:
            if m.end <= at and not _quoted_name(sent, m):
                if relatives is None:
                    relatives = [(r.start(), r.end()) for r in _RELATIVE.finditer(sent.text, 0, at - sent.start)]
                if not any(s <= m.start - sent.start < e for s, e in relatives):
                    window.append(m)
        persons = [m for m in window if m.ref.kind == "person"]
        if persons and window[-1].ref.kind != "person" and self._plausible(window[-1]) \
                and _SUBJECT_GAP.fullmatch(sent.text, window[-1].end - sent.start, at - sent.start) \
                and "," in sent.text[persons[-1].end - sent.start:window[-1].start - sent.start]:
            m = window[-1]  # "In a statement shared by its spokesman X, the Islamic Emirate said": the subject speaks
            return _Speaker(m.ref, m.start, m.end)
        if persons:
            return _Speaker(persons[-1].ref, persons[-1].start, persons[-1].end)
        bodies = [m for m in window if m.ref.kind in ("body", "research")]
        if bodies and self.body_words.search(sent.text[:at - sent.start]):
            return _Speaker(bodies[-1].ref, bodies[-1].start, bodies[-1].end)
        head = sent.text[:at - sent.start]
        ref = self._reference(ctx, sent, head, last)
        if ref is None and not window and (rel := _RELATIVE_END.search(head)):
            ref = self._reference(ctx, sent, head[:rel.start()], last)  # "the outfit, which ... LeT, said": the outfit
        if window:
            m = window[-1]
            if ref and ref.start > m.end:
                return ref
            if _CAPITAL.search(head, m.end - sent.start) and (person := self._unknown_person(ctx, sent, head)) \
                    and person.start >= m.end:
                return person  # "Pakistan's Information Minister Attaullah Tarar wrote": the person, not the state
            if person := self._role_holder(ctx, sent, m, last):
                return person  # "the TTP's spokesman said": the one named before
            return _Speaker(m.ref, m.start, m.end) if self._plausible(m) else ref
        if ref and (person := self._unknown_person(ctx, sent, head)) and person.start > ref.end:
            return person  # "The governor at the time, Vasip Sahin, told ...": the role named, then its holder
        if ref and (seat := self._capital(ctx, sent, at)) and seat.start > ref.end:
            return seat  # "officials in Islamabad have maintained": the capital named after "officials" speaks
        return ref or self._capital(ctx, sent, at) or self._unknown_person(ctx, sent, head)

    def _named_before(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """The person whose name ends right before offset `at` (known, or an unlisted capitalised name)."""
        person = next((m for m in sent.actors if at - 2 <= m.end <= at and m.ref.kind == "person"), None)
        if person:
            return _Speaker(person.ref, person.start, person.end)
        head = sent.text[:at - sent.start]
        found = self._unknown_person(ctx, sent, head)
        return found if found and at - found.end <= 1 else None

    def _capital(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """ "Islamabad said": a capital right before the cue speaks for its government."""
        places = [p for p in sent.places if p.end <= at and at - p.end <= 40 and ctx.doc.text[p.start].isupper()
                  and not _POSSESSIVE_S.match(ctx.doc.text, p.end)]  # "Kabul's cooperation" is not Kabul speaking;
        # a lower-case word that names a place too ("Kabul, in turn, insists") is no seat
        if places and (mission := _EMBASSY_IN.search(ctx.doc.text, max(0, places[-1].start - 40), places[-1].start)):
            home = self._qualified(ctx, mission.group("adj"), "embassy")  # a mission speaks for its own state
            return _Speaker(ctx.ref(home, mission.group(0) + ctx.doc.text[places[-1].start:places[-1].end]),
                            places[-1].start, places[-1].end) if home else None
        surface = ctx.doc.text[places[-1].start:places[-1].end] if places else ""
        name = self.capitals.get(surface.lower()) if places else None
        if places and name is None and (seat := self.r.seats.get(surface.lower())):
            name = ctx.canonical(seat)  # "Kabul said": whoever governs then
        return _Speaker(ctx.ref(name, ctx.doc.text[places[-1].start:places[-1].end]), places[-1].start,
                        places[-1].end) if name else None

    def _role_holder(self, ctx: DocContext, sent: Sentence, m: ActorMention, last) -> _Speaker | None:
        """ "the Taliban spokesman", "the FSB director": the person of that party named before."""
        after = ctx.doc.text[m.end:m.end + 40]
        if not self.r.role_after.match(after):
            return None
        party = m.ref.affiliation or m.ref.name
        prior = next((p for p in reversed(ctx.actors) if p.end <= m.start and p.ref.kind == "person"
                      and (p.ref.affiliation == party or p.ref.name == party)), None)
        if prior:
            return _Speaker(prior.ref, m.start, m.end)
        if last and last[1].ref.kind == "person" and sent.index - last[0] <= 6 \
                and last[1].ref.affiliation in (None, party, m.ref.name):
            return _Speaker(last[1].ref, m.start, m.end)
        if person := self._recent_person(sent, (None, party, m.ref.name)):
            return _Speaker(person.ref, m.start, m.end)
        return None

    def _plausible(self, m: ActorMention) -> bool:
        return m.ref.kind not in ("civilians",)

    def _after(self, ctx: DocContext, sent: Sentence, at: int, window: int = 400) -> _Speaker | None:
        after = [m for m in sent.actors if at <= m.start <= at + window]
        persons = [m for m in after if m.ref.kind == "person" and m.start <= (after[0].end + 40 if after else 0)]
        pick = persons[0] if persons else (after[0] if after else None)
        if pick is None and (m := self.r.group_refs.match(sent.text, at - sent.start + 1)):
            prior = ctx.last_actor(at, non_state=True)  # "has been taken by the group"
            return _Speaker(replace(prior.ref, surface=m.group(0)), at, at + len(m.group(0))) if prior else None
        return _Speaker(pick.ref, pick.start, pick.end) if pick else None

    def _reference(self, ctx: DocContext, sent: Sentence, head: str, last) -> _Speaker | None:
        """ "he said", "the spokesman said", "the report says" -> the actor named before."""
        tail = head[-60:]
        offset = sent.start + len(head) - len(tail)
        if (m := _last_match(self.statement_refs, tail)) and last and sent.index - last[0] <= 3 \
                and m.end() >= len(tail.rstrip(" ,")) - 30:
            return _Speaker(last[1].ref, offset + m.start(), offset + m.end())  # "the statement said": its issuer's
        if m := _last_match(self.body_refs, tail):
            if found := self._body(ctx, offset + m.start(), m.group(0)):
                return found
        said = _last_match(self.r.speaker_refs, tail)  # "he", "it", "the spokesman" (searched once, read twice)
        if (m := said) and m.group(0).lower() == "it" \
                and (author := self._report_it(ctx, sent, offset + m.start())):
            return _Speaker(replace(author.ref, surface=m.group(0)), offset + m.start(), offset + m.end())
        if m := said:
            personal = m.group(0).lower() in ("he", "she")
            if last and last[1].ref.kind != "person" and m.group(0).lower() not in ("they", "it") \
                    and (named := self._named_since(ctx, last[1].end, offset + m.start(), m.group(0))):
                return _Speaker(named.ref, offset + m.start(), offset + m.end())  # "the prime minister": the one named since
            if last and sent.index - last[0] <= 4 and not (personal and last[1].ref.kind not in ("person", None)):
                return _Speaker(last[1].ref, offset + m.start(), offset + m.end())
            if personal and last and sent.index - last[0] <= 1 and last[1].ref.kind in ("state", "body") \
                    and self.r.role_after.match(ctx.doc.text, last[1].end):
                return _Speaker(last[1].ref, offset + m.start(), offset + m.end())  # "Pakistan's envoy said ... He said"
            if personal and (person := self._recent_person(sent)):
                return _Speaker(person.ref, offset + m.start(), offset + m.end())
            prior = ctx.last_actor(offset + m.start(), kinds=("person",))
            if prior:
                return _Speaker(prior.ref, offset + m.start(), offset + m.end())
        if m := _last_match(self.group_refs, tail):
            prior = ctx.last_actor(offset + m.start(), non_state=True)
            if prior:
                return _Speaker(replace(prior.ref, surface=m.group(0)), offset + m.start(), offset + m.end())
        return None

    def _named_since(self, ctx: DocContext, since: int, at: int, role: str) -> ActorMention | None:
        """The person named between offsets `since` and `at` who holds `role` ("the prime minister":
        "Prime Minister Shehbaz Sharif and Marshal Asim Munir" -> Sharif), else the last one named."""
        named = [p for p in ctx.actors if since < p.start and p.end <= at and p.ref.kind == "person"]
        noun = role.split()[-1].lower()
        holder = next((p for p in reversed(named) if noun in (p.ref.role or "").lower()
                       or noun in ctx.doc.text[max(0, p.start - 20):p.end].lower().split(" and ")[-1]), None)
        return holder or (named[-1] if named else None)

    def _body(self, ctx: DocContext, at: int, surface: str) -> _Speaker | None:
        """ "the report" -> the author of the report named before it ("the State Department's annual
        Country Reports", "the review of the CRSS"), else the body, institute or government named before it."""
        if _REPORT_NOUN.search(surface) and (author := self._report_author(ctx, at)):
            return _Speaker(replace(author.ref, surface=surface), at, at + len(surface))
        prior = ctx.last_actor(at, kinds=("body", "research")) or ctx.last_actor(at, kinds=("state",)) \
            or ctx.last_actor(at, non_state=False, kinds=("group", "force"))
        return _Speaker(replace(prior.ref, surface=surface), at, at + len(surface)) if prior else None

    def _report_it(self, ctx: DocContext, sent: Sentence, at: int) -> ActorMention | None:
        """ "The report flags X, which it describes as ...", "The report ... . The TTP, it says, remains ...":
        "it" is the report the sentence or the one before opens with, and so its author."""
        here = ctx.doc.text[sent.start:at]
        prev = ctx.sentences[sent.index - 1].text if 0 < sent.index <= len(ctx.sentences) else ""
        if not (_REPORT_SUBJECT.match(here) or _REPORT_SUBJECT.match(prev)):
            return None
        return self._report_author(ctx, at)

    def _report_author(self, ctx: DocContext, at: int) -> ActorMention | None:
        """The actor a report named before offset `at` is tied to: "<X>'s (annual) report", "a <X> report",
        "the (quarterly) review of <X>" (the last such report before `at`; memoised per document)."""
        memo = self.__dict__.get("_authors_memo")
        if memo is None or memo[0] is not ctx:
            memo = (ctx, _report_authors(ctx))
            self.__dict__["_authors_memo"] = memo
        return next((m for pos, m in reversed(memo[1]) if pos < at), None)

    def _unknown_person(self, ctx: DocContext, sent: Sentence, head: str) -> _Speaker | None:
        """A capitalised name right before the cue that the knowledge base does not list ("Gen. Kenneth
        McKenzie", "Michael 'Erik' Kurilla"), or the surname of one named so earlier in the document."""
        tail = head[-80:]
        offset = sent.start + len(head) - len(tail)
        found = None
        for m in _NAME.finditer(tail):
            words = self._name_words(m.group(1))
            if words:
                found = (" ".join(words), tail.index(words[0], m.start()), m.end())
        if found is None or len(tail) - found[2] > 25:
            found = self._surname(ctx, sent, tail)
        if found is None or len(tail) - found[2] > 25:
            return None
        name, start, end = found
        if any(p.start <= offset + start < p.end for p in sent.places):
            return None  # "Once in North Rhine-Westphalia, police say": a place, not a person
        role = _last_match(self.r.person_roles, tail)
        party = ctx.last_actor(offset + start, non_state=None)
        near = party if party and offset + start - party.end < 40 else None
        ref = ActorRef(name=name, surface=tail[start:end], kind="person",
                       role=role.group(0).lower() if role else None,
                       affiliation=near.ref.affiliation or near.ref.name if near else None)
        return _Speaker(ref, offset + start, offset + end)

    def _surname(self, ctx: DocContext, sent: Sentence, tail: str) -> tuple[str, int, int] | None:
        """ "Kurilla told the committee": the full name of an unlisted person named before ("Michael Kurilla")."""
        m = _SURNAME.search(tail)
        if m is None or m.group(1) in self.r.not_names:
            return None
        word, text = m.group(1), ctx.doc.text
        pos = text.rfind(word, 0, sent.start)
        for _ in range(6):  # the last few times the word was written before, as the end of a full name
            if pos <= 0:
                break
            end = pos + len(word)
            for full in _NAME.finditer(text, max(0, pos - 60), end):
                if full.end() == end and (words := self._name_words(full.group(1))) and words[-1] == word:
                    return " ".join(words), m.start(1), m.end(1)
            pos = text.rfind(word, 0, pos)
        return None

    def _name_words(self, found: str) -> list[str]:
        """The words of a person's name in a capitalised run, after any title or role ("Information
        Minister Attaullah Tarar" -> Attaullah Tarar); [] when what is left is not a name."""
        words = _NICKNAME.sub("", found).split()
        cut = max((i + 1 for i, w in enumerate(words)
                   if w.rstrip(".") in self.r.titles or self.r.role_word.fullmatch(w)), default=0)
        words = words[cut:]
        if len(words) < 2 or any(w.strip("'") in self.r.not_names for w in words):
            return []
        return words


def _in_relative(sent: Sentence, offset: int, at: int) -> bool:
    """ "X, which is fighting the Taliban, says": names inside a relative clause do not speak."""
    return any(m.start() <= offset - sent.start < m.end()
               for m in _RELATIVE.finditer(sent.text, 0, at - sent.start))


def _last_match(pattern: re.Pattern[str] | Quick, text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _quoted_name(sent: Sentence, m: ActorMention) -> bool:
    """A name inside someone's quoted words; a name in scare quotes alone (the "Islamic State" said) is not."""
    if not _in_quote(sent, m.start):
        return False
    a, b = m.start - sent.start, m.end - sent.start
    return not (a > 0 and sent.text[a - 1] in _QUOTES and sent.text[b:b + 1] in _QUOTES and sent.text[b:b + 1])


def _in_quote(sent: Sentence, offset: int) -> bool:
    return _in_quote_text(sent.text, offset - sent.start)


def _in_quote_text(text: str, offset: int) -> bool:
    """An odd number of quotation marks before `offset` (negative: counted from the end, as a slice would)."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return False  # no marks at all (most sentences): none before, none opening inside
    if offset < 0:
        offset = max(0, len(text) + offset)
    before = text.count('"', 0, offset) + text.count("\u201c", 0, offset) + text.count("\u201d", 0, offset)
    return (before + _opens_inside(text)) % 2 == 1


def _opens_inside(text: str) -> int:
    """1 when the sentence starts inside a quotation opened in the sentence before ('They have lost
    their strength," he wrote.'): an odd count of quotation marks, the first of them closing one."""
    if (text.count('"') + text.count("\u201c") + text.count("\u201d")) % 2 == 0:
        return 0
    first = _FIRST_QUOTE.search(text)
    if first is None or first.start() == 0:
        return 0
    return 1 if first.group(0) == "\u201d" or (first.group(0) == '"' and text[first.start() - 1] in ",.?!"
                                                and text[first.end():first.end() + 1] in ("", " ", "\n")) else 0
