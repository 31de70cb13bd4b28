#!/usr/bin/env python
"""Run the verifier on gold annotations (no extraction) and compare with the gold verdicts.

Dev tool: reads ../shared/corpus/{dev,seed} at run time (nothing is copied into the
project), loads gold events and claims as model records into a MemorySource, judges every
claim and compares with gold/_verdicts.yaml (label accuracy, evidence recall capped at 5
per claim, evidence precision) and gold/_adhoc.yaml (structured claims of adhoc_spec.yaml).

    .venv/bin/python scripts/verify_gold.py ../shared/corpus/dev ../shared/corpus/seed -v
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import yaml

from belie.errors import KnowledgeError
from belie.knowledge import KnowledgeBase, default_knowledge
from belie.knowledge.records import Actor, Affiliation, Alias, Phase
from belie.model import ActorRef, Claim, DateRange, Document, Event, Location, Span
from belie.verify import MemorySource, Verifier

CAP = 5
CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "contract" / "actors.yaml"
# Only for --contract-kb (the scorer's name list has no kinds, statuses or home countries).
STATES = {"Pakistan": "PK", "United States": "US", "Russia": "RU", "Iran": "IR", "India": "IN", "China": "CN",
          "Israel": "IL", "Tajikistan": "TJ", "Ukraine": "UA", "Germany": "DE", "Netherlands": "NL",
          "Turkey": "TR", "Uzbekistan": "UZ", "Islamic Republic of Afghanistan": "AF"}
BODIES = {"UN Monitoring Team", "United Nations", "International Crisis Group", "PIPS", "ExTrac"}
HOMES = {"ISKP": "AF", "TTP": "PK", "Jamaat-ul-Ahrar": "PK", "Hafiz Gul Bahadur group": "PK", "BLA": "PK",
         "BLF": "PK", "Taliban": "AF", "Haqqani Network": "AF", "NRF": "AF", "AFF": "AF", "Jaish al-Adl": "IR",
         "Jaish-e-Mohammed": "PK", "Lashkar-e-Taiba": "PK", "Tehreek-i-Jihad Pakistan": "PK", "IS-Hind": "IN"}


def front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}, text
    head, _, body = text[3:].partition("\n---")
    return yaml.safe_load(head) or {}, body.lstrip("\n")


def as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value and str(value) != "unknown" else None
    except ValueError:
        return None


def load_document(texts: Path, name: str) -> Document:
    meta, body = front_matter(texts / name)
    return Document(text=body, url=meta.get("url"), title=meta.get("title"), publisher=meta.get("publisher"),
                    published=as_date(meta.get("published")), path=name, id=name)


def refs(names) -> list[ActorRef]:
    return [ActorRef(n) for n in names or [] if n]


def load_event(name: str, g: dict) -> Event:
    start = as_date(g.get("date")) or as_date(g.get("date_start"))
    end = as_date(g.get("date")) or as_date(g.get("date_end")) or start
    return Event(name, g["type"], Span(0, 0), g.get("quote") or "", refs(g.get("agents")), refs(g.get("targets")),
                 g.get("attribution"), Location(g.get("country"), g.get("admin1"), g.get("place")),
                 DateRange(start, end), id=f"{name}:{g['id']}")


def load_claim(name: str, g: dict) -> Claim:
    speaker = ActorRef(g["speaker"], affiliation=g.get("speaker_affiliation"))
    return Claim(name, speaker, g["kind"], g["polarity"], Span(0, 0), g.get("quote") or "", refs(g.get("subjects")),
                 Location(g.get("country"), g.get("admin1")), as_date(g.get("date")), id=f"{name}:{g['id']}")


def load_corpus(corpus: Path, source: MemorySource) -> None:
    for path in sorted((corpus / "gold").glob("[!_]*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = gold["file"]
        source.add(load_document(corpus / "texts", name),
                   [load_event(name, e) for e in gold.get("events") or []],
                   [load_claim(name, c) for c in gold.get("claims") or []])


def score_verdicts(verifier: Verifier, gold: list[dict], verbose: bool) -> dict:
    by_id = {v.claim_id: v for v in verifier.check_all()}
    ok = hit = total = cited_n = cited_ok = 0
    for g in gold:
        got = by_id.get(g["claim"])
        cited = {e.id for e in got.evidence} if got else set()
        valid = set(g.get("evidence") or [])
        ok += bool(got) and got.label == g["label"]
        total += min(len(valid), CAP)
        hit += min(len(cited & valid), CAP)
        cited_n += len(cited)
        cited_ok += len(cited & valid)
        if verbose and (not got or got.label != g["label"] or cited != valid):
            print(f"{g['claim']}: want {g['label']} got {got.label if got else None}; "
                  f"missing {sorted(valid - cited)[:6]} extra {sorted(cited - valid)[:6]}")
    return {"claims": len(gold), "label_accuracy": _ratio(ok, len(gold)), "evidence_recall": _ratio(hit, total),
            "evidence_precision": _ratio(cited_ok, cited_n)}


def score_adhoc(verifier: Verifier, corpus: Path, gold: list[dict], verbose: bool) -> dict:
    spec_path = corpus / "adhoc_spec.yaml"
    if not spec_path.exists():
        return {}
    specs = {(s["text"], str(s["as_of"])): s for s in yaml.safe_load(spec_path.read_text(encoding="utf-8"))}
    ok = 0
    for g in gold:
        s = specs[(g["text"], str(g["as_of"]))]
        claim = Claim("adhoc", ActorRef("ad hoc"), s["kind"], s["polarity"], Span(0, 0), s["text"],
                      refs(s.get("subjects")), Location(s.get("country"), s.get("admin1")), as_date(s["as_of"]))
        got = verifier.judge(claim).label
        ok += got == g["label"]
        if verbose and got != g["label"]:
            print(f"adhoc {g['text']!r} {g['as_of']}: want {g['label']} got {got}")
    return {"adhoc": len(gold), "adhoc_accuracy": _ratio(ok, len(gold))}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def unknown_names(source: MemorySource, kb: KnowledgeBase) -> list[str]:
    names = {r.name for e in source.events() for r in (*e.agents, *e.targets)}
    names |= {r.name for c in source.claims() for r in (c.speaker, *c.subjects)}
    return sorted(n for n in names if kb.actor(n) is None)


def run_corpus(corpus: Path, kb: KnowledgeBase, window_days: int, verbose: bool) -> dict:
    source = MemorySource(kb)
    load_corpus(corpus, source)
    verifier = Verifier(source, kb, window_days)
    read = lambda n: yaml.safe_load((corpus / "gold" / n).read_text(encoding="utf-8")) or []  # noqa: E731
    out = score_verdicts(verifier, read("_verdicts.yaml"), verbose)
    out.update(score_adhoc(verifier, corpus, read("_adhoc.yaml"), verbose))
    if verbose:
        print("names the knowledge base does not know:", ", ".join(unknown_names(source, kb)) or "none")
    return out


def contract_kb(path: Path = CONTRACT) -> KnowledgeBase:
    """A knowledge base from the scorer's actors.yaml, for when the packaged one does not load."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    actors = [_contract_actor(name, spec) for name, spec in data["groups"].items()]
    actors += [Actor(name, "person", spec["affiliation"], aliases=[Alias(a) for a in spec.get("aliases", [])],
                     affiliations=[Affiliation(spec["affiliation"])]) for name, spec in data["persons"].items()]
    return KnowledgeBase(actors)


