"""Several stores on one database: opening and saving at once neither fails nor duplicates."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from belie.store import Store

from tests.store import factories as f


def _open_and_save(url: str, worker: int) -> list[str]:
    with Store(url) as store:
        docs = [f.doc(url=f"https://example.org/{worker}/{n}") for n in range(15)]
        shared = f.doc(url="https://example.org/shared")
        return [store.save(d, f.extraction(d, [f.event(d)], [f.claim(d)])) for d in [*docs, shared]]


def test_parallel_open_and_save(store_url: str) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda w: _open_and_save(store_url, w), range(3)))
    shared = sorted(r[-1] for r in results)
    assert shared == ["ingested", "unchanged", "unchanged"]
    with Store(store_url) as store:
        stats = store.stats()
    assert (stats["documents"], stats["events"], stats["claims"], stats["extraction_runs"]) == (46, 46, 46, 46)
