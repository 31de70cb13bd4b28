"""Where a claim is about: the place its proposition names, not the speaker's or an attack's target.

"Pakistan's defence minister said Afghan soil is used for attacks on Pakistan" is a claim about
Afghanistan: places in the attribution are the speaker's, a place after a target preposition
("on", "against") is what the attacks aim at, and "Afghan soil" names a country by its adjective.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from belie.model import Location
from belie.pipeline.context import DocContext, Sentence
from belie.pipeline.literals import Quick

__all__ = ["ClaimPlaces"]


_SIDE = r"(?:(?:north|south|east|west|central|eastern|western|northern|southern)[\w-]*\s+)?"  # "in southeastern"
_ACTOR_NEXT = re.compile(r"\s+(?:of\s+\w+ing|(?:(?:had|has|have)\s+)?(?!been\b)\w+ed)\b", re.I)  # "Pakistan had launched"


_FROM_ABROAD = re.compile(r"\bfrom\b[^.;]*$", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s\b")  # "Pakistan's defence minister": the speaker's country, not a topic
_AT_HOME = ("presence", "capability")  # kinds about a group itself: acts and land use say nothing of its home


@dataclass(frozen=True)
class _Candidate:
    rank: int  # 0 a land named by its adjective or tied to an act, 1 after a locative, 2 bare, 3 after a target preposition
    offset: int
    place: object | None  # knowledge-base Place, None for a country named by adjective
    country: str


class ClaimPlaces:
    """Reads a claim's place from its proposition's words (sentence-relative bounds)."""

    def __init__(self, lexicon: dict) -> None:
        lands = lexicon.get("lands") or {}
        self.land_country = {k.lower(): v for k, v in lands.items()}
        names = "|".join(re.escape(k) for k in sorted(lands, key=len, reverse=True)) or r"(?!x)x"
        self.lands = Quick(re.compile(rf"\b({names})\s+(?:{lexicon.get('land_nouns') or '(?!x)x'})\b", re.I))
        self.targets = Quick(re.compile(rf"\b(?:{lexicon.get('place_targets') or '(?!x)x'})\s+(?:the\s+)?{_SIDE}$", re.I))
        self.links = Quick(re.compile(rf"\b(?:{lexicon.get('place_links') or '(?!x)x'})\s+(?:the\s+)?$", re.I))
        self.acts_in = re.compile(r"\b(?:attacks?|strikes?|raids?|assaults?|operations?)\s+(?:\w+\s+){0,2}?(?:in|into|inside)\s+"
                                  rf"(?:the\s+)?{_SIDE}$", re.I)
        self.locatives = re.compile(rf"\b(?:{lexicon.get('place_locatives') or '(?!x)x'})\s+(?:the\s+)?{_SIDE}$", re.I)

    def location(self, ctx: DocContext, sent: Sentence, start: int = 0, end: int | None = None,
                 kind: str | None = None, subjects: tuple[str, ...] = ()) -> Location:
        """The place the words sent.text[start:end] are about, else the home country its armed groups
        share (when the document names it), else the document's main country."""
        end = len(sent.text) if end is None else end
        found = self._candidates(ctx, sent, start, end, kind)
        if not found:  # places outside the proposition are the speaker's ("Pakistan's minister said")
            country = (_home(ctx, subjects) if kind in _AT_HOME else None) or ctx.main_country
            return Location(country=country, precision="country" if country else None)
        return _location(_pick(found)) if not _spread(found) else Location(country=_spread(found), precision="country")

    def _candidates(self, ctx: DocContext, sent: Sentence, start: int, end: int, kind: str | None) -> list[_Candidate]:
        out = [_Candidate(0, m.start(), None, self.land_country[m.group(1).lower()])
               for m in self.lands.finditer(sent.text, start, end)]
        for mention in sent.places:
            at = mention.start - sent.start
            if start <= at < end and (place := ctx.place(mention.place_id)) is not None:
                rank = self._rank(sent.text[max(0, at - 30):at])
                if kind == "responsibility":  # where the act hit counts, the state that acted does not
                    rank = 3 if _ACTOR_NEXT.match(sent.text, mention.end - sent.start) else min(rank, 1 + (rank == 2))
                if kind == "capability" and rank == 3 and self.acts_in.search(sent.text[max(0, at - 40):at]):
                    rank = 1  # "stepped up its attacks in Pakistan": where the group shows what it can do
                if kind == "origin" and _FROM_ABROAD.search(sent.text, max(start, at - 70), at):
                    continue  # "came to Afghanistan from a camp in Mastung": where the violence came from is not P
                if rank < 3 or kind != "territory_use":  # the target of cross-border attacks is not the host
                    out.append(_Candidate(rank, at, place, place.country))
        return out

    def _rank(self, before: str) -> int:
        if self.links.search(before):
            return 0
        if self.targets.search(before):
            return 3
        return 1 if self.locatives.search(before) else 2


def _spread(found: list[_Candidate]) -> str | None:
    """ "sleeper cells in Nuristan, Badghis, Baghlan ...": three or more provinces of one country name no one
    province; the claim is about the country."""
    provinces = {getattr(c.place, "admin1", None) for c in found if c.place is not None and c.rank <= 2}
    provinces.discard(None)
    countries = {c.country for c in found}
    return countries.pop() if len(provinces) >= 3 and len(countries) == 1 else None


def _home(ctx: DocContext, subjects: tuple[str, ...]) -> str | None:
    """The one home country of the armed groups a claim is about ("ISKP is growing": Afghanistan), when the
    document names it as a place."""
    homes = {getattr(ctx.kb.actor(name), "country", None) for name in subjects}
    home = homes.pop() if len(homes) == 1 else None
    named = home is not None and any(getattr(ctx.place(p.place_id), "country", None) == home
                                     and not _POSSESSIVE.match(ctx.doc.text, p.end) for p in ctx.places)
    return home if named else None  # a home the document never names as a place is not what it is about


def _pick(found: list[_Candidate]) -> _Candidate:
    best = min(found, key=lambda c: (c.rank, c.offset))
    if best.place is None or getattr(best.place, "kind", None) != "country":
        return best
    finer = [c for c in found if c.place is not None and c.country == best.country and c.rank <= 2
             and getattr(c.place, "kind", None) != "country"]
    return min(finer, key=lambda c: c.offset) if finer else best


def _location(c: _Candidate) -> Location:
    if c.place is None:
        return Location(country=c.country, precision="country")
    place = c.place
    admin1 = place.admin1 or (place.id if place.kind == "admin1" else None)
    return Location(country=place.country, admin1=admin1 if place.kind != "country" else None, name=place.name,
                    precision=place.kind, place_id=place.id)
