"""Compiled lexicon patterns shared by the event and claim rules (built once per Pipeline)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from belie.pipeline.dates import DateFinder
from belie.pipeline.event_links import SEIZE_WORD
from belie.pipeline.gate import Gate, GateSet, is_cut_clean
from belie.pipeline.lexicon import Lexicon
from belie.pipeline.literals import Quick
from belie.pipeline.numbers import NumberReader

if TYPE_CHECKING:
    from belie.pipeline.context import Sentence

__all__ = ["Rules"]

_FILLER = r"(?:(?:were|was|have been|had been|has been|are|is|got|being|reportedly|also|later|all)\s+){0,3}"
_TOLL = r"(?:(?:rose|climbed|reached|stands?|stood|is|was|has risen|had risen|of|at)\s+(?:to\s+|at\s+)?)?"

_SENTENCE_PATTERNS = ("communique", "claimed_object", "reported", "anaphora", "background", "action", "not_incident",
                      "state_bombing", "distinct", "year_incident", "seize_word", "seized")  # searched over whole sentences: candidates for prefilters


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.I)


class Rules:
    """Every regex the rules use, compiled from the lexicon once."""

    def __init__(self, lexicon: Lexicon) -> None:
        ev, cl, roles = lexicon["events"], lexicon["claims"], lexicon["roles"]
        self.numbers = NumberReader(lexicon)
        self.dates = DateFinder(lexicon)
        self.priority: list[str] = list(ev["priority"])
        self.triggers = re.compile("|".join(
            rf"(?P<{t}>\b(?:{'|'.join(ev['triggers'][t])})\b)" for t in self.priority), re.I)
        num = self.numbers.pattern.pattern.replace("(?P<", "(?P<n_")
        self.outcome_kinds = {kind: _words(verbs) for kind, verbs in ev["outcomes"].items()}
        self.toll = re.compile(rf"\s+{_TOLL}", re.I)
        self.count_gap = re.compile(rf"\s+(?:[\w'-]+\s+){{0,4}}?{_FILLER}", re.I)
        self.outcome_verbs = _words("|".join(ev["outcomes"].values()))
        self.seized = _words(ev["seized"])
        self.currency = re.compile(
            rf"(?P<pre>{'|'.join(v for v in ev['currencies'].values())})?\s?(?P<amount>{num.replace('(?P<n_', '(?P<c_')}|millions|billions)"
            rf"(?:\s+(?:of\s+)?(?P<post>{'|'.join(ev['currencies'].values())}))?", re.I)
        self.currency_codes = {code: re.compile(rf"^(?:{p})$", re.I) for code, p in ev["currencies"].items()}
        self.attribution = {k: _words(v) for k, v in ev["attribution"].items()}
        self.background = _words(ev["background"])
        self.anaphora = re.compile(ev["anaphora"], re.I)
        self.not_incident = re.compile(ev["not_incident"], re.I)
        self.action = re.compile(ev["action"], re.I)
        self.locative = re.compile(ev["locative"], re.I)
        self.coordination = re.compile(ev["coordination"], re.I)
        self.state_bombing = _words(ev["state_bombing"])
        self.distinct = re.compile(ev["distinct_incident"], re.I)
        self.year_incident = re.compile(ev["year_incident"], re.I)
        self.seize_word = SEIZE_WORD
        self.event_lexicon = ev  # raw events.yaml, for rules compiled by EventRules itself
        self.claim_lexicon = cl  # raw claims.yaml, for rules compiled by the claim modules
        self.group_refs = _words(roles["group_refs"])
        self.authority_refs = _words(roles["authority_refs"])
        self.speaker_refs = _words(roles["speaker_refs"])
        self.body_refs = _words(roles["body_refs"])
        self.statement_refs = _words(roles["statement_refs"])
        self.person_roles = _words(roles["person_roles"])
        self.role_after = re.compile(rf"(?:'s)?\s+(?:(?:acting|former|chief|top|deputy|senior|official|main)\s+)?(?:{roles['person_roles']})\b", re.I)
        self.anonymous = _words(roles["anonymous"])
        self.not_names = frozenset(roles["not_names"])
        self.titles = frozenset(roles["titles"])
        self.role_word = re.compile(rf"(?:{roles['person_roles']})", re.I)  # fullmatch: "Minister", "General"
        self.cue = re.compile(
            rf"\b(?:(?P<phrase>{cl['cues']['phrase']})|(?P<deny>{cl['cues']['deny']})|(?P<assert>{cl['cues']['assert']}))\b", re.I)
        self.negation = re.compile(cl["negation"], re.I)
        self.cue_blockers = frozenset(w.lower() for w in cl["cue_blockers"])
        self.deny_verb = _words(cl["cues"]["deny"])
        self.negation_idioms = _words(cl["negation_idioms"])
        self.body_phrase = re.compile(rf"\s*(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:{cl['body_words']})\b(?:\s+by\s+)?", re.I)
        self.clauses = re.compile(cl["clauses"], re.I)
        self.kinds = [(k, _words(v)) for k, v in cl["kinds"].items()]
        self.capability_deny = _words(cl["capability_deny"])
        self.territory_deny = _words(cl["territory_deny"])
        self.communique = _words(cl["communique"])
        self.body_words = _words(cl["body_words"])
        self.reported = _words(cl["reported"])
        self.claimed_object = _words(cl["claimed_object"])
        self.falsified = re.compile(cl["falsified"], re.I)
        self.seats: dict[str, str] = {k.lower(): v for k, v in cl.get("seats", {}).items()}
        self.speaker_nouns = re.compile(  # "Afghan officials", "prosecutors", right before a cue
            rf"(?:\b(?P<adj>[A-Z][\w.]+(?: [A-Z][\w.]+)?)\s+(?:(?:security|intelligence|military|government|senior|top|defen[cs]e|law enforcement)\s+|[a-z][\w-]+\s+)?)?"
            rf"\b(?P<noun>(?i:{roles['speaker_nouns']}))"
            rf"(?:\s+(?i:have|has|had|also|later|then|however|on \w+day|repeatedly|consistently|previously|"
            rf"earlier|often|publicly|again|long|always)){{0,3}}(?:,\s*(?i:for (?:their|its|his|her) part|in turn|meanwhile|too|likewise)\s*,)?[\s,]*$")
        self.gates = {name: Gate(getattr(self, name)) for name in ("triggers", "cue", "outcome_verbs")}
        self.gates["numbers"] = Gate(self.numbers.pattern)
        self.gates["dates"] = self.dates.gate
        self.prefilters = self._prefilters(ev)
        self.gate_set = GateSet([*self.gates.values(), *self.prefilters.values()])  # one pass over a document's words
        self._quick = {name: Quick(gate.pattern) for name, gate in self.prefilters.items()}  # for cuts inside words

    def search(self, sent: Sentence, name: str, pattern: re.Pattern[str] | None = None) -> re.Match[str] | None:
        """`pattern.search(sent.text)` (the attribute `name` by default), skipped when a prefilter rules it out."""
        return self.search_in(sent, name, pattern or getattr(self, name), 0, len(sent.text))

    def search_in(self, sent: Sentence, name: str, pattern: re.Pattern[str], start: int,
                  end: int) -> re.Match[str] | None:
        """`pattern.search(sent.text[start:end])`, where `pattern` is prefilter `name`'s (or no prefilter's).

        When `name` is a prefilter and no word runs across either end of the slice, only the
        prefilter's candidate offsets (and the slice's start, for a pattern with `^`) can start a
        match: `pattern.match` there, in order, gives the leftmost match without scanning every character.
        """
        cands, gate = sent.cands, self.prefilters.get(name)
        if cands is None or gate is None or not is_cut_clean(sent.text, start, end):
            text = sent.text if start == 0 and end == len(sent.text) else sent.text[start:end]
            quick = self._quick.get(name)
            return quick.search(text) if quick is not None and quick.regex is pattern else pattern.search(text)
        text = None
        if gate.from_start:
            text = sent.text if start == 0 and end == len(sent.text) else sent.text[start:end]
            if m := pattern.match(text):
                return m
        found = cands.get(name)
        if not found:
            return None
        lo, hi = sent.start + start, sent.start + end
        for pos in found:
            if pos < lo:
                continue
            if pos >= hi:
                return None
            if text is None:
                text = sent.text if start == 0 and end == len(sent.text) else sent.text[start:end]
            if m := pattern.match(text, pos - lo):
                return m
        return None

    def may(self, sent: Sentence, name: str) -> bool:
        """False only when prefilter `name` is known to have no match in `sent`."""
        return sent.may is None or name in sent.may or name not in self.prefilters or self.prefilters[name].from_start

    def _prefilters(self, ev: dict) -> dict[str, Gate]:
        """Per-sentence patterns whose matches start at word starts: a sentence without a candidate
        word for one (`Sentence.may`) needs no search."""
        patterns = {"named_deaths": re.compile(ev["named_deaths"], re.I), "group_refs": self.group_refs,
                    "authority_refs": self.authority_refs, **{f"kind:{k}": p for k, p in self.kinds},
                    **{name: getattr(self, name) for name in _SENTENCE_PATTERNS},
                    **{f"attribution:{k}": p for k, p in self.attribution.items()},
                    **{f"outcome:{k}": p for k, p in self.outcome_kinds.items()}}
        gates = {name: Gate(p, from_start=True) for name, p in patterns.items()}
        return {name: g for name, g in gates.items() if g.at_word_starts()}
