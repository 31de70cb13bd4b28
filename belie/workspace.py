"""The notebook-friendly facade: one object that ingests, extracts, stores and checks.

    >>> import belie
    >>> ws = belie.open_store("analysis.db")
    >>> report = ws.ingest(["reports/"])
    >>> verdicts = ws.check_all()
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator, Sequence

from belie.config import DEFAULT_WINDOW_DAYS, knowledge_dirs, resolve_db
from belie.knowledge import KnowledgeBase, default_knowledge, load_knowledge
from belie.model import Claim, Event, Verdict

__all__ = ["IngestReport", "Workspace", "open_store"]

Progress = Callable[[str, int], None]  # (file name, documents in it) after each file


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        return (f"{self.ingested} ingested, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.failed)} failed ({self.files} files)")


class Workspace:
    """A store plus the knowledge, pipeline and verifier that work on it."""

    def __init__(self, store, kb: KnowledgeBase, window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        self.store = store
        self.kb = kb
        self.window_days = window_days
        self._pipeline = None

    # ------------------------------------------------------------------ extraction
    @property
    def pipeline(self):
        if self._pipeline is None:
            from belie.pipeline import Pipeline

            self._pipeline = Pipeline(self.kb)
        return self._pipeline

    def ingest(self, paths: Sequence[str | Path], *, progress: Progress | None = None,
               max_file_mb: float | None = None) -> IngestReport:
        """Read, extract and store every document under `paths`; bad files are reported, not fatal."""
        from belie.ingest import discover, read_file
        from belie.errors import BelieError

        report = IngestReport()
        for path in discover(paths):
            report.files += 1
            try:
                result = read_file(path, max_mb=max_file_mb)
            except BelieError as err:
                report.failed.append((str(path), _reason(err)))
                if progress:
                    progress(str(path), 0)
                continue
            for problem in result.problems:
                report.failed.append((problem.source, problem.reason))
            for doc in result.documents:
                self._store_one(doc, report)
            if progress:
                progress(str(path), len(result.documents))
        return report

    def _store_one(self, doc, report: IngestReport) -> None:
        from belie.errors import BelieError

        try:
            if self.store.extractor_of(doc.id) == self.pipeline.version:
                report.count("unchanged")  # same text, same extractor: nothing to redo
                return
            report.count(self.store.save(doc, self.pipeline.extract(doc)))
        except BelieError as err:
            report.failed.append((doc.path or doc.url or doc.id, _reason(err)))

    def stale_documents(self, *, everything: bool = False) -> list[str]:
        """Ids of the documents `reprocess` would re-extract."""
        return self.store.document_ids() if everything else self.store.document_ids_needing(self.pipeline.version)

    def reprocess(self, *, everything: bool = False, progress: Progress | None = None) -> Counter:
        """Re-extract stored documents whose extractor version differs (or all of them)."""
        done: Counter = Counter()
        for doc_id in self.stale_documents(everything=everything):
            doc = self.store.document(doc_id)
            if doc is None:
                continue
            self.store.replace_extraction(doc_id, self.pipeline.extract(doc))
            done["reprocessed"] += 1
            if progress:
                progress(doc.path or doc.url or doc_id, 1)
        return done

    # ------------------------------------------------------------------ reading
    def events(self, **filters) -> Iterator[Event]:
        return self.store.events(**filters)

    def claims(self, **filters) -> Iterator[Claim]:
        return self.store.claims(**filters)

    # ------------------------------------------------------------------ verification
    def check_all(self, *, record: bool = True, progress: Callable[[str, int], None] | None = None) -> list[Verdict]:
        """Judge every stored claim (recording changed verdicts); `progress(claim_id, n)` per claim."""
        from belie.verify import check_all

        return check_all(self.store, self.kb, window_days=self.window_days, record=record, progress=progress)

    def check(self, text: str, as_of: date | None = None) -> tuple[Claim, Verdict]:
        """Parse free text into a claim and judge it against the store (nothing is recorded)."""
        from belie.verify import check_claim

        claim = self.pipeline.parse_claim(text, as_of)
        return claim, check_claim(claim, self.store, self.kb, window_days=self.window_days)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: str | None = None, *, knowledge: Sequence[Path] = (),
               window_days: int = DEFAULT_WINDOW_DAYS) -> Workspace:
    """Open (creating and migrating if needed) the store at `url`: a path or an SQLAlchemy URL."""
    from belie.store import open_store_db

    dirs = knowledge_dirs(list(knowledge))
    kb = load_knowledge(dirs) if dirs else default_knowledge()
    return Workspace(open_store_db(resolve_db(url)), kb, window_days)


def _reason(err: Exception) -> str:
    return getattr(err, "reason", None) or str(err)
