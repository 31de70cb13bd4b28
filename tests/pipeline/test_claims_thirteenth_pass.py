"""Thirteenth pass: the home state of a report without a dateline, the origin of attackers given as their
nationality, agencies as speakers (general constructions, sentences invented for the tests)."""
from __future__ import annotations

from belie.pipeline import Pipeline

from .test_claims import claim_rows


def test_a_report_set_in_one_country_gives_its_police_their_state(full: Pipeline) -> None:
    text = ("Security was tightened in Bannu, Lakki Marwat and Dera Ismail Khan after the attacks. Police said "
            "the slain attackers were believed to be Afghan nationals.")
    assert ("Pakistan", "origin", "deny", []) in claim_rows(full, text)


def test_a_report_spread_over_countries_leaves_bare_police_unplaced(full: Pipeline) -> None:
    text = ("Talks were held in Kabul, Islamabad and Tehran last week. Police said the slain attackers were "
            "believed to be foreigners.")
    assert claim_rows(full, text) == []


def test_attackers_named_as_foreigners_deny_a_domestic_origin(full: Pipeline) -> None:
    text = "PESHAWAR, May 3 - The military said the suicide bombers were foreigners."
    assert ("Pakistan", "origin", "deny", []) in claim_rows(full, text)


def test_an_appositive_of_nationality_adds_an_origin_claim(full: Pipeline) -> None:
    text = ("PESHAWAR, May 3 - Police said about 300 militants, most of them Afghan nationals, were operating in "
            "the tribal districts.")
    found = claim_rows(full, text)
    assert ("Pakistan", "origin", "deny", []) in found
    assert any(f[1] == "strength" for f in found)


def test_security_agencies_speak_for_their_state(full: Pipeline) -> None:
    text = "SRINAGAR, May 3 - Security agencies said the attackers had infiltrated from across the border."
    assert ("India", "origin", "deny", []) in claim_rows(full, text)


def test_national_investigation_agency_speaks_for_india(full: Pipeline) -> None:
    text = ("NEW DELHI, May 3 - The NIA said the arrested men had been in contact with Al-Qaeda handlers based in "
            "Pakistan.")
    assert any(f[:3] == ("India", "presence", "affirm") for f in claim_rows(full, text))


def test_a_head_of_state_named_before_speaks_as_he(full: Pipeline) -> None:
    text = ("DUSHANBE, May 3 - Emomali Rahmon addressed the summit of the Shanghai Cooperation Organisation. "
            "Terrorist groups had set up camps in the north of Afghanistan, he said.")
    assert any(f[0] == "Emomali Rahmon" for f in claim_rows(full, text))


def test_a_lowercase_resistance_front_names_no_group(full: Pipeline) -> None:
    text = ("KABUL, May 3 - Fighters of the resistance front gathered in Panjshir. Zabihullah Mujahid said the "
            "group had carried out the attack on the checkpoint.")
    assert not any("Lashkar-e-Taiba" in f[3] for f in claim_rows(full, text))


def test_a_group_before_an_appositive_speaks(full: Pipeline) -> None:
    text = ("PESHAWAR, May 3 - The Islamic State Khorasan Province, a rival of both the Afghan and the Pakistani "
            "Taliban, claimed the suicide bombing at the rally in Bajaur.")
    found = claim_rows(full, text)
    assert ("ISKP", "responsibility", "affirm", ["ISKP"]) in found
    assert not any(f[0] == "TTP" for f in found)


def test_the_same_group_claiming_is_the_group_named_before(full: Pipeline) -> None:
    text = ("KABUL, May 3 - ISKP bombed a Shia mosque in Kunduz in October 2021. The same group claimed a bombing "
            "at a mosque in Kandahar a week later.")
    assert sum(f[:3] == ("ISKP", "responsibility", "affirm") for f in claim_rows(full, text)) >= 1


def test_a_group_claiming_to_have_acted_claims_responsibility(full: Pipeline) -> None:
    text = "KABUL, May 3 - The TTP claimed to have killed five soldiers in North Waziristan."
    assert ("TTP", "responsibility", "affirm", ["TTP"]) in claim_rows(full, text)


def test_no_footprint_denies_presence(full: Pipeline) -> None:
    text = "KABUL, May 3 - Amir Khan Muttaqi said Daesh has no footprint in Afghanistan."
    assert ("Amir Khan Muttaqi", "presence", "deny", ["ISKP"]) in claim_rows(full, text)


def test_no_groups_remaining_in_the_country_denies_presence(full: Pipeline) -> None:
    text = "KABUL, May 3 - Amir Khan Muttaqi said no armed opposition groups remained in the country."
    assert ("Amir Khan Muttaqi", "presence", "deny", []) in claim_rows(full, text)


