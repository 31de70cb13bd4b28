"""Time the knowledge base: a cold load_knowledge() and 100k actor/place lookups.

    .venv/bin/python bench/knowledge.py
"""
from __future__ import annotations

import itertools
import subprocess
import sys
import time

from belie.knowledge import load_knowledge

ACTORS = ["Daesh", "ISKP", "IS", "us", "Tehrik-i-Taliban Pakistan", "GDI", "Zabiullah Mujahid", "Asif", "said", "Khawarij"]
PLACES = ["Kabul", "Mazar-i-Sharif", "PD12", "Dashti Barchi", "Bajaur", "Kabul province", "Torkham", "Monday", "Quetta", "hub"]
N = 100_000


def cold_load_seconds() -> float:
    """Load in a fresh interpreter (imports included), as a CLI run does."""
    code = "import time; t=time.perf_counter(); from belie.knowledge import load_knowledge; load_knowledge(); " \
           "print(time.perf_counter()-t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def per_lookup_us(func, forms: list[str]) -> float:
    start = time.perf_counter()
    for form in itertools.islice(itertools.cycle(forms), N):
        func(form)
    return (time.perf_counter() - start) / N * 1e6


def main() -> None:
    print(f"cold load (fresh process, imports included): {cold_load_seconds():.3f} s")
    start = time.perf_counter()
    kb = load_knowledge()
    print(f"warm load_knowledge(): {time.perf_counter() - start:.3f} s "
          f"({len(kb.actors)} actors, {len(kb.places)} places, {sum(1 for _ in kb.actor_forms())} actor forms)")
    print(f"resolve_actor: {per_lookup_us(lambda s: kb.resolve_actor(s, mentioned=()), ACTORS):.2f} us/lookup ({N})")
    print(f"canonical: {per_lookup_us(kb.canonical, ACTORS):.2f} us/lookup ({N})")
    print(f"resolve_place: {per_lookup_us(kb.resolve_place, PLACES):.2f} us/lookup ({N})")
    print(f"within: {per_lookup_us(lambda s: kb.within('AF-KAB/kabul/pd12', s), ['AF', 'AF-KAB', 'PK']):.2f} us/lookup ({N})")


if __name__ == "__main__":
    main()
