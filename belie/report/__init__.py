"""Reports: a self-contained HTML/Markdown brief and the terminal tables."""
from __future__ import annotations

from belie.report.context import ClaimEntry, EvidenceEntry, ReportContext, Timeline, build_report_context
from belie.report.render import md_escape, render_html, render_markdown
from belie.report.tables import render_check_table, render_speaker_table

__all__ = [
    "ClaimEntry",
    "EvidenceEntry",
    "ReportContext",
    "Timeline",
    "build_report_context",
    "md_escape",
    "render_check_table",
    "render_html",
    "render_markdown",
    "render_speaker_table",
]
