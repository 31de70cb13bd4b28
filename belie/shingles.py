"""Word shingles and min-hash story keys of a text: the fingerprint near-duplicate detection compares
(`belie.verify.dedupe`) and the store keeps for each document (`documents.story_keys`), so that a check
reads a document's text only when another document shares one of its keys.

A text becomes a set of hashed word 5-grams ("shingles"); a few min-hashes of that set (one per seed)
are its story keys. Words are numbered by CRC-32 and n-grams hashed as tuples of those numbers: Python
salts `hash(str)` per process (PYTHONHASHSEED) but not `hash(int)` or tuples of ints, so shingles and
keys are the same in every run (a stored key equals the key worked out again from the same text).
"""
from __future__ import annotations

import re
import zlib

__all__ = ["SEEDS", "SIZE", "min_hashes", "shingles", "story_keys"]

_WORD = re.compile(r"\w+", re.UNICODE)
SEEDS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5)
_MASK = (1 << 64) - 1
SIZE = 5


def shingles(text: str, size: int = SIZE) -> frozenset[int]:
    """Hashes of the text's overlapping word n-grams (case-folded)."""
    words = _word_numbers(list(map(str.casefold, _WORD.findall(text or ""))))
    if len(words) < size:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(map(hash, zip(*(words[i:] for i in range(size)))))


def min_hashes(sh: frozenset[int]) -> list[int]:
    """One min-hash of the shingles per seed (`SEEDS`); [] for no shingles."""
    if not sh:
        return []
    unsigned = [h & _MASK for h in sh]  # seeds are unsigned too, so (h ^ seed) needs no mask
    return [min(map(seed.__xor__, unsigned)) for seed in SEEDS]


def story_keys(text: str) -> list[int]:
    """The text's min-hashes, as the store keeps them."""
    return min_hashes(shingles(text))


_NUMBERS: dict[str, int] = {}  # word -> CRC-32, bounded below


def _word_numbers(words: list[str]) -> list[int]:
    numbers = list(map(_NUMBERS.get, words))
    if None in numbers:
        if len(_NUMBERS) > 1 << 18:  # memory stays flat over any number of documents
            _NUMBERS.clear()
        for word in set(words).difference(_NUMBERS):
            _NUMBERS[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        numbers = list(map(_NUMBERS.__getitem__, words))
    return numbers
