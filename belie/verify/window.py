"""When a claim was made and which evidence dates count (ANNOTATION §1 and §5).

A claim made on T is judged on evidence dated within [T - window, T + window]. T is the
claim's date, else its document's `published`, else a date in the document's URL (the 15th
at month precision). With none of those the window is open and the time scope unknown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from belie.model import Claim, Document, Event

__all__ = ["Window", "claim_anchor", "claim_window", "document_date", "event_span", "url_date"]

_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?:/(0[1-9]|[12]\d|3[01]))?(?:/|$)")


@dataclass(frozen=True)
class Window:
    """The evidence window of one claim; `start`/`end` None means open on that side."""

    anchor: date | None
    start: date | None
    end: date | None

    @property
    def known(self) -> bool:
        return self.anchor is not None

    def overlaps(self, first: date | None, last: date | None) -> bool:
        """True when the span [first, last] meets the window (an undated span only an open window)."""
        if first is None and last is None:
            return not self.known
        first, last = first or last, last or first
        return (self.start is None or last >= self.start) and (self.end is None or first <= self.end)

    def after_anchor(self, first: date | None, last: date | None) -> bool:
        """True when the span ends on or after the claim date and within the window (capability looks
        forward); an open window takes any dated span."""
        last = last or first
        if last is None or not self.known:
            return last is not None
        return self.anchor <= last and (self.end is None or last <= self.end)


def url_date(url: str | None) -> date | None:
    """`/2023/03/22/` -> 2023-03-22; `/2023/03/` -> 2023-03-15 (month precision); else None."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month), int(day or 15))
    except ValueError:
        return None


def document_date(doc: Document | None) -> date | None:
    """The date a document stands for: its `published`, else the date in its URL."""
    if doc is None:
        return None
    return doc.published or url_date(doc.url)


def claim_anchor(claim: Claim, doc: Document | None) -> date | None:
    return claim.date or document_date(doc)


def claim_window(claim: Claim, doc: Document | None, days: int) -> Window:
    """The window [T - days, T + days] around the claim's date, or an open one."""
    anchor = claim_anchor(claim, doc)
    if anchor is None:
        return Window(None, None, None)
    delta = timedelta(days=days)
    return Window(anchor, anchor - delta, anchor + delta)


def event_span(event: Event, doc: Document | None) -> tuple[date | None, date | None]:
    """The event's own dates, else its document's date (undated events count by `published`)."""
    first, last = event.date.start, event.date.end or event.date.start
    if first is None and last is None:
        fallback = document_date(doc)
        return fallback, fallback
    return first or last, last or first
