"""Date expressions in a sentence, resolved against the document's `published` date.

Absolute dates resolve alone; relative ones ("on Tuesday", "last night", "in recent
weeks") need `published` and stay unresolved (None) without it: never guessed.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterator

from belie.model import DateRange
from belie.pipeline.gate import Gate
from belie.pipeline.lexicon import Lexicon

__all__ = ["DateFinder", "DateHit", "first_of", "frame_year"]


@dataclass(frozen=True)
class DateHit:
    start: int  # char offsets in the searched text
    end: int
    kind: str  # which grammar rule matched ("weekday", "mdy", "rel", ...)
    value: DateRange | None  # None: a date expression that cannot be resolved


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateFinder:
    """Compiles the date grammar once; `find(text, published)` yields resolved hits."""

    def __init__(self, lexicon: Lexicon) -> None:
        lex = lexicon["dates"]
        self.months = {m: i + 1 for i, m in enumerate(lex["months"])}
        self.months.update({k: int(v) for k, v in lex["month_abbreviations"].items()})
        self.weekdays = {d: i for i, d in enumerate(lex["weekdays"])}
        self.units = {k: int(v) for k, v in lex["past_units"].items()}
        self.relative = [(re.compile(r["pattern"], re.I), r.get("days"), r.get("rule")) for r in lex["relative"]]
        self.deadline = re.compile(lex["deadline_before"], re.I)
        self.pattern = self._compile()
        self.gate = Gate(self.pattern)

    def _compile(self) -> re.Pattern[str]:
        mon = "|".join(sorted(self.months, key=len, reverse=True))
        mon = rf"(?:{mon})\.?"
        wd = "|".join(self.weekdays)
        rel = "|".join(f"(?:{p.pattern})" for p, _, _ in self.relative)
        units = "|".join(sorted(self.units, key=len, reverse=True))
        parts = {
            "that_year": rf"(?:(?:in|during|early|late|mid-?|(?:end|beginning|start|middle)\s+of)\s+)?(?P<m7>{mon})\s+"
                         rf"(?:of\s+)?(?:that|the\s+same)\s+year|(?:later|earlier|in)\s+(?:that|the\s+same)\s+year",
            # "in November that year", "later that year": the year the text named last
            "month_rel_year": rf"(?:(?:in|during|early|late|mid-?|(?:end|beginning|start|middle)\s+of)\s+)?(?P<m8>{mon})\s+"
                              rf"(?:of\s+)?(?P<ry>last|this|next)\s+year",
            # "in September last year", "March of this year": that month of the year before (this, the next)
            "between": rf"between\s+(?P<b1>\d{{1,2}})\s+and\s+(?P<b2>\d{{1,2}})\s+(?P<bm>{mon})(?:,?\s+(?P<by>\d{{4}}))?",
            "mdy": rf"(?P<m1>{mon})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}})|\s+(?P<l1>last)\s+year)?",
            "dmy": rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{mon})(?:,?\s+(?P<y2>\d{{4}})|\s+(?P<l2>last)\s+year)?",
            "since": rf"since\s+(?:(?P<sm>{mon})\s+)?(?P<sy>\d{{4}})",
            "my": rf"(?P<m3>{mon})(?:\s+of)?\s+(?P<y3>\d{{4}})",
            "year": r"(?:in|during|since|of|the|a|an|early|late|mid-?)\s+(?P<y4>(?:19|20)\d\d)\b(?!\s*(?:people|members|fighters|troops|soldiers))",
            "year_event": rf"(?P<y5>(?:19|20)\d\d)(?=\s+(?:[\w'-]+\s+)?(?:{_EVENT_NOUNS})\b)",
            "iso": r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})",
            "past": rf"(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?P<pn>\d+|\w+)\s+(?P<pu>{units})",
            "weekday": rf"(?:on\s+|last\s+|this\s+)?(?P<wd>{wd})(?:'s)?",
            "bare_month": rf"(?:in|during|since|early|late|mid-?|last|(?:end|beginning|start|middle)\s+of)\s+(?P<m4>{mon})\b(?!\s+(?:of\s+)?\d)"
                          rf"|(?P<m6>{mon})(?=\s+(?:[A-Za-z-]+\s+)?(?:{_EVENT_NOUNS})\b)",  # "the March attack" (see find)
            "rel": rf"(?P<relx>{rel})",
        }
        alt = "|".join(f"(?P<{k}>{v})" for k, v in parts.items())
        return re.compile(rf"\b(?:{alt})\b", re.I)

    def find(self, text: str, published: date | None, words: list[tuple[int, str]] | None = None,
             positions: list[int] | None = None) -> Iterator[DateHit]:
        """Every date expression in `text`, left to right, resolved where possible.

        `words` (`gate.word_starts(text)`) or `positions` (this finder's gate candidates from a
        GateSet) make the scan cheaper; the hits are the same.
        """
        if positions is not None:
            matches = self.gate.matches(text, positions)
        else:
            matches = self.gate.finditer(text, words) if words is not None else self.pattern.finditer(text)
        frame = None if published is not None else frame_year(text)
        named: int | None = None  # the year the text last named: what "that year" refers back to
        for m in matches:
            kind = m.lastgroup
            if kind == "that_year":
                yield DateHit(m.start(), m.end(), kind, self._in_year(m, named))
                continue
            if m["m6"] and not _THE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "militants may attack": a month before an incident noun only after "the"
            resolver: Callable[[re.Match[str], date | None], DateRange | None] = getattr(self, "_r_" + kind)
            value = resolver(m, published)
            if value is None and frame and kind in ("mdy", "dmy", "between"):
                value = resolver(m, date(frame, 12, 31))  # "Jan. 11" in a text about one stated year
            if kind in _LIMITS and self.deadline.search(text, max(0, m.start() - 30), m.start()):
                kind, value = "deadline", self._limit(m, kind, published, value)  # "withdraw by Aug. 31"
            if value is not None:
                value.text = m.group(0)
                named = value.start.year if value.start and _names_year(m, kind) else named
            yield DateHit(m.start(), m.end(), kind, value)

    def first(self, text: str, published: date | None) -> DateRange | None:
        """The first resolved date; an explicit date right after a weekday wins over it."""
        return first_of(list(self.find(text, published)))

    def _limit(self, m: re.Match[str], kind: str, published: date | None, value: DateRange | None) -> DateRange | None:
        """A deadline's day without a year: the one nearest `published`, ahead of it or behind."""
        if published is None or kind not in ("mdy", "dmy") or m["y1" if kind == "mdy" else "y2"] or value is None:
            return value
        day = value.start
        options = [d for y in (published.year - 1, published.year, published.year + 1)
                   if (d := _safe(y, day.month, day.day)) is not None]
        best = min(options, key=lambda d: abs((d - published).days))
        return DateRange(best, best, precision="day")

    # ---------------------------------------------------------------- resolvers
    def _month(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]

    def _year_for(self, month: int, day: int, published: date | None) -> int | None:
        if published is None:
            return None
        year = published.year
        candidate = _safe(year, month, day)
        return year - 1 if candidate and candidate > published + timedelta(days=1) else year

    def _day(self, y: str | None, mon: str, d: str, published: date | None) -> DateRange | None:
        month, day = self._month(mon), int(d)
        year = int(y) if y else self._year_for(month, day, published)
        when = _safe(year, month, day) if year else None
        return DateRange(when, when, precision="day") if when else None

    def _in_year(self, m: re.Match[str], year: int | None) -> DateRange | None:
        """ "In 2014 ... in November that year", "in August of the same year": the month of the year named last."""
        if year is None:
            return None
        if not m["m7"]:
            return DateRange(date(year, 1, 1), date(year, 12, 31), m.group(0), "year")
        month = self._month(m["m7"])
        return DateRange(date(year, month, 1), _month_end(year, month), m.group(0), "month")

    def _r_iso(self, m: re.Match[str], published: date | None) -> DateRange | None:
        when = _safe(int(m["iy"]), int(m["im"]), int(m["id"]))
        return DateRange(when, when, precision="day") if when else None

    def _r_mdy(self, m: re.Match[str], published: date | None) -> DateRange | None:
        return self._day(_last_year_of(m["y1"], m["l1"], published), m["m1"], m["d1"], published)

    def _r_dmy(self, m: re.Match[str], published: date | None) -> DateRange | None:
        return self._day(_last_year_of(m["y2"], m["l2"], published), m["m2"], m["d2"], published)

    def _r_between(self, m: re.Match[str], published: date | None) -> DateRange | None:
        a = self._day(m["by"], m["bm"], m["b1"], published)
        b = self._day(m["by"], m["bm"], m["b2"], published)
        return DateRange(a.start, b.start, precision="range") if a and b else None

    def _r_month_rel_year(self, m: re.Match[str], published: date | None) -> DateRange | None:
        if published is None:
            return None
        year = published.year + {"last": -1, "this": 0, "next": 1}[m["ry"].lower()]
        month = self._month(m["m8"])
        return DateRange(date(year, month, 1), _month_end(year, month), precision="month")

    def _r_my(self, m: re.Match[str], published: date | None) -> DateRange | None:
        year, month = int(m["y3"]), self._month(m["m3"])
        return DateRange(date(year, month, 1), _month_end(year, month), precision="month")

    def _r_bare_month(self, m: re.Match[str], published: date | None) -> DateRange | None:
        if published is None:
            return None
        month = self._month(m["m4"] or m["m6"])  # "the March attack": the last March
        year = published.year if month <= published.month else published.year - 1
        return DateRange(date(year, month, 1), min(_month_end(year, month), published), precision="month")

    def _r_since(self, m: re.Match[str], published: date | None) -> DateRange | None:
        year = int(m["sy"])
        start = date(year, self._month(m["sm"]), 1) if m["sm"] else date(year, 1, 1)
        return DateRange(start, published, precision="range")

    def _r_year(self, m: re.Match[str], published: date | None) -> DateRange | None:
        year = int(m["y4"])
        if m.group(0).lower().startswith("since"):
            return DateRange(date(year, 1, 1), published, precision="range")
        return DateRange(date(year, 1, 1), date(year, 12, 31), precision="year")

    def _r_year_event(self, m: re.Match[str], published: date | None) -> DateRange | None:
        year = int(m["y5"])
        return DateRange(date(year, 1, 1), date(year, 12, 31), precision="year")

    def _r_weekday(self, m: re.Match[str], published: date | None) -> DateRange | None:
        if published is None:
            return None
        back = (published.weekday() - self.weekdays[m["wd"].lower()]) % 7
        when = published - timedelta(days=back)
        return DateRange(when, when, precision="day")

    def _r_past(self, m: re.Match[str], published: date | None) -> DateRange | None:
        n = int(m["pn"]) if m["pn"].isdigit() else _WORDS.get(m["pn"].lower())
        if published is None or not n:
            return None
        start = published - timedelta(days=n * self.units[m["pu"].lower()])
        return DateRange(start, published, precision="range")

    def _r_rel(self, m: re.Match[str], published: date | None) -> DateRange | None:
        if published is None:
            return None
        for pattern, days, rule in self.relative:
            if pattern.fullmatch(m["relx"]):
                return _RULES[rule](published) if rule else _back(published, days)
        return None


