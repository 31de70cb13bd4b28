"""Where an incident happened: the most specific place of its sentence (a mixin of EventRules)."""
from __future__ import annotations

import re
from functools import cached_property

from belie.model import Event, Location
from belie.pipeline.context import DocContext, Sentence

__all__ = ["EventPlaces"]

# A country named as who struck or who was hit, not where: "a United States drone strike", "US forces",
# "the Russian embassy staff"; "citizens of Saudi Arabia, Iraq and Egypt", "the embassy of Pakistan".
_STATE_AS_PARTY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:drones?|air ?strikes?|strikes?|missiles?|forces|troops|military|army|jets|warplanes|aircraft"
    r"|embassy|embassies|consulates?|diplomats?|staff|citizens|nationals|soldiers|officials)\b")
_STATE_AS_PARTY_BEFORE = re.compile(
    r"\b(?:citizens|nationals|natives|embassy|embassies|consulates?|diplomats|envoys?|ambassadors?) of\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|\band\b)\s*)*$")
_BARE_CAPITAL = re.compile(r"\b(?:in|at|inside|near|across|around) (?:central |downtown )?the capital\b(?!\s+of\b)|"
                           r"\bin (?:central|downtown) (?:the )?capital\b")

_PROVINCIAL_CAPITAL = re.compile(r"\b(?:in|at|inside|near|outside) (?:the )?provincial capital\b(?!\s+of\b)", re.I)
_THE_PROVINCE = re.compile(r"\b(?:in|across|elsewhere in) the (?:same )?province\b(?!\s+of\b)", re.I)
_ROAD_AFTER = re.compile(r"(?:\s*[–-]\s*[A-Z][\w'-]*)?\s+(?:highway|road|motorway|expressway)\b", re.I)
_ROAD_END_BEFORE = re.compile(r"\b[A-Z][\w'-]*\s*[–-]\s*$")
_ROAD_END_AFTER = re.compile(r"\s*[–-]\s*[A-Z][\w'-]*\s+(?:highway|road|motorway|expressway)\b", re.I)


def _on_road_name(text: str, m) -> bool:
    """ "the Kabul–Jalalabad highway": a town named as one end of a road."""
    return bool(_ROAD_END_AFTER.match(text, m.end) or (_ROAD_END_BEFORE.search(text, max(0, m.start - 30), m.start)
                                                       and _ROAD_AFTER.match(text, m.end)))


DATELINE_PARAGRAPHS = 1  # paragraphs after the dateline's own over which its city places an incident
_KIND_RANK = {"neighbourhood": 0, "border": 1, "district": 2, "city": 3, "admin1": 4, "country": 5}


