#!/usr/bin/env python3
"""Snapshot every event and claim the pipeline extracts, to prove a refactor changes no output.

    .venv/bin/python scripts/extraction_snapshot.py OUT.json            # write a snapshot
    .venv/bin/python scripts/extraction_snapshot.py NEW.json --compare OLD.json

Runs `Pipeline` over the dev and seed corpora, the demo corpus and `--bench` synthetic
documents from bench/extract.py (fixed seed), and writes `Event.to_json()` / `Claim.to_json()`
of every document (without the `extractor` field, which carries the lexicon digest).
`--compare` exits 1 and lists the documents whose events (or claims) differ. `--events-only`
ignores claims, for comparisons while someone else is editing the claim rules.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [Path("/work/shared/corpus/dev/texts"), Path("/work/shared/corpus/seed/texts"), ROOT / "belie/demo/corpus"]


def documents(n_bench: int, seed: int) -> Iterator[tuple[str, object]]:
    """(label, Document) for every corpus text and `n_bench` synthetic documents."""
    sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "bench")]
    from extract import Generator  # bench/extract.py
    from pipeline_score import load_scorer, read_document

    sc = load_scorer()
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            yield f"{folder.parent.name}/{path.name}", read_document(path, sc)
    from belie.knowledge import default_knowledge

    gen = Generator(default_knowledge(), seed)
    for i in range(n_bench):
        yield f"bench/{i}", gen.document(i)


def _strip(record: dict) -> dict:
    record.pop("extractor", None)
    return record


def snapshot(n_bench: int, seed: int) -> dict[str, dict]:
    from belie.pipeline import Pipeline

    pipe = Pipeline()
    out: dict[str, dict] = {}
    for label, doc in documents(n_bench, seed):
        ex = pipe.extract(doc)
        out[label] = {"events": [_strip(e.to_json(doc)) for e in ex.events],
                      "claims": [_strip(c.to_json(doc)) for c in ex.claims]}
    return out


def compare(new: dict[str, dict], old: dict[str, dict], events_only: bool) -> list[str]:
    """One line per document whose records differ (or that only one snapshot has)."""
    parts = ("events",) if events_only else ("events", "claims")
    problems = [f"{label}: only in one snapshot" for label in sorted(set(new) ^ set(old))]
    for label in sorted(set(new) & set(old)):
        for part in parts:
            if new[label][part] != old[label][part]:
                problems.append(f"{label}: {part} differ ({len(old[label][part])} -> {len(new[label][part])})")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="write the snapshot here")
    ap.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    ap.add_argument("--bench", type=int, default=300, help="synthetic documents (default 300)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--events-only", action="store_true", help="compare events only")
    a = ap.parse_args(argv)
    text = json.dumps(snapshot(a.bench, a.seed), indent=1, sort_keys=True, default=str)
    a.out.write_text(text)
    snap = json.loads(text)
    n_ev = sum(len(v["events"]) for v in snap.values())
    n_cl = sum(len(v["claims"]) for v in snap.values())
    print(f"snapshot: {len(snap)} documents, {n_ev} events, {n_cl} claims -> {a.out}")
    if not a.compare:
        return 0
    problems = compare(snap, json.loads(a.compare.read_text()), a.events_only)
    print(*problems, sep="\n") if problems else print(f"identical to {a.compare}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
