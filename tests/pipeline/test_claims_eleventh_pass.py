"""Eleventh pass: duties, 'had no part in', entering from across a border, training received, leaders sitting
somewhere, pledges, accepted responsibility, numbers of fighters on a country's soil, accented names after their
role, several groups claiming one act, 'it should be noted' (general constructions, sentences invented for the
tests)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claim_rows


def test_a_duty_to_stop_a_group_is_not_a_responsibility_claim(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Khawaja Asif said it was the responsibility of the Kabul authorities to stop the "
            "TTP from using Afghan soil against Pakistan.")
    found = claim_rows(full, text)
    assert ("Khawaja Asif", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[1] == "responsibility" for f in found)


def test_a_group_saying_it_had_no_part_in_an_act_denies_responsibility(full: Pipeline) -> None:
    text = ("PESHAWAR, May 3 - ISKP claimed the first blast, but the TTP's central spokesman later said the "
            "group had no part in it.")
    found = claim_rows(full, text)
    assert ("ISKP", "responsibility", "affirm", ["ISKP"]) in found
    assert any(f[:3] == ("TTP", "responsibility", "deny") for f in found)


def test_attackers_entering_a_country_from_across_the_border_came_from_abroad(full: Pipeline) -> None:
    text = ("ZAHEDAN, May 3 - Interior Minister Ahmad Vahidi said the gunmen had entered Iranian territory "
            "from across the eastern border.")
    assert any(f[:3] == ("Ahmad Vahidi", "origin", "deny") for f in claim_rows(full, text))


def test_training_received_in_a_country_is_presence_there(full: Pipeline) -> None:
    text = ("ANKARA, May 3 - Interior Minister Ali Yerlikaya said the suspect had received training in Syria "
            "before he crossed into Turkey.")
    assert any(f[1:3] == ("presence", "affirm") for f in claim_rows(full, text))


def test_a_groups_leadership_sitting_in_a_country_is_present_there(full: Pipeline) -> None:
    text = "ISLAMABAD, May 3 - Khawaja Asif told reporters that the TTP leadership was sitting in Afghanistan."
    assert ("Khawaja Asif", "presence", "affirm", ["TTP"]) in claim_rows(full, text)


def test_a_pledge_that_no_one_may_use_the_land_is_a_land_use_denial(full: Pipeline) -> None:
    text = ("KABUL, May 3 - The Taliban have pledged several times that they will not allow any group to use "
            "Afghan soil against China.")
    assert ("Taliban", "territory_use", "deny", []) in claim_rows(full, text)


def test_a_group_that_accepted_responsibility_claims_the_act(full: Pipeline) -> None:
    text = ("KABUL, May 3 - A suicide bomber struck a mosque in Kunduz. ISKP, through its Amaq agency, accepted "
            "responsibility for the bombing.")
    assert any(f[1:3] == ("responsibility", "affirm") and f[0] in ("ISKP", "IS") for f in claim_rows(full, text))


def test_a_number_of_fighters_on_a_countrys_soil_is_a_strength_claim(full: Pipeline) -> None:
    text = "ISLAMABAD, May 3 - Khawaja Asif said the TTP had between 5,000 and 6,000 fighters on Afghan soil."
    found = claim_rows(full, text)
    assert ("Khawaja Asif", "strength", "affirm", ["TTP"]) in found
    assert not any(f[1] == "territory_use" for f in found)


def test_a_role_then_its_holders_accented_name_speaks_as_that_person(full: Pipeline) -> None:
    text = ("ISTANBUL, May 3 - ISKP claimed the church shooting. The Istanbul governor at the time, Davut G\u00fcl, "
            "told reporters that the gunmen had received training in Syria.")
    found = claim_rows(full, text)
    assert any(f[0] == "Davut G\u00fcl" and f[1] == "presence" for f in found)
    assert not any(f[0] == "ISKP" and f[1] == "presence" for f in found)


def test_every_group_named_as_claiming_an_act_claims_it(full: Pipeline) -> None:
    text = ("KABUL, May 3 - A gunman fired on the Pakistani embassy in Kabul, in what Islamabad called an attempt "
            "on its envoy's life; ISKP claimed that attack as well.")
    assert ("ISKP", "responsibility", "affirm", ["ISKP"]) in claim_rows(full, text)
    text = "QUETTA, May 3 - In 2016 both Jamaat-ul-Ahrar and the Islamic State claimed the Civil Hospital bombing."
    found = claim_rows(full, text)
    assert any(f[0] == "Jamaat-ul-Ahrar" and f[1] == "responsibility" for f in found)
    assert any(f[0] in ("ISKP", "IS") and f[1] == "responsibility" for f in found)


def test_it_should_be_noted_is_the_writers_aside_and_the_capital_speaks(full: Pipeline) -> None:
    text = ("PESHAWAR, May 3 - Sheikh Rasheed said the network would be broken. It should be noted that officials "
            "in Islamabad have long maintained that Daesh has no presence inside Pakistan.")
    found = claim_rows(full, text)
    assert ("Pakistan", "presence", "deny", ["ISKP"]) in found
    assert not any(f[0] == "Sheikh Rasheed" and f[1] == "presence" for f in found)
