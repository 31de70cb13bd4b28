"""Near-duplicate documents (syndicated copies of one story), found by text similarity.

Each text becomes a set of hashed word 5-grams ("shingles", `belie.shingles`). A few min-hashes
of that set (one per seed) are bucket keys, so only texts sharing a bucket are compared. Two texts
are copies when the shingles they share cover most of the shorter one (containment >= 0.7),
which also catches a wire story republished with a different headline or an extra paragraph.
Copies are merged as they are found; `cluster(doc_id)` names the story a document carries (the
first copy seen), and `read(doc_ids)` gives the stories of many documents read in turn. Where the
keys are known without the text (a store keeps them per document: `keys_of`), a text is read and
shingled only when another document shares one of its buckets; with `texts_of`, the texts that
`read` will need are read in one go beforehand.
"""
from __future__ import annotations

from typing import Callable

from belie.shingles import min_hashes, shingles

__all__ = ["StoryClusters", "containment", "shingles"]

THRESHOLD = 0.7
MIN_SHINGLES = 8  # shorter texts are only ever copies of identical texts


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the other (1.0 for a copy or a cut-down copy)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


class StoryClusters:
    """Groups documents into stories incrementally; `text_of(doc_id)` supplies texts on demand."""

    def __init__(self, text_of: Callable[[str], str | None], threshold: float = THRESHOLD,
                 shingled: dict[str, tuple[str, frozenset[int], list[tuple[int, int]]]] | None = None,
                 keys_of: Callable[[str], list[int] | None] | None = None,
                 texts_of: Callable[[list[str]], dict[str, str | None]] | None = None) -> None:
        """`shingled` may be shared between clusterings of the same documents: it keeps each text's
        shingles and bucket keys by document id (recomputed when the text differs). `keys_of` gives a
        document's min-hashes as kept with it (`belie.shingles.story_keys` of its text; None where not
        kept): its text is then read only to compare it with a document sharing a bucket. `texts_of(ids)`
        reads many texts at once: `read` asks it for every text its documents' kept keys show it will
        compare, instead of asking `text_of` one by one."""
        self._text_of = text_of
        self._keys_of = keys_of
        self._texts_of = texts_of
        self._read_ahead: dict[str, str | None] = {}  # texts read in bulk, each used once by `_shingle`
        self._shingled = {} if shingled is None else shingled
        self.threshold = threshold
        self._root: dict[str, str] = {}  # each document's story: the first copy seen
        self._members: dict[str, list[str]] = {}  # documents of each story of more than one
        self._shingles: dict[str, tuple[frozenset[int], list[tuple[int, int]]]] = {}
        self._buckets: dict[tuple[int, int], list[str]] = {}
        self.unions = 0  # merges so far: a story id read before a merge may be stale after it

    def cluster(self, doc_id: str) -> str:
        """The id of the story `doc_id` belongs to (the first copy seen)."""
        root = self._root.get(doc_id)
        if root is None:
            self._add(doc_id)
            root = self._root[doc_id]
        return root

    def count(self, doc_ids: set[str] | list[str]) -> int:
        """How many independent stories the documents carry."""
        return len({self.cluster(d) for d in doc_ids})

    def read(self, doc_ids: list[str], known: Callable[[str], bool]) -> list[str | None]:
        """The story of each document, read in turn: what `cluster` called on each in this order gives
        (a merge made when a later document comes in leaves the stories already read as they were),
        and None for a document not clustered yet that `known` rejects (it is not clustered). The
        documents already clustered are looked up at once; only a merge splits the reading."""
        root = self._root
        fresh = set(doc_ids).difference(root)
        if fresh:
            fresh = {d for d in fresh if known(d)}
        if not fresh:
            return list(map(root.get, doc_ids))
        if self._texts_of is not None and self._keys_of is not None:
            self._read_texts_ahead(fresh)
        out: list[str | None] = []
        start = 0
        for doc in [d for d in dict.fromkeys(doc_ids) if d in fresh]:  # in order of first reading
            moved = self._add(doc)
            if moved:  # the documents read before this one keep the stories they had
                at = doc_ids.index(doc, start)
                out.extend([moved.get(d, root.get(d)) for d in doc_ids[start:at]])
                start = at
        out.extend(map(root.get, doc_ids[start:]))
        self._read_ahead.clear()  # texts read ahead but never compared (their stories had merged already)
        return out

    def _read_texts_ahead(self, fresh: set[str]) -> None:
        """Read in one go the texts that adding `fresh` will compare: those of every document (new or
        clustered before) in a bucket that the kept keys show two documents sharing."""
        seen: dict[tuple[int, int], str] = {}
        wanted: set[str] = set()
        for doc in fresh:
            kept = self._keys_of(doc)  # type: ignore[misc]
            if kept is None:  # no kept keys: its text is shingled whatever it shares
                wanted.add(doc)
                continue
            for key in enumerate(kept):
                peers = self._buckets.get(key)
                if peers:
                    wanted.add(doc)
                    wanted.update(peers)
                elif key in seen:
                    wanted.update((doc, seen[key]))
                else:
                    seen[key] = doc
        shingled = self._shingles  # tested per wanted id: `difference_update` would walk every text shingled so far
        wanted = {d for d in wanted if d not in shingled}
        if len(wanted) > 1:
            self._read_ahead.update(self._texts_of(sorted(wanted)))  # type: ignore[misc]

    def _add(self, doc_id: str) -> dict[str, str]:
        """Cluster a new document; the documents whose story it changed, with their story before."""
        root = self._root
        root[doc_id] = doc_id
        moved: dict[str, str] = {}
        kept = self._keys_of(doc_id) if self._keys_of is not None else None
        keys = list(enumerate(kept)) if kept is not None else self._shingle(doc_id)[1]
        for key in keys:
            peers = self._buckets.setdefault(key, [])
            for other in peers:
                if root[other] != root[doc_id] and self._similar(self._shingle(doc_id)[0],
                                                                 self._shingle(other)[0]):
                    self._union(other, doc_id, moved)
            peers.append(doc_id)
        return moved

    def _shingle(self, doc_id: str) -> tuple[frozenset[int], list[tuple[int, int]]]:
        """The document's shingles and bucket keys, worked out from its text once."""
        sh = self._shingles.get(doc_id)
        if sh is not None:
            return sh
        text = (self._read_ahead.pop(doc_id) if doc_id in self._read_ahead else self._text_of(doc_id)) or ""
        known = self._shingled.get(doc_id)
        if known is None or (known[0] is not text and known[0] != text):
            found = shingles(text)
            known = self._shingled[doc_id] = (text, found, _bucket_keys(found) if found else [])
        sh = self._shingles[doc_id] = (known[1], known[2])
        return sh

    def _similar(self, a: frozenset[int], b: frozenset[int]) -> bool:
        if min(len(a), len(b)) < MIN_SHINGLES:
            return a == b
        return containment(a, b) >= self.threshold

    def _union(self, a: str, b: str, moved: dict[str, str]) -> None:
        """Merge b's story into a's (a's story id stays)."""
        root = self._root
        ra, rb = root[a], root[b]
        if ra != rb:
            members = self._members.pop(rb, None) or [rb]
            for doc in members:
                moved.setdefault(doc, rb)
                root[doc] = ra
            self._members.setdefault(ra, [ra]).extend(members)
            self.unions += 1


def _bucket_keys(sh: frozenset[int]) -> list[tuple[int, int]]:
    return list(enumerate(min_hashes(sh)))
