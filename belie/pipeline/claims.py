"""Claim rules: attributed propositions with speaker, kind, polarity, subjects, place, date."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from belie.model import ActorRef, Claim, Location, Quantity, Span, make_id
from belie.pipeline.claim_places import ClaimPlaces
from belie.pipeline.context import DocContext, Sentence
from belie.pipeline.index import Hit
from belie.pipeline.literals import Quick
from belie.pipeline.rules import Rules
from belie.pipeline.speakers import _QUOTES, SpeakerRules, _in_quote_text, _opens_inside, _quoted_name, _Speaker

__all__ = ["ClaimRules", "Proposition"]

_SOFT_DENY = re.compile(r"propaganda|exaggerat|limited|contained", re.I)  # too loose to change a kind
_AGENT_NEXT = re.compile(r"\s+(?:of|(?:was|were|is|are) behind|(?:as|was|were|is|are) (?:the|a|an) (?:[\w-]+ ){0,2}?sponsors?|(?:had |has |have )?(?!been\b)\w+ed|(?:had|has|have) (?!been\b)\w+en)\b",
                         re.I)  # "Pakistan had launched"
_CIRCUMSTANCE = re.compile(r"in (?:a|an|its|their) ", re.I)  # "In a statement, X said": X speaks
_DEFINITE_ACT = Quick(re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:air ?strikes|strikes|attacks?|bombings?|"
                                 r"raids?|shelling|bombardments?|assault)\b", re.I))
_SAID_DENIED = re.compile(r"\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:(?:had|has|have|also|firmly|strongly|flatly|categorically|"
                          r"again|vehemently|completely|totally)\s+){0,2}", re.I)
_INSERTED_BY = re.compile(r"\w,\s+(?:it|he|she|they|the (?:report|statement|study|assessment))\s+$", re.I)
_RAISING = Quick(re.compile(r"\b(?:was|were|is|are|has been|have been)\s+$", re.I))
_FAR_FROM = re.compile(r"\bfar from (?:having been |being )?$", re.I)  # "far from defeated": not defeated
_SPEECH_TAIL = re.compile(r"\s+(?:at|in|on|during|after|before|while|when|to|via|through|late|earlier)\b"
                          r"(?![^,;]*\bthat\b)", re.I)  # "said at a meeting": circumstance, not a proposition
_CIRCUMSTANCE_THAT = re.compile(r"\s+(?:at|in|on|during|after|before|via|through|late|earlier)\s[^,;:\"\u201c\u201d]{2,80}?\s+that\s", re.I)
_BROKEN_PLEDGE = Quick(re.compile(r"\b(?:violat|breach|broke|broken|flout|betray|reneg)\w*\b[^.;]{0,90}?\b(?:assurances?|"
                                  r"pledges?|promises?|commitments?|guarantees?|undertakings?)\b", re.I))  # a broken "would not": it did
_DEMAND = Quick(re.compile(r"\b(?:only\s+(?:\w+\s+){0,2}if|should|must|urg\w*|demand\w*|call\w* on|ask\w*|press\w*|expect\w*)\b"
                           r"[^.;]{0,80}?\b(?:not|never|no longer|stop|deny|prevent|curb|halt|rein in)\b", re.I))  # "urged Kabul not to let ...": a demand implies the act
_DEMAND_CUE = re.compile(r"urg|demand|ask|press", re.I)
_ON = re.compile(r"\s+(?:on|upon)\b", re.I)
_WEAK_PRESENCE = re.compile(r"no (?:\w+ )?groups?|there (?:is|are|was|were)", re.I)  # says who, not that they are there
_BLAMED_FOR = re.compile(r"(\s+[^,;.]{2,60}?)\s+for\s+(?:the\s+|this\s+|that\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:attacks?|bombings?|blasts?|explosions?|killings?|assaults?|massacres?|ambush\w*|raids?|"
                         r"shootings?|violence|deaths?|abductions?|kidnappings?|assassinations?|hijacking)\b", re.I)
_BLAMED_ON = re.compile(r"\s+(?:[\w'-]+\s+){1,6}?on\s+", re.I)  # "blamed the bombing on"
_GROUPS_BACK = re.compile(r"\b(?:the (?:two|three|four) groups|both groups|each of (?:the|them|these))\b", re.I)
_CLAIMED_BACK = re.compile(r"\s+(?:both|them|it|each|all)(?: of them)?\s*[.;]", re.I)
_CLAIMER = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|as|after|which)\s+)\W{0,2}(it|the (?:same )?(?:militant |terror(?:ist)? |jihadist |armed )?"
                      r"(?:group|outfit|organi[sz]ation|militants|affiliate|faction))\s+"
                      r"(?:(?:also|later|then|again|quickly|swiftly|subsequently|promptly|had|has|have)\s+){0,2}$", re.I)
_CLAIMED_ACT = re.compile(r"\s+(?:responsibility\b|(?:the|that|this|these|those|an?|both)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:attacks?|bombings?|blasts?|explosions?|killings?|assaults?|ambush(?:es)?|raids?|"
                          r"shootings?|massacres?|hijackings?|abductions?|kidnappings?|assassinations?|suicide)\b"
                          r"|to have (?:[\w-]+\s+){0,2}?(?:carried out|killed|attacked|fired|launched|shot|bombed|struck|targeted|"
                          r"ambushed|stormed|downed|assassinated)\b)",
                          re.I)  # "claimed a bombing on ...", "claimed that attack as well"
_BEATEN_IT = re.compile(r"\b(?:contained|defeated|crushed|eliminated|destroyed|dismantled|suppressed|weakened|wiped out|"
                        r"rooted out|uprooted|finished off)\s+(it|them)\b", re.I)  # the group named before
_IMPERSONAL = re.compile(r"\b(?:it|this)\s+(?:should|must|may|can|is to|has to)\s+be\s+$|\bit\s+is\s+(?:worth|important)\s+$",
                         re.I)  # "it should be noted", "it is worth noting"
_CLAIM_GAP = re.compile(r"\s+(?:(?:also|later|then|again|initially|first|quickly|swiftly|subsequently|promptly|had|has|have)\s+){0,2}",
                        re.I)
_COORDINATED = re.compile(r"\s*,?\s+(?:and|as well as)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?", re.I)  # "A and the B claimed"
_FOREIGN_APPOSITIVE = Quick(re.compile(r",\s+(?:most|many|some|all|several|half) of (?:them|whom) (?:(?:were|are) )?(?:foreigners|foreign nationals|"
                                      r"(?:Afghan|Pakistani) (?:nationals|citizens))\b", re.I))
_OBLIGATION = Quick(re.compile(r"\b(?:fulfil+|meet|discharge|honou?r|shoulder|live up to|assume|take up)\s+(?:its|their|his|her|our|the)\s+"
                               r"(?:[\w-]+\s+)?(?:responsibilit(?:y|ies)|obligations?)\b", re.I))
_THIRD_PERSON = re.compile(r"\W*(?:that\s+)?(?:he|she|the (?:man|woman|suspect|teenager|accused))\s+(?:was|is|had|has|were)\b", re.I)
_THERE_IS = re.compile(r"there (?:is|are|was|were)", re.I)
_INNER = re.compile(r"\s*(?:that\s+)?(?:the\s+)?", re.I)
_VERB_AFTER = re.compile(r"\s+(?:(had|has|have)(?:\s+(?:also|previously|earlier|repeatedly))?\s+)?")
_ADJACENT = re.compile(r"\s+(?:(?:had|has|have|also|then|further|repeatedly|publicly|again)\s+){0,2}"
                       r"|\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b[^;:\"\u201c]{0,150}?,?\s+and\s+(?:also\s+)?",
                       re.I)  # "X said", "X had said", "X shared evidence ... and maintained"
_FROM_LAND = Quick(re.compile(r"\b(?:in|on) or from (?:the )?(?:[\w'-]+ ){0,2}(?:soil|territory|territories|land)\b", re.I))
_NAMING = re.compile(r"(?:[\u2014\u2013(]|\s-|\b(?:so|also|is|was|are|were|being|now|often|sometimes))\s*$", re.I)
_ARMED_PLURAL = Quick(re.compile(r"\b(?:terrorists|militants|insurgents|jihadists|extremists|fighters|terror groups|groups|"
                           r"(?:plot|plan)\w* (?:an? )?(?:[\w-]+ )?attacks?|threat (?:from|of|posed by)|"
                           r"(?:terrorist|militant|insurgent|jihadist|extremist) (?:violence|attacks))\b", re.I))
_AFFILIATION = Quick(re.compile(r"members? of|membership|affiliat\w*|network", re.I))  # ties to a group, not a place
_COMPARED = Quick(re.compile(r"\b(?:rather than|unlike|than|compared (?:with|to)|instead of|as opposed to)\b", re.I))
_TIES = Quick(re.compile(r"\b(?:tied to|ties (?:to|with)|relationship with|in (?:\w+ )?contact with)\b", re.I))  # "good ties with Kabul": states
_RESPECTIVELY = Quick(re.compile(r"\brespectively\b", re.I))
_TOLL = Quick(re.compile(r"\b(?:killed|dead|died|neutrali[sz]ed|eliminated|wounded|injured|martyred)\b", re.I))
_NOT_BEFORE = re.compile(r"\b(?:not|never|no one has|nobody has|n't)\s+(?:yet\s+)?$", re.I)  # "did not claim responsibility"
_NEGATED_CUE = re.compile(r"\b(?:(?:did|does|do|has|have|had|would|will|could)\s+not|never|(?:did|does|do|has|have|had)n['\u2019]t)\s+(?:yet\s+|publicly\s+|officially\s+)?$", re.I)
_THAT = re.compile(r"\s+that\b")
_ATTACKS_ON = re.compile(r"attacks?\s+(?:on|against|in|into)\b", re.I)
_USE_WORDS = re.compile(r"\b(?:soil|territor\w*|sanctuar\w*|havens?|from|based|bases?|launch\w*|us(?:e|es|ed|ing)|hub)\b", re.I)
_LEAD_CLAUSE = re.compile(r"\s*(?:that\s+)?(?:once|after|since|now that)\s+[^,;]{2,90}?(?:had|has|have|was|were)\s+been\s+[^,;]{3,60},\s*",
                          re.I)  # "once X had been defeated, ...": a completed outcome stated in passing
_DESCRIBED_BASE = Quick(re.compile(r"\b(?:which|who)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:based|headquartered)\s+in\b", re.I))
_PRONOUN = re.compile(r"\s*(?:that\s+)?(?:they|it)\b", re.I)
_POINTER = re.compile(r"\s*(?:the|this|that|these|those|such|its|their|[A-Z][\w-]+['\u2019]s)\s+(?:[\w-]+\s+)?"
                      r"(?:claims?|reports?|allegations?|accusations?|"
                      r"assertions?|charges?|account)\b"
                      r"|\s*what\s+(?:[\w-]+\s+){1,4}(?:claimed|said|alleged|stated|claim|say|allege)\b"
                      r"|\s*(?:that|this)(?=\s*(?:[,.;]|\s+(?:too|as well|outright|again)\b))",
                      re.I)  # "rejected the claim", "said what officials claimed is untrue": points back to a claim


@dataclass
class Proposition:
    kind: str
    polarity: str
    subjects: list[ActorRef]
    number: Quantity | None = None


class ClaimRules(SpeakerRules):
    def __init__(self, rules: Rules, version: str, capitals: dict[str, str] | None = None) -> None:
        self.r = rules
        self.version = version
        self.capitals = capitals or {}
        self.places = ClaimPlaces(rules.claim_lexicon)
        kinds = dict(rules.kinds)
        self._kinds = [(k, pattern, f"kind:{k}") for k, pattern in rules.kinds]  # with their prefilter names
        self._quick_kinds = [(k, Quick(pattern)) for k, pattern in rules.kinds]  # for clauses searched whole
        self.presence = kinds["presence"]
        self._strength = kinds["strength"]
        self._capability_kind = kinds["capability"]
        self.land_words = re.compile(rules.claim_lexicon["land_words"], re.I)
        self.territory_acts = Quick(re.compile(rf"\b(?:{rules.claim_lexicon['territory_acts']})\b", re.I))
        self.territory_links = Quick(re.compile(rules.claim_lexicon["territory_links"], re.I))
        self.sites = re.compile(rf"(?:{rules.claim_lexicon['presence_sites']})", re.I)
        self.finding_groups = Quick(re.compile(rf"\b(?:{rules.claim_lexicon['finding_groups']})\b", re.I))
        # lexicon patterns that skip clauses without any word they need (see literals)
        self.falsified, self.negation, self.negation_idioms = (Quick(p) for p in (
            rules.falsified, rules.negation, rules.negation_idioms))
        self.deny_verb, self.communique, self.territory_deny = (Quick(p) for p in (
            rules.deny_verb, rules.communique, rules.territory_deny))
        self.clauses, self.group_refs = Quick(rules.clauses), Quick(rules.group_refs)
        self.speaker_nouns, self.body_refs = Quick(rules.speaker_nouns), Quick(rules.body_refs)
        self.statement_refs = Quick(rules.statement_refs)
        self.body_words, self.anonymous = Quick(rules.body_words), Quick(rules.anonymous)
        self.capability_deny = Quick(rules.capability_deny)

    def extract(self, ctx: DocContext) -> list[Claim]:
        claims: list[Claim] = []
        last: tuple[int, _Speaker] | None = None
        self._person = None  # the last person who spoke: "he", "in her view", "the director" (per document)
        self._report: tuple[int, _Speaker] | None = None  # the last report or body whose findings were read
        self._prior: tuple[int, Claim] | None = None  # the last claim read: what "rejected the claim" rejects
        for sent in ctx.sentences:
            if not _is_prose(sent.text):
                continue
            found, speaker = self._sentence(ctx, sent, last)
            claims.extend(found)
            if found:
                self._prior = (sent.index, found[-1])
            if speaker is not None:
                last = (sent.index, speaker)
                if speaker.ref.kind == "person":
                    self._person = last
                if found and speaker.ref.kind in ("body", "research"):
                    self._report = last
        return claims

    # ---------------------------------------------------------------- one sentence
    def _sentence(self, ctx: DocContext, sent: Sentence, last) -> tuple[list[Claim], _Speaker | None]:
        cue = self._cue(sent)
        if cue is None:
            return self._continued_quote(ctx, sent, last)
        echo = self._echo(ctx, sent) if any(c.kind == "deny" for c in sent.cues) else None
        if echo and cue.start >= echo[1]:
            return self._echo_claims(ctx, sent, echo, []), None  # the only cue is the one echoing a denial
        if inserted := self._inserted(ctx, sent, cue):
            cue, speaker = inserted
        else:
            speaker = self._speaker(ctx, sent, cue, last)
        if speaker is None and (later := self._next_speaker(ctx, sent, cue)) and not (echo and later[0] is echo[2]):
            cue, speaker = later  # "Diplomatic sources confirmed that ... Pakistan ... maintained that ..."
        if (speaker is None or not ctx.is_non_state(speaker.ref.name)) \
                and (claimer := self._claiming_group(ctx, sent, cue if speaker is not None else None)):
            cue, speaker = claimer  # "In May, it claimed a raid on ...", "...; the group claimed that attack too"
        if speaker is None:
            return (self._echo_claims(ctx, sent, echo, []), None) if echo else ([], None)
        start, end = self._prop_bounds(sent, cue, speaker)
        if echo and start < echo[1] < end:
            end = echo[1]  # "X accused Kabul of ..., a charge the Taliban deny": the charge ends before the denial
        props = self._propositions(ctx, sent, start, end, speaker.ref, cue.kind == "deny")
        if start > 0 and (head := _inserted_head(sent, cue, speaker)):  # "X, the report says, with ...": X is said
            kinds = {(p.kind, p.polarity) for *_, p, who in props if who is None}
            props = [item for item in self._propositions(ctx, sent, 0, head, speaker.ref, cue.kind == "deny")
                     if (item[2].kind, item[2].polarity) not in kinds] + props
        if not props and (blamed := self._blamed(ctx, sent, cue, speaker)):
            props = [blamed]  # "officials blamed the bombing on the TTP"
        if not any(who is None for *_, who in props) and (own := self._group_claim(ctx, sent, cue, speaker)):
            props = [(0, len(sent.text), own, None), *props]  # "X claimed the attack, and officials said ...": both
        if not props and (deny := cue if cue.kind == "deny" else self._said_denied(sent, cue)) \
                and (back := self._rebuttal(sent, deny.end, [])):
            props = [(0, len(sent.text), back, None)]  # "Mujahid rejected the claim."
        if _DEMAND_CUE.match(cue.text) or (cue.text.lower().startswith("call") and _ON.match(sent.text, cue.end)):  # "urged Kabul not to let its soil be used": the speaker says it is
            props = [(cs, ce, replace(p, polarity="affirm"), own) for cs, ce, p, own in props]
        found = self._claims(ctx, sent, speaker, props, cue.text)
        found += self._co_claims(ctx, sent, found)
        return found + (self._echo_claims(ctx, sent, echo, props) if echo else []), speaker

    def _said_denied(self, sent: Sentence, cue: Hit) -> Hit | None:
        """ "said it firmly rejected the allegations": the speaker's own denial, reported by the speaker."""
        return next((c for c in sent.cues if c.kind == "deny" and c.start > cue.end
                     and _SAID_DENIED.fullmatch(sent.text, cue.end, c.start)), None)

    def _inserted(self, ctx: DocContext, sent: Sentence, cue: Hit) -> tuple[Hit, _Speaker] | None:
        """ "Pakistan, it says, continued to accuse Kabul of ...": an inserted "it says" only relays; the
        actor before it speaks with the verb after it ("Moscow, he said, was worried that ...": the capital's
        state holds the view the inserted verb reports)."""
        ins = _INSERTED_BY.search(sent.text, max(0, cue.start - 32), cue.start)  # the words right before the cue
        if ins is None or not sent.text.startswith(",", cue.end):
            return None
        later = next((c for c in sent.cues if c.start > cue.end and self._verb_cue(sent.text, c)
                      and not _in_quote_text(sent.text, c.start)), None)
        own = [m for m in sent.actors if m.end - sent.start == ins.start() + 1 and self._plausible(m)]
        if not own and sent.places and (seat := self._capital(ctx, sent, sent.start + ins.start() + 1)) \
                and seat.end == sent.start + ins.start() + 1 and seat.start == sent.start + _skip_space(sent.text, 0):
            return (later if later is not None and "," not in sent.text[cue.end + 1:later.start] else cue), seat
        if later is None or not own or "," in sent.text[cue.end + 1:later.start]:
            return None
        return later, _Speaker(own[0].ref, own[0].start, own[0].end)

    def _echo(self, ctx: DocContext, sent: Sentence) -> tuple[_Speaker, int, Hit] | None:
        """ "..., a charge the Islamic Emirate denies", "an allegation Kabul has rejected": who denies what
        the sentence said before; (the denier, where the pointing noun starts, the deny cue)."""
        for cue in sent.cues:
            if cue.kind != "deny" or _in_quote_text(sent.text, cue.start):
                continue
            for m in sent.actors:
                if m.end - sent.start > cue.start or not self._plausible(m) \
                        or not _ECHO_GAP.fullmatch(sent.text, m.end - sent.start, cue.start):
                    continue
                if noun := _ECHO_NOUN.search(sent.text, 0, m.start - sent.start):
                    return _Speaker(m.ref, m.start, m.end), noun.start(), cue
            seat = self._capital(ctx, sent, sent.start + cue.start)  # "..., which Kabul denies"
            if seat and _ECHO_GAP.fullmatch(sent.text, seat.end - sent.start, cue.start) \
                    and (noun := _ECHO_NOUN.search(sent.text, 0, seat.start - sent.start)):
                return seat, noun.start(), cue
        return None

    def _echo_claims(self, ctx: DocContext, sent: Sentence, echo: tuple[_Speaker, int, Hit], props) -> list[Claim]:
        who, at, cue = echo
        earlier = [p for cs, _, p, _ in props if cs < at]
        if earlier:
            prop = Proposition(earlier[-1].kind, "deny", [x for x in earlier[-1].subjects if x.family != who.ref.family])
        else:
            prop = self.proposition(ctx, sent, 0, at, who.ref, deny_cue=True)
        if prop is None:
            return []
        return [self._claim(ctx, sent, who, prop, cue.text, _strip(sent, at, len(sent.text)), (0, at))]

    def _next_speaker(self, ctx: DocContext, sent: Sentence, cue: Hit) -> tuple[Hit, _Speaker] | None:
        """When the first cue's speaker is unnamed ("sources said"), a later speech verb with a named
        subject of its own carries the sentence."""
        for later in sent.cues:
            if later.start <= cue.start or not self._verb_cue(sent.text, later) or _in_quote_text(sent.text, later.start):
                continue
            own = [m for m in sent.actors if sent.start + cue.end <= m.start and m.end <= sent.start + later.start
                   and _ADJACENT.fullmatch(sent.text, m.end - sent.start, later.start)
                   and self._plausible(m) and not _quoted_name(sent, m)]
            if own:
                return later, _Speaker(own[-1].ref, own[-1].start, own[-1].end)
        return None

    def _blamed(self, ctx: DocContext, sent: Sentence, cue: Hit, speaker: _Speaker) -> tuple | None:
        """ "X blamed the attack on Y": X says Y did it (Y an armed group, else a state or force)."""
        if not cue.text.lower().startswith("blame"):
            return None
        if (held := _BLAMED_FOR.match(sent.text, cue.end)) and \
                (named := self._subjects(ctx, sent, cue.end, held.end(1), speaker.ref)
                 or _agents(sent, cue.end, held.end(1), speaker.ref, any_next=True)):
            return cue.end, len(sent.text), Proposition("responsibility", "affirm", named), None  # "blamed X for the attack"
        if not (on := _BLAMED_ON.match(sent.text, cue.end)):
            return None
        subjects = self._subjects(ctx, sent, on.end(), len(sent.text), speaker.ref) \
            or _agents(sent, on.end(), len(sent.text), speaker.ref, any_next=True)
        if not subjects:
            return None
        return on.end(), len(sent.text), Proposition("responsibility", "affirm", subjects), None

    def _claiming_group(self, ctx: DocContext, sent: Sentence, only: Hit | None) -> tuple[Hit, _Speaker] | None:
        """ "it claimed a bombing", "the group claimed that attack as well": a pronoun or "the group" claiming
        an act is the armed group named last (`only`: the one cue allowed, when the sentence has a speaker)."""
        for cue in ([only] if only is not None else sent.cues):
            if cue.kind != "assert" or not cue.text.lower().startswith("claim") or _in_quote_text(sent.text, cue.start):
                continue
            who = _CLAIMER.search(sent.text, max(0, cue.start - 48), cue.start)
            if who is None or not (_CLAIMED_BACK.match(sent.text, cue.end) or _CLAIMED_ACT.match(sent.text, cue.end)):
                continue
            if any(sent.start + who.start() <= m.start < sent.start + cue.start for m in sent.actors):
                continue  # a name of its own between: "it said the TTP claimed"
            prior = ctx.last_actor(sent.start + who.start(), non_state=True)
            if prior is None or prior.ref.kind != "group":
                continue
            return cue, _Speaker(replace(prior.ref, surface=who.group(1)), sent.start + who.start(1), sent.start + who.end(1))
        return None

    def _co_claims(self, ctx: DocContext, sent: Sentence, found: list[Claim]) -> list[Claim]:
        """ "...; ISKP claimed that attack too", "both JuA and the Islamic State claimed that attack": every armed
        group named as the subject of a later "claimed <the act>" claims it, besides the sentence's speaker."""
        if not any(c.kind == "assert" and c.text.lower().startswith("claimed") for c in sent.cues) \
                or not self.r.search(sent, "claimed_object"):
            return []  # no "claimed" cue (checked first: cheaper than the search)
        done = {c.speaker.name for c in found if c.kind == "responsibility"}
        out = []
        for cue in sent.cues:
            if cue.kind != "assert" or not cue.text.lower().startswith("claimed") or _in_quote_text(sent.text, cue.start) \
                    or not (_CLAIMED_BACK.match(sent.text, cue.end) or _CLAIMED_ACT.match(sent.text, cue.end)):
                continue
            for m in self._claim_subjects(sent, cue):
                if m.ref.name not in done:
                    done.add(m.ref.name)
                    who = _Speaker(m.ref, m.start, m.end)
                    prop = Proposition("responsibility", "affirm", [m.ref])
                    out.append(self._claim(ctx, sent, who, prop, cue.text, _strip(sent, m.start - sent.start, len(sent.text)),
                                           (0, len(sent.text))))
        return out

    @staticmethod
    def _claim_subjects(sent: Sentence, cue: Hit) -> list:
        """The armed groups that are the subject right before `cue`, coordinated ones included ("both A and B")."""
        at, out = sent.start + cue.start, []
        for m in reversed(sent.actors):
            if m.end > at:
                continue
            gap = _CLAIM_GAP if not out else _COORDINATED
            if not (m.non_state and m.ref.kind == "group" and gap.fullmatch(sent.text, m.end - sent.start, at - sent.start)):
                break
            out.append(m)
            at = m.start
        return out[::-1]

    def _group_claim(self, ctx: DocContext, sent: Sentence, cue: Hit, speaker: _Speaker) -> Proposition | None:
        """ "IS claimed a minibus explosion", "which ISKP also claimed": an armed group claiming an act."""
        if not cue.text.lower().startswith("claim") and "responsib" not in cue.text.lower() \
                or not ctx.is_non_state(speaker.ref.name):
            return None
        if not self.r.search(sent, "claimed_object") and not self.communique.search(sent.text, cue.start) \
                and not _CLAIMED_BACK.match(sent.text, cue.end):
            return None  # "ISKP claimed responsibility."; "The BLA claimed both." points back to the acts
        return Proposition("responsibility", "affirm", [speaker.ref])

    def _propositions(self, ctx: DocContext, sent: Sentence, start: int, end: int, speaker: ActorRef,
                      deny_cue: bool) -> list[tuple[int, int, Proposition, _Speaker | None]]:
        """(clause start, end, proposition, its own speaker or None for the sentence's speaker)."""
        out: list[tuple[int, int, Proposition, _Speaker | None]] = []
        seen: set[tuple] = set()
        held: _Speaker | None = None  # a nested speaker goes on over the clauses after it
        rebutted: int | None = None  # the index in `out` of a denial that only points back at a claim
        for i, (cs, ce) in enumerate(self._clauses(sent.text, start, end)):
            who, ps, deny = self._nested(ctx, sent, start, cs, ce, speaker) if i else self._inner(ctx, sent, cs, ce, deny_cue)
            held = who = who or held
            ref = who.ref if who else speaker
            raw = self.proposition(ctx, sent, ps, ce, ref, deny_cue=deny)
            prop = self._complete(sent, ps, ce, raw, deny, [p for _, _, p, _ in out])
            if raw is None and prop is not None:
                rebutted = len(out)  # "rejected the accusation": the claim read before, denied
            elif prop is not None and rebutted is not None and rebutted < len(out) and who is None \
                    and out[rebutted][2].polarity == prop.polarity:
                del out[rebutted]  # "rejects the accusation and says it allows no one ...": the words said replace it
                rebutted = None
            props = [prop] if prop else []
            if prop and prop.kind == "presence" and _FROM_LAND.search(sent.text, ps, ce):
                props.append(replace(prop, kind="territory_use"))  # "no groups operate in or from Afghan territory"
            if prop and prop.kind == "strength" \
                    and (num := self.r.search_in(sent, "kind:strength", self._strength, ps, ce)) \
                    and (where := self._site(sent, ps + num.end(), ce) or self._site(sent, ps, ps + num.start())):
                props.append(replace(prop, kind="presence", number=None))  # "5,000 fighters operate in Kunar": where they are too
            if prop and prop.kind != "origin" and _FOREIGN_APPOSITIVE.search(sent.text, ps, ce):
                props.append(Proposition("origin", "deny", list(prop.subjects)))  # "50 militants, most of them foreigners, ...": where they come from too
            props.extend(self._relative_props(ctx, sent, ps, ce, ref, deny, props))
            for prop in props:
                key = (ref.name, prop.kind, prop.polarity, tuple(x.name for x in prop.subjects))
                if key not in seen:
                    seen.add(key)
                    out.append((cs, ce, prop, who))
        return out

    def _site(self, sent: Sentence, lo: int, hi: int) -> re.Match[str] | None:
        """The first presence word in sent.text[lo:hi] past a bare "there are" ("there are 40 camps ...")."""
        where = self.r.search_in(sent, "kind:presence", self.presence, lo, hi)
        if where is not None and _WEAK_PRESENCE.fullmatch(where.group(0)):
            where = self.presence.search(sent.text[lo:hi], where.end())
            where = None if where is None or _WEAK_PRESENCE.fullmatch(where.group(0)) else where
        return where

    def _relative_props(self, ctx: DocContext, sent: Sentence, ps: int, ce: int, speaker: ActorRef, deny: bool,
                        props: list[Proposition]) -> list[Proposition]:
        """ "attacks by the TTP, whose leaders and 5,000 fighters enjoy sanctuary across the border": an aside
        about the group named before it says something of its own about that group (and a number of its
        fighters is a strength claim besides)."""
        if not _RELATIVE_CLAUSE.search(sent.text, ps, ce):
            return []
        out: list[Proposition] = []
        for rel in _RELATIVE_CLAUSE.finditer(sent.text, ps, ce):
            at = sent.start + rel.start()
            head = next((m for m in sent.actors if at - 2 <= m.end <= at and m.non_state
                         and m.ref.kind == "group" and m.ref.family != speaker.family), None)
            if head is None:
                continue
            inner = self.proposition(ctx, sent, rel.start() + 1, ce, speaker, deny_cue=deny)
            if inner is None or inner.kind == "responsibility":
                continue
            found = [inner]
            number = self.r.search_in(sent, "kind:strength", self._strength, rel.start(), ce)
            if inner.kind != "strength" and number:
                found.append(Proposition("strength", inner.polarity, [], self.r.numbers.parse(number.group(0))))
            elif inner.kind == "strength" and number:  # "whose 3,000 fighters are based in ...": where they are too
                other = self._kind_outside(sent.text[rel.start():ce], number.start(), number.end())
                if other and other[0] in ("presence", "territory_use"):
                    found.append(Proposition(other[0], inner.polarity, []))
            for prop in found:
                prop.subjects = [head.ref]
                if not any((p.kind, p.polarity) == (prop.kind, prop.polarity) for p in [*props, *out]):
                    out.append(prop)
        return out

    def _complete(self, sent: Sentence, ps: int, ce: int, prop: Proposition | None, deny: bool,
                  earlier: list[Proposition]) -> Proposition | None:
        """Fill a clause's proposition from what came before it, or drop it when it claims nothing of anyone."""
        if prop is None and (deny or self.falsified.search(sent.text, ps, ce)):
            prop = self._rebuttal(sent, ps, earlier)
        if prop and prop.kind == "responsibility" and not prop.subjects:
            prop.subjects = self._earlier_agents(sent, ps, ce)
        if prop and not prop.subjects and earlier and _PRONOUN.match(sent.text, ps):
            prop.subjects = list(earlier[-1].subjects)  # "..., while claiming they are not ...": the same group
        if prop and _subjectless_denial(prop, sent.text[ps:ce], self.finding_groups):
            return None
        if prop and prop.kind == "strength" and not prop.subjects and _GROUPS_BACK.search(sent.text, ps, ce):
            return None  # "each of the two groups has 300 fighters": whose numbers the words do not say
        if prop and prop.kind == "responsibility" and ((not prop.subjects and _UNNAMED_AGENT.search(sent.text, ps, ce))
                                                       or _DUTY.search(sent.text, ps, ce)):
            return None  # "vowed that those responsible would be punished": no one named; "security was their responsibility"
        if prop and prop.kind == "capability" and prop.polarity == "affirm" and not prop.subjects \
                and not self.finding_groups.search(sent.text, ps, ce) and not _ARMED_PLURAL.search(sent.text, ps, ce):
            return None  # "Pakistan remains firm in its commitment": a strength of no armed group
        if prop and prop.kind == "presence" and not prop.subjects and (found := self.presence.search(sent.text, ps, ce)) \
                and (_THERE_IS.fullmatch(found.group(0)) or _AFFILIATION.fullmatch(found.group(0))) \
                and not self.finding_groups.search(sent.text, ps, ce) and not _ARMED_PLURAL.search(sent.text, ps, ce):
            return None  # "there is no common ground", "among the dead were members of the police": no armed group
        if prop and prop.kind == "presence" and not prop.subjects and (_DESCRIBED_BASE.search(sent.text, ps, ce)
                                                                      or _TIES.search(sent.text, ps, ce)) \
                and not self.finding_groups.search(sent.text, ps, ce):
            return None  # "Tolo News, which is based in Afghanistan": where someone is, said in passing
        return prop

    def _earlier_agents(self, sent: Sentence, start: int, end: int) -> list[ActorRef]:
        """ "the strikes hit ...": a definite act names no agent; the last responsibility claim's does."""
        if not _DEFINITE_ACT.search(sent.text, start, end):
            return []
        if self._prior is None or sent.index - self._prior[0] > 3 or self._prior[1].kind != "responsibility":
            return []
        return list(self._prior[1].subjects)

    def _according(self, ctx: DocContext, sent: Sentence, cs: int, ce: int) -> tuple[_Speaker, int, bool] | None:
        """ "..., yet according to the UN report, ISIS has grown": the clause is the report's."""
        cue = next((m for m in sent.cues if cs <= m.start < cs + 12
                    and m.text.lower().startswith("according to")), None)
        who = self._speaker(ctx, sent, cue, None) if cue else None
        if who is None:
            return None
        comma = sent.text.find(",", cue.end, ce)
        return who, (comma + 1 if comma > 0 else cue.end), False

    def _rebuttal(self, sent: Sentence, at: int, earlier: list[Proposition]) -> Proposition | None:
        """ "the Taliban rejected the claim": the denial takes the kind and subjects of the claim it points at."""
        if not _POINTER.match(sent.text, at):
            return None
        if earlier:
            return Proposition(earlier[-1].kind, "deny", list(earlier[-1].subjects))
        if self._prior is None or sent.index - self._prior[0] > 3:
            return None
        return Proposition(self._prior[1].kind, "deny", list(self._prior[1].subjects))

    def _nested(self, ctx: DocContext, sent: Sentence, start: int, cs: int, ce: int,
                speaker: ActorRef) -> tuple[_Speaker | None, int, bool]:
        """A clause with its own speech verb ("even though the Taliban assert that ...") has its own speaker."""
        if found := self._according(ctx, sent, cs, ce):
            return found
        cue = next((m for m in sent.cues if cs <= m.start < ce and self._verb_cue(sent.text, m)
                    and not _in_quote_text(sent.text, m.start)), None)
        if cue is None or _HE_SAID.search(sent.text, cs, cue.start):
            return None, cs, False  # "..., a concern she said had been raised": the speaker's own aside
        own = [m for m in sent.actors if sent.start + cs <= m.start and m.end <= sent.start + cue.start
               and self._plausible(m) and not _quoted_name(sent, m)]
        if not own and cue.text.lower().endswith("ing") and speaker.kind in ("body", "research", "state"):
            own = [m for m in sent.actors if sent.start + start <= m.start < sent.start + cs  # the report's subject
                   and m.ref.kind not in ("body", "research", "civilians")][:1]
        if not own:
            return None, cs, False
        pick = next((m for m in reversed(own) if m.ref.kind == "person"), own[-1])
        return _Speaker(pick.ref, pick.start, pick.end), cue.end, cue.kind == "deny"

    def _inner(self, ctx: DocContext, sent: Sentence, cs: int, ce: int, deny_cue: bool) -> tuple[_Speaker | None, int, bool]:
        """ "Asif added that the Afghan authorities had said they would not ...": the reported words are theirs."""
        m = _INNER.match(sent.text, cs, ce)
        if m is None:
            return None, cs, deny_cue
        at = sent.start + m.end()
        who = next((a for a in sent.actors if a.start == at and self._plausible(a)), None)
        if who is None:
            return None, cs, deny_cue
        cue = next((c for c in sent.cues if c.kind != "phrase" and (gap := _VERB_AFTER.fullmatch(sent.text, who.end - sent.start, c.start))), None)
        if cue is None or not (gap.group(1) or _THAT.match(sent.text, cue.end)):  # "had said", "said that"; not "ISKP maintains camps"
            return None, cs, deny_cue
        return _Speaker(who.ref, who.start, who.end), cue.end, cue.kind == "deny"

    def _clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        bounds, cursor = [], start
        for m in self.clauses.finditer(text, start, end):
            if not _in_quote_text(text, m.start()):
                bounds.append((cursor, m.start()))
                cursor = m.end()
        bounds.append((cursor, end))
        out = []
        for a, b in bounds:  # "that once ISIS-K had been defeated, the group set up bases": two propositions
            lead = _LEAD_CLAUSE.match(text, a, b)
            out.extend([(a, lead.end() - 1), (lead.end(), b)] if lead else [(a, b)])
        return [(a, b) for a, b in out if b - a > 3]

    def _claims(self, ctx: DocContext, sent: Sentence, speaker: _Speaker, props, cue: str | None) -> list[Claim]:
        props = [split for item in props for split in self._respectively(sent, item)]
        whole = len(props) == 1
        out = []
        for cs, ce, prop, own in props:
            span = (sent.start, sent.end) if whole else _strip(sent, cs, ce)
            out.append(self._claim(ctx, sent, own or speaker, prop, cue, span, (cs, ce)))
        ids = [c.id for c in out]
        for c in out:
            if ids.count(c.id) > 1:  # one span, several subjects ("... respectively"): the subject tells them apart
                c.id = "cl_" + make_id(c.document_id, c.span.start, c.span.end, c.kind, c.polarity,
                                       *(x.name for x in c.subjects))
        return out

    def _respectively(self, sent: Sentence, item: tuple) -> list[tuple]:
        """ "LeT and JeM had 800 and 200 fighters respectively": one strength claim per group, with its number."""
        cs, ce, prop, own = item
        if prop.kind != "strength" or len(prop.subjects) < 2 or not _RESPECTIVELY.search(sent.text, cs, ce):
            return [item]
        numbers = [self.r.numbers.quantity(m) for m in self.r.numbers.pattern.finditer(sent.text, cs, ce)]
        if len(numbers) != len(prop.subjects):
            return [item]
        return [(cs, ce, replace(prop, subjects=[subject], number=number), own)
                for subject, number in zip(prop.subjects, numbers)]

    def _cue(self, sent: Sentence) -> Hit | None:
        if not sent.cues:
            return None
        names = [(a.start - sent.start, a.end - sent.start) for a in sent.actors]
        cues = [m for m in sent.cues if not _in_quote_text(sent.text, m.start) and not self._blocked(sent.text, m)
                and not any(s <= m.start < e for s, e in names)]
        if not cues:
            return None
        comm = self.r.search(sent, "communique")
        if comm:
            later = [m for m in cues if m.start >= comm.start()]
            cues = later or cues
        if cues[0].kind == "phrase" and _CIRCUMSTANCE.match(cues[0].text):
            verbs = [m for m in cues[1:] if m.kind != "phrase"]  # "In a statement, the military said"
            return verbs[0] if verbs else cues[0]
        return cues[0]

    def _verb_cue(self, text: str, cue: Hit) -> bool:
        """A speech verb, not a noun: "the Taliban claim that" is one, "the claim that" is not."""
        if cue.kind == "phrase" and not cue.text.lower().endswith(" that"):
            return False
        return not self._blocked(text, replace(cue, kind="assert"))

    def _blocked(self, text: str, cue: Hit) -> bool:
        if cue.kind == "phrase":
            return False
        if _NEGATED_CUE.search(text, max(0, cue.start - 24), cue.start):
            return True  # "Pakistan did not claim responsibility": no one asserts anything
        if cue.text.lower() == "called" and _NAMING.search(text, 0, cue.start):
            return True  # "the group's affiliate, called IS-K", "the so-called caliphate": a name, not speech
        if _IMPERSONAL.search(text, max(0, cue.start - 24), cue.start):
            return True  # "It should be noted that officials maintain ...": the writer's aside; the next verb speaks
        before = text[max(0, cue.start - 20):cue.start].split()
        return bool(before) and before[-1].lower() in self.r.cue_blockers

    def _continued_quote(self, ctx: DocContext, sent: Sentence, last) -> tuple[list[Claim], _Speaker | None]:
        """A sentence right after attributed speech goes on with it: a quotation, or a report's findings."""
        quoted = sent.text[:1] in _QUOTES or _opens_inside(sent.text)
        if not (last and sent.index - last[0] <= 1 and (quoted or self._continues_report(sent, last[1]))):
            last, quoted = (self._report if self._report and sent.index - self._report[0] <= 3 and self._finding(sent)
                            else None), False
        if last is None:
            return [], None
        props = self._propositions(ctx, sent, 0, len(sent.text), last[1].ref, deny_cue=False)
        return self._claims(ctx, sent, last[1], props, None), (last[1] if props or quoted else None)  # a quotation goes on

    def _continues_report(self, sent: Sentence, speaker: _Speaker) -> bool:
        """Unquoted follow-on sentences count for reports and governments when they name an armed group."""
        if speaker.ref.kind not in ("body", "research", "state"):
            return False
        return any(m.non_state for m in sent.actors) or bool(self.r.search(sent, "reported"))

    def _finding(self, sent: Sentence) -> bool:
        """A report summary goes on over unattributed sentences about armed groups ("Al-Qaida still ...")."""
        return any(m.non_state for m in sent.actors) or bool(self.finding_groups.search(sent.text)) \
            or bool(self.r.search(sent, "reported"))

    # ---------------------------------------------------------------- proposition
    def _prop_bounds(self, sent: Sentence, cue: Hit, speaker: _Speaker) -> tuple[int, int]:
        if cue.text.lower().startswith("according to") and len(sent.text[:cue.start].split()) >= 4:
            return 0, cue.start  # "ISKP is active in Kunar, according to the report"
        after = sent.text[cue.end:]
        if (lead := _lead_proposition(sent, cue, speaker)) is not None:
            return 0, lead  # "Several companies supply ISKP, Bortnikov said at a meeting"
        if _RAISING.search(sent.text, 0, cue.start) and re.match(r"\s+to\b", after):
            return 0, len(sent.text)  # "The JeM was reported to keep camps": the subject comes before the cue
        if len(after.split()) >= 3 and not (speaker.start - sent.start >= cue.end and len(after.split()) < 8):
            start = max(cue.end, speaker.end - sent.start) if speaker.start - sent.start >= cue.end else cue.end
            if circ := _CIRCUMSTANCE_THAT.match(sent.text, start):
                start = circ.end()  # "said in a television interview after the attack that ...": what follows "that"
            return start, len(sent.text)
        return 0, max(0, min(cue.start, speaker.start - sent.start) if speaker.start >= sent.start else cue.start)

    def proposition(self, ctx: DocContext | None, sent: Sentence, start: int, end: int, speaker: ActorRef,
                    deny_cue: bool) -> Proposition | None:
        start = _skip_space(sent.text, start, end)  # kind patterns anchored at the clause start ("Pakistan of bombing ...")
        text, removed, found = sent.text[start:end], (), None
        if (bare := _dequoted(text)) is not None:  # 'had "nothing to do" with it': the words, not the marks
            found = next(((k, m) for k, pattern in self._quick_kinds if (m := pattern.search(bare[0]))), None)
            text, removed = bare if found is not None else (text, ())
        found = found or next(((k, m) for k, pattern, name in self._kinds
                               if (m := self.r.search_in(sent, name, pattern, start, end))), None)
        if found is None:
            return None
        kind, cue = found
        r, plain = self.r, not removed  # plain: `text` is the clause as written, which the sentence's prefilters know

        def capability() -> re.Match[str] | None:  # self._capability(text), through the prefilter where it can
            return r.search_in(sent, "kind:capability", self._capability_kind, start, end) if plain else self._capability(text)

        if (rel := _RELATIVE_CLAUSE.search(text)) and rel.start() <= cue.start() < rel.end() \
                and (main := self._kind_outside(text, rel.start(), rel.end())):
            kind, cue = main  # "played down the strength of X, which has targeted ...": the aside sets no kind
        if kind == "presence" and _AFFILIATION.fullmatch(cue.group(0)) and (able := capability()) \
                and able.start() < cue.start():
            kind, cue = "capability", able  # "prepared an assault ... with members of IS": what they can do
        if kind == "responsibility" and (duty := _OBLIGATION.search(text)) and duty.start() <= cue.start() < duty.end() \
                and (main := self._kind_outside(text, duty.start(), duty.end())):
            kind, cue = main  # "expects Kabul to fulfil its responsibilities and stop ...": a duty, no one blamed
        if kind == "responsibility" and (link := self.territory_links.search(text)):
            kind, cue = "territory_use", link  # "the attack had nothing to do with Afghanistan"
        if kind == "presence" and _WEAK_PRESENCE.fullmatch(cue.group(0)) and (able := capability()):
            kind, cue = "capability", able  # "no other groups have got hold of the weapons": what they can do
        if kind == "territory_use" and _ATTACKS_ON.match(cue.group(0)) and not _USE_WORDS.search(text) \
                and (able := capability()):
            kind, cue = "capability", able  # "stepped up its attacks in Pakistan": what it does, not whose land
        if kind == "territory_use" and self.land_words.fullmatch(cue.group(0)) and not self.territory_acts.search(text) \
                and (count := self._strength.search(text)):
            kind, cue = "strength", count  # "the TTP had 5,000 fighters on Afghan soil": how many, not whose land
        if kind == "territory_use" and self.land_words.fullmatch(cue.group(0)) \
                and (here := r.search_in(sent, "kind:presence", self.presence, start, end) if plain else self.presence.search(text)) \
                and not self.territory_acts.search(text):  # self._mere_land(text, cue), the presence word searched once
            kind, cue = "presence", here  # "TTP operates on Afghan soil"
        if kind in ("presence", "responsibility") and not self.communique.search(text) \
                and (weak := self.capability_deny.search(text)) and not _SOFT_DENY.match(weak.group(0)) \
                and not self.negation.search(text[:weak.start()][-12:]) \
                and not (kind == "presence" and self.sites.fullmatch(cue.group(0)) and weak.start() > cue.end()):
            kind, cue = "capability", weak  # "activities ... brought under control", "attacks by X have fallen"
        scope = text[max(0, cue.start() - 60):cue.end() + 30]
        if kind == "capability" and (weak := self.capability_deny.search(text, cue.end())) and weak.start() - cue.end() < 40:
            scope = text[max(0, cue.start() - 60):weak.end()]  # "the capacity of Daesh had been greatly reduced"
        polarity = "deny" if self.falsified.search(text) else self._polarity(kind, scope, deny_cue)
        if kind == "territory_use" and polarity == "affirm" and self.territory_deny.search(text):
            polarity = "deny"  # "would permit neither X nor any group to threaten others from its soil"
        if polarity == "deny" and not deny_cue and _implied_act(text[:cue.end()]):
            polarity = "affirm"
        subjects = self._subjects(ctx, sent, start, end, speaker)
        toll = kind == "strength" and _TOLL.search(text) is not None
        if toll:  # "said 200 militants had been neutralised": the speaker's side claims a toll, not a strength
            kind, subjects = "responsibility", []
        if kind == "responsibility" and not subjects:
            own_denial = polarity == "deny" and speaker.kind in ("state", "force") \
                and not _THIRD_PERSON.match(text)  # "Kyiv rejected any role in it"; not "said he was not involved"
            cue_end = start + _undo_dequote(cue.end(), removed)
            subjects = _agents(sent, start, cue_end, speaker) \
                or ([speaker] if speaker.kind == "group" or own_denial else []) \
                or _agents(sent, start, cue_end, speaker, own=True)  # "our forces had taken 25 posts"
            if not subjects and toll and speaker.kind in ("state", "force"):
                subjects = [speaker]
        if kind == "capability" and not subjects and ctx is not None and (it := _BEATEN_IT.search(text)):
            prior = ctx.topic_actor(sent.start + start + it.start(), exclude_family=speaker.family)
            subjects = [replace(prior.ref, surface=it.group(1))] if prior else []  # "claims to have contained it"
        number = self.r.numbers.parse(text) if kind == "strength" else None
        return Proposition(kind, polarity, subjects, number)

    def _kind_outside(self, text: str, lo: int, hi: int) -> tuple[str, re.Match[str]] | None:
        """The first kind whose word stands outside text[lo:hi] (a relative clause)."""
        masked = text[:lo] + " " * (hi - lo) + text[hi:]
        return next(((k, m) for k, pattern, _ in self._kinds if (m := pattern.search(masked))), None)

    def _capability(self, text: str) -> re.Match[str] | None:
        return next((pattern.search(text) for k, pattern, _ in self._kinds if k == "capability"), None)

    def _mere_land(self, text: str, cue: re.Match[str]) -> bool:
        """A land word with presence words and no use of the land: being there, not acting from there."""
        return bool(self.land_words.fullmatch(cue.group(0)) and self.presence.search(text)
                    and not self.territory_acts.search(text))

    def _polarity(self, kind: str, text: str, deny_cue: bool) -> str:
        """Deny when a deny cue governs the clause, or a negation is in scope of the kind word."""
        if deny_cue or kind == "origin" or self.deny_verb.search(text):
            return "deny"
        negated = bool(self.negation.search(self.negation_idioms.sub(" ", text)))
        if kind == "responsibility" and (comm := self.communique.search(text)):
            return "deny" if _NOT_BEFORE.search(text, max(0, comm.start() - 16), comm.start()) else "affirm"
        if kind == "capability" and (weak := self.capability_deny.search(text)):
            if _FAR_FROM.search(text, 0, weak.start()):
                return "affirm"
            return "affirm" if negated and re.search(r"\bnot (?:been )?(?:destroyed|defeated|eliminated)", text) else "deny"
        if kind == "territory_use" and self.territory_deny.search(text):
            return "deny"
        return "deny" if negated else "affirm"

    def _subjects(self, ctx: DocContext | None, sent: Sentence, start: int, end: int, speaker: ActorRef) -> list[ActorRef]:
        lo, hi = sent.start + start, sent.start + end
        refs = [m.ref for m in sent.actors if lo <= m.start < hi and m.non_state and m.ref.family != speaker.family
                and not _COMPARED.search(sent.text, start, m.start - sent.start)]
        if ctx is not None and (lead := self.group_refs.match(sent.text, _skip_space(sent.text, start, end), end)):
            prior = ctx.topic_actor(sent.start + lead.start(), exclude_family=speaker.family)
            if prior and prior.ref.name not in {r.name for r in refs}:  # "The group concentrated on ...": its subject
                refs.insert(0, replace(prior.ref, surface=lead.group(0)))
        if not refs and (head := _parenthetical_head(sent.text, start)) \
                and (named := self._subjects(ctx, sent, 0, head, speaker)):  # "Such groups, he added, are ..."
            return named  # (a head with no group, "Once in Hamburg, police say, they ...": the clause's own words)
        if not refs and ctx is not None:
            m = self.group_refs.search(sent.text, start, end) or _THEY.match(sent.text, start, end) \
                or _THEIR_ACTS.search(sent.text, start, end)
            prior = ctx.topic_actor(sent.start + m.start(), exclude_family=speaker.family) if m else None
            if prior:
                refs = [replace(prior.ref, surface=m.group(0))]
        seen: dict[str, ActorRef] = {}
        for ref in refs:
            if ref.kind == "person" and ctx is not None:  # "its chief Noor Wali Mehsud is based in ...": his group
                if not ref.affiliation or ref.affiliation not in ctx.kb.actors:
                    continue
                ref = ctx.ref(ref.affiliation, ref.surface)
            seen.setdefault(ref.name, ref)
        return list(seen.values())

    # ---------------------------------------------------------------- record
    def _claim(self, ctx: DocContext, sent: Sentence, speaker: _Speaker, prop: Proposition, cue: str | None,
               span: tuple[int, int], bounds: tuple[int, int]) -> Claim:
        when, source = self._date(ctx, sent)
        return Claim(
            document_id=ctx.doc.id, speaker=speaker.ref, kind=prop.kind, polarity=prop.polarity,
            span=Span(*span), quote=ctx.doc.text[span[0]:span[1]], subjects=prop.subjects,
            location=self.location(ctx, sent, *bounds, kind=prop.kind,
                                   subjects=tuple(s.name for s in prop.subjects)), date=when, date_source=source, cue=cue,
            number=prop.number, extractor=self.version)

    def _date(self, ctx: DocContext, sent: Sentence) -> tuple[date | None, str | None]:
        pub = ctx.anchor
        for hit in sent.dates:
            if hit.value and hit.value.precision == "day" and hit.kind in ("weekday", "rel", "mdy", "dmy", "iso"):
                return hit.value.start, "stated"
        if (entry := _timeline_date(ctx, sent)) is not None and (pub is None or entry <= pub):
            return entry, "stated"  # "June 26: Three militants were killed ... Police said ...": the entry's day
        first_cue = min((c.start for c in sent.cues), default=-1)
        for hit in sent.dates:  # "In February, a UN report said": the middle of the month named before the cue
            if hit.value and hit.value.precision == "month" and hit.value.start and hit.end <= first_cue \
                    and (pub is None or hit.value.start <= pub):
                mid = hit.value.start.replace(day=15)
                return min(mid, hit.value.end or mid, pub or mid), "stated"
        if pub:
            return pub, "published"
        if ctx.doc.published:  # read off the URL by the ingest stage
            return ctx.doc.published, "url"
        url_date = ctx.doc.meta.get("url_date") if ctx.doc.meta else None
        return (url_date, "url") if url_date else (None, None)

    def location(self, ctx: DocContext, sent: Sentence, start: int = 0, end: int | None = None,
                 kind: str | None = None, subjects: tuple[str, ...] = ()) -> Location:
        """Where the proposition in sent.text[start:end] is about (see claim_places)."""
        return self.places.location(ctx, sent, start, end, kind, subjects)



