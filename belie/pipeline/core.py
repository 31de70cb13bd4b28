"""The extraction pipeline: Document -> Extraction (events and claims), plus ad-hoc claims."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Iterator

from belie.errors import ClaimParseError
from belie.knowledge import KnowledgeBase, default_knowledge
from belie.model import ActorRef, Claim, Document, Extraction, Span
from belie.pipeline.claims import ClaimRules
from belie.pipeline.context import DocContext, Sentence
from belie.pipeline.events import EventRules
from belie.pipeline.gazetteer import Gazetteer
from belie.pipeline.index import annotate
from belie.pipeline.lexicon import load_lexicon
from belie.pipeline.rules import Rules

__all__ = ["Pipeline", "RULES_VERSION"]

RULES_VERSION = "0.1.0"
QUERY_SPEAKER = ActorRef(name="analyst query", kind="query")
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
        self.claims = ClaimRules(self.rules, self.version)

    def context(self, doc: Document) -> DocContext:
        if doc.published is None and doc.url and "url_date" not in doc.meta:
            if m := _URL_DATE.search(doc.url):
                doc.meta["url_date"] = date(int(m[1]), int(m[2]), 15)
        ctx = DocContext(doc, self.kb, self.gazetteer)
        annotate(ctx.sentences, doc.text, self.rules, doc.published)
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
        """Read free text ("ISKP has no presence in Afghanistan") as a claim by the analyst."""
        doc = Document(text=text, published=as_of, url=None)
        ctx = self.context(doc)
        sent = Sentence(0, 0, len(text), text, [a for s in ctx.sentences for a in s.actors],
                        [p for s in ctx.sentences for p in s.places])
        prop = self.claims.proposition(ctx, sent, 0, len(text), QUERY_SPEAKER, deny_cue=False)
        groups = [a.ref for a in sent.actors if a.non_state]
        if prop is None and groups and sent.places:
            prop = self.claims.proposition(ctx, sent, 0, len(text), QUERY_SPEAKER, deny_cue=False) or \
                self._presence(ctx, sent)
        if prop is None or not groups:
            understood = {"groups": [g.name for g in groups], "kind": prop.kind if prop else None,
                          "places": [p.place_id for p in sent.places]}
            missing = [m for m, ok in (("group", groups), ("kind", prop)) if not ok]
            raise ClaimParseError(text, understood, missing)
        return Claim(document_id="adhoc", speaker=QUERY_SPEAKER, kind=prop.kind, polarity=prop.polarity,
                     span=Span(0, len(text)), quote=text, subjects=prop.subjects or groups,
                     location=self.claims._location(ctx, sent), date=as_of,
                     date_source="stated" if as_of else None, cue=None, number=prop.number,
                     extractor=self.version)

    def _presence(self, ctx: DocContext, sent: Sentence):
        from belie.pipeline.claims import Proposition
        negated = bool(self.rules.negation.search(sent.text))
        groups = [a.ref for a in sent.actors if a.non_state]
        return Proposition("presence", "deny" if negated else "affirm", groups)


def demonym_forms(kb: KnowledgeBase, table: dict) -> list[tuple[str, str]]:
    """("German police", "Germany") for every demonym whose country has exactly one state actor."""
    states: dict[str, list[str]] = {}
    for actor in kb.actors.values():
        if actor.kind == "state" and actor.country and not actor.parent:
            states.setdefault(actor.country, []).append(actor.name)
    forms = []
    for demonym, code in table["demonyms"].items():
        if len(states.get(code, [])) == 1:
            forms += [(f"{demonym} {noun}", states[code][0]) for noun in table["nouns"]]
    return forms
