"""Publication dates: coercing stated values and inferring them from URL paths.

A stated date is taken at day precision. A URL date is a fallback: `/2023/03/22/` gives the
day, `/2023/03/` the month (anchored on the 15th, as ANNOTATION.md §1 says) and a bare year
gives nothing. Impossible dates (2023-02-30, month 13) are rejected, never repaired.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from belie.errors import IngestError
from belie.model import Precision

__all__ = ["MONTH_ANCHOR_DAY", "infer_published_from_url", "parse_published"]

MONTH_ANCHOR_DAY = 15
_UNKNOWN_WORDS = frozenset({"", "unknown"})
_YEARS = range(1900, 2101)
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], start=1)
    for name in names
}
_SLUG_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_HINT = "write YYYY-MM-DD or 'unknown'"


def parse_published(value: object, source: str) -> tuple[date | None, Precision]:
    """A stated `published` value as (date, precision); None/""/"unknown" -> (None, "unknown").

    Accepts a date, a datetime, an ISO date or datetime string, "YYYY-MM" (month precision,
    the 15th) and RFC 2822 dates as feeds write them. Raises IngestError naming `source`.
    """
    if value is None or (isinstance(value, str) and value.strip().lower() in _UNKNOWN_WORDS):
        return None, "unknown"
    if isinstance(value, datetime):
        return _plausible(value.date(), value, source), "day"
    if isinstance(value, date):
        return _plausible(value, value, source), "day"
    if not isinstance(value, str):
        raise IngestError(source, f"published {value!r} is not a date; {_HINT}")
    return _parse_published_text(value.strip(), source)


def _parse_published_text(text: str, source: str) -> tuple[date | None, Precision]:
    month = _YEAR_MONTH.fullmatch(text)
    if month:
        found = _safe_date(int(month[1]), int(month[2]), MONTH_ANCHOR_DAY)
        if found:
            return _plausible(found, text, source), "month"
    for parse in (date.fromisoformat, _iso_datetime_day, _rfc2822_day):
        try:
            return _plausible(parse(text), text, source), "day"
        except (ValueError, TypeError, IndexError):
            continue
    raise IngestError(source, f"published {text!r} is not a date; {_HINT}")


def _iso_datetime_day(text: str) -> date:
    return datetime.fromisoformat(text).date()


def _rfc2822_day(text: str) -> date:
    return parsedate_to_datetime(text).date()


def _plausible(found: date, raw: object, source: str) -> date:
    if found.year not in _YEARS:
        raise IngestError(source, f"published {raw!s} has year {found.year}, outside 1900-2100; {_HINT}")
    return found


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_published_from_url(url: str | None) -> tuple[date | None, Precision]:
    """The date a URL path states: (day, "day"), (15th, "month") or (None, "unknown").

    Looks at path segments `/YYYY/MM/DD/`, `/YYYY/MM/` (MM may be `mar` or `march`) and a
    `YYYY-MM-DD` inside a slug. A year alone is not enough. The host and query are ignored.
    """
    if not url:
        return None, "unknown"
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for i in range(len(segments) - 1):
        found = _date_from_segments(segments[i:i + 3])
        if found is not None:
            return found
    return _date_from_slugs(segments)


def _date_from_segments(parts: list[str]) -> tuple[date | None, Precision] | None:
    """`parts` = [year, month, maybe day]; None when they do not start a date."""
    year, month = _as_year(parts[0]), _as_month(parts[1])
    if year is None or month is None:
        return None
    day_text = parts[2] if len(parts) > 2 else ""
    if day_text.isdigit() and len(day_text) <= 2:
        day = _safe_date(year, month, int(day_text))
        return (day, "day") if day else (None, "unknown")
    return _safe_date(year, month, MONTH_ANCHOR_DAY), "month"


def _as_year(text: str) -> int | None:
    return int(text) if len(text) == 4 and text.isdigit() and int(text) in _YEARS else None


def _as_month(text: str) -> int | None:
    if text.isdigit() and len(text) <= 2:
        return int(text) if 1 <= int(text) <= 12 else None
    return _MONTH_NAMES.get(text.lower())


def _date_from_slugs(segments: list[str]) -> tuple[date | None, Precision]:
    for segment in segments:
        for match in _SLUG_DATE.finditer(segment):
            found = _safe_date(int(match[1]), int(match[2]), int(match[3]))
            if found:
                return found, "day"
    return None, "unknown"
