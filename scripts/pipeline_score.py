#!/usr/bin/env python3
"""Score belie.pipeline directly (no store, no CLI) with the metrics of ../shared/eval/score.py.

    .venv/bin/python scripts/pipeline_score.py /work/shared/corpus/dev [-v] [--json OUT]

Imports the scorer as a module and reuses its matching, so the event/claim figures equal
what `score.py` reports once `belie ingest/export` run the same pipeline.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

SCORER = Path("/work/shared/eval/score.py")


def load_scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("belie_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_document(path: Path, sc):
    from belie.model import Document

    text = path.read_text(encoding="utf-8")
    meta = sc.front_matter(path)
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    body = text[m.end():] if m else text
    published = meta.get("published")
    published = published if isinstance(published, date) else None
    clean = {k: (None if meta.get(k) in (None, "unknown") else str(meta.get(k))) for k in ("url", "title", "publisher")}
    return Document(text=body, published=published, published_precision="day" if published else "unknown",
                    path=str(path), **clean)


def score(corpus: Path, verbose: bool):
    from belie.pipeline import Pipeline

    sc = load_scorer()
    names = sc.Names()
    docs, _, _ = sc.load_gold(corpus)
    pipe = Pipeline()
    t0 = time.perf_counter()
    pred: dict[str, tuple[list, list]] = {}
    for name in docs:
        doc = read_document(corpus / "texts" / name, sc)
        ex = pipe.extract(doc)
        pred[name] = ([e.to_json(doc) for e in ex.events], [c.to_json(doc) for c in ex.claims])
    seconds = time.perf_counter() - t0
    return tally(sc, names, docs, pred, verbose), seconds, pipe.version


def tally(sc, names, docs, pred, verbose):
    n = dict(ev_tp=0, ev_pred=0, ev_gold=0, cl_tp=0, cl_pred=0, cl_gold=0, type_ok=0, admin_ok=0, admin_n=0,
             date_ok=0, date_n=0, kind_ok=0)
    misses, alarms = [], []
    for name, d in docs.items():
        pe, pc = pred[name]
        ge, gc = d["gold"].get("events") or [], d["gold"].get("claims") or []
        pairs = sc.match_events(ge, pe, names)
        n["ev_tp"] += len(pairs); n["ev_pred"] += len(pe); n["ev_gold"] += len(ge)
        for i, j in pairs:
            g, p = ge[i], pe[j]
            n["type_ok"] += g.get("type") == p.get("type")
            if g.get("admin1"):
                n["admin_n"] += 1
                n["admin_ok"] += g["admin1"] == (p.get("location") or {}).get("admin1")
            if sc.gold_span(g)[0]:
                n["date_n"] += 1
                n["date_ok"] += sc.overlaps(sc.gold_span(g), sc.pred_span(p), slack=0)
            if verbose and (g.get("type") != p.get("type") or (g.get("admin1") and g["admin1"] != p["location"]["admin1"])):
                misses.append(f"~ {name}:{g['id']} type {g.get('type')}/{p.get('type')} admin1 {g.get('admin1')}/{p['location']['admin1']} date {sc.gold_span(g)}/{sc.pred_span(p)}")
        misses += [f"{name}:{ge[i]['id']} {ge[i].get('type')} {ge[i].get('agents')}->{ge[i].get('targets')} {ge[i].get('quote', '')[:90]}"
                   for i in sorted(set(range(len(ge))) - {i for i, _ in pairs})]
        alarms += [f"{name}: {pe[j]['type']} {[a['name'] for a in pe[j]['agents']]}->{[a['name'] for a in pe[j]['targets']]} {pe[j]['location']['country']} {pe[j]['evidence']['text'][:90]!r}"
                   for j in sorted(set(range(len(pe))) - {j for _, j in pairs})]
        cpairs = sc.match_claims(gc, pc, names)
        n["cl_tp"] += len(cpairs); n["cl_pred"] += len(pc); n["cl_gold"] += len(gc)
        for i, j in cpairs:
            n["kind_ok"] += gc[i].get("kind") == pc[j].get("kind")
        misses += [f"{name}:{gc[i]['id']} claim {gc[i].get('speaker')} {gc[i].get('kind')}/{gc[i].get('polarity')} {gc[i].get('subjects')}: {gc[i].get('quote', '')[:80]}"
                   for i in sorted(set(range(len(gc))) - {i for i, _ in cpairs})]
        alarms += [f"{name}: claim {pc[j]['speaker'].get('name')} {pc[j]['kind']}/{pc[j]['polarity']} {[s['name'] for s in pc[j]['subjects']]} {pc[j]['quote'][:80]!r}"
                   for j in sorted(set(range(len(pc))) - {j for _, j in cpairs})]
    return n, misses, alarms


def figures(sc, n) -> dict:
    ep, er, ef = sc.prf(n["ev_tp"], n["ev_pred"], n["ev_gold"])
    cp, cr, cf = sc.prf(n["cl_tp"], n["cl_pred"], n["cl_gold"])
    ratio = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    return {
        "events": {"gold": n["ev_gold"], "predicted": n["ev_pred"], "matched": n["ev_tp"], "precision": round(ep, 3),
                   "recall": round(er, 3), "f1": round(ef, 3), "type_accuracy": ratio(n["type_ok"], n["ev_tp"]),
                   "admin1_accuracy": ratio(n["admin_ok"], n["admin_n"]), "date_accuracy": ratio(n["date_ok"], n["date_n"])},
        "claims": {"gold": n["cl_gold"], "predicted": n["cl_pred"], "matched": n["cl_tp"], "precision": round(cp, 3),
                   "recall": round(cr, 3), "f1": round(cf, 3), "kind_accuracy": ratio(n["kind_ok"], n["cl_tp"])},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--json", type=Path, help="write the figures here")
    a = ap.parse_args(argv)
    (n, misses, alarms), seconds, version = score(a.corpus, a.verbose)
    fig = figures(load_scorer(), n)
    fig["extractor"], fig["seconds"] = version, round(seconds, 2)
    if a.verbose:
        print("missed (gold not found):", *misses, sep="\n  ")
        print("false alarms (predicted, unmatched):", *alarms, sep="\n  ")
    print(json.dumps(fig, indent=2))
    if a.json:
        a.json.write_text(json.dumps(fig, indent=2))
    e, c = fig["events"], fig["claims"]
    print(f"SCORE event_f1={e['f1']} claim_f1={c['f1']} admin1={e['admin1_accuracy']} date={e['date_accuracy']} "
          f"type={e['type_accuracy']} kind={c['kind_accuracy']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
