"""Claims x evidence -> verdicts: the rules of ANNOTATION §5, grading and speaker records."""
from __future__ import annotations

from belie.verify.api import check_all, check_claim
from belie.verify.source import EvidenceSource, MemorySource, StoreSnapshot, VerdictLog
from belie.verify.speakers import SpeakerRecord, own_side_contradictions, speaker_records
from belie.verify.verifier import Verifier, label_for

__all__ = [
    "EvidenceSource",
    "MemorySource",
    "SpeakerRecord",
    "StoreSnapshot",
    "VerdictLog",
    "Verifier",
    "check_all",
    "check_claim",
    "label_for",
    "own_side_contradictions",
    "speaker_records",
]
