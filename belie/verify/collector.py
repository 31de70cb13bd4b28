"""Pausing Python's cyclic garbage collector around bulk work on records held in memory."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while loading, judging and recording.

    Judging allocates millions of small acyclic objects (facts, hits, reasons); each full
    collection they trigger walks every record held in memory (a million events in a
    MemorySource), which doubled `check_all`'s time. Loading a store's snapshot is the same:
    a million long-lived events, walked again at every collection their allocation triggers.
    Reference counting still frees everything; cycles wait for the collector to resume."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
