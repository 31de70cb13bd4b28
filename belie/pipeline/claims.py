"""Claim rules: attributed propositions with speaker, kind, polarity, subjects, place, date."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from belie.model import ActorRef, Claim, Location, Quantity, Span
from belie.pipeline.context import ActorMention, DocContext, Sentence
from belie.pipeline.index import Hit
from belie.pipeline.rules import Rules

__all__ = ["ClaimRules", "Proposition"]

_QUOTES = "\"\u201c\u201d"
_CIRCUMSTANCE = re.compile(r"in (?:a|an|its|their) ", re.I)  # "In a statement, X said": X speaks
_SOFT_DENY = re.compile(r"propaganda|exaggerat|limited|contained", re.I)  # too loose to change a kind
_PRONOUN_OBJ = re.compile(r"\s+(?:him|her|them)\b", re.I)
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b", re.I)
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "local", "federal", "state", "senior"})
_NAME = re.compile(r"\b([A-Z][a-z'\-]+(?:\s+(?:al-|ul-|ud-)?[A-Z][a-z'\-]+){1,3})\b")


@dataclass
class Proposition:
    kind: str
    polarity: str
    subjects: list[ActorRef]
    number: Quantity | None = None


@dataclass
class _Speaker:
    ref: ActorRef
    start: int  # offset in the document of the words naming the speaker
    end: int


class ClaimRules:
    def __init__(self, rules: Rules, version: str, capitals: dict[str, str] | None = None) -> None:
        self.r = rules
        self.version = version
        self.capitals = capitals or {}

    def extract(self, ctx: DocContext) -> list[Claim]:
        claims: list[Claim] = []
        last: tuple[int, _Speaker] | None = None
        for sent in ctx.sentences:
            if not _is_prose(sent.text):
                continue
            found, speaker = self._sentence(ctx, sent, last)
            claims.extend(found)
            if speaker is not None:
                last = (sent.index, speaker)
        return claims

    # ---------------------------------------------------------------- one sentence
    def _sentence(self, ctx: DocContext, sent: Sentence, last) -> tuple[list[Claim], _Speaker | None]:
        cue = self._cue(sent)
        if cue is None:
            return self._continued_quote(ctx, sent, last)
        speaker = self._speaker(ctx, sent, cue, last)
        if speaker is None:
            return [], None
        start, end = self._prop_bounds(sent, cue, speaker)
        props = self._propositions(ctx, sent, start, end, speaker.ref, cue.kind == "deny")
        if not props and (own := self._group_claim(ctx, sent, cue, speaker)):
            props = [(0, len(sent.text), own, None)]
        return self._claims(ctx, sent, speaker, props, cue.text), speaker

    def _group_claim(self, ctx: DocContext, sent: Sentence, cue: Hit, speaker: _Speaker) -> Proposition | None:
        """ "IS claimed a minibus explosion", "which ISKP also claimed": an armed group claiming an act."""
        if not cue.text.lower().startswith("claim") or not ctx.is_non_state(speaker.ref.name):
            return None
        if not self.r.claimed_object.search(sent.text):
            return None
        return Proposition("responsibility", "affirm", [speaker.ref])

    def _propositions(self, ctx: DocContext, sent: Sentence, start: int, end: int, speaker: ActorRef,
                      deny_cue: bool) -> list[tuple[int, int, Proposition, _Speaker | None]]:
        """(clause start, end, proposition, its own speaker or None for the sentence's speaker)."""
        out: list[tuple[int, int, Proposition, _Speaker | None]] = []
        seen: set[tuple] = set()
        held: _Speaker | None = None  # a nested speaker goes on over the clauses after it
        for i, (cs, ce) in enumerate(self._clauses(sent.text, start, end)):
            who, ps, deny = self._nested(sent, start, cs, ce, speaker) if i else (None, cs, deny_cue)
            held = who = who or held
            ref = who.ref if who else speaker
            prop = self.proposition(ctx, sent, ps, ce, ref, deny_cue=deny)
            key = (ref.name, prop.kind, prop.polarity, tuple(x.name for x in prop.subjects)) if prop else None
            if prop and key not in seen:
                seen.add(key)
                out.append((cs, ce, prop, who))
        return out

    def _nested(self, sent: Sentence, start: int, cs: int, ce: int, speaker: ActorRef) -> tuple[_Speaker | None, int, bool]:
        """A clause with its own speech verb ("even though the Taliban assert that ...") has its own speaker."""
        cue = next((m for m in sent.cues if cs <= m.start < ce and m.kind != "phrase"
                    and not _in_quote_text(sent.text, m.start) and not self._blocked(sent.text, m)), None)
        if cue is None:
            return None, cs, False
        own = [m for m in sent.actors if sent.start + cs <= m.start and m.end <= sent.start + cue.start
               and self._plausible(m) and not _in_quote(sent, m.start)]
        if not own and cue.text.lower().endswith("ing") and speaker.kind in ("body", "research"):
            own = [m for m in sent.actors if sent.start + start <= m.start < sent.start + cs  # the report's subject
                   and m.ref.kind not in ("body", "research", "civilians")][:1]
        if not own:
            return None, cs, False
        pick = next((m for m in reversed(own) if m.ref.kind == "person"), own[-1])
        return _Speaker(pick.ref, pick.start, pick.end), cue.end, cue.kind == "deny"

    def _clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        bounds, cursor = [], start
        for m in self.r.clauses.finditer(text, start, end):
            if not _in_quote_text(text, m.start()):
                bounds.append((cursor, m.start()))
                cursor = m.end()
        bounds.append((cursor, end))
        return [(a, b) for a, b in bounds if b - a > 3]

    def _claims(self, ctx: DocContext, sent: Sentence, speaker: _Speaker, props, cue: str | None) -> list[Claim]:
        whole = len(props) == 1
        out = []
        for cs, ce, prop, own in props:
            span = (sent.start, sent.end) if whole else _strip(sent, cs, ce)
            out.append(self._claim(ctx, sent, own or speaker, prop, cue, span))
        return out

    def _cue(self, sent: Sentence) -> Hit | None:
        names = [(a.start - sent.start, a.end - sent.start) for a in sent.actors]
        cues = [m for m in sent.cues if not _in_quote_text(sent.text, m.start) and not self._blocked(sent.text, m)
                and not any(s <= m.start < e for s, e in names)]
        if not cues:
            return None
        comm = self.r.communique.search(sent.text)
        if comm:
            later = [m for m in cues if m.start >= comm.start()]
            cues = later or cues
        if cues[0].kind == "phrase" and _CIRCUMSTANCE.match(cues[0].text):
            verbs = [m for m in cues[1:] if m.kind != "phrase"]  # "In a statement, the military said"
            return verbs[0] if verbs else cues[0]
        return cues[0]

    def _blocked(self, text: str, cue: Hit) -> bool:
        if cue.kind == "phrase":
            return False
        before = text[max(0, cue.start - 20):cue.start].split()
        return bool(before) and before[-1].lower() in self.r.cue_blockers

    def _continued_quote(self, ctx: DocContext, sent: Sentence, last) -> tuple[list[Claim], _Speaker | None]:
        """A sentence right after attributed speech goes on with it: a quotation, or a report's findings."""
        if not last or sent.index - last[0] > 1:
            return [], None
        if sent.text[:1] not in _QUOTES and not self._continues_report(sent, last[1]):
            return [], None
        props = self._propositions(ctx, sent, 0, len(sent.text), last[1].ref, deny_cue=False)
        return self._claims(ctx, sent, last[1], props, None), (last[1] if props else None)

    def _continues_report(self, sent: Sentence, speaker: _Speaker) -> bool:
        """Unquoted follow-on sentences count for reports and governments when they name an armed group."""
        if speaker.ref.kind not in ("body", "research", "state"):
            return False
        return any(m.non_state for m in sent.actors) or bool(self.r.reported.search(sent.text))

    # ---------------------------------------------------------------- speaker
    def _speaker(self, ctx: DocContext, sent: Sentence, cue: Hit, last) -> _Speaker | None:
        at = sent.start + cue.start
        if cue.kind == "phrase" and (_PRONOUN_OBJ.match(sent.text, cue.end) or _POSSESSIVE.search(cue.text)):
            return self._pronoun(ctx, sent, at, last)  # "According to him", "In her view"
        if cue.kind == "phrase" and cue.text.lower().startswith("according to"):
            body = self.r.body_phrase.match(sent.text, cue.end)
            named = [m for m in sent.actors if body and sent.start + body.start() <= m.start < sent.start + body.end()]
            if body and not named and not re.search(r"\bby\b", body.group(0)):
                return self._body(ctx, sent.start + body.start(), body.group(0))
            return self._after(ctx, sent, sent.start + cue.end)
        if re.match(r"\s+by\b", sent.text[cue.end:cue.end + 4]):
            return self._after(ctx, sent, sent.start + cue.end)
        if re.search(r"\b(?:was|were|is|are|been|being)\s+$", sent.text[max(0, cue.start - 12):cue.start]):
            return self._passive(ctx, sent, at, last)
        before = self._before(ctx, sent, at, last)
        if before is None:
            before = self._noun_speaker(ctx, sent, at)
        if before is None and self.r.anonymous.search(sent.text[max(0, cue.start - 30):cue.start]):
            return None
        if before is None and re.search(r"[,\"\u201d']\s*$", sent.text[:cue.start]):
            return self._after(ctx, sent, sent.start + cue.end, window=30)  # "..., said Mujahid"
        return before

    def _pronoun(self, ctx: DocContext, sent: Sentence, at: int, last) -> _Speaker | None:
        """ "according to him": the last speaker when recent, else the last person named."""
        if last and sent.index - last[0] <= 4 and last[1].ref.kind in ("person", None):
            return _Speaker(last[1].ref, at, at)
        prior = ctx.last_actor(at, kinds=("person",))
        return _Speaker(prior.ref, at, at) if prior else (last[1] if last and sent.index - last[0] <= 4 else None)

    def _noun_speaker(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """ "Afghan officials claimed", "prosecutors said": the state named by the adjective, else the
        last government or body named before (bare "officials" stay anonymous)."""
        lo = max(0, at - sent.start - 60)
        m = self.r.speaker_nouns.search(sent.text[lo:at - sent.start])
        if m is None:
            return None
        begin = sent.start + lo + m.start()
        if name := self._qualified(ctx, m.group("adj"), m.group("noun")):
            return _Speaker(ctx.ref(name, m.group(0).strip()), begin, at)
        if m.group("noun").lower() == "officials":
            return None
        prior = ctx.last_actor(begin, non_state=False, kinds=("state", "body", "force", "group"))
        return _Speaker(replace(prior.ref, surface=m.group(0).strip()), begin, at) if prior else None

    def _qualified(self, ctx: DocContext, adj: str | None, noun: str) -> str | None:
        if not adj or adj.lower() in _ARTICLES:
            return None
        for surface in (f"{adj} {noun}", f"{adj} authorities", f"{adj} government"):
            if name := ctx.kb.canonical(surface, ctx.when):
                return name
        return None

    def _passive(self, ctx: DocContext, sent: Sentence, at: int, last) -> _Speaker | None:
        """ "X was reported to ...": the account goes on; the speaker is the last one, or the body named before."""
        if last and sent.index - last[0] <= 3:
            return last[1]
        return self._body(ctx, at, "reported")

    def _before(self, ctx: DocContext, sent: Sentence, at: int, last) -> _Speaker | None:
        window = [m for m in sent.actors if m.end <= at and not _in_quote(sent, m.start)]
        persons = [m for m in window if m.ref.kind == "person"]
        if persons:
            return _Speaker(persons[-1].ref, persons[-1].start, persons[-1].end)
        bodies = [m for m in window if m.ref.kind in ("body", "research")]
        if bodies and self.r.body_words.search(sent.text[:at - sent.start]):
            return _Speaker(bodies[-1].ref, bodies[-1].start, bodies[-1].end)
        head = sent.text[:at - sent.start]
        ref = self._reference(ctx, sent, head, last)
        if window:
            m = window[-1]
            if ref and ref.start > m.end:
                return ref
            if person := self._role_holder(ctx, sent, m, last):
                return person
            return _Speaker(m.ref, m.start, m.end) if self._plausible(m) else ref
        return ref or self._capital(ctx, sent, at) or self._unknown_person(ctx, sent, head)

    def _capital(self, ctx: DocContext, sent: Sentence, at: int) -> _Speaker | None:
        """ "Islamabad said": a capital right before the cue speaks for its government."""
        places = [p for p in sent.places if p.end <= at and at - p.end <= 40]
        name = self.capitals.get(ctx.doc.text[places[-1].start:places[-1].end].lower()) if places else None
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
        if m := _last_match(self.r.body_refs, tail):
            if found := self._body(ctx, offset + m.start(), m.group(0)):
                return found
        if m := _last_match(self.r.speaker_refs, tail):
            if last and sent.index - last[0] <= 4:
                return _Speaker(last[1].ref, offset + m.start(), offset + m.end())
            prior = ctx.last_actor(offset + m.start(), kinds=("person",))
            if prior:
                return _Speaker(prior.ref, offset + m.start(), offset + m.end())
        if m := _last_match(self.r.group_refs, tail):
            prior = ctx.last_actor(offset + m.start(), non_state=True)
            if prior:
                return _Speaker(replace(prior.ref, surface=m.group(0)), offset + m.start(), offset + m.end())
        return None

    def _body(self, ctx: DocContext, at: int, surface: str) -> _Speaker | None:
        """ "the report" -> the body, institute or government named before it."""
        prior = ctx.last_actor(at, kinds=("body", "research")) or ctx.last_actor(at, kinds=("state",))
        return _Speaker(replace(prior.ref, surface=surface), at, at + len(surface)) if prior else None

    def _unknown_person(self, ctx: DocContext, sent: Sentence, head: str) -> _Speaker | None:
        """A capitalised name right before the cue that the knowledge base does not list."""
        names = [m for m in _NAME.finditer(head[-80:])
                 if not any(w.strip("'") in self.r.not_names for w in m.group(1).split())]
        if not names:
            return None
        m = names[-1]
        if len(head[-80:]) - m.end() > 25:
            return None
        offset = sent.start + len(head) - len(head[-80:])
        role = _last_match(self.r.person_roles, head[max(0, len(head) - 80):])
        party = ctx.last_actor(offset + m.start(), non_state=None)
        near = party if party and offset + m.start() - party.end < 40 else None
        ref = ActorRef(name=m.group(1), surface=m.group(1), kind="person",
                       role=role.group(0).lower() if role else None,
                       affiliation=near.ref.affiliation or near.ref.name if near else None)
        return _Speaker(ref, offset + m.start(), offset + m.end())

    # ---------------------------------------------------------------- proposition
    def _prop_bounds(self, sent: Sentence, cue: Hit, speaker: _Speaker) -> tuple[int, int]:
        if cue.text.lower().startswith("according to") and len(sent.text[:cue.start].split()) >= 4:
            return 0, cue.start  # "ISKP is active in Kunar, according to the report"
        after = sent.text[cue.end:]
        if len(after.split()) >= 3 and not (speaker.start - sent.start >= cue.end and len(after.split()) < 8):
            start = max(cue.end, speaker.end - sent.start) if speaker.start - sent.start >= cue.end else cue.end
            return start, len(sent.text)
        return 0, max(0, min(cue.start, speaker.start - sent.start) if speaker.start >= sent.start else cue.start)

    def proposition(self, ctx: DocContext | None, sent: Sentence, start: int, end: int, speaker: ActorRef,
                    deny_cue: bool) -> Proposition | None:
        text = sent.text[start:end]
        found = next(((k, m) for k, pattern in self.r.kinds if (m := pattern.search(text))), None)
        if found is None:
            return None
        kind, cue = found
        if kind in ("presence", "responsibility") and not self.r.communique.search(text) \
                and (weak := self.r.capability_deny.search(text)) and not _SOFT_DENY.match(weak.group(0)) \
                and not self.r.negation.search(text[:weak.start()][-12:]):
            kind, cue = "capability", weak  # "activities ... brought under control", "attacks by X have fallen"
        scope = text[max(0, cue.start() - 60):cue.end() + 25]
        polarity = self._polarity(kind, scope, deny_cue)
        subjects = self._subjects(ctx, sent, start, end, speaker)
        if kind == "responsibility" and not subjects and speaker.kind == "group":
            subjects = [speaker]
        number = self.r.numbers.parse(text) if kind == "strength" else None
        return Proposition(kind, polarity, subjects, number)

    def _polarity(self, kind: str, text: str, deny_cue: bool) -> str:
        """Deny when a deny cue governs the clause, or a negation is in scope of the kind word."""
        if deny_cue or kind == "origin" or self.r.deny_verb.search(text):
            return "deny"
        negated = bool(self.r.negation.search(self.r.negation_idioms.sub(" ", text)))
        if kind == "responsibility" and self.r.communique.search(text):
            return "affirm"
        if kind == "capability" and self.r.capability_deny.search(text):
            return "affirm" if negated and re.search(r"\bnot (?:been )?(?:destroyed|defeated|eliminated)", text) else "deny"
        if kind == "territory_use" and self.r.territory_deny.search(text):
            return "deny"
        return "deny" if negated else "affirm"

    def _subjects(self, ctx: DocContext | None, sent: Sentence, start: int, end: int, speaker: ActorRef) -> list[ActorRef]:
        lo, hi = sent.start + start, sent.start + end
        refs = [m.ref for m in sent.actors if lo <= m.start < hi and m.non_state and m.ref.family != speaker.family]
        if not refs and ctx is not None:
            m = self.r.group_refs.search(sent.text, start, end)
            prior = ctx.last_actor(sent.start + m.start(), non_state=True) if m else None
            if prior and prior.ref.family != speaker.family:
                refs = [replace(prior.ref, surface=m.group(0))]
        seen: dict[str, ActorRef] = {}
        for ref in refs:
            seen.setdefault(ref.name, ref)
        return list(seen.values())

    # ---------------------------------------------------------------- record
    def _claim(self, ctx: DocContext, sent: Sentence, speaker: _Speaker, prop: Proposition, cue: str | None,
               span: tuple[int, int]) -> Claim:
        when, source = self._date(ctx, sent)
        return Claim(
            document_id=ctx.doc.id, speaker=speaker.ref, kind=prop.kind, polarity=prop.polarity,
            span=Span(*span), quote=ctx.doc.text[span[0]:span[1]], subjects=prop.subjects,
            location=self.location(ctx, sent), date=when, date_source=source, cue=cue,
            number=prop.number, extractor=self.version)

    def _date(self, ctx: DocContext, sent: Sentence) -> tuple[date | None, str | None]:
        pub = ctx.anchor
        for hit in sent.dates:
            if hit.value and hit.value.precision == "day" and hit.kind in ("weekday", "rel", "mdy", "dmy", "iso"):
                return hit.value.start, "stated"
        if pub:
            return pub, "published"
        if ctx.doc.published:  # read off the URL by the ingest stage
            return ctx.doc.published, "url"
        url_date = ctx.doc.meta.get("url_date") if ctx.doc.meta else None
        return (url_date, "url") if url_date else (None, None)

    def location(self, ctx: DocContext, sent: Sentence) -> Location:
        """The most specific place named in the sentence, else the document's main country."""
        places = [p for p in (ctx.place(m.place_id) for m in sent.places) if p is not None]
        if not places:
            return Location(country=ctx.main_country, precision="country" if ctx.main_country else None)
        best = places[0]
        admin1 = best.admin1 or (best.id if best.kind == "admin1" else None)
        return Location(country=best.country, admin1=admin1 if best.kind != "country" else None, name=best.name,
                        precision=best.kind, place_id=best.id)


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _in_quote(sent: Sentence, offset: int) -> bool:
    return _in_quote_text(sent.text, offset - sent.start)


def _in_quote_text(text: str, offset: int) -> bool:
    head = text[:offset]
    return sum(head.count(q) for q in _QUOTES) % 2 == 1


def _is_prose(text: str) -> bool:
    """Headlines and captions (no closing punctuation) carry no attributed claims."""
    return text.rstrip()[-1:] in ".!?\"'\u201d\u2019:)"


def _strip(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    text = sent.text
    while start < end and not text[start].isalnum() and text[start] not in _QUOTES:
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return sent.start + start, sent.start + end
