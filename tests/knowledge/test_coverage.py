"""Coverage of the packaged knowledge data: Afghan districts, admin1 of cities abroad, capitals, the generated CSV."""
from __future__ import annotations

import csv
import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from belie.knowledge import KnowledgeBase
from belie.knowledge.records import normalize

ROOT = Path(__file__).resolve().parents[2]
AF_PROVINCES = ["AF-BDS", "AF-BDG", "AF-BGL", "AF-BAL", "AF-BAM", "AF-DAY", "AF-FRA", "AF-FYB", "AF-GHA", "AF-GHO", "AF-HEL",
                "AF-HER", "AF-JOW", "AF-KAB", "AF-KAN", "AF-KAP", "AF-KHO", "AF-KNR", "AF-KDZ", "AF-LAG", "AF-LOG", "AF-NAN",
                "AF-NIM", "AF-NUR", "AF-PKA", "AF-PIA", "AF-PAN", "AF-PAR", "AF-SAM", "AF-SAR", "AF-TAK", "AF-URU", "AF-WAR",
                "AF-ZAB"]


def test_every_afghan_province_has_its_districts(kb: KnowledgeBase) -> None:
    counts = Counter(p.admin1 for p in kb.places.values() if p.kind == "district" and p.country == "AF")
    assert sorted(counts) == sorted(AF_PROVINCES)
    assert [code for code in AF_PROVINCES if counts[code] < 5] == []
    assert sum(counts.values()) >= 380  # the 2005 AIMS list has ~400


@pytest.mark.parametrize(("name", "admin1"), [
    ("Moscow", "RU-MOW"), ("Krasnogorsk", "RU-MOS"), ("Makhachkala", "RU-DA"), ("Zahedan", "IR-11"), ("Shiraz", "IR-07"),
    ("Mashhad", "IR-09"), ("Kerman", "IR-08"), ("Tehran", "IR-23"), ("Khorog", "TJ-GB"), ("Termez", "UZ-SU"),
    ("Berlin", "DE-BE"), ("Cologne", "DE-NW"), ("Gera", "DE-TH"), ("Magdeburg", "DE-ST"), ("Mannheim", "DE-BW"),
    ("Munich", "DE-BY"), ("Hamburg", "DE-HH"), ("Stockholm", "SE-AB"), ("Brussels", "BE-BRU"), ("Amsterdam", "NL-NH"),
    ("Rotterdam", "NL-ZH"), ("Vienna", "AT-9"), ("Paris", "FR-IDF"), ("Istanbul", "TR-34"), ("Ankara", "TR-06"),
    ("London", "GB-ENG"), ("Washington", "US-DC"), ("New York", "US-NY"), ("Oklahoma City", "US-OK"),
])
def test_cities_abroad_carry_their_admin1(kb: KnowledgeBase, name: str, admin1: str) -> None:
    place = kb.resolve_place(name)
    assert place is not None and place.kind == "city" and place.admin1 == admin1


@pytest.mark.parametrize("capital", ["Kabul", "Islamabad", "Tehran", "Dushanbe", "Tashkent", "Ashgabat", "Beijing", "New Delhi",
                                     "Doha", "Riyadh", "Abu Dhabi", "Ankara", "Cairo", "Baghdad", "Damascus", "Kyiv", "Ottawa",
                                     "Canberra", "Madrid", "Rome", "Tokyo", "Nairobi", "Bishkek", "Astana", "Baku"])
def test_capitals_are_known_cities(kb: KnowledgeBase, capital: str) -> None:
    place = kb.resolve_place(capital)
    assert place is not None and place.kind == "city"


def test_most_countries_have_a_city(kb: KnowledgeBase) -> None:
    assert len({p.country for p in kb.places.values() if p.kind == "city"}) >= 150


def test_no_place_form_is_an_english_stop_word_unless_case_sensitive(kb: KnowledgeBase) -> None:
    clashes = [(p.id, form) for p in kb.places.values() if not p.case_sensitive
               for form in (p.name, *p.aliases) if normalize(form) in STOP_WORDS]
    assert clashes == []


def test_hand_written_ids_start_with_their_admin1_or_country(kb: KnowledgeBase) -> None:
    wrong = [p.id for p in kb.places.values() if ".yaml" in p.source
             and not p.id.split("/")[0] in {p.admin1, p.country}]
    assert wrong == []


def test_packaged_csv_is_what_the_build_script_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "places.csv")
    assert module.main() == 0
    packaged = ROOT / "belie" / "knowledge" / "data" / "places.csv"
    rebuilt = list(csv.reader((tmp_path / "places.csv").open(encoding="utf-8")))
    assert rebuilt == list(csv.reader(packaged.open(encoding="utf-8")))


@pytest.mark.parametrize("word", ["lone", "turn", "turk", "hang", "bane", "homo", "mora", "rast", "sama", "kasa", "tata"])
def test_everyday_words_name_no_place(kb: KnowledgeBase, word: str) -> None:
    # geonames lists such spellings for Loni, Angren, Hangzhou ...: "a lone gunman" is no incident in India
    assert kb.resolve_place(word) is None and kb.resolve_place(word.title()) is None
