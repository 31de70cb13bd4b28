"""Extraction: documents in, events and claims out (rules and dictionaries, offline)."""
from __future__ import annotations

from belie.pipeline.core import Pipeline

__all__ = ["Pipeline"]
