"""Tenth pass: missions abroad, 'organised by', sponsors of violence, land under a group's control, fighters
finding their way somewhere (general constructions, sentences invented for the tests)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claim_rows


def test_an_embassy_in_a_foreign_capital_speaks_for_its_own_state(full: Pipeline) -> None:
    text = "KABUL, June 2 - The Pakistani embassy in Kabul said the TTP was using Afghan soil to plan raids."
    found = claim_rows(full, text)
    assert ("Pakistan", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[0] == "Taliban" for f in found)


def test_an_attack_organised_by_a_group_is_its_responsibility(full: Pipeline) -> None:
    text = ("DUSHANBE, June 2 - The Interior Ministry said the ambush had been organised by the outlawed "
            "Islamic Renaissance Party of Tajikistan.")
    assert ("Tajikistan", "responsibility", "affirm", ["Islamic Renaissance Party of Tajikistan"]) in claim_rows(full, text)


def test_a_state_called_the_main_sponsor_of_violence_is_held_responsible(full: Pipeline) -> None:
    text = "QUETTA, June 2 - Pakistan's army spokesman said India was the chief sponsor of the unrest in the province."
    assert ("Pakistan", "responsibility", "affirm", ["India"]) in claim_rows(full, text)


def test_letting_no_one_use_the_areas_a_group_controls_is_a_land_use_denial(full: Pipeline) -> None:
    text = ("KABUL, June 2 - ISKP cells were seen near Kunduz. The Taliban said they would not let any group "
            "use the areas under their control to threaten other countries.")
    assert any(f[:3] == ("Taliban", "territory_use", "deny") for f in claim_rows(full, text))


def test_fighters_finding_their_way_to_a_country_are_present_there(full: Pipeline) -> None:
    text = ("NEW YORK, June 2 - The representative of the Russian Federation said ISKP was recruiting in the "
            "north. Moscow, he said, was also concerned that militants from Iraq were making their way to Afghanistan.")
    assert ("Russia", "presence", "affirm", []) in claim_rows(full, text)


def test_a_capital_before_an_inserted_he_said_holds_the_view(full: Pipeline) -> None:
    text = ("NEW YORK, June 2 - Roza Otunbayeva said ISKP was recruiting. The next delegate took the floor. "
            "Islamabad, he said, was alarmed that TTP fighters were operating from Afghan soil.")
    found = claim_rows(full, text)
    assert ("Pakistan", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[0] == "Roza Otunbayeva" and f[1] == "territory_use" for f in found)


def test_a_provincial_security_official_speaks_for_the_dateline_state(full: Pipeline) -> None:
    text = ("TEHRAN, June 2 (MNA) - Gunmen attacked a police post near Saravan. A senior provincial security "
            "official told journalists that Jaish al-Adl had bases in the border region.")
    assert ("Iran", "presence", "affirm", ["Jaish al-Adl"]) in claim_rows(full, text)


def test_a_groups_statement_saying_the_group_killed_claims_the_act(full: Pipeline) -> None:
    text = ("QUETTA, June 2 - Gunmen stormed a bus near Sibi. The number comes from a BLA statement posted "
            "online on Friday, which said the group had killed 40 soldiers.")
    assert ("BLA", "responsibility", "affirm", ["BLA"]) in claim_rows(full, text)
