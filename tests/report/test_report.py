"""The brief: valid self-contained HTML, every claim present, document text escaped."""
from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from rich.console import Console

from belie.report import build_report_context, md_escape, render_check_table, render_html, render_markdown
from belie.report.tables import render_speaker_table
from belie.verify import MemorySource, check_all, speaker_records
from tests.verify.factories import claim, doc, event, make_kb

KB = make_kb()
VOID = {"meta", "br", "img", "hr", "input", "link", "line", "rect", "circle"}
EVIL = '<script>alert("x")</script>'


class Checker(HTMLParser):
    """Tracks tag nesting, scripts, external resources and the ids of claim articles."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.scripts = 0
        self.external: list[str] = []
        self.articles: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        if tag == "article":
            self.articles.append(attrs.get("id", ""))
        for key in ("src", "href"):
            if key in attrs and not attrs[key].startswith(("https://example.org", "#")):
                self.external.append(attrs[key])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


def build():
    hostile = doc(text=f"Story with {EVIL} inside.", publisher=f"Evil {EVIL} Times",
                  url="javascript:alert(1)")
    plain = doc()
    claims = [claim(hostile), claim(plain, speaker="United States", polarity="affirm"),
              claim(plain, kind="capability", subjects=("TTP",), place="PK")]
    claims[0].quote = f"There is no Daesh {EVIL} here"
    events = [event(plain), event(hostile, when=date(2023, 2, 2))]
    events[1].quote = f"raid {EVIL} & more"
    src = MemorySource(KB, [hostile, plain], events, claims)
    verdicts = check_all(src, KB)
    return src, claims, verdicts


def test_html_is_valid_self_contained_and_escapes_document_text():
    src, claims, verdicts = build()
    html = render_html(build_report_context(src, KB, verdicts))
    parser = Checker()
    parser.feed(html)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert parser.scripts == 0
    assert parser.external == []  # no network, and no javascript: link from document metadata
    assert sorted(parser.articles) == sorted(c.id for c in claims)
    assert EVIL not in html and "&lt;script&gt;" in html
    assert "<svg" in html and "Amir Khan Muttaqi" in html and "foreign minister" in html


def test_report_shows_verdicts_evidence_grades_and_speakers():
    src, claims, verdicts = build()
    ctx = build_report_context(src, KB, verdicts)
    assert [c.label for c in ctx.claims] == sorted((c.label for c in ctx.claims),
                                                   key=["contradicted", "disputed", "supported", "unverified"].index)
    muttaqi = next(c for c in ctx.claims if c.id == claims[0].id)
    assert muttaqi.label == "contradicted" and muttaqi.evidence and muttaqi.own_side
    assert all(e.grade[0] in "ABCDEF" and e.source for e in muttaqi.evidence)
    assert ctx.timeline.start <= ctx.timeline.end and ctx.timeline.marks
    assert ctx.counts["contradicted"] >= 1


def test_markdown_has_every_claim_and_no_raw_markup():
    src, claims, verdicts = build()
    md = render_markdown(build_report_context(src, KB, verdicts))
    assert md.count("\n### ") == len(claims)
    assert "<script>" not in md
    assert "| stance | date | evidence | source | grade |" in md


def test_md_escape_keeps_tables_intact():
    assert md_escape("a | b\n<c>") == r"a \| b \<c\>"


def test_terminal_tables_render():
    src, claims, verdicts = build()
    console = Console(record=True, width=140)
    console.print(render_check_table(verdicts, {c.id: c for c in claims}))
    console.print(render_speaker_table(speaker_records(src, KB)))
    text = console.export_text()
    assert "contradicted" in text and "Amir Khan Muttaqi" in text and "Speakers" in text
