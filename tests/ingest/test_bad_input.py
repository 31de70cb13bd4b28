"""Every kind of bad file fails alone, with one line that names the file and the reason."""
import pathlib

import pytest

from belie.errors import ConfigError, IngestError
from belie.ingest import max_file_bytes, read_file

from .factories import encrypted_pdf_bytes, pdf_bytes

EMPTY_ATOM = b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>'

BAD_FILES = [
    # name, content, words the reason must contain
    ("empty.txt", b"", "file is empty"),
    ("blank.md", b"  \n\n\t\n", "file is empty"),
    ("bom_only.txt", b"\xef\xbb\xbf \n", "file is empty"),
    ("header_only.txt", b"---\ntitle: Nothing below\n---\n \n\n", "no text after the front matter"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (NUL byte at byte 8)"),
    ("utf16.md", "Kabul report".encode("utf-16"), "binary content"),
    ("latin1.txt", b"---\ntitle: x\n---\nCaf\xe9 on the Kabul road", "not valid UTF-8 at byte 20 (0xe9)"),
    ("bad_yaml.md", b"---\ntitle: ok\nurl: a: b\n---\nBody.", "not valid YAML (line 3: mapping values"),
    ("tab_yaml.md", b"---\ntitle: ok\n\tpublisher: x\n---\nBody.", "not valid YAML (line 3:"),
    ("list_header.txt", b"---\n- one\n- two\n---\nBody.", "front matter must be 'key: value' lines, got a list"),
    ("scalar_header.txt", b"---\njust a sentence\n---\nBody.", "got a str"),
    ("unclosed.txt", b"---\ntitle: x\nBody without a closing line.", "never closed"),
    ("impossible_date.txt", b"---\npublished: 2023-02-30\n---\nBody.", "published '2023-02-30' is not a date"),
    ("vague_date.txt", b"---\npublished: last spring\n---\nBody.", "published 'last spring' is not a date"),
    ("year_date.txt", b"---\npublished: 2023\n---\nBody.", "published 2023 is not a date"),
    ("title_map.txt", b"---\ntitle: {a: 1}\n---\nBody.", "'title' must be text, got a dict"),
    ("empty.html", b"", "file is empty"),
    ("shell.html", b"<html><head></head><body><script>var x = 1;</script></body></html>", "no readable text"),
    ("binary.htm", b"<html>\x00\x01\x02</html>", "binary content"),
    ("latin1.html", b"<html><body><p>Caf\xe9</p></body></html>", "not valid UTF-8 at byte 18"),
    ("words.pdf", b"This is not a PDF at all", "not a PDF (no '%PDF-' header)"),
    ("broken.pdf", b"%PDF-1.4\nthis is not the rest of a PDF", "not a readable PDF"),
    ("locked.pdf", encrypted_pdf_bytes("Sealed report", "s3cret"), "encrypted with a password"),
    ("scan.pdf", pdf_bytes([""]), "no text layer"),
    ("config.xml", b'<?xml version="1.0"?><settings><a>1</a></settings>', "not an RSS or Atom feed"),
    ("page.rss", b"<html><body><p>Not a feed</p></body></html>", "not an RSS or Atom feed"),
    ("garbage.atom", b"\x00\x01 not xml", "not an RSS or Atom feed"),
    ("quiet.atom", EMPTY_ATOM, "feed has no entries"),
    ("empty.rss", b"\n", "file is empty"),
    ("empty.jsonl", b"\n\n", "file is empty"),
    ("binary.jsonl", b'{"text": "a"}\n\x00\x00', "binary content"),
    ("sheet.csv", b"a,b\n1,2\n", "unsupported file type '.csv'; belie reads .txt .md .html .pdf"),
    ("report.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    ("README", b"plain words", "no file suffix"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_is_one_clear_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_file(path)
    assert err.value.source == str(path)
    assert reason in err.value.reason
    assert "\n" not in str(err.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_file(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="is a directory"):
        read_file(folder)


@pytest.fixture
def huge_file(tmp_path):
    """A sparse 50 MB .txt file: created instantly, never meant to be read."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    return path


def test_oversized_file_is_refused_before_reading(huge_file, monkeypatch):
    def no_reading(self):
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", no_reading)
    with pytest.raises(IngestError) as err:
        read_file(huge_file)
    assert "file is 50.0 MB, over the 20 MB limit" in err.value.reason
    assert "BELIE_MAX_FILE_MB" in err.value.reason


def test_size_limit_from_argument_and_environment(huge_file, monkeypatch):
    with pytest.raises(IngestError, match="binary content"):  # allowed in, then found to be NUL bytes
        read_file(huge_file, max_mb=60)
    monkeypatch.setenv("BELIE_MAX_FILE_MB", "60")
    with pytest.raises(IngestError, match="binary content"):
        read_file(huge_file)
    monkeypatch.setenv("BELIE_MAX_FILE_MB", "49.5")
    with pytest.raises(IngestError, match="over the 49.5 MB limit"):
        read_file(huge_file)


@pytest.mark.parametrize("setting, expected", [(None, 20 * 1024 * 1024), ("1", 1024 * 1024), (" 0.5 ", 512 * 1024)])
def test_max_file_bytes_setting(monkeypatch, setting, expected):
    if setting is None:
        monkeypatch.delenv("BELIE_MAX_FILE_MB", raising=False)
    else:
        monkeypatch.setenv("BELIE_MAX_FILE_MB", setting)
    assert max_file_bytes() == expected


@pytest.mark.parametrize("setting", ["lots", "-5", "0"])
def test_bad_size_setting_is_a_config_error(monkeypatch, setting):
    monkeypatch.setenv("BELIE_MAX_FILE_MB", setting)
    with pytest.raises(ConfigError, match="BELIE_MAX_FILE_MB|must be positive"):
        max_file_bytes()
