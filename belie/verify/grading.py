"""Admiralty-style grades for evidence: source reliability (A-F) and credibility (1-6).

Reliability comes from the outlet: a per-outlet setting in the store wins, else the outlet
type's default grade from the knowledge base (wire A, national B, ...), else F ("cannot be
judged"). The row the store adds for each new publisher (type "unknown", F) is not a setting. Credibility comes from independent corroboration, counting syndicated copies of
one story once: 1 confirmed by two or more other independent stories, 2 by one, 3 not
corroborated and not contradicted, 4 contradicted by one independent story, 5 by more than
one and corroborated by none, 6 cannot be judged (no document).
"""
from __future__ import annotations

from itertools import compress, repeat
from typing import Any, Callable, Sequence

from belie.knowledge import KnowledgeBase
from belie.model import Document, EvidenceItem

__all__ = ["UNKNOWN_GRADE", "credibilities", "credibility", "grade_items", "reliability"]

UNKNOWN_GRADE = "F"
_GRADES = "ABCDEF"


def _grade_of(setting: Any) -> str | None:
    """A grade from a store's outlet row, a mapping, or a bare letter. The store's placeholder
    for a publisher nobody graded yet (type "unknown", grade F) is no setting."""
    if setting is None or _placeholder(setting):
        return None
    grade = setting if isinstance(setting, str) else (
        setting.get("reliability") if isinstance(setting, dict) else getattr(setting, "reliability", None))
    return grade if isinstance(grade, str) and grade in _GRADES and grade else None


def _placeholder(setting: Any) -> bool:
    kind = setting.get("type") if isinstance(setting, dict) else getattr(setting, "type", None)
    grade = setting.get("reliability") if isinstance(setting, dict) else getattr(setting, "reliability", None)
    return kind == "unknown" and grade == UNKNOWN_GRADE


def reliability(doc: Document | None, kb: KnowledgeBase, outlet_setting: Callable[[str], Any] | None) -> str:
    """The Admiralty reliability of the document's outlet (A best, F cannot be judged)."""
    publisher = doc.publisher if doc else None
    if not publisher:
        return UNKNOWN_GRADE
    if outlet_setting is not None and (grade := _grade_of(outlet_setting(publisher))):
        return grade
    outlet = kb.outlet(publisher) if hasattr(kb, "outlet") else None
    return _grade_of(outlet) or UNKNOWN_GRADE


def credibility(agree: int, disagree: int, has_document: bool = True) -> int:
    """Admiralty credibility from the number of OTHER independent stories agreeing/disagreeing."""
    if not has_document:
        return 6
    if agree >= 2:
        return 1
    if agree == 1:
        return 2
    if disagree == 0:
        return 3
    return 4 if disagree == 1 else 5


def grade_items(items: Sequence[EvidenceItem], stories: Sequence[str | None]) -> None:
    """Set each item's credibility from the other stories in the verdict (in place)."""
    for item, grade in zip(items, credibilities([i.stance for i in items], stories)):
        item.credibility = grade


def credibilities(stances: Sequence[str], stories: Sequence[str | None]) -> list[int]:
    """Each item's credibility from the OTHER independent stories agreeing or disagreeing with it
    (a story counts once however many items it carries). An item's grade depends only on its stance,
    whether it has a story, and whether its story also carries the other stance, so it is worked out
    once per stance and looked up per item: a verdict may carry tens of thousands of items."""
    kinds = set(stances)
    if len(kinds) == 1:
        by_stance: dict[str, set[str | None]] = {stance: set(stories) for stance in kinds}
    else:
        by_stance = {stance: set(compress(stories, map(stance.__eq__, stances))) for stance in kinds}
    if None not in stories and all(own.isdisjoint(s) for stance, own in by_stance.items()
                                   for o, s in by_stance.items() if o != stance):
        # no story carries two stances: an item's grade is its stance's
        others = {stance: sum(len(s) for o, s in by_stance.items() if o != stance) for stance in by_stance}
        per = {stance: credibility(len(own) - 1, others[stance]) for stance, own in by_stance.items()}
        return list(map(per.__getitem__, stances))
    grade: dict[tuple[str, str | None], int] = {}
    for stance, own in by_stance.items():
        others: set[str | None] = set().union(*(s for o, s in by_stance.items() if o != stance))
        others.discard(None)
        agree = len(own) - (None in own) - 1
        grade.update(dict.fromkeys(zip(repeat(stance), own), credibility(agree, len(others))))
        grade.update(dict.fromkeys(zip(repeat(stance), own & others), credibility(agree, len(others) - 1)))
        if None in own:
            grade[(stance, None)] = credibility(0, 0, False)
    return list(map(grade.__getitem__, zip(stances, stories)))
