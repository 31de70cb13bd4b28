"""discover() and read_paths(): whole batches, with bad files reported and skipped."""
import json
from datetime import date

import pytest

from belie.errors import IngestError
from belie.ingest import READERS, ReadOutcome, discover, read_paths

from .factories import ARTICLE_HTML, ATOM_FEED, RSS_FEED, pdf_bytes

GOOD = {
    "a_report.txt": b"---\ntitle: Kabul raid\npublished: 2023-03-22\n---\nA raid in Kabul.\n",
    "b_note.md": b"# Bajaur\n\nA rally was bombed in Bajaur in July 2023.\n",
    "c_article.html": ARTICLE_HTML.encode(),
    "d_brief.pdf": pdf_bytes(["A brief on ISKP."], created=date(2023, 4, 2)),
    "e_monitor.rss": RSS_FEED.encode(),  # 2 entries with text, 1 without (a per-record problem)
    "f_ledger.atom": ATOM_FEED.encode(),
    "g_batch.jsonl": (json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n").encode(),
}
BAD = {
    "h_binary.txt": b"\x00\x01\x02\x03",
    "i_empty.txt": b"",
    "j_latin1.txt": b"caf\xe9",
    "k_broken.md": b"---\ntitle: [open\n---\nBody.",
    "l_list.md": b"---\n- a\n---\nBody.",
    "m_date.txt": b"---\npublished: someday\n---\nBody.",
    "o_table.csv": b"a,b\n",
}
EXPECTED_DOCS = {"a_report.txt": 1, "b_note.md": 1, "c_article.html": 1, "d_brief.pdf": 1, "e_monitor.rss": 2,
                 "f_ledger.atom": 1, "g_batch.jsonl": 2}


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: hidden")
    (root / ".notes.txt").write_text("hidden file")
    for name, content in {**GOOD, **BAD}.items():
        (root / ("sub" if name.startswith(("b_", "m_")) else "") / name).write_bytes(content)
    with (root / "n_huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    return root


def test_discover_walks_sorted_and_skips_hidden(corpus):
    names = [p.relative_to(corpus).as_posix() for p in discover([corpus])]
    assert names == sorted(names, key=lambda n: n.split("/"))
    assert not any(part.startswith(".") for n in names for part in n.split("/"))
    assert "sub/b_note.md" in names and "n_huge.txt" in names and len(names) == len(GOOD) + len(BAD) + 1


def test_discover_keeps_files_as_given_once(corpus):
    hidden, report = corpus / ".notes.txt", corpus / "a_report.txt"
    assert discover([hidden, str(report), corpus / "sub", report]) == [
        hidden, report, corpus / "sub" / "b_note.md", corpus / "sub" / "m_date.txt"]


def test_discover_names_a_missing_path(tmp_path):
    with pytest.raises(IngestError) as err:
        discover([tmp_path, tmp_path / "nowhere"])
    assert err.value.source == str(tmp_path / "nowhere")
    assert "no such file or directory" in err.value.reason


def test_read_paths_yields_good_documents_and_one_problem_per_bad_file(corpus):
    outcomes = {o.path.name: o for o in read_paths([corpus])}
    assert set(outcomes) == set(GOOD) | set(BAD) | {"n_huge.txt"}
    assert {n: len(outcomes[n].documents) for n in GOOD} == EXPECTED_DOCS
    for name in [*BAD, "n_huge.txt"]:
        assert outcomes[name].documents == []
        [problem] = outcomes[name].problems
        assert problem.source == str(outcomes[name].path) and not outcomes[name].ok
    assert [p.source.rsplit("/", 1)[1] for p in outcomes["e_monitor.rss"].problems] == ["e_monitor.rss#entry3"]
    assert all(outcomes[n].ok for n in GOOD if n != "e_monitor.rss")


def test_read_paths_goes_on_after_a_missing_path(corpus):
    outcomes = list(read_paths([corpus / "missing.txt", corpus / "a_report.txt"]))
    assert outcomes[0] == ReadOutcome(corpus / "missing.txt", [], outcomes[0].problems)
    assert "no such file" in outcomes[0].problems[0].reason
    assert [d.title for d in outcomes[1].documents] == ["Kabul raid"]


def test_read_paths_is_lazy(corpus, monkeypatch):
    stream = read_paths([corpus])
    first = next(stream)
    assert first.path.name == "a_report.txt"
    (corpus / "sub" / "m_date.txt").write_bytes(b"---\npublished: 2020-01-01\n---\nFixed meanwhile.")
    late = {o.path.name: o for o in stream}["m_date.txt"]
    assert late.ok and late.documents[0].published == date(2020, 1, 1)


def test_read_paths_honours_the_size_limit(corpus):
    outcomes = {o.path.name: o for o in read_paths([corpus / "n_huge.txt"], max_mb=100)}
    assert "binary content" in outcomes["n_huge.txt"].problems[0].reason


def test_every_registered_suffix_is_lower_case_and_dotted():
    assert all(s.startswith(".") and s == s.lower() for s in READERS)
