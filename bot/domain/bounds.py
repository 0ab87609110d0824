"""The sane range of what a report or a file may ask for.

A typo or a hostile message (请假999999天, 9999年12月31日) must become a short refusal, not a
walk over a million days or an ``OverflowError``: everything the bot reads is checked
against these limits before any calendar arithmetic runs on it.
"""

from __future__ import annotations

from datetime import datetime

MIN_YEAR = 2000
MAX_YEAR = 2100
MAX_SPAN_DAYS = 366  # no absence, count or range is longer than a year


class OutOfRange(ValueError):
    """A count or a date outside the range above; the caller refuses or asks."""


def check_count(days: float) -> None:
    """Refuse a count of days (or its equivalent) longer than a year."""
    if days > MAX_SPAN_DAYS:
        raise OutOfRange(f"{days} days is more than {MAX_SPAN_DAYS}")


def within(start: datetime | None, end: datetime | None) -> bool:
    """Whether a period stays inside the years allowed and is at most a year long."""
    for instant in (start, end):
        if instant is not None and not MIN_YEAR <= instant.year <= MAX_YEAR:
            return False
    return not (start and end and (end - start).days > MAX_SPAN_DAYS)
