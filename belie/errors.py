"""One error root for belie. Every message says what was wrong and what to do next."""
from __future__ import annotations

__all__ = [
    "BelieError",
    "ClaimParseError",
    "ConfigError",
    "IngestError",
    "KnowledgeError",
    "StoreError",
]


class BelieError(Exception):
    """Root of every error belie raises on purpose."""


class ConfigError(BelieError):
    """A setting, option or environment variable has a value belie cannot use."""


class IngestError(BelieError):
    """One input file or record cannot be read; the batch goes on without it."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class KnowledgeError(BelieError):
    """The knowledge base (actors, places, vocabularies) has invalid entries.

    Collects every problem found while loading, then raises once.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in the knowledge base:"
        super().__init__("\n  ".join([head, *self.problems]))


class StoreError(BelieError):
    """The store cannot be opened, migrated or written."""


class ClaimParseError(BelieError):
    """Free text could not be read as a checkable claim; says what was understood."""

    def __init__(self, text: str, understood: dict, missing: list[str]):
        self.text = text
        self.understood = understood
        self.missing = missing
        parts = ", ".join(f"{k}={v!r}" for k, v in understood.items() if v) or "nothing"
        super().__init__(
            f"Could not read {text!r} as a claim: understood {parts}; missing {', '.join(missing)}. "
            "Name a group (e.g. ISKP, TTP) and say what is asserted about it "
            "(e.g. 'ISKP has no presence in Afghanistan')."
        )
