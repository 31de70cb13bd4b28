"""Append-only verdicts: a new row only when the verdict changes; --changed lists label flips."""
from __future__ import annotations

from datetime import date

from belie.verify import MemorySource, check_all
from tests.verify.factories import claim, doc, event, make_kb

KB = make_kb()


def test_check_all_records_only_changes_and_lists_flips():
    d = doc()
    denial, other = claim(d), claim(d, subjects=("TTP",))
    src = MemorySource(KB, [d], [], [denial, other])
    first = check_all(src, KB)
    assert {v.label for v in first} == {"unverified"}
    assert src.changed_verdicts(include_new=False) == []  # a first verdict is not a flip
    assert {c.claim_id for p, c in src.changed_verdicts()} == {denial.id, other.id}  # but it is new
    check_all(src, KB)
    assert len(src.verdict_history(denial.id)) == 1  # same verdict: nothing appended
    src.add(d, [event(d, when=date(2023, 3, 1))])
    check_all(src, KB)
    assert [v.label for v in src.verdict_history(denial.id)] == ["unverified", "contradicted"]
    flips = src.changed_verdicts()
    assert [(p.label, c.label, c.claim_id) for p, c in flips] == [("unverified", "contradicted", denial.id)]
    assert src.latest_verdicts()[denial.id].label == "contradicted"
    check_all(src, KB)
    assert src.changed_verdicts() == []  # nothing flipped since the last run


def test_new_evidence_without_label_change_is_recorded_but_not_a_flip():
    d = doc()
    denial = claim(d)
    src = MemorySource(KB, [d], [event(d)], [denial])
    check_all(src, KB)
    src.add(d, [event(d, when=date(2023, 2, 1))])
    check_all(src, KB)
    assert len(src.verdict_history(denial.id)) == 2
    assert src.changed_verdicts() == []


def test_record_false_leaves_the_log_alone():
    d = doc()
    src = MemorySource(KB, [d], [], [claim(d)])
    check_all(src, KB, record=False)
    assert src.latest_verdicts() == {}


def test_check_all_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    from belie.verify.collector import collector_paused

    kb = make_kb()
    try:
        for enabled in (True, False):
            gc.enable() if enabled else gc.disable()
            with collector_paused():
                assert not gc.isenabled()
            check_all(MemorySource(kb), kb, record=False)
            assert gc.isenabled() is enabled
    finally:
        gc.enable()
