from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belie.errors import IngestError
from belie.ingest import infer_published_from_url, parse_published


@pytest.mark.parametrize("url, expected", [
    ("https://news.example/world/2023/03/22/kabul-raid", (date(2023, 3, 22), "day")),
    ("https://news.example/2023/3/5/short-form", (date(2023, 3, 5), "day")),
    ("https://news.example/2023/03/22", (date(2023, 3, 22), "day")),
    ("https://news.example/world/2023/03/kabul-raid", (date(2023, 3, 15), "month")),
    ("https://news.example/2023/03/", (date(2023, 3, 15), "month")),
    ("https://news.example/2023/03/123456", (date(2023, 3, 15), "month")),
    ("https://news.example/world/2023/mar/22/kabul-raid", (date(2023, 3, 22), "day")),
    ("https://news.example/world/2021/august/kabul-airport", (date(2021, 8, 15), "month")),
    ("https://news.example/story/kabul-raid-2023-03-22", (date(2023, 3, 22), "day")),
    ("https://news.example/story/2023-03-22-kabul-raid.html", (date(2023, 3, 22), "day")),
    ("/2023/03/22/relative-path", (date(2023, 3, 22), "day")),
    # a year alone, impossible dates, and dates outside the path are not enough
    ("https://news.example/2023/kabul-raid", (None, "unknown")),
    ("https://news.example/archive/2023/", (None, "unknown")),
    ("https://news.example/2023/13/05/slug", (None, "unknown")),
    ("https://news.example/2023/02/30/slug", (None, "unknown")),
    ("https://news.example/story/kabul-2023-02-30", (None, "unknown")),
    ("https://news.example/story?date=2023-03-22", (None, "unknown")),
    ("https://2023-03-22.news.example/story", (None, "unknown")),
    ("https://news.example/id/20230322", (None, "unknown")),
    ("https://news.example/0999/03/22/slug", (None, "unknown")),
    ("", (None, "unknown")),
    (None, (None, "unknown")),
])
def test_infer_published_from_url(url, expected):
    assert infer_published_from_url(url) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_any_real_day_in_a_url_path_is_found(day, padded):
    month, dom = (f"{day:%m}", f"{day:%d}") if padded else (str(day.month), str(day.day))
    url = f"https://news.example/section/{day.year}/{month}/{dom}/some-slug"
    assert infer_published_from_url(url) == (day, "day")


@pytest.mark.parametrize("value, expected", [
    (date(2023, 3, 22), (date(2023, 3, 22), "day")),
    (datetime(2023, 3, 22, 23, 59), (date(2023, 3, 22), "day")),
    ("2023-03-22", (date(2023, 3, 22), "day")),
    (" 2023-03-22 ", (date(2023, 3, 22), "day")),
    ("2023-03-22T08:00:00Z", (date(2023, 3, 22), "day")),
    ("2023-03-22 08:00:00+04:30", (date(2023, 3, 22), "day")),
    ("Wed, 22 Mar 2023 08:00:00 GMT", (date(2023, 3, 22), "day")),
    ("2023-03", (date(2023, 3, 15), "month")),
    ("unknown", (None, "unknown")),
    ("Unknown", (None, "unknown")),
    ("", (None, "unknown")),
    (None, (None, "unknown")),
])
def test_parse_published_accepts(value, expected):
    assert parse_published(value, "doc.txt") == expected


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13", "last Tuesday", "22/03/2023", 2023, ["2023-03-22"],
                                   "0023-03-22", "2999-01-01"])
def test_parse_published_refuses(value):
    with pytest.raises(IngestError) as err:
        parse_published(value, "doc.txt")
    assert err.value.source == "doc.txt"
    assert "YYYY-MM-DD" in err.value.reason
