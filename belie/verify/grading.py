"""Admiralty-style grades for evidence: source reliability (A-F) and credibility (1-6).

Reliability comes from the outlet: a per-outlet setting in the store wins, else the outlet
type's default grade from the knowledge base (wire A, national B, ...), else F ("cannot be
judged"). The row the store adds for each new publisher (type "unknown", F) is not a setting. Credibility comes from independent corroboration, counting syndicated copies of
one story once: 1 confirmed by two or more other independent stories, 2 by one, 3 not
corroborated and not contradicted, 4 contradicted by one independent story, 5 by more than
one and corroborated by none, 6 cannot be judged (no document).
"""
from __future__ import annotations

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
    (a story counts once however many items it carries). Worked out once per distinct
    (stance, story) pair: a verdict may carry tens of thousands of items from fewer stories."""
    pairs = set(zip(stances, stories))
    by_stance: dict[str, set[str]] = {}
    for stance, story in pairs:
        if story is not None:
            by_stance.setdefault(stance, set()).add(story)
    others = {k: set().union(*(s for o, s in by_stance.items() if o != k)) for k in {p[0] for p in pairs}}
    grade: dict[tuple[str, str | None], int] = {}
    for stance, story in pairs:
        if story is None:
            grade[(stance, story)] = credibility(0, 0, False)
        else:
            other = others[stance]
            grade[(stance, story)] = credibility(len(by_stance[stance]) - 1, len(other) - (story in other))
    return list(map(grade.__getitem__, zip(stances, stories)))