class EventPlaces:
    """Place rules; expects from EventRules `self.r` (Rules), `self.ev` and the place patterns
    (`capital_of`, `capital_phrase`, `plural_in`, `same_place`) and `_event_view`."""

    def _locations(self, ctx: DocContext, sent: Sentence, earlier: list[Event] = (),
                   home: str | None = None) -> list[Location]:
        """One location per province named (same country); else the locative country; else the country
        whose forces were attacked (`home`); else context."""
        if len(abroad := self._places_abroad(ctx, sent)) > 1:
            return [self._location([p]) for p in abroad[:4]]
        mentions = [m for m in sent.places if (p := ctx.place(m.place_id)) and p.kind != "country"]
        if len(mentions) > 1 and (kept := [m for m in mentions if not _on_road_name(ctx.doc.text, m)]):
            mentions = kept  # "on the Kabul-Jalalabad highway in Laghman province": the ends of the road are not where
        if mentions:
            groups = self._coordinated(ctx, mentions)
            return [self._location(g) for g in groups[:4]]
        if (implied := self._implied_place(ctx, sent, earlier)) is not None:
            return [implied]
        countries = [m for m in sent.places if (p := ctx.place(m.place_id)) and p.kind == "country"]
        located = [m for m in countries if self.r.locative.search(ctx.doc.text[max(0, m.start - 30):m.start])]
        countries = located or [m for m in countries if not self._state_as_party(ctx, m)]
        if located or countries:
            country = ctx.place((located or countries)[0].place_id)
            filed = self._dateline_place(ctx, sent)
            if filed is not None and filed.country == country.id and not self._is_capital(filed):
                return [self._location([filed])]  # "QUETTA, Pakistan - a bomber struck in southwestern Pakistan"
            return [self._location([country])]
        if (country := self._demonym_place(sent)) is not None:
            return [Location(country=country, precision="country")]
        if home:
            return [Location(country=home, precision="country")]
        prev = self._previous_places(ctx, sent)
        if prev:
            return [self._location(prev)]
        filed = self._dateline_place(ctx, sent)
        return [self._location([filed])] if filed is not None else [Location(country=ctx.main_country)]

    def _dateline_place(self, ctx: DocContext, sent: Sentence):
        """ "QUETTA, Pakistan - ...": an incident of the story's lead that names no place of its own happened in
        the city the story was filed from (within DATELINE_PARAGRAPHS paragraphs of the dateline)."""
        first = ctx.lead()
        if first is None or sent.paragraph - first.paragraph > DATELINE_PARAGRAPHS:
            return None
        place = next(iter(ctx.dateline_places(self.dateline)), None)
        return place if place is not None and place.kind not in ("country", "admin1") else None

    def _demonym_place(self, sent: Sentence) -> str | None:
        """ "air raids in two eastern Afghan provinces": the country of the adjective (`demonym_place`)."""
        m = self.demonym_place.search(sent.text)
        return self.demonym_country.get(m.group("demonym")) if m else None

    def _is_capital(self, place) -> bool:
        """A national capital (`capital_of`): where bureaus file from, not only where their stories happen."""
        return place.name.lower() in self._capital_names

    @cached_property
    def _capital_names(self) -> frozenset[str]:
        return frozenset(city.lower() for city in self.capital_of.values())

    def _places_abroad(self, ctx: DocContext, sent: Sentence) -> list:
        """ "the attacks in Iran and Moscow": coordinated places of different countries after a plural noun."""
        text, mentions = ctx.doc.text, [m for m in sent.places if ctx.place(m.place_id) is not None]
        first = next((i for i, m in enumerate(mentions) if self.plural_in.search(text, max(0, m.start - 40), m.start)), None)
        if first is None:
            return []
        chain = [mentions[first]]
        for cur in mentions[first + 1:]:
            if not self.r.coordination.fullmatch(text[chain[-1].end:cur.start]):
                break
            chain.append(cur)
        places = self._places(ctx, chain)
        return places if len({p.country for p in places}) == len(places) else []

    def _implied_place(self, ctx: DocContext, sent: Sentence, earlier: list[Event]) -> Location | None:
        """ "the Afghan capital" -> Kabul; "in the same area" -> the place of the last located incident."""
        if m := self.capital_phrase.search(sent.text):
            place = ctx.kb.resolve_place(self.capital_of[m.group(1).lower()])
            if place is not None:
                return self._location([place])
        if _BARE_CAPITAL.search(sent.text) and (capital := self._capital(ctx)) is not None:
            return self._location([capital])  # "killed by a drone strike in the capital": the story's country's
        if _PROVINCIAL_CAPITAL.search(sent.text) and (province := self._last_province(ctx, sent)) is not None:
            return self._location([province])  # "in the provincial capital": of the province named last
        if (m := _THE_PROVINCE.search(sent.text)) and (province := self._last_province(ctx, sent, sent.start + m.start())):
            return self._location([province])  # "clashes with its members in the province": of the place named last
        if self.same_place.search(sent.text):
            return next((e.location for e in reversed(earlier) if e.location.admin1), None)
        return None

    def _last_province(self, ctx: DocContext, sent: Sentence, before: int | None = None):
        """The province of the place named last before the sentence (before offset `before`, within the last
        few sentences)."""
        lo = ctx.sentences[max(0, sent.index - 4)].start
        before = sent.start if before is None else before
        for m in reversed(ctx.places):
            if m.start >= before:
                continue
            if m.start < lo:
                return None
            place = ctx.place(m.place_id)
            admin1 = place and (place.admin1 or (place.id if place.kind == "admin1" else None))
            if admin1:
                return ctx.place(admin1)
        return None

    def _state_as_party(self, ctx: DocContext, m) -> bool:
        """ "a United States drone strike", "citizens of Iraq": a country named as a party, not as a place."""
        text = ctx.doc.text
        return bool(_STATE_AS_PARTY_AFTER.match(text, m.end)
                    or _STATE_AS_PARTY_BEFORE.search(text, max(0, m.start - 80), m.start))

    def _capital(self, ctx: DocContext):
        """The capital city of the story's country (`capital_of`), or None."""
        if ctx.main_country is None:
            return None
        for city in self.capital_of.values():
            place = ctx.kb.resolve_place(city, country=ctx.main_country)
            if place is not None and place.country == ctx.main_country and place.kind == "city":
                return place
        return None

    def _coordinated(self, ctx: DocContext, mentions: list) -> list[list]:
        """Places joined by "and" / commas are one incident each (one per province); else the first."""
        groups: list[list] = [[ctx.place(mentions[0].place_id)]]
        for prev, cur in zip(mentions, mentions[1:]):
            place = ctx.place(cur.place_id)
            between = ctx.doc.text[prev.end:cur.start]
            if place.admin1 == groups[-1][0].admin1 or place.country != groups[-1][0].country:
                if place.admin1 == groups[-1][0].admin1:
                    groups[-1].append(place)
                continue
            if self.r.coordination.fullmatch(between):
                groups.append([place])
            else:
                break
        return groups

    def _places(self, ctx: DocContext, mentions) -> list:
        return [p for p in (ctx.place(m.place_id) for m in mentions) if p is not None]

    def _previous_places(self, ctx: DocContext, sent: Sentence) -> list:
        """The place of the sentence before, in the same paragraph; for an incident dated in its own words, past
        one that names none ("... attacks in Kabul. On Monday a gunman fired on the embassy, in what Islamabad
        called ... In September a bomber struck")."""
        for back in (1, 2) if sent.dates else (1,):
            if sent.index < back or (prev := ctx.sentences[sent.index - back]).paragraph != sent.paragraph:
                return []
            prev = self._event_view(ctx, prev)  # a dateline or a capital speaking is no place to inherit
            places = self._places(ctx, prev.places)
            local = [p for p in places if p.kind != "country"]
            if local or places:
                return local[:1] or places[:1]
        return []

    def _location(self, places: list) -> Location:
        best = min(places, key=lambda p: _KIND_RANK.get(p.kind, 9))
        admin1 = best.admin1 or (best.id if best.kind == "admin1" else None)
        return Location(country=best.country, admin1=admin1, name=best.name, precision=best.kind,
                        place_id=best.id, lat=best.lat, lon=best.lon)
