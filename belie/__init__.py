"""belie: check what officials say about armed groups against the event record."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
