"""Files in, `Document` records out: text/Markdown with front matter, HTML, PDF, feeds, JSONL.

    >>> from belie.ingest import read_paths
    >>> for outcome in read_paths(["reports/"]):
    ...     print(outcome.path, len(outcome.documents), [str(p) for p in outcome.problems])

`read_file` raises IngestError for a file it cannot read at all, and returns per-record
problems (a bad JSONL line, an empty feed entry) next to the good documents. Nothing here
touches the network.
"""
from __future__ import annotations

from belie.ingest.common import ReadOutcome, ReadResult, Reader
from belie.ingest.core import DEFAULT_MAX_FILE_MB, READERS, discover, max_file_bytes, read_file, read_paths
from belie.ingest.dates import infer_published_from_url, parse_published

__all__ = [
    "DEFAULT_MAX_FILE_MB",
    "READERS",
    "ReadOutcome",
    "ReadResult",
    "Reader",
    "discover",
    "infer_published_from_url",
    "max_file_bytes",
    "parse_published",
    "read_file",
    "read_paths",
]