def _timeline_date(ctx: DocContext, sent: Sentence) -> date | None:
    """The day heading the paragraph ("July 8: ...") a later sentence of a timeline entry belongs to."""
    para = ctx.doc.text.rfind("\n", 0, sent.start) + 1
    if para >= sent.start or sent.index <= 0:
        return None
    sentences = ctx.sentences
    for i in range(sent.index - 1, -1, -1):  # the sentences before, last first (no copy of the list)
        prev = sentences[i]
        if prev.start < para:
            return None
        if prev.start - para <= 2:
            hit = prev.dates[0] if prev.dates else None
            if hit and hit.start <= 2 and hit.value and hit.value.precision in ("day", "range") \
                    and prev.text[hit.end:hit.end + 1] == ":":
                return hit.value.start
            return None
    return None


def _agents(sent: Sentence, start: int, end: int, speaker: ActorRef, own: bool = False,
            any_next: bool = False) -> list[ActorRef]:
    """A state or authority named before the act ("accused Pakistan of bombing"): the one held responsible."""
    lo, hi = sent.start + start, sent.start + end
    return [m.ref for m in sent.actors if lo <= m.start < hi and m.ref.kind in ("state", "force", "group")
            and (own or m.ref.family != speaker.family) and not _quoted_name(sent, m)
            and (any_next or _AGENT_NEXT.match(sent.text, m.end - sent.start))][:1]


