"""Event rules generalised after a fresh evaluation corpus: datelines, places of a second incident,
statements about a known incident, generic and statistical sentences.

Every sentence is written for these tests about public facts (own words, no corpus text).
"""
from __future__ import annotations

from datetime import date

from belie.model import Document
from belie.pipeline import Pipeline

from .conftest import PUBLISHED


def events(pipe: Pipeline, text: str, published: date | None = PUBLISHED):
    return pipe.extract(Document(text=text, published=published)).events


def test_a_dateline_naming_two_cities_is_no_place_of_the_incident(pipe: Pipeline) -> None:
    for text in ("ISLAMABAD/KABUL (Reuters) - TTP gunmen attacked a police post in Bajaur on Monday, killing four.",
                 "ISLAMABAD/KABUL, March 27 (Reuters) - TTP gunmen attacked a police post in Bajaur on Monday, killing four."):
        (ev,) = events(pipe, text)
        assert ev.location.admin1 == "PK-KP"


def test_a_bomber_striking_is_a_bombing_not_an_air_strike(pipe: Pipeline) -> None:
    text = "The bomber struck on Monday at a checkpoint in Peshawar where Pakistan Army soldiers stood guard."
    (ev,) = events(pipe, text)
    assert ev.type == "attack"


def test_places_of_a_second_incident_named_later_are_not_the_event_place(pipe: Pipeline) -> None:
    text = ("Pakistan Army jets struck TTP hideouts inside Afghanistan on Monday, two days after an attack "
            "on a checkpoint in Bajaur killed seven soldiers.")
    ev = events(pipe, text)[0]
    assert ev.type == "strike" and ev.location.country == "AF"


def test_an_incident_given_as_an_instance_keeps_its_place(pipe: Pipeline) -> None:
    text = ("ISKP has been behind several of the deadliest attacks in Pakistan, including the bombing "
            "of a mosque in Peshawar in March 2022 that killed dozens of worshippers.")
    ev = events(pipe, text)[0]
    assert ev.location.admin1 == "PK-KP"


