"""Speakers' track records and denials contradicted by the speaker's own side."""
from __future__ import annotations

from belie.verify import MemorySource, check_all, own_side_contradictions, speaker_records
from tests.verify.factories import claim, doc, event, make_kb

KB = make_kb()


def test_taliban_raid_contradicts_taliban_denial_from_own_side():
    d = doc()
    denial = claim(d, speaker="Amir Khan Muttaqi")
    raid = event(d, agents=("General Directorate of Intelligence",), targets=("ISKP",))
    src = MemorySource(KB, [d], [raid], [denial])
    flags = own_side_contradictions(denial, src, KB)
    assert len(flags) == 1 and raid.id in flags[0]


def test_spokesman_affirming_what_the_minister_denies_is_flagged():
    d = doc()
    denial = claim(d, speaker="Amir Khan Muttaqi")
    admits = claim(d, speaker="Zabihullah Mujahid", polarity="affirm")
    src = MemorySource(KB, [d], [], [denial, admits])
    flags = own_side_contradictions(denial, src, KB)
    assert len(flags) == 1 and "Zabihullah Mujahid" in flags[0]
    assert check_all(src, KB, record=False)[0].label == "unverified"  # a party's claim is never evidence


def test_no_flag_when_someone_else_acted():
    d = doc()
    denial = claim(d, speaker="Amir Khan Muttaqi")
    strike = event(d, type="strike", agents=("United States",), targets=("ISKP",))
    assert own_side_contradictions(denial, MemorySource(KB, [d], [strike], [denial]), KB) == []


def test_speaker_records_count_labels_from_recorded_verdicts():
    d = doc()
    claims = [claim(d, speaker="Amir Khan Muttaqi"), claim(d, speaker="Amir Khan Muttaqi", subjects=("TTP",)),
              claim(d, speaker="United States", polarity="affirm")]
    src = MemorySource(KB, [d], [event(d)], claims)
    check_all(src, KB)
    records = {r.name: r for r in speaker_records(src, KB)}
    muttaqi = records["Amir Khan Muttaqi"]
    assert (muttaqi.checked, muttaqi.contradicted, muttaqi.unverified, muttaqi.self_contradicted) == (2, 1, 1, 1)
    assert muttaqi.affiliation == "Taliban" and muttaqi.role == "foreign minister"
    assert records["United States"].supported == 1
    assert records["United States"].to_json()["checked"] == 1
