"""Good files of every format: what each reader makes of them."""
import json
from datetime import date

import pytest

from belie.ingest import read_file

from .factories import ARTICLE_HTML, ATOM_FEED, FOOTER_ONLY_HTML, RSS_FEED, encrypted_pdf_bytes, pdf_bytes


def _write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# ---------------------------------------------------------------- HTML

@pytest.mark.parametrize("name", ["article.html", "article.HTM"])
def test_html_article_text_and_metadata(tmp_path, name):
    [doc] = read_file(_write(tmp_path, name, ARTICLE_HTML)).documents
    assert "Police Lines compound in Peshawar" in doc.text
    assert "Home" not in doc.text and "all rights reserved" not in doc.text
    assert doc.title == "Blast at Peshawar police mosque"
    assert doc.url == "https://frontier.example/pk/peshawar-police-lines-mosque"
    assert doc.publisher == "Frontier Desk"
    assert (doc.published, doc.published_precision) == (date(2023, 1, 31), "day")
    assert doc.meta == {"extracted_by": "trafilatura", "published_source": "html"}
    assert doc.source_format == "html"


def test_html_falls_back_to_lxml_text(tmp_path, monkeypatch):
    monkeypatch.setattr("belie.ingest.html.trafilatura.extract", lambda *a, **k: None)  # finds nothing
    [doc] = read_file(_write(tmp_path, "notice.html", FOOTER_ONLY_HTML)).documents
    assert doc.text == "Our Kabul bureau is closed for the Eid holiday."  # <head> is not text
    assert doc.title == "Notice"
    assert doc.meta["extracted_by"] == "lxml"


def test_html_declared_legacy_charset(tmp_path):
    page = '<html><head><meta charset="windows-1252"><title>Café</title></head><body><p>Caf\xe9 bombing.</p></body></html>'
    [doc] = read_file(_write(tmp_path, "legacy.html", page.encode("cp1252"))).documents
    assert "Café bombing." in doc.text


# ---------------------------------------------------------------- PDF

def test_pdf_pages_title_and_creation_date(tmp_path):
    data = pdf_bytes(["Quarterly brief on (ISKP) attacks.", "", "Annex: Kabul incidents."],
                     title="UNAMA style brief", created=date(2023, 4, 2))
    [doc] = read_file(_write(tmp_path, "brief.pdf", data)).documents
    assert doc.text == "Quarterly brief on (ISKP) attacks.\n\nAnnex: Kabul incidents."
    assert doc.title == "UNAMA style brief"
    assert (doc.published, doc.published_precision) == (date(2023, 4, 2), "day")
    assert doc.meta["published_source"] == "pdf"
    assert doc.meta["pages"] == 3
    for page, start in doc.meta["page_starts"]:
        assert doc.text[start:].startswith({1: "Quarterly", 3: "Annex"}[page])


def test_pdf_without_metadata_uses_first_line(tmp_path):
    [doc] = read_file(_write(tmp_path, "bare.pdf", pdf_bytes(["Bare report line."]))).documents
    assert (doc.title, doc.published, doc.published_precision) == ("Bare report line.", None, "unknown")


def test_pdf_encrypted_with_empty_user_password_is_readable(tmp_path):
    [doc] = read_file(_write(tmp_path, "open.pdf", encrypted_pdf_bytes("Owner-locked only.", ""))).documents
    assert doc.text == "Owner-locked only."


# ---------------------------------------------------------------- feeds

@pytest.mark.parametrize("name", ["monitor.rss", "monitor.xml"])
def test_rss_one_document_per_entry(tmp_path, name):
    result = read_file(_write(tmp_path, name, RSS_FEED))
    first, second = result.documents
    assert first.text.startswith("Islamic State Khorasan Province said it carried out the bombing of a JUI-F")
    assert "<p>" not in first.text
    assert (first.url, first.title, first.publisher) == (
        "https://monitor.example/2023/07/31/bajaur-rally", "Rally bombing in Bajaur", "Region Monitor")
    assert (first.published, first.meta["published_source"]) == (date(2023, 7, 31), "feed")
    assert first.meta["id"] == "monitor-bajaur-1"
    assert (second.published, second.published_precision, second.meta["published_source"]) == (
        date(2022, 9, 15), "month", "url")
    [problem] = result.problems
    assert problem.source == f"{tmp_path / name}#entry3" and "Empty item" in problem.reason


def test_atom_prefers_content_and_published(tmp_path):
    [doc] = read_file(_write(tmp_path, "ledger.atom", ATOM_FEED)).documents
    assert doc.text == ("A bombing at Abbey Gate of Kabul airport killed thirteen US service members and many "
                        "Afghan civilians.\nISKP claimed it.")
    assert (doc.url, doc.publisher, doc.published) == ("https://ledger.example/airport-gate", "Kabul Ledger",
                                                       date(2021, 8, 26))
    assert doc.source_format == "feed"


# ---------------------------------------------------------------- JSONL

def _jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_jsonl_records(tmp_path):
    path = _write(tmp_path, "batch.jsonl", _jsonl(
        {"url": "https://w.example/a", "title": "A", "publisher": "W", "published": "2024-03-07",
         "text": "Officials in Islamabad blamed the TTP for the attack.", "section": "pk"},
        "",
        {"url": "https://w.example/2022/09/05/embassy", "text": "A blast hit the Russian embassy in Kabul."},
    ))
    result = read_file(path)
    assert result.problems == []
    a, b = result.documents
    assert (a.title, a.publisher, a.published, a.meta) == (
        "A", "W", date(2024, 3, 7), {"section": "pk", "line": 1, "published_source": "record"})
    assert (b.title, b.published, b.meta["published_source"], b.meta["line"]) == (
        "A blast hit the Russian embassy in Kabul.", date(2022, 9, 5), "url", 3)
    assert a.source_format == "jsonl"


def test_jsonl_keeps_good_lines_and_reports_each_bad_line(tmp_path):
    path = _write(tmp_path, "mixed.ndjson", _jsonl(
        {"text": "Good line one."},
        "{not json",
        '["a", "list"]',
        {"title": "no text"},
        {"text": "   "},
        {"text": "Bad date.", "published": "sometime in spring"},
        {"text": "Bad title.", "title": ["x"]},
        {"text": "Good line eight."},
    ))
    result = read_file(path)
    assert [d.text for d in result.documents] == ["Good line one.", "Good line eight."]
    assert [p.source for p in result.problems] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6, 7)]
    reasons = [p.reason for p in result.problems]
    assert "invalid JSON" in reasons[0] and "expected a JSON object, got list" in reasons[1]
    assert "'text'" in reasons[2] and "'text'" in reasons[3]
    assert "sometime in spring" in reasons[4] and "'title' must be text" in reasons[5]


def test_jsonl_invalid_utf8_line_names_its_byte_offset(tmp_path):
    data = b'{"text": "fine"}\n{"text": "caf\xe9"}\n'
    result = read_file(_write(tmp_path, "enc.jsonl", data))
    assert [d.text for d in result.documents] == ["fine"]
    [problem] = result.problems
    assert problem.source.endswith("enc.jsonl:2")
    bad_byte = data.index(b"\xe9")
    assert f"byte {bad_byte}" in problem.reason


def test_read_result_iterates_its_documents(tmp_path):
    result = read_file(_write(tmp_path, "two.jsonl", _jsonl({"text": "one"}, {"text": "two"})))
    assert [d.text for d in result] == ["one", "two"] and len(result) == 2