def test_a_claim_dated_the_day_after_tells_the_same_attack(pipe: Pipeline) -> None:
    text = ("A suicide bomber attacked a mosque in Peshawar on Monday, killing 30 worshippers.\n\n"
            "ISKP claimed the attack on Tuesday, saying in a statement that one of its members had detonated a vest.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27) and ev.attribution == "claimed"


def test_an_incident_told_again_in_a_groups_statement_is_not_a_new_one(pipe: Pipeline) -> None:
    text = ("Gunmen stormed a police post in Bajaur on Monday, killing four policemen.\n\n"
            "In a message on its channel on Tuesday, the TTP said its fighters had attacked the post.")
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "PK-KP"


def test_a_statement_that_also_recalls_an_older_strike_keeps_it(pipe: Pipeline) -> None:
    text = ("A suicide bomber attacked a mosque in Peshawar on Monday, killing 30 worshippers.\n\n"
            "ISKP claimed the attack on Tuesday, naming a commander whom a Pakistan Army drone strike had killed in 2020.")
    types = sorted(e.type for e in events(pipe, text))
    assert types == ["attack", "strike"]


def test_an_expectation_or_a_capability_is_no_incident(pipe: Pipeline) -> None:
    for text in ("A Pakistan Army general said on Monday that he expects TTP attacks on police posts to continue.",
                 "On Monday a Pakistan Army general said ISKP retains the capability and the will to attack Peshawar."):
        assert events(pipe, text) == []


def test_a_rise_in_attacks_is_a_trend_not_an_incident(pipe: Pipeline) -> None:
    text = "Islamabad has blamed the TTP for a rise in attacks in Khyber Pakhtunkhwa since November."
    assert events(pipe, text) == []


def test_a_statistic_or_a_tally_of_raids_is_no_incident(pipe: Pipeline) -> None:
    for text in ("The UN said it had recorded 2,100 civilian casualties in Kabul between March and May, "
                 "including 700 people killed.",
                 "Taliban raids have killed or captured a number of ISKP commanders in Nangarhar."):
        assert events(pipe, text) == []


def test_seizing_power_is_a_takeover_not_a_seizure(pipe: Pipeline) -> None:
    text = "Few embassies stayed open in Kabul after the Taliban seized power in August 2021."
    assert [e.type for e in events(pipe, text)] == []


def test_a_demonym_before_security_services_or_air_strikes_names_the_state(pipe: Pipeline) -> None:
    for text in ("On Sunday, Pakistani air strikes hit a village in Nangarhar, killing eight people.",
                 "Pakistani security services detained four suspected ISKP gunmen in Peshawar on Sunday."):
        (ev,) = events(pipe, text)
        assert "Pakistan" in [a.name for a in ev.agents]


def test_shooting_down_a_helicopter_is_an_attack(pipe: Pipeline) -> None:
    text = "TTP fighters shot down a Pakistan Army helicopter in Bajaur on Sunday."
    (ev,) = events(pipe, text)
    assert ev.type == "attack"


# ---------------------------------------------------------------- round two

def test_a_deadline_points_forward_and_is_no_incident_date(pipe: Pipeline) -> None:
    from belie.pipeline.lexicon import load_lexicon
    from belie.pipeline.dates import DateFinder

    (hit,) = [h for h in DateFinder(load_lexicon()).find("asked for the suspects by April 5", PUBLISHED)]
    assert hit.kind == "deadline" and hit.value.start == date(2023, 4, 5)
    text = ("A suicide bomber attacked a mosque in Peshawar on Monday, killing 30 worshippers.\n\n"
            "Pakistan, which wants the plotters handed over by April 5, said on Tuesday that those behind "
            "the bombing would be punished.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27)


def test_a_capital_in_contact_with_someone_is_its_government_not_a_place(pipe: Pipeline) -> None:
    text = ("A suicide bomber attacked the Pakistani embassy in Kabul on Monday, killing two guards.\n\n"
            "The foreign minister condemned the bombing and said Islamabad was in contact with the Taliban.")
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "AF-KAB"


def test_an_incident_compared_with_a_run_of_attacks_is_told_again(pipe: Pipeline) -> None:
    text = ("A suicide bomber attacked a mosque in Peshawar on Monday, killing 30 worshippers.\n\n"
            "Monday's bombing was the deadliest this year and came after a string of TTP attacks on police posts.")
    assert len(events(pipe, text)) == 1


def test_the_date_a_comparison_reaches_back_to_is_not_the_incidents(pipe: Pipeline) -> None:
    text = ("A suicide bomber attacked a mosque in Peshawar on Monday, killing 30 worshippers.\n\n"
            "The Peshawar bombing was the deadliest in Pakistan since the 1971 war.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27)


def test_since_a_date_when_another_incident_happened_dates_that_incident(pipe: Pipeline) -> None:
    text = ("It was the deadliest day for the police in Khyber Pakhtunkhwa since August 2019, "
            "when TTP gunmen stormed a checkpoint in Bajaur, killing 12 policemen.")
    (ev,) = events(pipe, text)
    assert (ev.date.start, ev.date.end) == (date(2019, 8, 1), date(2019, 8, 31))
    assert ev.location.admin1 == "PK-KP"


def test_special_operations_troops_are_a_unit_not_an_operation(pipe: Pipeline) -> None:
    text = "TTP fighters shot down a helicopter carrying Pakistan Army special operations troops in Bajaur on Sunday."
    (ev,) = events(pipe, text)
    assert ev.type == "attack"


def test_the_operation_announced_later_is_the_drone_strike_told_before(pipe: Pipeline) -> None:
    text = ("A Pakistan Army drone strike killed a TTP commander at a house in Bajaur on Monday.\n\n"
            "Pakistan's prime minister announced the operation against the TTP in a televised address on Tuesday evening.")
    assert [e.type for e in events(pipe, text)] == ["strike"]


def test_a_date_inside_the_since_clause_of_a_comparison_is_the_yardstick(pipe: Pipeline) -> None:
    text = ("A Pakistan Army drone strike killed a TTP commander at a house in Bajaur on Monday.\n\n"
            "The strike was the first known Pakistan Army operation against the TTP since its troops left the border "
            "posts last year.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27)


def test_the_killing_of_a_named_militant_in_a_drone_strike_is_a_strike(pipe: Pipeline) -> None:
    from belie.knowledge import Affiliation

    from .conftest import _actor, small_kb
    kb = small_kb()
    kb = type(kb)([*kb.actors.values(), _actor("Omar Khalid", "person", "TTP",
                                               affiliations=[Affiliation("TTP", "commander")])],
                  kb.places.values(), kb.context_rules.values())
    text = "The killing of Omar Khalid by a Pakistan Army drone strike in Bajaur on March 6 weakened the TTP."
    (ev,) = Pipeline(kb).extract(Document(text=text, published=PUBLISHED)).events
    assert ev.type == "strike"


def test_a_toll_given_right_after_an_incident_is_its_toll(pipe: Pipeline) -> None:
    text = ("On Monday a suicide bomber struck a school in Kabul, wounding dozens.\n\n"
            "The UN said 40 people were killed, most of them students.")
    (ev,) = events(pipe, text)
    assert ev.killed is not None and ev.killed.low == 40


def test_bringing_down_a_helicopter_is_an_attack(pipe: Pipeline) -> None:
    text = "The TTP said it had brought down a Pakistan Army helicopter and taken its crew prisoner."
    (ev,) = events(pipe, text)
    assert ev.type == "attack"


def test_gunmen_storming_a_place_and_fighting_security_forces_is_an_attack(pipe: Pipeline) -> None:
    text = "ISKP gunmen stormed a hotel in Kabul on Monday, setting off explosions and fighting with security forces for hours."
    (ev,) = events(pipe, text)
    assert ev.type == "attack"


def test_an_incident_dated_from_another_is_a_second_one(pipe: Pipeline) -> None:
    text = ("ISKP gunmen stormed a hotel in Kabul on Monday, killing three guests.\n\n"
            "Ten days earlier, an ISKP gunman had opened fire on a ministry in Kabul.")
    assert len(events(pipe, text)) == 2


def test_the_date_of_a_dateline_is_when_the_report_was_filed(pipe: Pipeline) -> None:
    text = "PESHAWAR, March 29 (Reuters) - TTP gunmen attacked a police post in Bajaur on Monday, killing four."
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27)


# ---------------------------------------------------------------- round three


def test_a_date_right_before_the_incident_noun_after_claimed_is_the_incident_date(pipe: Pipeline) -> None:
    text = "The TTP claimed the March 6 bombing of a police van in Peshawar, in which nine policemen were killed."
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 6)


def test_a_claimed_bombing_that_killed_soldiers_of_a_state_is_no_air_strike(pipe: Pipeline) -> None:
    text = "The TTP also claimed the March 6 bombing in Peshawar, which killed ten Pakistan Army soldiers."
    (ev,) = events(pipe, text)
    assert ev.type == "attack"


def test_a_drone_strike_with_no_state_named_hits_the_group(pipe: Pipeline) -> None:
    text = "He pointed to the drone strike that killed a senior TTP commander in Bajaur last July."
    (ev,) = events(pipe, text)
    assert ev.type == "strike" and not ev.agents and [t.name for t in ev.targets] == ["TTP"]


def test_a_raid_a_group_claims_is_the_attack_told_before(pipe: Pipeline) -> None:
    text = ("In January, TTP gunmen with rifles tried to storm a police compound in Peshawar.\n\n"
            "The police said all five attackers were shot dead. The TTP claimed that raid as well.")
    (ev,) = events(pipe, text)
    assert ev.attribution == "claimed"


def test_a_group_saying_it_targeted_the_convoy_names_who_attacked_it(pipe: Pipeline) -> None:
    text = ("On Monday night a car bomb exploded next to a convoy of engineers outside Peshawar, killing two.\n\n"
            "Police sealed off the road. The TTP said it had targeted the convoy, and Beijing urged Islamabad "
            "to punish those responsible.")
    (ev,) = events(pipe, text)
    assert [a.name for a in ev.agents] == ["TTP"] and ev.location.admin1 == "PK-KP"


def test_the_group_restating_its_attack_further_on_is_the_same_attack(pipe: Pipeline) -> None:
    text = ("A TTP suicide bomber blew himself up at a police post in Peshawar on Monday.\n\n"
            "Officials said the bomber had walked up to the gate. Police sealed off the area. "
            "Hospitals appealed for blood donors. "
            "In a statement, the TTP said its fighter had targeted a police unit.")
    assert len(events(pipe, text)) == 1


def test_one_states_forces_attacking_anothers_posts_is_a_clash(pipe: Pipeline) -> None:
    text = "On Monday, Taliban forces attacked Pakistan Army posts along the border in Bajaur."
    (ev,) = events(pipe, text)
    assert ev.type == "clash"


def test_returning_fire_and_exchanges_of_fire_are_clashes(pipe: Pipeline) -> None:
    for text in ("On Monday, Taliban forces and the Pakistan Army traded exchanges of heavy fire in Bajaur.",
                 "Pakistan Army troops in Bajaur returned fire on Taliban forces on Monday."):
        (ev,) = events(pipe, text)
        assert ev.type == "clash", text


def test_a_state_firing_missiles_at_a_group_is_a_strike(pipe: Pipeline) -> None:
    for text in ("Pakistan fired missiles and drones at TTP hideouts in Bajaur on Monday.",
                 "Pakistani missiles struck TTP camps in Bajaur on Monday."):
        (ev,) = events(pipe, text)
        assert ev.type == "strike", text
        assert [a.name for a in ev.agents] == ["Pakistan"] and "TTP" in [t.name for t in ev.targets], text


def test_the_group_speaking_is_no_party_of_the_states_missiles(pipe: Pipeline) -> None:
    text = "In a statement, the TTP said Pakistani missiles had hit houses of its fighters in Bajaur, killing two children."
    (ev,) = events(pipe, text)
    assert ev.type == "strike" and [a.name for a in ev.agents] == ["Pakistan"]


def test_an_incident_a_day_before_the_news_of_the_day_is_dated_a_day_earlier(pipe: Pipeline) -> None:
    text = ("Kabul recalled its envoy from Islamabad on Tuesday, a day after Pakistani drones struck TTP "
            "hideouts in Bajaur.")
    (ev,) = events(pipe, text)
    assert ev.date.start == date(2023, 3, 27) and ev.location.admin1 == "PK-KP"


def test_the_incident_a_strike_came_after_is_its_own_dated_the_day_before(pipe: Pipeline) -> None:
    text = ("Pakistani drones struck TTP hideouts in Bajaur on Tuesday.\n\n"
            "The strike came a day after TTP gunmen attacked a police post in Peshawar.")
    strike, attack = events(pipe, text)
    assert strike.type == "strike" and attack.type == "attack"
    assert attack.date.start == date(2023, 3, 27)


def test_a_country_owning_the_place_is_no_party(pipe: Pipeline) -> None:
    text = "On Monday, TTP gunmen opened fire on a wedding party in Pakistan's Bajaur district, killing six."
    (ev,) = events(pipe, text)
    assert "Pakistan" not in [t.name for t in ev.agents + ev.targets] and ev.location.admin1 == "PK-KP"


def test_who_the_attackers_were_is_no_incident_of_its_own(pipe: Pipeline) -> None:
    text = "Police said those who attacked the checkpoint in Bajaur had trained at a TTP camp across the border."
    assert events(pipe, text) == []


def test_the_place_of_the_where_clause_holding_the_incident_wins(pipe: Pipeline) -> None:
    text = ("The TTP is weaker in Islamabad than in Khyber Pakhtunkhwa, where it claimed the March 6 bombing "
            "of a police van in Bajaur.")
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "PK-KP"



# ---------------------------------------------------------------- round four
def test_two_coordinated_incidents_in_one_sentence_are_two_events(pipe: Pipeline) -> None:
    text = ("Analysts named the twin bombings at a shrine in Mazar-e-Sharif on 3 January and the gun attack on a "
            "hotel in Peshawar on 22 March as the work of ISKP.")
    evs = events(pipe, text, date(2023, 6, 1))
    assert {(e.location.admin1, e.date.start) for e in evs} == {("AF-BAL", date(2023, 1, 3)), ("PK-KP", date(2023, 3, 22))}


def test_a_second_target_with_a_place_of_its_own_is_a_second_strike(pipe: Pipeline) -> None:
    text = ("On Monday, Pakistan Army jets fired missiles at what they called TTP positions in Nangarhar "
            "and at a compound in Bajaur.")
    evs = events(pipe, text)
    assert sorted(e.location.admin1 for e in evs) == ["AF-NAN", "PK-KP"]
    assert all(e.type == "strike" and e.date.start == date(2023, 3, 27) for e in evs)


def test_one_incident_at_two_spots_of_one_province_stays_one(pipe: Pipeline) -> None:
    text = "On Monday, TTP gunmen attacked a police post in Peshawar and a checkpoint in Bajaur, killing five."
    assert len(events(pipe, text)) == 1


def test_a_day_after_the_strike_dates_from_the_last_strike_told_with_its_day(pipe: Pipeline) -> None:
    text = ("Pakistan Army jets struck TTP hideouts in Nangarhar on Tuesday, killing two children. "
            "The TTP said the Pakistani missiles had hit houses of its fighters. "
            "The strike came a day after Pakistan Army jets fired missiles at TTP positions in Bajaur.")
    evs = events(pipe, text, date(2023, 3, 30))
    bajaur = next(e for e in evs if e.location.admin1 == "PK-KP")
    assert bajaur.date.start == date(2023, 3, 27)


def test_forced_entry_and_detention_is_a_raid(pipe: Pipeline) -> None:
    for text in ("On Monday, Pakistani security forces broke down the door of a flat in Peshawar and detained "
                 "two TTP commanders.",
                 "On Monday, Pakistani security forces stormed a house in Peshawar and arrested two TTP commanders."):
        assert [e.type for e in events(pipe, text)] == ["raid"], text


def test_stormed_by_gunmen_stays_an_attack(pipe: Pipeline) -> None:
    text = "On Monday, TTP gunmen stormed a house in Peshawar and killed a police officer."
    assert [e.type for e in events(pipe, text)] == ["attack"]


def test_an_arrest_with_no_group_named_targets_the_group_the_story_is_about(pipe: Pipeline) -> None:
    text = ("ISKP has plotted attacks across the region. ISKP recruits workers online. "
            "Officials said ISKP had sent money to the cell. "
            "On Monday, Pakistani security forces detained a 19-year-old in Peshawar.")
    (ev,) = [e for e in events(pipe, text) if e.type in ("arrest", "raid")]
    assert [t.name for t in ev.targets] == ["ISKP"]


def test_a_place_in_a_bank_name_is_no_place_of_the_incident(pipe: Pipeline) -> None:
    text = "On Monday, an ISKP suicide bomber blew himself up outside a branch of Kabul Bank in Mazar-e-Sharif, killing 21."
    (ev,) = events(pipe, text)
    assert ev.location.admin1 == "AF-BAL"


def test_the_packaged_places_know_the_provinces_of_syria_and_iraq() -> None:
    from belie.knowledge import load_knowledge

    kb = load_knowledge()
    assert kb.resolve_place("Idlib").admin1 == "SY-ID" and kb.resolve_place("Erbil").admin1 == "IQ-AR"
    assert kb.resolve_place("Mosul").admin1 == "IQ-NI"
