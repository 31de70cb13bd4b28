#!/usr/bin/env python
"""Benchmark verification: `check --all` over a large synthetic store, and ad-hoc checks.

Builds a store of N synthetic events (default 1,000,000) and M claims (default 10,000) spread
over 30 armed groups, 20 countries (5 provinces each) and ten years, then times `check_all`
(goal < 60 s) and 200 ad-hoc checks (p95 goal < 50 ms), and prints them with peak memory.
Nothing here is a test: it prints figures.

`--store memory` (default) holds the records in a MemorySource. `--store sqlite` saves them
with the real `belie.store.Store.save_many` into a temporary SQLite file (deleted afterwards;
`--keep PATH` keeps it, and reuses it when it already exists) and times the same checks
against the store; loading is slow (about 4 minutes per million events on a small machine),
so pass fewer events for a quick look. Actor references carry their family, as the pipeline
writes them, because the store filters candidates by family.

    .venv/bin/python bench/check.py                 # full size, in memory
    .venv/bin/python bench/check.py --events 100000 --claims 1000
    .venv/bin/python bench/check.py --store sqlite --events 200000 --claims 2000
    .venv/bin/python bench/check.py --events 200000 --claims 2000 --dump /tmp/v.jsonl --profile 25

Ad-hoc checks are timed cold (a new Verifier for each claim, as `belie check` makes: on a store, before
`check --all`, in a process that holds no snapshot; in memory, after it, on the records and indexes already
held) and warm (the Verifier that ran `check --all`). Documents are 30 words by default; `--words 600 --vocabulary 5000` gives them a news report's length and a
prose-like spread of words, which is what reading and de-duplicating the evidence's documents costs on a
real store (with the 23 stock words alone, unrelated texts share min-hash buckets all the time).

`--dump PATH` writes every verdict (check --all, then the cold and warm ad-hoc ones) as JSON lines
(claim id, label, confidence, reasons and the cited items), for comparing runs: a faster verifier
must write the same lines. `--profile N` runs check --all under cProfile and prints the top N.
"""
from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from belie.knowledge import KnowledgeBase
from belie.knowledge.records import Actor
from belie.model import ActorRef, Claim, DateRange, Document, Event, Extraction, Location, Span
from belie.verify import EvidenceSource, MemorySource, StoreSnapshot, Verifier, check_all, check_claim
from belie.verify.collector import collector_paused

GROUPS = [f"Group {n:02d}" for n in range(30)]
COUNTRIES = [f"Q{chr(65 + n)}" for n in range(20)]
START = date(2015, 1, 1)
DAYS = 3650
WORDS = ("raid attack police province district militants group officials said forces village killed "
         "wounded arrested weapons seized border security operation commander cell hideout night").split()


def make_kb() -> KnowledgeBase:
    actors = [Actor(g, "group", g, country=random.choice(COUNTRIES), non_state=True) for g in GROUPS]
    actors += [Actor(f"State {c}", "state", f"State {c}", country=c) for c in COUNTRIES]
    actors.append(Actor("Assessor", "body", "Assessor", assessor=True))
    return KnowledgeBase(actors)


def make_documents(n: int, rng: random.Random, length: int = 30, vocabulary: int = 0) -> list[Document]:
    """`n` documents of `length` words from WORDS, or (`vocabulary` > 0) from WORDS and that many made-up
    words, Zipf-weighted as in prose and drawn from a generator of their own (the records stay the same)."""
    docs = []
    lexicon, weights, draw = list(WORDS), None, rng
    if vocabulary:
        lexicon += [f"w{n:05d}" for n in range(vocabulary)]
        weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(lexicon))))
        draw = random.Random(rng.random())
    for i in range(n):
        words = ([draw.choice(lexicon) for _ in range(length)] if weights is None
                 else draw.choices(lexicon, cum_weights=weights, k=length))
        docs.append(Document(" ".join(words), url=f"https://bench.example/{i}", publisher="Bench Wire",
                             published=START + timedelta(days=rng.randrange(DAYS)), id=f"d{i}"))
    return docs


