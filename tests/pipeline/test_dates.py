from __future__ import annotations

from datetime import date

import pytest

from belie.pipeline.dates import DateFinder, frame_year
from belie.pipeline.lexicon import load_lexicon

PUB = date(2023, 3, 29)  # Wednesday
D = date


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return DateFinder(load_lexicon())


@pytest.mark.parametrize("text, start, end", [
    ("on Monday", D(2023, 3, 27), D(2023, 3, 27)),
    ("on Wednesday", D(2023, 3, 29), D(2023, 3, 29)),  # the latest Wednesday on or before publication
    ("Thursday's bombing", D(2023, 3, 23), D(2023, 3, 23)),
    ("yesterday morning", D(2023, 3, 28), D(2023, 3, 28)),
    ("last night", D(2023, 3, 28), D(2023, 3, 28)),
    ("earlier this month", D(2023, 3, 1), D(2023, 3, 29)),
    ("in recent weeks", D(2023, 3, 1), D(2023, 3, 29)),
    ("in recent days", D(2023, 3, 22), D(2023, 3, 29)),
    ("last weekend", D(2023, 3, 25), D(2023, 3, 26)),
    ("last month", D(2023, 2, 1), D(2023, 2, 28)),
    ("in the past 10 days", D(2023, 3, 19), D(2023, 3, 29)),
    ("since August 2021", D(2021, 8, 1), PUB),
    ("in August 2021", D(2021, 8, 1), D(2021, 8, 31)),
    ("the 2021 airport bombing", D(2021, 1, 1), D(2021, 12, 31)),
    ("on March 18, 2024", D(2024, 3, 18), D(2024, 3, 18)),
    ("on 12 March", D(2023, 3, 12), D(2023, 3, 12)),
    ("on 12 December", D(2022, 12, 12), D(2022, 12, 12)),  # a future day means last year
    ("in December", D(2022, 12, 1), D(2022, 12, 31)),
    ("between 3 and 26 March", D(2023, 3, 3), D(2023, 3, 26)),
    ("Tuesday, March 18, 2024", D(2024, 3, 18), D(2024, 3, 18)),  # the explicit date wins
    ("in border fighting overnight", D(2023, 3, 28), D(2023, 3, 29)),
    ("earlier in the week", D(2023, 3, 22), D(2023, 3, 29)),
    ("a 2019 attack", D(2019, 1, 1), D(2019, 12, 31)),
    ("2017 bombings in Tehran", D(2017, 1, 1), D(2017, 12, 31)),
])
def test_resolved(finder: DateFinder, text: str, start: date, end: date) -> None:
    got = finder.first(text, PUB)
    assert got is not None
    assert (got.start, got.end or got.start) == (start, end)


@pytest.mark.parametrize("text", ["on Tuesday", "yesterday", "last night", "in recent weeks", "in December",
                                  "earlier this month", "on 12 March"])
def test_relative_dates_stay_unresolved_without_published(finder: DateFinder, text: str) -> None:
    assert finder.first(text, None) is None


@pytest.mark.parametrize("text", ["on March 18, 2024", "in August 2021", "since 2007"])
def test_absolute_dates_need_no_published(finder: DateFinder, text: str) -> None:
    assert finder.first(text, None) is not None


def test_no_date_in_plain_text(finder: DateFinder) -> None:
    assert finder.first("The group attacked a checkpoint with 40 fighters.", PUB) is None


@pytest.mark.parametrize("text, year", [
    ("Attacks on Afghan ministries in 2023\nThe list below ...", 2023),
    ("A timeline of 2022 and 2023\nBody", None),  # two years: no frame
    ("A timeline of attacks\nIn 2021 the group ...", None),  # a year below the title does not frame it
    ("", None),
])
def test_frame_year_is_the_one_year_of_the_title(text: str, year: int | None) -> None:
    assert frame_year(text) == year


def test_day_month_dates_take_the_title_year_without_published(finder: DateFinder) -> None:
    text = "Attacks in Kabul in 2023\nJan. 11: a bomb went off near the foreign ministry. Yesterday was calm."
    hits = [h for h in finder.find(text, None)]
    day = next(h for h in hits if h.kind == "mdy")
    assert (day.value.start, day.value.end) == (D(2023, 1, 11), D(2023, 1, 11))
    assert all(h.value is None for h in hits if h.kind == "rel")  # relative dates stay null


def test_published_wins_over_the_title_year(finder: DateFinder) -> None:
    text = "Looking back at 2021\nOn 12 March the group struck again."
    got = finder.first(text, PUB)
    assert got is not None and got.start == D(2023, 3, 12)
