"""The Chinese statutory working-day calendar, with adjusted working weekends (调休上班).

``chinese-calendar`` carries the State Council's yearly holiday notices. It only knows the
years that were published when it was released; for any other year we fall back to
"Monday–Friday, minus the holidays and plus the extra workdays listed in the configuration"
and report the year through ``missing_years`` so the caller can warn the admins (it warns
only about the current and the next year).

Spans are counted arithmetically: weekdays by a formula on ordinals, corrected by the few
dates that differ from Monday–Friday (statutory holidays on weekdays, working weekends,
configured extras). A report spanning years therefore costs a few bisections, never a walk
day by day.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import accumulate

from chinese_calendar import constants as _statutory

from bot.domain.bounds import OutOfRange

log = logging.getLogger(__name__)
_KNOWN_YEARS = range(min(_statutory.holidays).year, max(_statutory.holidays).year + 1)


def _weekdays_before(ordinal: int) -> int:
    """Monday–Friday dates with ordinal below ``ordinal`` (ordinal 1, 0001-01-01, a Monday)."""
    weeks, rest = divmod(ordinal - 1, 7)
    return weeks * 5 + min(rest, 5)


class WorkCalendar:
    """Answers "is this a working day?" and "how many between?" for the bureau."""

    def __init__(
        self,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
    ) -> None:
        self._holidays = frozenset(extra_holidays)
        self._workdays = frozenset(extra_workdays)
        self.missing_years: set[int] = set()
        # Dates whose answer differs from Monday–Friday, as ordinals with +1/-1 and running sums.
        special: list[tuple[int, int]] = []
        candidates = set(self._holidays) | self._workdays
        candidates |= set(_statutory.holidays) | set(_statutory.workdays)
        for day in sorted(candidates):
            delta = int(self._answer(day)) - int(day.weekday() < 5)
            if delta:
                special.append((day.toordinal(), delta))
        self._special = [ordinal for ordinal, _ in special]
        self._sums = [0, *accumulate(delta for _, delta in special)]

    def _answer(self, day: date) -> bool:
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        if day.year in _KNOWN_YEARS:
            # chinese_calendar.is_workday's own rule, without its per-call validation (~20 µs).
            return day in _statutory.workdays or (
                day.weekday() < 5 and day not in _statutory.holidays
            )
        return day.weekday() < 5

    def is_workday(self, day: date) -> bool:
        """True on statutory working days, including adjusted working weekends."""
        self._note(day.year)
        return self._answer(day)

    def _note(self, year: int) -> None:
        if year not in _KNOWN_YEARS and year not in self.missing_years:
            self.missing_years.add(year)
            log.warning(
                "chinese-calendar has no data for %s; using weekends plus configured holidays",
                year,
            )

    def is_holiday(self, day: date) -> bool:
        return not self.is_workday(day)

    def knows_year(self, year: int) -> bool:
        """Whether the statutory data for ``year`` is available (not the fallback)."""
        return year in _KNOWN_YEARS

    def count_workdays(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included (0 when ``last`` is earlier)."""
        if last < first:
            return 0
        low, high = first.toordinal(), last.toordinal() + 1
        weekdays = _weekdays_before(high) - _weekdays_before(low)
        i, j = bisect_left(self._special, low), bisect_left(self._special, high)
        for year in range(first.year, last.year + 1):
            self._note(year)
        return weekdays + self._sums[j] - self._sums[i]

    def nth_workday(self, first: date, n: int) -> date:
        """The ``n``-th working day counting from ``first`` (``n`` ≥ 1; ``first`` counts when
        it is one). Found by bisection over :meth:`count_workdays`."""
        if n < 1:
            raise ValueError("n must be at least 1")
        low, high = first.toordinal(), first.toordinal() + 2 * n + 60
        if high > date.max.toordinal():
            raise OutOfRange(f"{n} working days after {first}")
        while low < high:
            middle = (low + high) // 2
            if self.count_workdays(first, date.fromordinal(middle)) >= n:
                high = middle
            else:
                low = middle + 1
        return date.fromordinal(low)

    def workdays_between(self, first: date, last: date) -> list[date]:
        """Working days from ``first`` to ``last``, both included (for short spans: a list)."""
        return [
            first + timedelta(days=n)
            for n in range((last - first).days + 1)
            if self.is_workday(first + timedelta(days=n))
        ]

    def next_workday(self, day: date, *, include_today: bool = True) -> date:
        """The first working day on or after ``day`` (after it, if ``include_today`` is false)."""
        if not include_today:
            day += timedelta(days=1)
        return self.nth_workday(day, 1)

    def previous_workday(self, day: date, *, include_today: bool = True) -> date:
        """The last working day on or before ``day`` (before it, if ``include_today`` is false)."""
        if not include_today:
            day -= timedelta(days=1)
        for _ in range(60):  # the longest run of holidays is far shorter
            if self.is_workday(day):
                return day
            day -= timedelta(days=1)
        raise ValueError(f"no working day within 60 days before {day}")
