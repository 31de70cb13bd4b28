"""The library calls the CLI makes: judge one claim, judge and record them all."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

from belie.config import DEFAULT_WINDOW_DAYS
from belie.knowledge import KnowledgeBase
from belie.model import Claim, Verdict
from belie.verify.source import EvidenceSource, VerdictLog
from belie.verify.verifier import Verifier

__all__ = ["check_all", "check_claim"]


def check_claim(claim: Claim, source: EvidenceSource, kb: KnowledgeBase, *,
                window_days: int = DEFAULT_WINDOW_DAYS, verifier: Verifier | None = None) -> Verdict:
    """Judge one claim (stored or parsed from free text) against the source; nothing is recorded."""
    with collector_paused():
        return (verifier or Verifier(source, kb, window_days)).judge(claim)


def check_all(source: EvidenceSource, kb: KnowledgeBase, *, window_days: int = DEFAULT_WINDOW_DAYS,
              record: bool = True, verifier: Verifier | None = None) -> list[Verdict]:
    """Judge every stored claim; with `record`, append the verdicts that changed (one check run).
    Pass a `verifier` to keep its caches (documents, event facts, stories) for later ad-hoc checks."""
    with collector_paused():
        verdicts = list((verifier or Verifier(source, kb, window_days)).check_all())
        if record and isinstance(source, VerdictLog):
            _record(source, verdicts, window_days)
    return verdicts


def _record(log: VerdictLog, verdicts: list[Verdict], window_days: int) -> int:
    run_id = log.start_check_run(window_days)
    changed = sum(bool(log.record_verdict(v, run_id)) for v in verdicts)
    log.finish_check_run(run_id, len(verdicts), changed)
    return changed


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while judging and recording. Judging allocates millions of small
    acyclic objects (facts, hits, reasons); each full collection they trigger walks every record
    held in memory (a million events in a MemorySource), which doubled `check_all`'s time.
    Reference counting still frees everything; cycles wait for the collector to resume."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
