"""The verdict rules of ANNOTATION §5, one row per case, on tiny hand-made records."""
from __future__ import annotations

from datetime import date

import pytest

from belie.verify import Verifier, check_claim
from tests.verify.factories import claim, doc, event, make_kb, source

KB = make_kb()
T = date(2023, 4, 6)


def judge(claim_, events=(), claims=(), docs=()):
    src = source(KB, docs, events, [claim_, *claims])
    return check_claim(claim_, src, KB)


def ids(verdict):
    return {e.id: e.stance for e in verdict.evidence}


@pytest.mark.parametrize("kind,polarity,ev_kw,label", [
    # presence: any event involving the group (agent or target) in P
    ("presence", "deny", {"type": "raid", "agents": ("Taliban",), "targets": ("ISKP",)}, "contradicted"),
    ("presence", "affirm", {"type": "raid", "agents": ("Taliban",), "targets": ("ISKP",)}, "supported"),
    ("presence", "deny", {"type": "attack", "agents": ("ISKP",), "targets": ("Civilians",),
                          "attribution": "claimed"}, "contradicted"),
    ("presence", "deny", {"type": "attack", "agents": ("ISKP",), "targets": ("Civilians",),
                          "attribution": "unknown"}, "unverified"),
    ("presence", "deny", {"type": "raid", "agents": ("Taliban",), "targets": ("TTP",)}, "unverified"),
    ("presence", "deny", {"type": "raid", "targets": ("IS",)}, "contradicted"),  # IS and ISKP: one family
    # capability: only an attack by the group, on or after T
    ("capability", "deny", {"type": "attack", "agents": ("ISKP",), "attribution": "claimed",
                            "when": date(2023, 5, 1)}, "contradicted"),
    ("capability", "affirm", {"type": "attack", "agents": ("ISKP",), "attribution": "confirmed",
                              "when": date(2023, 5, 1)}, "supported"),
    ("capability", "deny", {"type": "attack", "agents": ("ISKP",), "attribution": "claimed",
                            "when": date(2023, 3, 1)}, "unverified"),
    ("capability", "deny", {"type": "raid", "agents": ("Taliban",), "targets": ("ISKP",),
                            "when": date(2023, 5, 1)}, "unverified"),
    ("capability", "deny", {"type": "attack", "agents": ("ISKP",), "attribution": "claimed",
                            "when": None}, "unverified"),  # undated: not "dated after T"
    # origin and territory_use: presence of the groups in P
    ("origin", "deny", {"type": "raid", "agents": ("Taliban",), "targets": ("ISKP",)}, "contradicted"),
    ("territory_use", "deny", {"type": "raid", "agents": ("Taliban",), "targets": ("ISKP",)}, "contradicted"),
    ("territory_use", "affirm", {"type": "raid", "agents": ("Taliban",), "targets": ("ISKP",)}, "supported"),
])
def test_event_rules(kind, polarity, ev_kw, label):
    d = doc()
    verdict = judge(claim(d, kind=kind, polarity=polarity), [event(d, **ev_kw)])
    assert verdict.label == label
    assert all(e.reason for e in verdict.evidence)


@pytest.mark.parametrize("speaker,kind,polarity,subjects,place,label", [
    ("United States", "presence", "affirm", ("ISKP",), "AF", "contradicted"),
    ("United States", "presence", "deny", ("ISKP",), "AF", "supported"),
    ("United States", "strength", "affirm", ("ISKP",), "AF", "contradicted"),  # figures imply presence
    ("United States", "presence", "affirm", ("ISKP",), "PK", "unverified"),  # another country
    ("United States", "presence", "affirm", ("TTP",), "AF", "unverified"),  # another group
    ("United States", "presence", "affirm", (), "AF", "unverified"),  # names no group: only for claims naming none
    ("Pakistan", "presence", "affirm", ("ISKP",), "AF", "unverified"),  # a party, not an assessor
    ("Amir Khan Muttaqi", "presence", "affirm", ("ISKP",), "AF", "unverified"),
])
def test_assessment_rules(speaker, kind, polarity, subjects, place, label):
    d = doc()
    other = claim(d, speaker=speaker, kind=kind, polarity=polarity, subjects=subjects, place=place)
    assert judge(claim(d), claims=[other]).label == label


def test_claim_naming_no_group_is_about_every_armed_group():
    d = doc()
    denial = claim(d, subjects=())
    assert judge(denial, [event(d, agents=("Pakistan",), targets=("TTP",))]).label == "contradicted"
    # the Taliban are a state actor after August 2021: a raid by them alone is no armed group's presence
    assert judge(denial, [event(d, type="clash", agents=("Taliban",), targets=("Pakistan",))]).label == "unverified"
    assessment = claim(d, speaker="UN Monitoring Team", polarity="affirm", subjects=())
    assert judge(denial, claims=[assessment]).label == "contradicted"


def test_assessor_never_corroborates_its_own_institution():
    d = doc()
    un_claim = claim(d, speaker="UN Monitoring Team", polarity="affirm")
    other_un_body = claim(d, speaker="United Nations", polarity="affirm")
    us = claim(d, speaker="United States", polarity="affirm")
    verdict = judge(un_claim, claims=[other_un_body, us])
    assert ids(verdict) == {us.id: "supports"}