_NAMED_YEAR = {"month_rel_year": None, "year": None, "year_event": None, "my": None, "iso": None, "mdy": "y1", "dmy": "y2", "since": None}


def _last_year_of(year: str | None, last: str | None, published: date | None) -> str | None:
    """The year a day names: stated, or "last year" (March 3 last year) the one before `published`'s."""
    return str(published.year - 1) if last and published else year


def _names_year(m: re.Match[str], kind: str) -> bool:
    """The form states its year ("in 2014", "May 2016", "Dec. 16, 2014"), not one worked out from `published`."""
    return kind in _NAMED_YEAR and (_NAMED_YEAR[kind] is None or bool(m[_NAMED_YEAR[kind]]))


_LIMITS = ("mdy", "dmy", "my", "iso")
_THE_BEFORE = re.compile(r"\b(?:the|last)\s$", re.I)  # date forms a deadline can take

_EVENT_NOUNS = ("attacks?|bombings?|blasts?|explosions?|assaults?|massacres?|raids?|strikes?|airstrikes?|offensive"
                "|ambush|siege|hijacking|killings?|takeover|clashes")

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}


def _back(published: date, days: list[int]) -> DateRange:
    start, end = published - timedelta(days=days[0]), published - timedelta(days=days[1])
    return DateRange(start, end, precision="day" if start == end else "range")


