#!/usr/bin/env python3
"""Run ../shared/eval/score.py on the dev and seed corpora (and our own eval/fresh) and fail when a
figure is below the floor.

    python eval/check_floor.py [--shared ../shared] [--floor eval/floor.json] [--update]

The floor (eval/floor.json) holds, per corpus, the figures that may not fall: dotted keys into
score.py's --json output (e.g. "events.f1"). `--update` rewrites the floor to what was measured
(raise only; lowering it needs a reason in the issue note).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEYS = ["events.f1", "events.admin1_accuracy", "events.date_accuracy", "claims.f1",
        "verdicts.label_accuracy", "verdicts.evidence_recall", "adhoc.accuracy"]


def lookup(figures: dict, dotted: str):
    value = figures
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


CORPORA = {"dev": None, "seed": None, "fresh": HERE / "fresh"}  # None: ../shared/corpus/NAME


def score(shared: Path, corpus: str) -> dict:
    belie = str(Path(sys.executable).with_name("belie"))
    folder = CORPORA[corpus] or shared / "corpus" / corpus
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        cmd = [sys.executable, str(shared / "eval" / "score.py"), str(folder),
               "--belie", belie, "--json", str(out)]
        res = subprocess.run(cmd, capture_output=True, text=True)
        print(res.stdout.strip().splitlines()[-1] if res.stdout.strip() else "", flush=True)
        if res.returncode != 0:
            sys.exit(f"score.py failed on {corpus}:\n{res.stderr[-3000:]}")
        return json.loads(out.read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--floor", type=Path, default=HERE / "floor.json")
    ap.add_argument("--update", action="store_true", help="raise the floor to the measured figures")
    a = ap.parse_args()
    floor = json.loads(a.floor.read_text()) if a.floor.exists() else {}
    failures, measured = [], {}
    for corpus in CORPORA:
        figures = score(a.shared.resolve(), corpus)
        measured[corpus] = {k: lookup(figures, k) for k in KEYS}
        for key, minimum in floor.get(corpus, {}).items():
            got = lookup(figures, key)
            if got is None or got + 1e-9 < minimum:
                failures.append(f"{corpus} {key}: {got} < floor {minimum}")
    print(json.dumps(measured, indent=2))
    if a.update:
        new = {c: {k: max(v or 0, floor.get(c, {}).get(k, 0)) for k, v in m.items() if v is not None}
               for c, m in measured.items()}
        a.floor.write_text(json.dumps(new, indent=2) + "\n")
        print(f"floor written to {a.floor}")
    if failures:
        print("BELOW THE FLOOR:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
