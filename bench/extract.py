#!/usr/bin/env python3
"""Benchmark the extraction pipeline against spaCy's bare tokenizer on the same text.

    .venv/bin/python bench/extract.py [--docs 2000] [--seed 7] [--repeat 3] [--profile]

Generates realistic news-like documents (400-800 words, varied templates filled from the
knowledge base), extracts them one by one on one core (best of `--repeat` passes), then tokenizes the same
texts with `spacy.blank("en")` (best of as many passes). `--profile` prints cProfile tables
of one pass instead. Prints docs/s, words/s, the ratio to tokenizer-only speed, and RSS
(peak, and growth while streaming: memory must stay flat).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta

from belie.knowledge import KnowledgeBase
from belie.model import Document
from belie.pipeline import Pipeline

LEADS = [
    "{group} claimed responsibility for a suicide bombing at a {venue} in {place} on {weekday} that killed {n} people and wounded {m} others.",
    "{force} raided a {group} hideout in {place} {when}, killing {n} militants and arresting {m} suspects, officials said.",
    "At least {n} soldiers were killed when {group} fighters attacked a checkpoint in {place} {when}.",
    "{force} said they had detained {n} members of {group} in {place} and seized weapons, explosives and {money}.",
    "Clashes broke out between {force} and {group} near {place} {when}, leaving {n} dead.",
    "A drone strike hit a {group} compound in {place} {when}, local officials said, killing {n} fighters.",
]
QUOTES = [
    "{person} said on {weekday} that {group} has no physical presence in {country}.",
    "{person} told reporters that {group} remains the most serious threat to the region.",
    "\"We will not allow our soil to be used against any country,\" {person} said.",
    "{person} denied reports that {group} was operating from {country}, calling them baseless.",
    "According to a UN report, {group} has between {n},000 and {m},000 fighters in {country}.",
    "{person} accused {group} of using {country} territory to launch attacks.",
    "The group has been destroyed and is not a threat anymore, {person} claimed in an interview.",
]
FILLER = [
    "The area has seen repeated violence over the past years, and residents say security remains fragile.",
    "Analysts note that the security situation in the border districts is difficult to assess from outside.",
    "Local traders closed their shops for the day, and the main road remained blocked until the evening.",
    "Hospitals in the provincial capital appealed for blood donations as ambulances ferried the injured.",
    "The government has promised compensation to the families of the victims and an inquiry into the incident.",
    "Diplomats in the capital have repeatedly called for restraint and for dialogue between neighbours.",
    "Several schools in the district were closed for the rest of the week as a precaution.",
    "Observers said the incident would add to pressure on the authorities ahead of the winter season.",
    "Aid groups warned that displacement in the area could worsen if the fighting continues.",
    "Witnesses described hearing gunfire for several hours before security forces sealed off the neighbourhood.",
]
VENUES = ["mosque", "market", "police station", "wedding hall", "bus station", "school", "hotel", "checkpoint"]
WHEN = ["on Monday", "last night", "yesterday morning", "earlier this month", "in recent weeks", "on March 3", "late on Friday"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONEY = ["USD 20,000", "2 million rupees", "$15,000 in cash", "500,000 afghanis"]


class Generator:
    """Fills templates with names drawn from the knowledge base."""

    def __init__(self, kb: KnowledgeBase, seed: int) -> None:
        self.rng = random.Random(seed)
        actors = list(kb.actors.values())
        self.groups = [a.name for a in actors if a.kind == "group"] or ["ISKP"]
        self.forces = [a.name for a in actors if a.kind in ("force", "state")] or ["Pakistan"]
        self.persons = [a.name for a in actors if a.kind == "person"] or ["Zabihullah Mujahid"]
        places = list(kb.places.values())
        self.places = [p.name for p in places if p.kind in ("city", "district", "admin1")] or ["Kabul"]
        self.countries = [p.name for p in places if p.kind == "country"] or ["Afghanistan"]

    def slots(self) -> dict[str, str]:
        c = self.rng.choice
        return {"group": c(self.groups), "force": c(self.forces), "person": c(self.persons), "place": c(self.places),
                "country": c(self.countries), "venue": c(VENUES), "when": c(WHEN), "weekday": c(WEEKDAYS),
                "n": str(self.rng.randint(2, 40)), "m": str(self.rng.randint(2, 60)), "money": c(MONEY)}

    def document(self, i: int) -> Document:
        target = self.rng.randint(400, 800)
        parts: list[str] = []
        words = 0
        while words < target:
            pool = self.rng.choice((LEADS, QUOTES, FILLER, FILLER))
            sentence = self.rng.choice(pool).format(**self.slots())
            parts.append(sentence)
            words += len(sentence.split())
        paragraphs = [" ".join(parts[k:k + 4]) for k in range(0, len(parts), 4)]
        published = date(2023, 1, 1) + timedelta(days=self.rng.randint(0, 900))
        return Document(text="\n\n".join(paragraphs), url=f"https://example.org/bench/{i}", published=published)


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def run(n_docs: int, seed: int, repeat: int = 3) -> dict[str, float]:
    pipe = Pipeline()
    gen = Generator(pipe.kb, seed)
    docs = [gen.document(i) for i in range(n_docs)]
    words = sum(len(d.text.split()) for d in docs)
    pipe.extract(docs[0])  # warm caches
    r: dict[str, float] = {"docs": n_docs, "words": words}
    r.update(stream(pipe, docs))
    for _ in range(repeat - 1):  # best of `repeat` passes over the same documents
        again = stream(pipe, docs)
        r["pipeline_s"], r["pipeline_cpu"] = min(r["pipeline_s"], again["pipeline_s"]), min(r["pipeline_cpu"], again["pipeline_cpu"])
    r["tokenizer_s"], r["tokenizer_cpu"], r["tokens"] = tokenizer_time([d.text for d in docs], repeat)
    return r


def stream(pipe: Pipeline, docs: list[Document]) -> dict[str, float]:
    """One timed pass over `docs`, with RSS at the start, halfway and the end."""
    rss_start, rss_mid = rss_mb(), 0.0
    events = claims = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, ex in enumerate(pipe.extract_many(iter(docs))):
        events += len(ex.events)
        claims += len(ex.claims)
        if i == len(docs) // 2:
            rss_mid = rss_mb()
    pipe_s, pipe_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"pipeline_s": pipe_s, "pipeline_cpu": pipe_cpu, "events": events, "claims": claims,
            "rss_start": rss_start, "rss_mid": rss_mid, "rss_end": rss_mb()}


def tokenizer_time(texts: list[str], repeat: int = 3) -> tuple[float, float, int]:
    """Best-of-`repeat` wall and CPU seconds of spaCy's bare English tokenizer over `texts`, and the token count."""
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer(texts[0])
    best, best_cpu, tokens = float("inf"), float("inf"), 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        tokens = sum(len(nlp.tokenizer(t)) for t in texts)
        best, best_cpu = min(best, time.perf_counter() - t0), min(best_cpu, time.process_time() - c0)
    return best, best_cpu, tokens