def _lead_proposition(sent: Sentence, cue: Hit, speaker: _Speaker) -> int | None:
    """End of a proposition before ", <speaker> said at/in ..." (the words after the cue are circumstance)."""
    at = speaker.start - sent.start
    if 0 < at < cue.start and (quote := _LEAD_QUOTE.match(sent.text, 0, at)):
        return quote.end(1)  # "'Daesh has no base here,' a Taliban official told the Guardian": the quote is said
    if not 0 < at < cue.start or not _SPEECH_TAIL.match(sent.text, cue.end):
        return None
    head = sent.text[:at].rstrip()
    return len(head) - 1 if head.endswith(",") and len(head.split()) >= 6 else None


def _inserted_head(sent: Sentence, cue: Hit, speaker: _Speaker) -> int | None:
    """End of the clause before an inserted ", <speaker> says," ("X were behind most of them, the report
    says, with ..."): the words before are the speaker's when those after hold no proposition."""
    at = speaker.start - sent.start
    if not 0 < at < cue.start or not sent.text.startswith(",", cue.end):
        return None
    head = sent.text[:at].rstrip()
    if _FRAMING.match(head):  # "Judging by how IS grew, he said, the branch will ...": no clause of its own
        return None
    return len(head) - 1 if head.endswith(",") and len(head.split()) >= 4 else None


