"""The extraction pipeline: Document -> Extraction (events and claims), plus ad-hoc claims."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Iterator

from belie.knowledge import KnowledgeBase, default_knowledge
from belie.model import Claim, Document, Extraction
from belie.pipeline.adhoc import QUERY_SPEAKER, read_claim
from belie.pipeline.claims import ClaimRules
from belie.pipeline.context import DocContext, sole_states
from belie.pipeline.events import EventRules
from belie.pipeline.gazetteer import Gazetteer
from belie.pipeline.index import annotate
from belie.pipeline.lexicon import load_lexicon
from belie.pipeline.rules import Rules

__all__ = ["QUERY_SPEAKER", "Pipeline", "RULES_VERSION"]

RULES_VERSION = "0.1.0"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")


class Pipeline:
    """Rules and dictionaries over a one-pass gazetteer; build once, reuse for every document."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else default_knowledge()
        lexicon = load_lexicon()
        self.version = f"belie-rules/{RULES_VERSION}+{lexicon.digest}"
        self.rules = Rules(lexicon)
        self.gazetteer = Gazetteer(self.kb, demonym_forms(self.kb, lexicon["demonyms"]))
        self.events = EventRules(self.rules, self.version)
        self.claims = ClaimRules(self.rules, self.version, capital_speakers(self.kb, lexicon["demonyms"]))
        self._cache: dict = {}  # knowledge-base lookups (names, places) shared across documents

    def context(self, doc: Document) -> DocContext:
        if doc.published is None and doc.url and "url_date" not in doc.meta:
            if m := _URL_DATE.search(doc.url):
                doc.meta["url_date"] = date(int(m[1]), int(m[2]), 15)
        if len(self._cache) > 20_000:  # bounded: memory stays flat while streaming
            self._cache.clear()
        ctx = DocContext(doc, self.kb, self.gazetteer, self._cache)
        annotate(ctx.sentences, doc.text, self.rules, ctx.anchor, ctx.words)
        return ctx

    def extract(self, doc: Document) -> Extraction:
        """Events and claims of one document; every span indexes `doc.text`."""
        ctx = self.context(doc)
        return Extraction(doc.id, self.events.extract(ctx), self.claims.extract(ctx), self.version)

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Stream extractions one document at a time (memory stays flat)."""
        for doc in docs:
            yield self.extract(doc)

    def parse_claim(self, text: str, as_of: date | None = None) -> Claim:
        """Read free text ("ISKP has no presence in Afghanistan") as a claim by the analyst.

        Raises ClaimParseError naming what was understood when no group or no kind can be read.
        """
        return read_claim(self.context(Document(text=text, published=as_of)), self.claims, as_of, self.version)


def capital_speakers(kb: KnowledgeBase, table: dict) -> dict[str, str]:
    """{"islamabad": "Pakistan"}: capitals that stand for a country with exactly one state actor."""
    states = sole_states(kb)
    return {name.lower(): states[code] for name, code in table.get("capitals", {}).items() if code in states}


def demonym_forms(kb: KnowledgeBase, table: dict) -> list[tuple[str, str]]:
    """("German police", "Germany") for every demonym whose country has exactly one state actor."""
    states = sole_states(kb)
    forms = []
    for demonym, code in table["demonyms"].items():
        if code in states:
            forms += [(f"{demonym} {noun}", states[code]) for noun in table["nouns"]]
    return forms
