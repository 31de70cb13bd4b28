"""Arbitrary bytes never escape as anything but IngestError, whatever the suffix."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belie.errors import IngestError
from belie.ingest import READERS, read_file
from belie.ingest.markup import html_to_text

_prefixes = st.sampled_from([b"", b"---\n", b"%PDF-1.4\n", b"<?xml version='1.0'?><rss version='2.0'>", b"<html>",
                             b'{"text": '])


@pytest.mark.parametrize("suffix", sorted(READERS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=_prefixes, tail=st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_any_bytes_read_or_fail_cleanly(tmp_path, suffix, prefix, tail):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(prefix + tail)
    try:
        result = read_file(path)
    except IngestError as err:
        assert err.source == str(path) and err.reason
        return
    assert all(doc.text.strip() for doc in result.documents)
    assert all(p.source.startswith(str(path)) for p in result.problems)


@settings(max_examples=100)
@given(st.text())
def test_html_to_text_never_leaves_tags_of_a_real_fragment(fragment):
    text = html_to_text(f"<div><p>{fragment.replace('<', ' ')}</p><script>hidden()</script></div>")
    assert "<p>" not in text and "hidden()" not in text
