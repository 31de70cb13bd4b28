"""Find every actor and place name of the knowledge base in a text, in one regex pass.

The surface forms are compiled into a trie-shaped regular expression (shared prefixes
factored out), so the C regex engine scans the text once instead of trying thousands of
alternatives at each position. Case-insensitive forms run on a case-folded copy of the
text that keeps every character offset; acronyms ("IS", "US") run on the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from belie.knowledge import KnowledgeBase, normalize
from belie.pipeline.gate import Gate, GateSet, word_starts

__all__ = ["Gazetteer", "Mention", "fold", "trie_pattern"]

_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_STRAIGHT = (("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "))
_SEP = "\x00"  # a run of spaces or hyphens
_OPT = {"'": "'?", ".": r"\.?"}


def fold(text: str) -> str:
    """ASCII-lowercase text with curly quotes and dashes straightened; same length as the input.

    A byte table lowercases ASCII only (UTF-8 bytes of other characters are all >= 0x80);
    much faster than `str.translate` with a dict, which calls back per character.
    """
    out = text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER).decode("utf-8", "surrogatepass")
    if not out.isascii():
        for curly, plain in _STRAIGHT:
            if curly in out:
                out = out.replace(curly, plain)
    return out


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    kind: str  # "actor" | "place"
    target: str  # canonical actor name or place id
    needs_context: bool = False


def _units(form: str) -> list[str]:
    text = re.sub(r"[\s\-]+", _SEP, form.strip())
    return list(text)


def _render(unit: str) -> str:
    if unit == _SEP:
        return r"[\s\-]+"
    return _OPT.get(unit) or re.escape(unit)


def trie_pattern(forms: Iterable[str]) -> str:
    """A regex alternation equivalent to `forms`, factored as a trie; longest match first."""
    root: dict = {}
    for form in forms:
        node = root
        for unit in _units(form):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _node_pattern(root) if root else r"(?!x)x"


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = [_render(unit) + _node_pattern(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


class Gazetteer:
    """Actor and place mentions of one knowledge base; compile once, reuse for every text."""

    def __init__(self, kb: KnowledgeBase, extra_actor_forms: Iterable[tuple[str, str]] = ()) -> None:
        self.kb = kb
        self._targets: dict[tuple[str, bool], list[tuple[str, str, bool]]] = {}
        self._forms: dict[bool, set[str]] = {False: set(), True: set()}
        for form in kb.actor_forms():
            self._add(form.text, "actor", form.target, form.case_sensitive, getattr(form, "needs_context", False))
        for text, target in extra_actor_forms:
            self._add(text, "actor", target, False, False)
        for form in kb.place_forms():
            self._add(form.text, "place", form.target, form.case_sensitive, False)
        self._folded_re = self._compile(self._forms[False])
        self._exact_re = self._compile(self._forms[True])
        self._gates = GateSet([Gate(self._folded_re), Gate(self._exact_re)])  # matches start at word starts
        self._odd_starts = [_odd_starts(self._forms[False]), _odd_starts(self._forms[True])]  # ... or here
        self._entries: dict[tuple[str, bool], list[tuple[str, str, bool]]] = {}  # matched text -> targets

    def _add(self, text: str, kind: str, target: str, case_sensitive: bool, needs_context: bool) -> None:
        key = text if case_sensitive else fold(text)
        if not key.strip() or len(normalize(key)) < 2:
            return
        self._forms[case_sensitive].add(key.strip())
        entries = self._targets.setdefault((_key(key), case_sensitive), [])
        if (kind, target, needs_context) not in entries:
            entries.append((kind, target, needs_context))

    def _compile(self, forms: set[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w])(?:" + trie_pattern(forms) + r")(?![\w])")

    def find(self, text: str, words: list[tuple[int, str]] | None = None) -> list[Mention]:
        """Non-overlapping mentions, left to right; longer matches win over shorter ones.

        `words` is `gate.word_starts(text)` when the caller has it; the regexes are tried only where a
        match can start (what `finditer` finds, found faster).
        """
        found: list[Mention] = []
        candidates = self._gates.candidates(word_starts(text) if words is None else words)
        for cs, haystack in ((False, fold(text)), (True, text)):
            positions, odd = candidates[cs], self._odd_starts[cs]
            if odd is not None:
                positions = sorted({*positions, *(m.start() for m in odd.finditer(haystack))})
            for m in self._gates.gates[cs].matches(haystack, positions):
                found.extend(self._mentions(m, text, cs))
        return _drop_overlaps(found)

    def _mentions(self, m: re.Match[str], text: str, cs: bool) -> list[Mention]:
        matched = (m.group(0), cs)
        entries = self._entries.get(matched)
        if entries is None:
            if len(self._entries) > 50_000:  # bounded: memory stays flat while streaming
                self._entries.clear()
            entries = self._entries[matched] = self._targets.get((_key(matched[0]), cs), [])
        start, end = m.span()
        surface = text[start:end]
        return [Mention(start, end, surface, kind, target, ctx) for kind, target, ctx in entries]


def _odd_starts(forms: set[str]) -> re.Pattern[str] | None:
    """Where a form that starts with no word character ("'s-Hertogenbosch", "-") can start, or None."""
    firsts = {_units(form)[0] for form in forms}
    odd = sorted(r"[\s\-]" if u == _SEP else re.escape(u) for u in firsts if not (u.isalnum() or u == "_"))
    return re.compile("|".join(odd)) if odd else None


def _key(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.replace("'", "").replace(".", "")).strip()


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end and not (m.start == out[-1].start and m.end == out[-1].end):
            continue
        out.append(m)
    return out
