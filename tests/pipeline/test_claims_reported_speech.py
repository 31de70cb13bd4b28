"""Claims read through reported speech, rebuttals, lead clauses and group references (own sentences)."""
from __future__ import annotations

from datetime import date

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def claims(pipe: Pipeline, text: str, published: date | None = PUBLISHED):
    return pipe.extract(Document(text=text, published=published)).claims


def events(pipe: Pipeline, text: str, published: date | None = PUBLISHED):
    return pipe.extract(Document(text=text, published=published)).events


def test_words_reported_inside_a_statement_belong_to_who_said_them(pipe: Pipeline) -> None:
    text = ("Khawaja Asif spoke to a television channel on Monday. Asif added that the Islamic Emirate "
            "had said they would not permit their land to be used against any country.")
    (c,) = claims(pipe, text, date(2023, 4, 11))
    assert c.speaker.family == "Taliban", c
    assert (c.kind, c.polarity) == ("territory_use", "deny")


def test_a_present_tense_verb_after_a_group_is_not_a_nested_speaker(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "The Monitoring Team said ISKP maintains training camps in Kunar.")
    assert c.speaker.name == "UN Monitoring Team"


def test_assurances_are_attributed_and_a_refusal_to_permit_is_a_denial(pipe: Pipeline) -> None:
    text = "Zabihullah Mujahid gave assurances that they would permit neither the TTP nor any other group to act from Afghan soil."
    (c,) = claims(pipe, text)
    assert (c.speaker.name, c.kind, c.polarity) == ("Zabihullah Mujahid", "territory_use", "deny")


def test_calling_a_group_another_country_s_problem_denies_the_use_of_the_land(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "Zabihullah Mujahid said the TTP problem is Pakistan's own, not Afghanistan's.")
    assert (c.kind, c.polarity) == ("territory_use", "deny")


def test_saying_what_others_claimed_is_untrue_denies_their_claim(pipe: Pipeline) -> None:
    text = ("Khawaja Asif said the TTP uses Afghan soil to attack Pakistan. "
            "Zabihullah Mujahid said what Pakistani officials have claimed is not true.")
    asif, mujahid = claims(pipe, text)
    assert (mujahid.speaker.name, mujahid.kind, mujahid.polarity) == ("Zabihullah Mujahid", asif.kind, "deny")
    assert [s.name for s in mujahid.subjects] == ["TTP"]


def test_a_completed_outcome_in_a_lead_clause_is_a_proposition_of_its_own(pipe: Pipeline) -> None:
    text = "Zabihullah Mujahid claimed that once ISKP had been defeated in Afghanistan, the group set up bases in Balochistan."
    found = claims(pipe, text)
    assert [(c.kind, c.polarity) for c in found] == [("capability", "deny"), ("presence", "affirm")]
    assert all([s.name for s in c.subjects] == ["ISKP"] for c in found)


def test_the_group_points_back_to_the_subject_not_to_a_group_named_in_passing(pipe: Pipeline) -> None:
    text = ("According to the Monitoring Team, ISKP is recruiting fighters who left the Afghan Taliban. "
            "The report said the group has a foothold in Kabul.")
    last = claims(pipe, text)[-1]
    assert [s.name for s in last.subjects] == ["ISKP"]


def test_attacks_stepped_up_in_a_country_are_capability_not_land_use(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "The Monitoring Team said the TTP stepped up its attacks in Pakistan after August 2021.")
    assert (c.kind, c.polarity) == ("capability", "affirm")


def test_plans_made_from_a_place_are_land_use(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "Zabihullah Mujahid said the attacks in Iran had been planned from camps in Pakistan.")
    assert c.kind == "territory_use"


def test_an_outlet_based_somewhere_is_no_presence_claim(pipe: Pipeline) -> None:
    text = "He said the fighting stopped at midnight, Tolo News, which is based in Afghanistan, reported."
    assert [c for c in claims(pipe, text) if c.kind == "presence"] == []


def test_a_run_of_operations_in_a_report_s_words_is_its_finding_not_an_incident(pipe: Pipeline) -> None:
    text = "The Monitoring Team said that the Taliban have conducted operations against ISKP since early 2025."
    assert events(pipe, text) == []


