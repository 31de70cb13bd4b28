"""What belie knows about the region: actors, places and vocabularies, as validated data."""
from __future__ import annotations

from belie.knowledge.base import (
    Actor,
    Affiliation,
    Alias,
    ContextRule,
    EventType,
    KnowledgeBase,
    OutletType,
    Phase,
    Place,
    SurfaceForm,
    normalize,
)
from belie.knowledge.loader import default_knowledge, load_knowledge

__all__ = [
    "Actor",
    "Affiliation",
    "Alias",
    "ContextRule",
    "EventType",
    "KnowledgeBase",
    "OutletType",
    "Phase",
    "Place",
    "SurfaceForm",
    "default_knowledge",
    "load_knowledge",
    "normalize",
]
