"""Speakers' track records and denials contradicted by the speaker's own side."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable, Mapping

from belie.config import DEFAULT_WINDOW_DAYS
from belie.knowledge import KnowledgeBase
from belie.model import Claim, Verdict
from belie.verify.source import EvidenceSource
from belie.verify.verifier import Verifier

__all__ = ["OWN_SIDE", "SpeakerRecord", "own_side_contradictions", "own_side_flags", "speaker_records"]

OWN_SIDE = "own side: "


@dataclass
class SpeakerRecord:
    """How one speaker's checked claims fared."""

    name: str
    affiliation: str | None = None
    role: str | None = None
    checked: int = 0
    supported: int = 0
    contradicted: int = 0
    disputed: int = 0
    unverified: int = 0
    self_contradicted: int = 0

    def count(self, verdict: Verdict) -> None:
        self.checked += 1
        setattr(self, verdict.label, getattr(self, verdict.label) + 1)
        self.self_contradicted += bool(own_side_flags(verdict))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def own_side_flags(verdict: Verdict) -> list[str]:
    """The verdict's reasons saying the speaker's own side contradicts the claim."""
    return [r for r in verdict.reasons if r.startswith(OWN_SIDE)]


def own_side_contradictions(claim: Claim, source: EvidenceSource, kb: KnowledgeBase, *,
                            window_days: int = DEFAULT_WINDOW_DAYS, verdict: Verdict | None = None) -> list[str]:
    """Why the claim's own side contradicts it: its forces acting against the group it denies,
    or its other speakers saying the opposite (e.g. raids on ISKP vs 'ISKP has no presence')."""
    verdict = verdict or Verifier(source, kb, window_days).judge(claim)
    return own_side_flags(verdict)


def speaker_records(source: EvidenceSource, kb: KnowledgeBase,
                    verdicts: Mapping[str, Verdict] | Iterable[Verdict] | None = None) -> list[SpeakerRecord]:
    """One record per speaker from the latest verdicts (recorded ones, else judged now)."""
    latest = _as_map(verdicts if verdicts is not None else _latest(source, kb))
    records: dict[str, SpeakerRecord] = {}
    for claim in source.claims():
        verdict = latest.get(claim.id)
        if verdict is None:
            continue
        name = claim.speaker.name
        if name not in records:
            records[name] = SpeakerRecord(name, claim.speaker.affiliation or kb.effective_party(name, claim.date),
                                          claim.speaker.role or kb.role(name, claim.date))
        records[name].count(verdict)
    return sorted(records.values(), key=lambda r: (-r.contradicted, -r.checked, r.name))


def _latest(source: EvidenceSource, kb: KnowledgeBase) -> Any:
    recorded = source.latest_verdicts() if hasattr(source, "latest_verdicts") else None
    return recorded if recorded else list(Verifier(source, kb).check_all())


def _as_map(verdicts: Mapping[str, Verdict] | Iterable[Verdict]) -> dict[str, Verdict]:
    if isinstance(verdicts, Mapping):
        return dict(verdicts)
    return {v.claim_id: v for v in verdicts}