def test_the_same_run_told_by_the_writer_is_an_event(pipe: Pipeline) -> None:
    (e,) = events(pipe, "Since August 2021 ISKP has stepped up its attacks on the Taliban in Kabul.")
    assert (e.type, [a.name for a in e.agents]) == ("attack", ["ISKP"])


def test_capturing_a_city_is_no_arrest(pipe: Pipeline) -> None:
    assert [e.type for e in events(pipe, "The Taliban captured Kabul on 15 August 2021.")] != ["arrest"]


def test_a_run_of_attacks_is_an_event_of_its_own_next_to_a_single_attack(pipe: Pipeline) -> None:
    text = ("A suicide bomber killed nine people in Kabul on Monday, police said. "
            "ISKP has targeted Kabul again and again.")
    found = events(pipe, text)
    assert len(found) == 2
    assert found[1].killed is None


def test_an_attack_on_a_state_s_forces_with_no_place_happened_in_that_state(pipe: Pipeline) -> None:
    text = ("Pakistani security forces carried out strikes in Nangarhar on Sunday. "
            "In recent days the TTP has launched several attacks on the Pakistan Army that killed 12 soldiers.")
    attack = next(e for e in events(pipe, text) if e.type == "attack")
    assert attack.location.country == "PK"


def test_a_named_speaker_later_in_the_sentence_carries_it_when_the_first_is_unnamed(pipe: Pipeline) -> None:
    text = ("Diplomatic sources confirmed that officials met in Kabul, where Pakistan shared evidence about the "
            "bombing and maintained that the attack had clear links to Afghan territory.")
    (c,) = claims(pipe, text)
    assert (c.speaker.name, c.kind, c.polarity) == ("Pakistan", "territory_use", "affirm")


def test_an_unrelated_later_verb_does_not_make_a_speaker(pipe: Pipeline) -> None:
    text = "Officials said it had killed 58 Pakistani soldiers, in response to what it described as breaches of its territory."
    assert all(c.speaker.name != "Pakistan" for c in claims(pipe, text))


def test_operating_in_or_from_a_land_is_presence_and_land_use(pipe: Pipeline) -> None:
    (presence, use) = claims(pipe, "The Islamic Emirate insists that no such groups operate in or from Afghan territory.")
    assert (presence.kind, presence.polarity, use.kind, use.polarity) == ("presence", "deny", "territory_use", "deny")


def test_a_statement_from_a_named_speaker(pipe: Pipeline) -> None:
    text = "The remarks came a day after a statement from Khawaja Asif that the TTP was using sanctuaries in Afghanistan."
    (c,) = claims(pipe, text)
    assert (c.speaker.name, c.kind, c.polarity) == ("Khawaja Asif", "territory_use", "affirm")


def test_an_attack_recalled_from_months_before_takes_no_agent_from_the_topic(pipe: Pipeline) -> None:
    text = ("ISKP claimed a bombing in Kabul on Monday. ISKP said its fighter targeted a checkpoint. ISKP "
            "has been active in the city. The ministry was itself the scene of a suicide attack in Kabul in October 2022 "
            "in which at least four people died.")
    recalled = [e for e in events(pipe, text, date(2023, 3, 29)) if e.date.start and e.date.start.year == 2022]
    assert recalled and all(not e.agents for e in recalled)


def test_a_place_name_used_as_a_given_name_is_no_place(pipe: Pipeline) -> None:
    from belie.pipeline.context import _personal_name
    text = "He criticised President Kabul V. Smith in a speech."
    start = text.index("Kabul")
    assert _personal_name(text, start, start + len("Kabul"))
    assert not _personal_name("Fighting in Kabul continued.", 12, 17)


def test_called_as_naming_is_no_speech(pipe: Pipeline) -> None:
    text = "Since 2021 the Islamic State's regional affiliate \u2014 called ISKP \u2014 has grown stronger."
    assert [c for c in claims(pipe, text) if c.speaker.name in ("IS", "ISKP")] == []


def test_a_capability_of_no_armed_group_is_no_claim(pipe: Pipeline) -> None:
    assert claims(pipe, "Khawaja Asif said Pakistan remains firm in its commitment to peace.") == []
    (c,) = claims(pipe, "Khawaja Asif said terrorists remain a serious threat to the region.")
    assert (c.kind, c.polarity, c.subjects) == ("capability", "affirm", [])