def make_events(n: int, docs: list[Document], rng: random.Random) -> list[Event]:
    refs = {g: [ActorRef(g, family=g)] for g in GROUPS}
    states = {c: [ActorRef(f"State {c}", family=f"State {c}")] for c in COUNTRIES}
    spans = [Span(0, 10)]
    out = []
    for i in range(n):
        country = rng.choice(COUNTRIES)
        day = START + timedelta(days=rng.randrange(DAYS))
        attack = rng.random() < 0.4
        group = refs[rng.choice(GROUPS)]
        out.append(Event(docs[i % len(docs)].id, "attack" if attack else "raid", spans[0], "synthetic",
                         group if attack else states[country], states[country] if attack else group,
                         rng.choice(("claimed", "confirmed", "alleged", "unknown")) if attack else None,
                         Location(country, f"{country}-{rng.randrange(5)}"), DateRange(day, day), id=f"e{i}"))
    return out


def make_claim(i: int, rng: random.Random, doc_id: str = "d0") -> Claim:
    speaker = "Assessor" if rng.random() < 0.2 else f"State {rng.choice(COUNTRIES)}"
    country = rng.choice(COUNTRIES)
    admin1 = f"{country}-{rng.randrange(5)}" if rng.random() < 0.3 else None
    subjects = [] if rng.random() < 0.05 else [ActorRef(g, family=g) for g in [rng.choice(GROUPS)]]
    return Claim(doc_id, ActorRef(speaker, family=speaker), rng.choice(("presence", "capability", "territory_use", "origin")),
                 rng.choice(("affirm", "deny")), Span(0, 10), "synthetic claim", subjects,
                 Location(country, admin1), START + timedelta(days=rng.randrange(DAYS)), id=f"c{i}")


