"""Ad-hoc claims typed by an analyst (`belie check "TEXT"`), read with the claim rules."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from belie.errors import ClaimParseError
from belie.model import ActorRef, Claim, Span
from belie.pipeline.claims import ClaimRules, Proposition
from belie.pipeline.context import DocContext, Sentence

__all__ = ["QUERY_SPEAKER", "read_claim"]

QUERY_SPEAKER = ActorRef(name="analyst query", kind="query")


def read_claim(ctx: DocContext, claims: ClaimRules, as_of: date | None, version: str) -> Claim:
    """The whole text as one proposition by the analyst; ClaimParseError says what is missing."""
    text = ctx.doc.text
    sent = Sentence(0, 0, len(text), text, [a for s in ctx.sentences for a in s.actors],
                    [p for s in ctx.sentences for p in s.places])
    groups = [a.ref for a in sent.actors if a.non_state]
    prop = claims.proposition(ctx, sent, 0, len(text), QUERY_SPEAKER, deny_cue=False)
    if prop is None and groups and sent.places:
        prop = _presence(claims, sent, groups)  # "ISKP in Kunar": naming a group and a place asserts presence
    generic = not groups and bool(_generic_groups(claims).search(text))
    if prop is None or not (groups or generic):
        understood = {"groups": [g.name for g in groups], "kind": prop.kind if prop else None,
                      "places": [p.place_id for p in sent.places]}
        raise ClaimParseError(text, understood, [m for m, ok in (("group", groups), ("kind", prop)) if not ok])
    return Claim(document_id="adhoc", speaker=QUERY_SPEAKER, kind=prop.kind, polarity=prop.polarity,
                 span=Span(0, len(text)), quote=text, subjects=prop.subjects or groups,  # [] = any armed group
                 location=claims.location(ctx, sent), date=as_of, date_source="stated" if as_of else None,
                 extractor=version, number=prop.number)


def _presence(claims: ClaimRules, sent: Sentence, groups: list[ActorRef]) -> Proposition:
    negated = bool(claims.r.negation.search(sent.text))
    return Proposition("presence", "deny" if negated else "affirm", groups)


@lru_cache(maxsize=4)
def _generic_groups(claims: ClaimRules) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{claims.r.claim_lexicon['generic_groups']})\b", re.I)
