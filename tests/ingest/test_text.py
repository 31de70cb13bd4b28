from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import HealthCheck
from hypothesis import strategies as st

from belie.ingest import read_file
from belie.model import Document

from .factories import front_matter_file

BODY = "Taliban security forces said they raided an ISKP hideout in Kabul.\nTwo suspects were detained.\n"


def _only(path) -> Document:
    result = read_file(path)
    assert result.problems == []
    assert len(result.documents) == 1
    return result.documents[0]


def test_front_matter_fields_and_exact_body(tmp_path):
    path = front_matter_file(tmp_path, "raid.txt", BODY, url="https://wire.example/kabul-raid",
                             title="Kabul raid", publisher="Example Wire", published="2023-03-22")
    doc = _only(path)
    assert (doc.url, doc.title, doc.publisher) == ("https://wire.example/kabul-raid", "Kabul raid", "Example Wire")
    assert (doc.published, doc.published_precision) == (date(2023, 3, 22), "day")
    assert doc.meta == {"published_source": "front_matter"}
    assert doc.text == BODY
    assert (doc.path, doc.source_format) == (str(path), "text")


def test_explicit_date_beats_the_url(tmp_path):
    doc = _only(front_matter_file(tmp_path, "a.md", BODY, url="https://w.example/2020/01/02/x", published="2023-03-22"))
    assert (doc.published, doc.meta["published_source"]) == (date(2023, 3, 22), "front_matter")
    assert doc.source_format == "markdown"


@pytest.mark.parametrize("published", ["unknown", '""', "", "null"])
def test_unknown_date_falls_back_to_the_url_month(tmp_path, published):
    doc = _only(front_matter_file(tmp_path, "a.txt", BODY, url="https://w.example/pk/2023/07/bajaur-rally",
                                  published=published))
    assert (doc.published, doc.published_precision) == (date(2023, 7, 15), "month")
    assert doc.meta["published_source"] == "url"


def test_no_date_anywhere_is_unknown(tmp_path):
    doc = _only(front_matter_file(tmp_path, "a.txt", BODY, url="https://w.example/story", published="unknown"))
    assert (doc.published, doc.published_precision) == (None, "unknown")
    assert "published_source" not in doc.meta


@pytest.mark.parametrize("published, expected", [
    ("2023-03-22T10:15:00Z", date(2023, 3, 22)),
    ("'2023-03-22'", date(2023, 3, 22)),
    ("2023-03-22 10:15:00", date(2023, 3, 22)),
])
def test_published_as_datetime_or_quoted_string(tmp_path, published, expected):
    doc = _only(front_matter_file(tmp_path, "a.txt", BODY, published=published))
    assert (doc.published, doc.published_precision) == (expected, "day")


def test_unknown_keys_are_kept_in_meta(tmp_path):
    doc = _only(front_matter_file(tmp_path, "a.txt", BODY, title="T", tags="[ISKP, Kabul]", updated="2023-03-23",
                                  language="ps"))
    assert doc.meta == {"tags": ["ISKP", "Kabul"], "updated": "2023-03-23"}
    assert doc.language == "ps"


def test_no_front_matter_whole_file_is_the_body_and_first_line_the_title(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("\n# Peshawar mosque bombing\n\nA blast hit the Police Lines mosque.\n", encoding="utf-8")
    doc = _only(path)
    assert doc.title == "Peshawar mosque bombing"
    assert doc.text == path.read_text(encoding="utf-8")
    assert (doc.url, doc.published, doc.published_precision) == (None, None, "unknown")


def test_byte_order_mark_and_crlf(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeff---\r\ntitle: Windows file\r\n---\r\nLine one.\r\nLine two.\r\n".encode("utf-8"))
    doc = _only(path)
    assert doc.title == "Windows file"
    assert doc.text == "Line one.\r\nLine two.\r\n"


def test_document_id_depends_on_url_and_text(tmp_path):
    a = _only(front_matter_file(tmp_path, "a.txt", BODY, url="https://w.example/a", title="A"))
    b = _only(front_matter_file(tmp_path, "b.txt", BODY, url="https://w.example/a", title="B"))
    c = _only(front_matter_file(tmp_path, "c.txt", BODY, url="https://w.example/c", title="A"))
    assert a.id == b.id != c.id


_bodies = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))).filter(str.strip)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_bodies)
def test_any_body_round_trips_exactly(tmp_path, body):
    path = tmp_path / "prop.txt"
    path.write_bytes(f"---\ntitle: Property\npublished: 2022-09-05\n---\n{body}".encode("utf-8"))
    doc = _only(path)
    assert doc.text == body
    assert doc.id == Document(text=body).id