def _contract_actor(name: str, spec: dict) -> Actor:
    aliases = [Alias(a) for a in spec.get("aliases", []) if a != name]
    kind = "state" if name in STATES else "body" if name in BODIES else "civilians" if name == "Civilians" \
        else "party" if name == "JUI-F" else "group"
    phases = [Phase("insurgency", True, None, date(2021, 8, 14)), Phase("authorities", False, date(2021, 8, 15))] \
        if name == "Taliban" else []
    return Actor(name, kind, spec.get("family", name), aliases=aliases, phases=phases,
                 country=STATES.get(name) or HOMES.get(name), assessor=name in BODIES or name == "United States",
                 non_state=kind == "group")


def load_kb(use_contract: bool) -> KnowledgeBase:
    if use_contract:
        return contract_kb()
    try:
        return default_knowledge()
    except KnowledgeError as err:
        print(f"packaged knowledge base does not load ({len(err.problems)} problems); using the contract's names",
              file=sys.stderr)
        return contract_kb()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--window-days", type=int, default=180)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--contract-kb", action="store_true", help="judge with the scorer's actors.yaml names")
    args = parser.parse_args(argv)
    kb = load_kb(args.contract_kb)
    for corpus in args.corpora:
        print(corpus.name, run_corpus(corpus, kb, args.window_days, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