def _last_weekend(p: date) -> DateRange:
    sunday = p - timedelta(days=(p.weekday() + 1) % 7 or 7) if p.weekday() != 6 else p - timedelta(days=7)
    return DateRange(sunday - timedelta(days=1), sunday, precision="range")


def _last_week(p: date) -> DateRange:
    return DateRange(p - timedelta(days=7), p, precision="range")


def _this_month(p: date) -> DateRange:
    return DateRange(p.replace(day=1), p, precision="range")


def _last_month(p: date) -> DateRange:
    end = p.replace(day=1) - timedelta(days=1)
    return DateRange(end.replace(day=1), end, precision="month")


def _this_year(p: date) -> DateRange:
    return DateRange(date(p.year, 1, 1), p, precision="range")


def _last_year(p: date) -> DateRange:
    return DateRange(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), precision="year")


_RULES: dict[str, Callable[[date], DateRange]] = {
    "last_weekend": _last_weekend, "last_week": _last_week, "this_month": _this_month,
    "last_month": _last_month, "this_year": _this_year, "last_year": _last_year,
}


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def frame_year(text: str) -> int | None:
    """The one year a text's title line states ("Security incidents in 2023"): the year of its
    day-month dates when the publication date is unknown. None when the title names no or several years."""
    title = text.lstrip().split("\n", 1)[0][:200]
    years = set(_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


def first_of(hits: list[DateHit]) -> DateRange | None:
    """The first resolved date of `hits`; an explicit date right after a weekday wins over it."""
    for i, hit in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if hit.kind == "weekday" and nxt and nxt.start - hit.end <= 3 and nxt.value:
            return nxt.value
        if hit.value is not None:
            return hit.value
    return None