def test_a_duty_to_fulfil_responsibilities_blames_no_one(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Shehbaz Sharif said Pakistan expected the Afghan government to fulfil its "
            "responsibilities and stop the TTP from using Afghan soil.")
    found = claim_rows(full, text)
    assert ("Shehbaz Sharif", "territory_use", "affirm", ["TTP"]) in found
    assert not any(f[1] == "responsibility" for f in found)


def test_rejecting_a_states_accusations_denies_the_claim_before(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Khawaja Asif said the TTP was using Afghan soil to attack Pakistan. The Taliban "
            "have consistently rejected Pakistan's accusations.")
    assert ("Taliban", "territory_use", "deny", ["TTP"]) in claim_rows(full, text)


def test_planning_terrorist_attacks_is_a_capability(full: Pipeline) -> None:
    text = ("NEW DELHI, May 3 - The NIA arrested six men it linked to the Islamic State. The group, the NIA said "
            "in a statement, had been planning terrorist attacks in several cities.")
    assert any(f[:3] == ("India", "capability", "affirm") and f[3] for f in claim_rows(full, text))


def test_the_agency_is_the_state_agency_named_before(full: Pipeline) -> None:
    text = ("NEW DELHI, May 3 - The NIA arrested nine men in Kerala. The agency said the men had been in contact "
            "with Al-Qaeda handlers based in Pakistan.")
    assert ("India", "presence", "affirm", ["Al-Qaeda"]) in claim_rows(full, text)


def test_the_agency_after_a_news_agency_stays_anonymous(full: Pipeline) -> None:
    text = "KABUL, May 3 - Reuters reported the attack. The agency said the TTP had carried out the attack."
    assert claim_rows(full, text) == []


def test_officials_after_according_to_stay_anonymous(full: Pipeline) -> None:
    text = ("KABUL, May 3 - A bomber struck a bank in Kandahar, killing 21 people, according to local health "
            "officials; the Islamic State claimed that attack.")
    assert not any(f[0] == "Taliban" for f in claim_rows(full, text))


def test_a_state_saying_a_man_was_not_involved_does_not_deny_its_own_role(full: Pipeline) -> None:
    text = ("VIENNA, May 3 - The Interior Ministry said he was not thought to have been involved in the planned "
            "attack on the concert.")
    assert not any(f[1] == "responsibility" and "Austria" in f[3] for f in claim_rows(full, text))


def test_the_report_is_its_authors_not_the_last_state_named(full: Pipeline) -> None:
    text = ("WASHINGTON, May 3 - The State Department's annual Country Reports on Terrorism was released on "
            "Wednesday. In its chapter on Pakistan, the report says Lashkar-e-Taiba continued to operate from "
            "Pakistani territory.")
    found = claim_rows(full, text)
    assert any(f[0] == "United States" and f[1] == "territory_use" for f in found)
    assert not any(f[0] == "Pakistan" for f in found)


def test_a_country_in_a_reports_title_is_not_its_author(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - PIPS says in its annual Pakistan Security Report that attacks rose in 2024. "
            "The TTP was behind most of them, the report says.")
    assert not any(f[0] == "Pakistan" for f in claim_rows(full, text))


def test_it_after_a_report_opens_the_sentence_is_the_reports_author(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - The annual report of the Pak Institute for Peace Studies was released on Sunday. "
            "The report flags a new name, Jabhat Ansar al-Mahdi Khorasan, which it describes as tied to the Hafiz "
            "Gul Bahadur group. The TTP, it says, remains the most serious threat to security forces.")
    found = claim_rows(full, text)
    assert ("PIPS", "capability", "affirm", ["TTP"]) in found
    assert not any(f[0] in ("ISKP", "TTP") for f in found)


def test_rejecting_accusations_and_saying_more_are_two_claims(full: Pipeline) -> None:
    text = ("ISLAMABAD, Dec 17, 2014 - Pakistani officials said the TTP leader Mullah Fazlullah was hiding in "
            "eastern Afghanistan. Afghan officials have rejected such accusations and say Pakistan has itself "
            "long sheltered Afghan Taliban leaders on its soil.")
    found = claim_rows(full, text)
    assert any(f[2] == "deny" and f[3] == ["TTP"] for f in found)
    assert any(f[1] == "presence" and f[2] == "affirm" for f in found[1:])


