"""belie: check what officials say about armed groups against the event record.

    >>> import belie
    >>> ws = belie.open_store("analysis.db")
    >>> ws.ingest(["reports/"])
    >>> verdicts = ws.check_all()
"""
from __future__ import annotations

from belie.errors import BelieError
from belie.workspace import IngestReport, Workspace, open_store

__version__ = "0.1.0"
__all__ = ["BelieError", "IngestReport", "Workspace", "__version__", "open_store"]
