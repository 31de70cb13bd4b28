"""Near-duplicate documents (syndicated copies of one story), found by text similarity.

Each text becomes a set of hashed word 5-grams ("shingles"). A few min-hashes of that set
(one per seed) are bucket keys, so only texts sharing a bucket are compared. Two texts are
copies when the shingles they share cover most of the shorter one (containment >= 0.7),
which also catches a wire story republished with a different headline or an extra paragraph.
Copies are merged with union-find; `cluster(doc_id)` names the story a document carries.
"""
from __future__ import annotations

import re
from typing import Callable

__all__ = ["StoryClusters", "containment", "shingles"]

_WORD = re.compile(r"\w+", re.UNICODE)
_SEEDS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5)
_MASK = (1 << 64) - 1
SIZE = 5
THRESHOLD = 0.7
MIN_SHINGLES = 8  # shorter texts are only ever copies of identical texts


def shingles(text: str, size: int = SIZE) -> frozenset[int]:
    """Hashes of the text's overlapping word n-grams (case-folded)."""
    words = list(map(str.casefold, _WORD.findall(text or "")))
    if len(words) < size:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(map(hash, zip(*(words[i:] for i in range(size)))))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the other (1.0 for a copy or a cut-down copy)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


class StoryClusters:
    """Groups documents into stories incrementally; `text_of(doc_id)` supplies texts on demand."""

    def __init__(self, text_of: Callable[[str], str | None], threshold: float = THRESHOLD,
                 shingled: dict[str, tuple[str, frozenset[int], list[tuple[int, int]]]] | None = None) -> None:
        """`shingled` may be shared between clusterings of the same documents: it keeps each text's
        shingles and bucket keys by document id (recomputed when the text differs)."""
        self._text_of = text_of
        self._shingled = {} if shingled is None else shingled
        self.threshold = threshold
        self._parent: dict[str, str] = {}
        self._shingles: dict[str, frozenset[int]] = {}
        self._buckets: dict[tuple[int, int], list[str]] = {}
        self.unions = 0  # merges so far: a story id read before a merge may be stale after it

    def cluster(self, doc_id: str) -> str:
        """The id of the story `doc_id` belongs to (the first copy seen)."""
        if doc_id not in self._parent:
            self._add(doc_id)
        return self._find(doc_id)

    def count(self, doc_ids: set[str] | list[str]) -> int:
        """How many independent stories the documents carry."""
        return len({self.cluster(d) for d in doc_ids})

    def _add(self, doc_id: str) -> None:
        self._parent[doc_id] = doc_id
        text = self._text_of(doc_id) or ""
        known = self._shingled.get(doc_id)
        if known is None or (known[0] is not text and known[0] != text):
            sh = shingles(text)
            known = self._shingled[doc_id] = (text, sh, _bucket_keys(sh) if sh else [])
        sh = self._shingles[doc_id] = known[1]
        if not sh:
            return
        for key in known[2]:
            peers = self._buckets.setdefault(key, [])
            for other in peers:
                if self._find(other) != self._find(doc_id) and self._similar(sh, self._shingles[other]):
                    self._union(other, doc_id)
            peers.append(doc_id)

    def _similar(self, a: frozenset[int], b: frozenset[int]) -> bool:
        if min(len(a), len(b)) < MIN_SHINGLES:
            return a == b
        return containment(a, b) >= self.threshold

    def _find(self, doc_id: str) -> str:
        parent = self._parent
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra
            self.unions += 1


def _bucket_keys(sh: frozenset[int]) -> list[tuple[int, int]]:
    unsigned = [h & _MASK for h in sh]  # seeds are unsigned too, so (h ^ seed) needs no mask
    return [(n, min(map(seed.__xor__, unsigned))) for n, seed in enumerate(_SEEDS)]
