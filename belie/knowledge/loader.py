"""Load the packaged knowledge files plus user directories into a KnowledgeBase.

PROVISIONAL minimal loader: the knowledge issue replaces it with full validation.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from belie.errors import KnowledgeError
from belie.knowledge.base import Actor, Affiliation, Alias, ContextRule, KnowledgeBase

DATA = Path(__file__).parent / "data"


def load_knowledge(extra_dirs: Sequence[Path | str] = ()) -> KnowledgeBase:
    actors: dict[str, Actor] = {}
    rules: list[ContextRule] = []
    problems: list[str] = []
    for folder in [DATA, *map(Path, extra_dirs)]:
        for path in sorted(folder.glob("actors*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for entry in data.get("actors", []):
                try:
                    actor = Actor(
                        name=entry["name"], kind=entry["kind"], family=entry.get("family", entry["name"]),
                        parent=entry.get("parent"), country=entry.get("country"),
                        assessor=bool(entry.get("assessor", False)),
                        aliases=[Alias(a) for a in entry.get("aliases", [])]
                        + [Alias(a, True) for a in entry.get("acronyms", [])],
                        affiliations=[Affiliation(**a) for a in entry.get("affiliations", [])],
                        source=str(path),
                    )
                except (KeyError, TypeError) as err:
                    problems.append(f"{path}: entry {entry!r}: {err}")
                    continue
                actors[actor.name] = actor
            for rule in data.get("context_rules", []):
                rules.append(ContextRule(rule["alias"], tuple(rule["by_speaker_family"].items()), rule.get("default")))
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(actors.values(), (), rules)


@lru_cache(maxsize=1)
def default_knowledge() -> KnowledgeBase:
    extra = [p for p in os.environ.get("BELIE_KNOWLEDGE", "").split(os.pathsep) if p]
    return load_knowledge(extra)
