"""Validation of knowledge files and extension through user directories."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from belie.errors import KnowledgeError
from belie.knowledge import default_knowledge, load_knowledge


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_ACTORS = [
    ("- {name: X, kind: group}", "missing required family"),
    ("- {name: X, kind: gang, family: X}", "unknown kind 'gang'"),
    ("- {name: X, kind: group, family: X, colour: red}", "unknown key(s) colour"),
    ("- {name: X, kind: force, family: X, parent: Nobody}", "parent 'Nobody' is not a known actor"),
    ("- {name: X, kind: group, family: X, aliases: [Daesh]}", "alias 'Daesh' is already an alias of 'ISKP'"),
    ("- {name: X, kind: group, family: X, acronyms: [TTP]}", "alias 'TTP' is already an alias of 'TTP'"),
    ("- {name: X, kind: group, family: X, country: XX}", "country 'XX'"),
    ("- {name: X, kind: person, family: X, affiliations: [{actor: Taliban, start: 2021-13-01}]}", "must be a date"),
    ("- {name: X, kind: person, family: X, affiliations: [{actor: Taliban, start: 2022-01-01, end: 2021-01-01}]}", "before start"),
    ("- {name: X, kind: person, family: X}", "needs at least one affiliation"),
    ("- {name: X, kind: group, family: X, aliases: Daesh}", "must be a list"),
    ("- {name: X, kind: group, family: X, assessor: maybe}", "must be true or false"),
    ("- {name: X, kind: group, family: X}\n  - {name: X, kind: group, family: X}", "defined twice"),
]


@pytest.mark.parametrize(("entry", "message"), BAD_ACTORS)
def test_bad_actor_entry_fails_with_file_line_and_reason(tmp_path: Path, entry: str, message: str) -> None:
    write(tmp_path, "actors_extra.yaml", "actors:\n  " + entry + "\n")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge([tmp_path])
    text = str(err.value)
    assert message in text and "actors_extra.yaml:2" in text


BAD_PLACES = [
    ("- {id: AF-KAB/x, name: X, kind: village, parent: AF-KAB}", "unknown kind 'village'"),
    ("- {id: AF-KAB/x, name: X, kind: city, parent: AF-NOPE}", "parent 'AF-NOPE' is not a known place id"),
    ("- {id: AF-KAB/x, name: X, kind: city, parent: AF-KAB, lat: 123}", "'lat' must be a number"),
    ("- {id: Q1, name: Q, kind: city, parent: Q2, country: AF}\n  - {id: Q2, name: Q, kind: city, parent: Q1, country: AF}",
     "containment loops"),
]


@pytest.mark.parametrize(("entry", "message"), BAD_PLACES)
def test_bad_place_entry_fails(tmp_path: Path, entry: str, message: str) -> None:
    write(tmp_path, "places_extra.yaml", "places:\n  " + entry + "\n")
    with pytest.raises(KnowledgeError, match="places_extra.yaml") as err:
        load_knowledge([tmp_path])
    assert message in str(err.value)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    write(tmp_path, "actors_extra.yaml", "actors:\n  - {name: A, kind: gang, family: A}\n  - {name: B, kind: group}\n")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge([tmp_path])
    assert len(err.value.problems) == 2


def test_broken_yaml_names_the_file(tmp_path: Path) -> None:
    write(tmp_path, "actors_extra.yaml", "actors: [ {name: X\n")
    with pytest.raises(KnowledgeError, match="actors_extra.yaml: cannot read as YAML"):
        load_knowledge([tmp_path])


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="knowledge directory not found"):
        load_knowledge([tmp_path / "nope"])


def test_user_directory_adds_actor_and_place_without_code(tmp_path: Path) -> None:
    write(tmp_path, "actors_local.yaml", """actors:
  - name: Jundallah Khorasan
    kind: group
    family: IS
    non_state: true
    aliases: [Jund Allah Khorasan]
    acronyms: [JAK]
  - name: Ahmad Test Spokesman
    kind: person
    family: Taliban
    needs_context: [Spokesman Ahmad]
    affiliations: [{actor: Taliban, role: provincial spokesman, start: 2022-01-01}]
""")
    write(tmp_path, "places_local.yaml", """places:
  - {id: AF-KAB/kabul/test-square, name: Zarnegar Square, kind: neighbourhood, parent: AF-KAB/kabul, aliases: [Zarnegar Park]}
""")
    kb = load_knowledge([tmp_path])
    assert kb.canonical("Jund Allah Khorasan") == "Jundallah Khorasan" and kb.family("JAK") == "IS"
    assert kb.effective_party("Ahmad Test Spokesman", date(2023, 1, 1)) == "Taliban"
    place = kb.resolve_place("Zarnegar Park")
    assert place.admin1 == "AF-KAB" and place.country == "AF" and kb.within(place.id, "AF-KAB")


def test_user_directory_overrides_an_entry(tmp_path: Path) -> None:
    write(tmp_path, "actors_local.yaml", "actors:\n  - {name: Pakistan, kind: state, family: Pakistan, country: PK, assessor: true}\n")
    write(tmp_path, "vocabularies_local.yaml", "outlet_types:\n  state_media: {reliability: C}\noutlets:\n  wire: [Example Wire]\n")
    kb = load_knowledge([tmp_path])
    assert kb.is_assessor("Pakistan")
    assert kb.outlet("Example Wire").name == "wire" and kb.outlet("Reuters").name == "wire"
    assert kb.outlet("TASS").reliability == "C"


def test_default_knowledge_reads_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "actors_env.yaml", "actors:\n  - {name: Env Group, kind: group, family: Env Group}\n")
    monkeypatch.setenv("BELIE_KNOWLEDGE", str(tmp_path))
    assert default_knowledge().actor("Env Group") is not None
    monkeypatch.delenv("BELIE_KNOWLEDGE")
    assert default_knowledge().actor("Env Group") is None
