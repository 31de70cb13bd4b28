"""The library calls the CLI makes: judge one claim, judge and record them all."""
from __future__ import annotations

from typing import Callable

from belie.config import DEFAULT_WINDOW_DAYS
from belie.knowledge import KnowledgeBase
from belie.model import Claim, Verdict
from belie.verify.collector import collector_paused
from belie.verify.source import EvidenceSource, StoreSnapshot, VerdictLog
from belie.verify.verifier import Verifier

__all__ = ["SNAPSHOT_MAX_EVENTS", "check_all", "check_claim"]

SNAPSHOT_MAX_EVENTS = 5_000_000  # about 1.5 GB of memory per million events while checking


def check_claim(claim: Claim, source: EvidenceSource, kb: KnowledgeBase, *,
                window_days: int = DEFAULT_WINDOW_DAYS, verifier: Verifier | None = None) -> Verdict:
    """Judge one claim (stored or parsed from free text) against the source; nothing is recorded."""
    with collector_paused():
        return (verifier or Verifier(source, kb, window_days)).judge(claim)


def check_all(source: EvidenceSource, kb: KnowledgeBase, *, window_days: int = DEFAULT_WINDOW_DAYS,
              record: bool = True, verifier: Verifier | None = None, snapshot: bool | None = None,
              progress: Callable[[str, int], None] | None = None) -> list[Verdict]:
    """Judge every stored claim; with `record`, append the verdicts that changed (one check run).
    Pass a `verifier` to keep its caches (documents, event facts, stories) for later ad-hoc checks.

    A store that can read all its events in one pass (`scan_events`) is judged from a snapshot of
    them held in memory (`StoreSnapshot`: one read instead of one per claim group); `snapshot`
    forces it on or off, and by default it is on up to `SNAPSHOT_MAX_EVENTS` stored events.
    `progress(claim_id, n)` is called as each claim is judged."""
    with collector_paused():
        if verifier is None:  # made and dropped in _judge: its snapshot is freed before the collector resumes
            verdicts = _judge(Verifier(StoreSnapshot(source, kb) if _snapshot(source, snapshot) else source, kb,
                                       window_days), progress)
        else:
            verdicts = _judge(verifier, progress)
        if record and isinstance(source, VerdictLog):
            _record(source, verdicts, window_days)
    return verdicts


def _judge(verifier: Verifier, progress: Callable[[str, int], None] | None) -> list[Verdict]:
    """Every verdict of `verifier.check_all`, reporting progress. The caller's collector is paused: a
    verifier made for the call is freed by reference counting when this returns (it holds no cycle), so
    resuming the collector does not walk the million records of its snapshot."""
    verdicts = []
    for v in verifier.check_all():
        verdicts.append(v)
        if progress is not None:
            progress(v.claim_id, len(verdicts))
    return verdicts


def _snapshot(source: EvidenceSource, wanted: bool | None) -> bool:
    if wanted is False or not hasattr(source, "scan_events"):
        return False
    return wanted or source.count_events() <= SNAPSHOT_MAX_EVENTS  # type: ignore[attr-defined]


def _record(log: VerdictLog, verdicts: list[Verdict], window_days: int) -> int:
    run_id = log.start_check_run(window_days)
    many = getattr(log, "record_verdicts", None)  # a store appends them in batches
    changed = many(verdicts, run_id) if many else sum(bool(log.record_verdict(v, run_id)) for v in verdicts)
    log.finish_check_run(run_id, len(verdicts), changed)
    return changed