_FRAMING = re.compile(r"\W*(?:Judging|Given|Based|Going|As|If|Unless|While|Whilst|Although|Though|Because|Since|"
                      r"Despite|Unlike|Like|After|Before|When|Once|Until|Whether|In (?:view|light) of)\b")


def _subjectless_denial(prop: Proposition, text: str, groups: re.Pattern[str] | Quick) -> bool:
    """ "20 outposts were wiped out": a capability denied of nobody armed is an account of an act, not a claim."""
    return prop.kind == "capability" and prop.polarity == "deny" and not prop.subjects and not groups.search(text) \
        and not _WEAK_PRESENCE.search(text)


_MARK = re.compile("[\"\u201c\u201d]")
_LEAD_QUOTE = re.compile(r"\s*[\"\u201c]([^\"\u201c\u201d]{12,}?[,?!])\s*[\"\u201d]\s*(?:[\w.'-]+\s+){0,5}$")


_UNNAMED_AGENT = Quick(re.compile(r"\b(?:(?:all )?those|whoever|anyone|the people)\s+(?:\w+\s+)?(?:responsible|behind|involved)\b|"
                                  r"\b(?:the|its|their) (?:perpetrators|culprits|attackers)\b", re.I))
_DUTY = Quick(re.compile(r"\b(?:security|protection|safety)\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?responsibility of\b", re.I))
_THEY = re.compile(r"\W{0,3}(?:that\s+)?[Tt]hey\b(?=\s+(?:have|had|are|were|can|cannot|could|no longer|still|do|did)\b)")  # "They have been suppressed"
_HE_SAID = re.compile(r"\b(?:he|she)\s+(?:(?:had|has|also|later)\s+)?$", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\s[^,;]*")  # a non-restrictive aside
_THEIR_ACTS = re.compile(r"\b(?:their|its|those|these)\s+(?:[\w-]+\s+)?(?:attacks|bombings)\b", re.I)  # "to continue those attacks": the group's
_ECHO_NOUN = re.compile(r"(?:[,;:\u2014\u2013]|\s-)\s*(?:(?:(?:an?|the|which|these|those|such|one)\s+)?(?:[\w-]+\s+)?"
                        r"(?:allegations?|charges?|accusations?|claims?|assertions?|suggestions?)\s+(?:that\s+|which\s+)?"
                        r"|(?:something\s+)?which\s+)(?:the\s+)?$", re.I)  # ", which Kabul denies": the clause before
_ECHO_GAP = re.compile(r"(?:\s+(?:in|of)\s+[A-Z][\w-]+)?\s+(?:(?:have|has|had|also|always|consistently|repeatedly|strongly|"
                       r"flatly|long|vehemently|publicly|firmly)\s+){0,3}", re.I)


_INSERTED = re.compile(r"^\W*((?:[\w'-]+\s+){0,5}[\w'-]+),\s*(?:[\w'-]+\s+){1,4}[\w'-]+,?\s*$")


def _parenthetical_head(text: str, start: int) -> int | None:
    """End of the subject before an inserted "he added," ("Such groups, he added, are ..."), or None."""
    m = _INSERTED.match(text[:start]) if start > 0 else None
    return m.end(1) if m else None


def _implied_act(head: str) -> bool:
    """ "violated assurances that X would not ...", "urged Kabul not to let ...": the speaker says it happens."""
    return bool(_BROKEN_PLEDGE.search(head) or _DEMAND.search(head))


def _dequoted(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The clause without the marks of a partial quotation ('had "nothing to do" with it'), and where
    they stood; None when it quotes nothing."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return None
    removed = tuple(m.start() for m in _MARK.finditer(text))
    return _MARK.sub("", text), removed


def _undo_dequote(at: int, removed: tuple[int, ...]) -> int:
    """An offset in the dequoted clause, back in the clause as written."""
    for pos in removed:
        if pos <= at:
            at += 1
    return at


def _is_prose(text: str) -> bool:
    """Headlines and captions (no closing punctuation) carry no attributed claims."""
    return text.rstrip()[-1:] in ".!?\"'\u201d\u2019:)"


def _skip_space(text: str, at: int, end: int | None = None) -> int:
    end = len(text) if end is None else end
    while at < end and text[at].isspace():
        at += 1
    return at


def _strip(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    text = sent.text
    while start < end and not text[start].isalnum() and text[start] not in _QUOTES:
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return sent.start + start, sent.start + end
