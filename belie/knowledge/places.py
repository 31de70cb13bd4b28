"""Place lookups: names to places, containment, ambiguity resolved by context.

Ids: a country is its ISO 3166-1 code ("AF"), an admin1 its ISO 3166-2 code ("AF-KAB"),
anything below is its parent's id plus a slug ("AF-KAB/kabul", "AF-KAB/kabul/pd12").
"""
from __future__ import annotations

from typing import Iterable, Iterator

from belie.knowledge.records import Place, SurfaceForm, fold_accents, normalize

__all__ = ["PlaceLookups", "KIND_RANK"]

# Default preference between homonyms: a town's name more often means the town than its
# district; a province's name alone ("Kabul") means the city when a city of that name exists
# (say "Kabul province" for the admin1: the word "province" selects it).
KIND_RANK = {"city": 0, "country": 1, "admin1": 2, "district": 3, "neighbourhood": 4, "border": 5}
_KIND_WORDS = {
    "province": "admin1", "provinces": "admin1", "state": "admin1", "region": "admin1", "oblast": "admin1",
    "district": "district", "tribal district": "district", "agency": "district", "tehsil": "district",
    "city": "city", "town": "city", "village": "city",
}


class PlaceLookups:
    """Mixin of KnowledgeBase holding the place index."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: dict[str, Place] = {p.id: p for p in places}
        self._place_index: dict[str, list[str]] = {}
        for place in self.places.values():
            for form in (place.name, *place.aliases):
                self._index_place_form(place, form)

    def _index_place_form(self, place: Place, form: str) -> None:
        ids = self._place_index.setdefault(normalize(form), [])
        if place.id not in ids:
            ids.append(place.id)

    def place(self, place_id: str | None) -> Place | None:
        """The place with this id or bare ISO code ("AF", "AF-KAB")."""
        return self.places.get(place_id) if place_id else None

    def place_candidates(self, surface: str) -> list[Place]:
        """Every place this name may mean ("Kabul province" -> the admin1 only)."""
        key = normalize(surface)
        kind = None
        if key not in self._place_index:
            key, kind = _split_kind_word(key)
        found = [self.places[i] for i in self._place_index.get(key, [])]
        if kind:
            found = [p for p in found if p.kind == kind] or found
        capitalised = surface[:1].isupper()
        return [p for p in found if capitalised or not p.case_sensitive]

    def resolve_place(
        self,
        surface: str,
        *,
        country: str | None = None,
        prefer: str | None = None,
        within: str | None = None,
    ) -> Place | None:
        """The place a name most likely means.

        `country` (ISO alpha-2) and `within` (a place id/code) prefer candidates inside them;
        `prefer` (a kind: "admin1", "city", ...) prefers that kind; otherwise cities beat
        provinces and districts of the same name, then the more populous wins.
        """
        candidates = self.place_candidates(surface) if surface else []
        for keep in (lambda p: p.country == country if country else True,
                     lambda p: self.within(p.id, within) if within else True,
                     lambda p: p.kind == prefer if prefer else True):
            candidates = [p for p in candidates if keep(p)] or candidates
        return min(candidates, key=_place_rank) if candidates else None

    def place_forms(self) -> Iterator[SurfaceForm]:
        """Every name and alias of every place, and each one's plain-letter spelling where it has accents
        ("Jalālābād" is written "Jalalabad" in English text)."""
        for place in self.places.values():
            for text in (place.name, *place.aliases):
                yield SurfaceForm(text, place.id, place.case_sensitive)
                if not text.isascii() and (plain := fold_accents(text)) != text:
                    yield SurfaceForm(plain, place.id, place.case_sensitive)

    def ancestors(self, place_id: str) -> list[str]:
        """The place's id, then each container up to the country."""
        chain: list[str] = []
        current = self.places.get(place_id)
        while current and current.id not in chain:
            chain.append(current.id)
            current = self.places.get(current.parent) if current.parent else None
        return chain or [place_id]

    def within(self, inner: str | None, outer: str | None) -> bool:
        """True when place/code `inner` lies in `outer` (ids or ISO codes; AF-KAB within AF)."""
        if not outer:
            return True
        if not inner:
            return False
        if outer in self.ancestors(inner):
            return True
        return "-" not in outer and inner.split("-")[0].split("/")[0] == outer

    def location_of(self, place_id: str) -> dict[str, object]:
        """Fields of a model.Location for a place: country, admin1, name, precision, coordinates."""
        place = self.places[place_id]
        lat, lon = self.coordinates(place_id)
        return {"country": place.country, "admin1": place.admin1, "name": place.name,
                "precision": place.kind, "place_id": place.id, "lat": lat, "lon": lon}

    def coordinates(self, place_id: str) -> tuple[float | None, float | None]:
        """The place's coordinates, else its nearest container's (a PD takes Kabul's)."""
        for pid in self.ancestors(place_id):
            place = self.places.get(pid)
            if place and place.lat is not None and place.lon is not None:
                return place.lat, place.lon
        return None, None

    def search_places(self, text: str, limit: int = 50) -> list[Place]:
        """Places whose name or alias contains `text` (normalised), exact matches first."""
        needle = normalize(text)
        if not needle:
            return []
        hits = [p for key, ids in self._place_index.items() if needle in key for p in map(self.places.get, ids)]
        unique = {p.id: p for p in hits if p}
        ranked = sorted(unique.values(), key=lambda p: (normalize(p.name) != needle, _place_rank(p)))
        return ranked[:limit]


def _split_kind_word(key: str) -> tuple[str, str | None]:
    for word, kind in sorted(_KIND_WORDS.items(), key=lambda kv: -len(kv[0])):
        if key.endswith(" " + word):
            return key[: -len(word) - 1], kind
        if key.startswith(word + " of "):
            return key[len(word) + 4:], kind
    return key, None


def _place_rank(place: Place) -> tuple[int, int]:
    return (KIND_RANK.get(place.kind, 9), -(place.population or 0))