def test_preparing_an_attack_with_members_of_a_group_is_capability(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "Prosecutors in Pakistan said the two had prepared an assault on police in Peshawar with members of ISKP.")
    assert (c.kind, c.polarity) == ("capability", "affirm")


def test_where_fighters_escaped_to_is_no_incident_place(pipe: Pipeline) -> None:
    text = "After the raids, the remaining ISKP members escaped to Khyber Pakhtunkhwa and Balochistan."
    assert all(e.location.admin1 != "PK-KP" for e in events(pipe, text))


def test_a_place_after_an_incident_word_stays_the_incident_place(pipe: Pipeline) -> None:
    text = "TTP fighters who crossed from Afghanistan attacked a checkpoint in Bajaur on Monday, killing four soldiers."
    (e,) = events(pipe, text)
    assert e.location.admin1 == "PK-KP"


def test_an_origin_denial_is_about_where_the_violence_happened(pipe: Pipeline) -> None:
    text = "Zabihullah Mujahid said the attackers had come to Afghanistan from an ISKP camp in Khyber Pakhtunkhwa."
    (c,) = claims(pipe, text)
    assert (c.kind, c.polarity, c.location.country) == ("origin", "deny", "AF")


def test_a_group_named_for_comparison_is_not_the_subject(pipe: Pipeline) -> None:
    text = ("The Monitoring Team said the TTP remains active in Afghanistan. "
            "The report said the group prefers large attacks, unlike ISKP.")
    last = claims(pipe, text)[-1]
    assert [s.name for s in last.subjects] == ["TTP"]


def test_ties_to_a_group_are_presence_and_ties_between_states_no_claim(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "The Monitoring Team said the Islamic Emirate remains closely tied to the TTP.")
    assert (c.kind, c.polarity, [s.name for s in c.subjects]) == ("presence", "affirm", ["TTP"])
    assert claims(pipe, "Khawaja Asif said Islamabad enjoys good ties with Kabul.") == []


def test_a_group_raided_with_no_force_named_is_the_target(pipe: Pipeline) -> None:
    (e,) = events(pipe, "Seven ISKP fighters were arrested at their hideout in Kabul on Wednesday.")
    assert (e.agents, [t.name for t in e.targets]) == ([], ["ISKP"])


def test_an_assault_prepared_is_no_incident(pipe: Pipeline) -> None:
    assert events(pipe, "Prosecutors said the two had prepared an assault on police officers in Peshawar.") == []


def test_a_suicide_bombing_named_near_a_state_is_no_air_strike(pipe: Pipeline) -> None:
    text = "Pakistan said a suicide bombing in Peshawar killed 24 worshippers on Monday."
    assert [e.type for e in events(pipe, text)] == ["attack"]


def test_respective_strengths_are_one_claim_per_group(pipe: Pipeline) -> None:
    text = "The Monitoring Team said the TTP and ISKP had about 6,000 and 2,000 fighters respectively."
    found = claims(pipe, text)
    assert [(c.kind, [s.name for s in c.subjects], c.number.low) for c in found] == [
        ("strength", ["TTP"], 6000), ("strength", ["ISKP"], 2000)]
    assert len({c.id for c in found}) == 2


def test_the_threat_from_terrorism_is_a_capability_claim(pipe: Pipeline) -> None:
    (c,) = claims(pipe, 'Khawaja Asif went on: "The threat from Islamist terrorism remains acute."')
    assert (c.kind, c.polarity) == ("capability", "affirm")


def test_an_unlisted_person_with_a_country_s_title_is_the_speaker(pipe: Pipeline) -> None:
    text = ("Nancy Faeser, Pakistan's visiting envoy, said ISKP remains a threat. "
            'She went on: "The threat from Islamist terrorism remains acute."')
    found = claims(pipe, text)
    assert [c.speaker.name for c in found] == ["Nancy Faeser", "Nancy Faeser"]


def test_a_toll_the_speaker_reports_is_a_responsibility_claim_not_a_strength(pipe: Pipeline) -> None:
    (c,) = claims(pipe, "Pakistan said on Sunday that 23 of its soldiers had been killed, along with over 200 militants.")
    assert (c.kind, c.polarity, c.number) == ("responsibility", "affirm", None)


def test_a_claim_not_made_is_no_claim(pipe: Pipeline) -> None:
    assert claims(pipe, "Pakistan did not claim responsibility for that assault.") == []