def test_conflicting_assessments_make_a_claim_disputed():
    d = doc()
    denial = claim(d, kind="capability", polarity="deny")
    weakened = claim(d, speaker="United States", kind="capability", polarity="deny")
    attack = event(d, type="attack", agents=("ISKP",), targets=("Civilians",), attribution="claimed",
                   when=date(2023, 5, 2))
    verdict = judge(denial, [attack], [weakened])
    assert verdict.label == "disputed"
    assert ids(verdict) == {attack.id: "contradicts", weakened.id: "supports"}


@pytest.mark.parametrize("event_place,claim_place,counts", [
    ("AF-KAB/kabul/pd12", "AF", True),
    ("AF-KAB/kabul/pd12", "AF-KAB", True),
    ("AF-BAL", "AF-KAB", False),
    ("AF", "AF-KAB", False),  # somewhere in the country is not in Kabul
    ("PK", "AF", False),
])
def test_place_containment(event_place, claim_place, counts):
    d = doc()
    verdict = judge(claim(d, place=claim_place), [event(d, place=event_place)])
    assert (verdict.label == "contradicted") is counts


def test_territory_use_attack_abroad_by_group_based_in_place():
    d = doc()
    denial = claim(d, kind="territory_use", subjects=("ISKP",))
    abroad = event(d, type="attack", agents=("ISKP",), targets=("Civilians",), place="IR", attribution="claimed")
    alleged = event(d, type="attack", agents=("ISKP",), targets=("Civilians",), place="IR", attribution="alleged")
    verdict = judge(denial, [abroad, alleged])
    assert ids(verdict) == {abroad.id: "contradicts"}
    ttp_denial = claim(d, kind="territory_use", subjects=("TTP",))  # TTP is based in PK: no presence in AF here
    ttp_abroad = event(d, type="attack", agents=("TTP",), targets=("Pakistan",), place="PK", attribution="claimed")
    assert judge(ttp_denial, [ttp_abroad]).label == "unverified"
    ttp_raid = event(d, type="raid", agents=("Taliban",), targets=("TTP",), place="AF")
    assert set(ids(judge(ttp_denial, [ttp_abroad, ttp_raid]))) == {ttp_abroad.id, ttp_raid.id}


def test_territory_use_naming_no_group_counts_attacks_abroad_by_groups_based_in_place():
    """"Our soil is used by no one" is about every armed group, but an attack abroad bears on it only when
    its group is based in P (ANNOTATION §5), as for a claim naming groups: not any attack anywhere."""
    d = doc()
    denial = claim(d, kind="territory_use", subjects=())
    ttp_abroad = event(d, type="attack", agents=("TTP",), targets=("Pakistan",), place="PK", attribution="claimed")
    assert judge(denial, [ttp_abroad]).label == "unverified"  # TTP is based in PK, with no presence in AF here
    ttp_raid = event(d, type="raid", agents=("Taliban",), targets=("TTP",), place="AF")
    assert set(ids(judge(denial, [ttp_abroad, ttp_raid]))) == {ttp_abroad.id, ttp_raid.id}
    iskp_abroad = event(d, type="attack", agents=("ISKP",), targets=("Civilians",), place="IR", attribution="claimed")
    verdict = judge(denial, [iskp_abroad, ttp_abroad])  # ISKP is based in AF (knowledge base)
    assert ids(verdict) == {iskp_abroad.id: "contradicts"}
    assert "a group based in AF" in verdict.evidence[0].reason


def test_responsibility_claims_conflict_into_disputed():
    d = doc()
    says_iskp = claim(d, speaker="United States", kind="responsibility", polarity="affirm", subjects=("ISKP",))
    says_ttp = claim(d, speaker="Pakistan", kind="responsibility", polarity="affirm", subjects=("TTP",))
    same = claim(d, speaker="United Nations", kind="responsibility", polarity="affirm", subjects=("ISKP",))
    assert judge(says_iskp, claims=[says_ttp, same]).label == "disputed"


def test_verdict_counts_independent_sources_and_orders_evidence():
    wire = doc(text="Taliban forces raided a hideout of the group in Kabul and detained five suspects on Sunday.")
    copy = doc(text="Taliban forces raided a hideout of the group in Kabul and detained five suspects on Sunday.",
               publisher="Another Paper")
    other = doc(text="A separate report describes fighting between the movement and its rivals in Balkh province.")
    events = [event(wire, when=None), event(copy), event(other, place="AF-BAL")]
    verdict = judge(claim(wire), events, docs=[wire, copy, other])
    assert verdict.independent_sources == 2
    assert verdict.evidence[-1].id == events[0].id  # the undated item comes last
    assert verdict.confidence > 0


def test_verifier_reuses_one_fetch_per_group():
    d = doc()
    claims = [claim(d), claim(d, kind="origin"), claim(d, polarity="affirm")]
    src = source(KB, [], [event(d)], claims)
    verdicts = list(Verifier(src, KB).check_all())
    assert [v.label for v in verdicts] == ["contradicted", "contradicted", "supported"]