def test_rejecting_an_accusation_and_saying_the_same_is_one_denial(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Pakistani officials said the BLA found shelter in Afghanistan. The Taliban government "
            "rejects the accusation and says it does not allow anyone to use Afghan soil against another country.")
    denials = [f for f in claim_rows(full, text) if f[0] == "Taliban"]
    assert len(denials) == 1 and denials[0][1:3] == ("territory_use", "deny")


def test_an_internal_pakistani_matter_denies_territory_use(full: Pipeline) -> None:
    text = "KABUL, May 3 - Taliban officials describe the TTP as an internal Pakistani matter."
    assert ("Taliban", "territory_use", "deny", ["TTP"]) in claim_rows(full, text)


def test_a_group_saying_it_fired_rockets_claims_the_act(full: Pipeline) -> None:
    text = "KABUL, May 3 - ISKP said it had fired rockets at Termez, a claim Uzbek authorities denied."
    found = claim_rows(full, text)
    assert ("ISKP", "responsibility", "affirm", ["ISKP"]) in found
    assert ("Uzbekistan", "responsibility", "deny", ["ISKP"]) in found


def test_a_month_named_before_the_cue_dates_the_claim(full: Pipeline) -> None:
    from datetime import date

    from .test_claims import claims as read
    found = read(full, "In February, a UN report said ISKP had about 4,000 fighters.", published=date(2022, 6, 20))
    assert [(c.kind, c.date, c.date_source) for c in found] == [("strength", date(2022, 2, 15), "stated")]


def test_a_month_inside_the_proposition_leaves_the_published_date(full: Pipeline) -> None:
    from datetime import date

    from .test_claims import claims as read
    found = read(full, "The ISPR said troops had killed 54 TTP militants in April.", published=date(2025, 9, 13))
    assert all(c.date == date(2025, 9, 13) for c in found)


def test_a_timeline_entrys_day_dates_the_claims_in_it(full: Pipeline) -> None:
    from datetime import date

    from .test_claims import claims as read
    text = ("Jammu and Kashmir timeline.\n\nJune 26: Three militants were killed in an encounter near Kishtwar, Doda and Kathua in Jammu and Kashmir. "
            "Police said the slain militants were believed to be foreigners.\n")
    found = read(full, text, published=date(2024, 7, 20))
    assert [(c.kind, c.date) for c in found] == [("origin", date(2024, 6, 26))]


def test_a_front_for_a_group_attributes_the_act_to_that_group(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - A little-known group, Tehreek-e-Jihad Pakistan, claimed the raid. Pakistani security "
            "officials regard it as a front for the TTP.")
    assert ("Pakistan", "responsibility", "affirm", ["TTP"]) in claim_rows(full, text)


def test_officials_who_consider_it_a_cover_name_speak_for_themselves(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - A group calling itself Tehreek-e-Jihad Pakistan claimed the assault; Pakistani "
            "officials consider it a cover name for the TTP.")
    found = claim_rows(full, text)
    assert ("Pakistan", "responsibility", "affirm", ["TTP"]) in found
    assert not any(f[0] == "Tehreek-i-Jihad Pakistan" and "TTP" in f[3] for f in found)


def test_according_to_a_source_he_said_is_his_claim(full: Pipeline) -> None:
    text = ("DUSHANBE, May 3 - Emomali Rahmon spoke at the summit. According to the intelligence services of "
            "Tajikistan, he said, there are more than 40 camps of terrorists in northern Afghanistan, with more "
            "than 6,000 militants in them.")
    found = claim_rows(full, text)
    assert ("Emomali Rahmon", "strength", "affirm", []) in found
    assert ("Emomali Rahmon", "presence", "affirm", []) in found


def test_according_to_the_statement_is_its_issuers_claim(full: Pipeline) -> None:
    text = ("RAWALPINDI, May 3 - The ISPR said 13 TTP militants were killed in South Waziristan. The dead "
            "militants, according to the statement, had been involved in attacks on security forces and the "
            "killing of civilians.")
    found = claim_rows(full, text)
    assert not any(f[0] == "Civilians" for f in found)


def test_a_capital_before_an_aside_speaks_for_its_government(full: Pipeline) -> None:
    text = ("ISLAMABAD, May 3 - Pakistan says the TTP operates from Afghanistan. Kabul, in turn, insists that its "
            "soil is used by no one.")
    assert ("Taliban", "territory_use", "deny", []) in claim_rows(full, text)


def test_rejecting_that_denies_the_claim_before(full: Pipeline) -> None:
    text = "ISLAMABAD, May 3 - Pakistan says the TTP uses Afghan soil to attack Pakistan. Kabul rejected that, too."
    assert ("Taliban", "territory_use", "deny", ["TTP"]) in claim_rows(full, text)