def profile(n_docs: int, seed: int, top: int = 35) -> None:
    """cProfile one pass of the pipeline over `n_docs` documents; print the hottest functions."""
    import cProfile
    import pstats

    pipe = Pipeline()
    gen = Generator(pipe.kb, seed)
    docs = [gen.document(i) for i in range(n_docs)]
    pipe.extract(docs[0])
    prof = cProfile.Profile()
    prof.runcall(stream, pipe, docs)
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def knowledge_share(n_docs: int, seed: int) -> tuple[float, float]:
    """Seconds to load the knowledge base afresh, and the share of pipeline time spent in
    belie/knowledge code (own time of its functions, under cProfile, one pass)."""
    import cProfile
    import pstats

    from belie.knowledge import load_knowledge

    t0 = time.perf_counter()
    kb = load_knowledge()
    load_s = time.perf_counter() - t0
    pipe = Pipeline(kb)
    gen = Generator(kb, seed)
    docs = [gen.document(i) for i in range(n_docs)]
    pipe.extract(docs[0])
    prof = cProfile.Profile()
    prof.runcall(stream, pipe, docs)
    rows = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in rows.values())
    in_kb = sum(row[2] for (path, _, _), row in rows.items() if "belie/knowledge/" in path.replace("\\", "/"))
    return load_s, in_kb / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best one is reported")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass instead of timing")
    a = ap.parse_args(argv)
    if a.profile:
        profile(a.docs, a.seed)
        return 0
    r = run(a.docs, a.seed, max(1, a.repeat))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents        {r['docs']} ({r['words'] / r['docs']:.0f} words each on average)")
    print(f"extracted        {r['events']} events, {r['claims']} claims")
    print(f"pipeline         {r['docs'] / r['pipeline_s']:.0f} docs/s, {r['words'] / r['pipeline_s']:,.0f} words/s "
          f"({r['pipeline_s']:.2f} s; CPU time {r['docs'] / r['pipeline_cpu']:.0f} docs/s)")
    print(f"tokenizer only   {r['docs'] / r['tokenizer_s']:.0f} docs/s, {r['tokens'] / r['tokenizer_s']:,.0f} tokens/s "
          f"({r['tokenizer_s']:.2f} s; CPU time {r['docs'] / r['tokenizer_cpu']:.0f} docs/s)")
    print(f"ratio            {r['tokenizer_s'] / r['pipeline_s']:.3f} of tokenizer-only speed "
          f"(CPU time {r['tokenizer_cpu'] / r['pipeline_cpu']:.3f})")
    print(f"RSS (1st pass)   start {r['rss_start']:.0f} MB, halfway {r['rss_mid']:.0f} MB, end {r['rss_end']:.0f} MB, "
          f"peak {peak:.0f} MB")
    load_s, share = knowledge_share(min(a.docs, 300), a.seed)
    print(f"knowledge        load {load_s:.2f} s; lookups {share:.1%} of pipeline time "
          f"(own time of belie/knowledge functions, cProfile, {min(a.docs, 300)} docs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
