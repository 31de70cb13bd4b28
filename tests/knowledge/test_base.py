"""Semantics of the lookups: dated roles and phases, containment, context, outlets."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belie.knowledge import KnowledgeBase, load_knowledge, normalize

KB = load_knowledge()


@pytest.mark.parametrize(("name", "when", "role"), [
    ("Khawaja Asif", date(2024, 6, 1), "defence minister"), ("Mohsin Naqvi", date(2023, 6, 1), "caretaker chief minister of Punjab"),
    ("Mohsin Naqvi", date(2024, 6, 1), "interior minister"), ("Amir Khan Muttaqi", date(2022, 1, 1), "acting foreign minister"),
])
def test_roles_are_dated(name: str, when: date, role: str) -> None:
    assert KB.role(name, when) == role


@pytest.mark.parametrize(("when", "non_state"), [(date(2015, 1, 1), True), (date(2021, 8, 14), True),
                                                 (date(2021, 8, 15), False), (date(2024, 1, 1), False)])
def test_taliban_are_insurgents_before_takeover_and_authorities_after(when: date, non_state: bool) -> None:
    assert KB.is_non_state("Taliban", when) is non_state
    assert KB.is_non_state("GDI", when) is non_state


def test_non_state_groups_and_states() -> None:
    assert KB.is_non_state("ISKP") and KB.is_non_state("TTP") and KB.is_non_state("BLA")
    assert not KB.is_non_state("Pakistan") and not KB.is_non_state("ISPR")


@pytest.mark.parametrize(("inner", "outer", "expected"), [
    ("AF-KAB/kabul/pd12", "AF-KAB/kabul", True), ("AF-KAB/kabul/pd12", "AF-KAB", True), ("AF-KAB/kabul/pd12", "AF", True),
    ("AF-KAB/kabul/dasht-e-barchi", "AF-KAB/kabul/pd13", True), ("AF-KAB", "AF", True), ("AF-KAB", "PK", False),
    ("PK-KP/bajaur-district", "PK-KP", True), ("PK-KP/north-waziristan-district/mir-ali", "PK", True),
    ("AF-BAL/mazar-e-sharif", "AF-KAB", False), ("AF", "AF-KAB", False), ("AF-KAB", None, True), (None, "AF", False),
])
def test_within(inner: str | None, outer: str | None, expected: bool) -> None:
    assert KB.within(inner, outer) is expected


def test_resolve_place_prefer_and_within() -> None:
    assert KB.resolve_place("Kabul", prefer="admin1").id == "AF-KAB"
    assert KB.resolve_place("Bannu", prefer="district").id == "PK-KP/bannu-district"
    assert KB.resolve_place("Punjab", country="IN").country == "IN"
    assert KB.resolve_place("Punjab", country="PK").id == "PK-PB"
    assert KB.resolve_place("Torkham", within="PK-KP").country == "PK"


def test_location_of_inherits_coordinates() -> None:
    loc = KB.location_of("AF-KAB/kabul/pd12")
    assert loc["admin1"] == "AF-KAB" and loc["precision"] == "neighbourhood" and loc["lat"] is not None


@pytest.mark.parametrize(("publisher", "kind", "grade"), [
    ("Reuters", "wire", "A"), ("Dawn", "national", "B"), ("Dawn (AFP)", "wire", "A"), ("www.dawn.com", "national", "B"),
    ("TOLOnews", "national", "B"), ("Bakhtar News Agency", "state_media", "D"), ("TASS", "state_media", "D"),
    ("Wikipedia", "aggregator", "C"), ("ISPR", "government", "C"), ("Amaq", "group_media", "E"), ("UNAMA", "un", "A"),
])
def test_outlet_types(publisher: str, kind: str, grade: str) -> None:
    outlet = KB.outlet(publisher)
    assert outlet.name == kind and outlet.reliability == grade


def test_unknown_outlet_is_none() -> None:
    assert KB.outlet("Some Local Blog") is None and KB.outlet(None) is None


def test_vocabularies_cover_the_model() -> None:
    assert set(KB.event_types) >= {"attack", "raid", "clash", "strike", "arrest", "seizure"}
    assert ("Explosions/Remote violence", "Air/drone strike") in KB.event_types["strike"].acled
    assert set(KB.claim_kinds) >= {"presence", "origin"} and "unverified" in KB.verdict_labels


def test_assessors_are_data() -> None:
    assert KB.is_assessor("UNAMA") and KB.is_assessor("UN Monitoring Team") and KB.is_assessor("ICG")
    assert KB.is_assessor("Country Reports on Terrorism") and not KB.is_assessor("Taliban")
    assert not KB.is_assessor("Khawaja Asif") and not KB.is_assessor("ISPR")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_lookups_never_crash(text: str) -> None:
    KB.actor(text), KB.resolve_actor(text, mentioned=()), KB.resolve_place(text), KB.search_actors(text)
    assert normalize(normalize(text)) == normalize(text)


def test_empty_knowledge_base_is_usable() -> None:
    kb = KnowledgeBase()
    assert kb.actor("ISKP") is None and kb.resolve_place("Kabul") is None and kb.outlet("Reuters") is None


@pytest.mark.parametrize(("surface", "when", "expected"), [
    ("Afghan government", date(2019, 3, 1), "Islamic Republic of Afghanistan"), ("Afghan government", date(2022, 3, 1), "Taliban"),
    ("Afghan government", None, "Taliban"), ("Afghan forces", date(2021, 8, 14), "Islamic Republic of Afghanistan"),
    ("Afghan forces", date(2021, 8, 15), "Taliban"), ("Kabul police", date(2020, 1, 1), "Islamic Republic of Afghanistan"),
    ("Afghan intelligence", date(2023, 1, 1), "Taliban"), ("Afghan intelligence", None, "Islamic Republic of Afghanistan"),
])
def test_dated_context_rules(surface: str, when: date | None, expected: str) -> None:
    assert KB.canonical(surface, when) == expected


def test_context_rule_forms_are_offered_to_matchers() -> None:
    forms = {f.text: f for f in KB.actor_forms(include_contextual=True) if f.contextual}
    assert forms["Khawarij"].target == "ISKP" and "Afghan government" in forms
    plain = {f.text for f in KB.actor_forms() if f.contextual}
    assert "Afghan government" in plain and "Khawarij" not in plain