def generate(n_events: int, n_claims: int, seed: int, words: int = 30,
             vocabulary: int = 0) -> tuple[list[Document], list[Event], list[Claim], KnowledgeBase]:
    rng = random.Random(seed)
    random.seed(seed)
    kb = make_kb()
    docs = make_documents(max(n_events // 10, 1), rng, words, vocabulary)
    events = make_events(n_events, docs, rng)
    claims = [make_claim(i, rng, docs[i % len(docs)].id) for i in range(n_claims)]
    return docs, events, claims, kb


def build(n_events: int, n_claims: int, seed: int, words: int = 30,
          vocabulary: int = 0) -> tuple[MemorySource, KnowledgeBase]:
    docs, events, claims, kb = generate(n_events, n_claims, seed, words, vocabulary)
    return MemorySource(kb, docs, events, claims), kb


def build_sqlite(n_events: int, n_claims: int, seed: int, path: Path, words: int = 30,
                 vocabulary: int = 0) -> tuple[EvidenceSource, KnowledgeBase]:
    """The same records saved through Store.save_many into SQLite at `path` (reused if present)."""
    from belie.store import Store

    exists = path.exists()
    docs, events, claims, kb = generate(n_events, n_claims, seed, words, vocabulary)
    store = Store(str(path))
    if not exists:
        by_doc: dict[str, tuple[list[Event], list[Claim]]] = defaultdict(lambda: ([], []))
        for e in events:
            by_doc[e.document_id][0].append(e)
        for c in claims:
            by_doc[c.document_id][1].append(c)
        store.save_many((d, Extraction(d.id, *by_doc[d.id], extractor="bench")) for d in docs)
    return store, kb


def time_adhoc(verifier: Verifier | Callable[[], Verifier], n: int, seed: int, out: list | None = None,
               claims: list | None = None) -> list[float]:
    """Milliseconds for each of `n` ad-hoc claims judged by `verifier`, or by a new Verifier each (when given a
    maker: what `belie check` does), made in the timing (verdicts appended to `out`, the claims to `claims`)."""
    rng = random.Random(seed + 1)
    times = []
    for i in range(n):
        claim = make_claim(10**7 + i, rng, "adhoc")
        if claims is not None:
            claims.append(claim)
        t0 = time.perf_counter()
        judge = verifier if isinstance(verifier, Verifier) else verifier()
        verdict = check_claim(claim, judge.source, judge.kb, verifier=judge)
        times.append((time.perf_counter() - t0) * 1000)
        if out is not None:
            out.append(verdict)
    return times


def dump_verdicts(path: Path, runs: dict[str, list]) -> None:
    """One JSON line per verdict: what it says, without when it was checked."""
    with path.open("w", encoding="utf-8") as fh:
        for run, verdicts in runs.items():
            for v in verdicts:
                fh.write(json.dumps({
                    "run": run, "claim": v.claim_id, "label": v.label, "confidence": v.confidence,
                    "independent": v.independent_sources, "reasons": v.reasons,
                    "evidence": [[e.kind, e.id, e.stance, e.credibility, e.reliability, e.reason]
                                 for e in v.evidence],
                }, default=str) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--adhoc", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=30,
                        help="words per synthetic document (news reports run to 400-800)")
    parser.add_argument("--vocabulary", type=int, default=0,
                        help="made-up words added to the 23 stock ones (prose-like texts: 5000)")
    parser.add_argument("--store", choices=("memory", "sqlite"), default="memory")
    parser.add_argument("--keep", type=Path, help="sqlite: the database file to keep (and reuse)")
    parser.add_argument("--dump", type=Path, help="write every verdict as a JSON line to this file")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile check --all and print its N most expensive functions")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="belie-bench-") as tmp:
        t0 = time.perf_counter()
        if args.store == "memory":
            source, kb = build(args.events, args.claims, args.seed, args.words, args.vocabulary)
        else:
            source, kb = build_sqlite(args.events, args.claims, args.seed, args.keep or Path(tmp) / "bench.db",
                                      args.words, args.vocabulary)
        built = time.perf_counter() - t0
        adhoc: dict[str, list] = {"cold": [], "warm": []}
        asked: list[Claim] = []
        cold: list[float] = []
        if args.store == "sqlite":  # a new session's first checks, in a process holding nothing else
            cold = time_adhoc(lambda: Verifier(source, kb), args.adhoc, args.seed, adhoc["cold"], asked)
        t0 = time.perf_counter()
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        # what `belie check --all` does: a store is judged from a snapshot of its events (read in the timing),
        # made with the collector paused, as check_all pauses it while it makes one
        with collector_paused():
            evidence = StoreSnapshot(source, kb) if args.store == "sqlite" else source
            verifier = Verifier(evidence, kb)
            verdicts = check_all(source, kb, verifier=verifier)  # in memory: includes building its indexes
        check_s = time.perf_counter() - t0
        if profiler:
            profiler.disable()
        if args.store == "memory":  # a new verifier per claim on the records (and indexes) held in memory
            cold = time_adhoc(lambda: Verifier(source, kb), args.adhoc, args.seed, adhoc["cold"], asked)
        warm = time_adhoc(verifier, args.adhoc, args.seed, adhoc["warm"])  # the session that ran check --all
        report(args, built, check_s, verdicts, cold, warm, asked)
        if profiler:
            pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(args.profile)
            pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
        if args.dump:
            dump_verdicts(args.dump, {"all": verdicts, **adhoc})
        getattr(source, "close", lambda: None)()
    return 0


def report(args: argparse.Namespace, built: float, check_s: float, verdicts: list, cold: list[float],
           warm: list[float], asked: list[Claim]) -> None:
    cited = sum(len(v.evidence) for v in verdicts)
    labels = {label: sum(v.label == label for v in verdicts) for label in ("supported", "contradicted",
                                                                          "disputed", "unverified")}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
    print(f"store ({args.store}): {args.events:,} events, {args.claims:,} claims, built in {built:.1f} s")
    print(f"check --all: {check_s:.1f} s, {len(verdicts) / max(check_s, 1e-9):,.0f} claims/s "
          f"(goal < 60 s: {ok(check_s < 60)}); {len(verdicts):,} verdicts, {cited:,} items listed; {labels}")
    for name, times in (("cold", cold), ("warm", warm)):
        if not times:  # --adhoc 0
            continue
        p50 = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else times[0]
        print(f"ad-hoc ({name}): {len(times)} checks, p50 {p50:.1f} ms, p95 {p95:.1f} ms "
              f"(goal p95 < 50 ms: {ok(p95 < 50)})")
        if name == "cold" and len(times) >= 20:  # where the tail comes from
            for label, test in (("naming a group", bool), ("naming none", lambda s: not s)):
                part = sorted(t for t, c in zip(times, asked) if test(c.subjects))
                if len(part) >= 2:
                    print(f"  claims {label}: {len(part)}, p50 {statistics.median(part):.1f} ms, "
                          f"p95 {statistics.quantiles(part, n=20, method='inclusive')[-1]:.1f} ms, slowest {part[-1]:.1f} ms")
    mapped = _file_backed_mib()
    print(f"peak RSS: {rss:,.0f} MiB (python {sys.version.split()[0]})"
          + (f"; {mapped:,.0f} MiB of the RSS now are file pages (shared libraries, and a SQLite store read through "
             f"a memory map: shared and reclaimable, not memory the process allocated)" if mapped else ""))


def _file_backed_mib() -> float:
    """The file-backed part of the current RSS (Linux), in MiB; 0 where /proc does not say."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("RssFile:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


if __name__ == "__main__":
    raise SystemExit(main())
