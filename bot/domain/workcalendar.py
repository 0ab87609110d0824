"""The Chinese statutory working-day calendar, with adjusted working weekends (调休上班).

``chinese-calendar`` carries the State Council's yearly holiday notices. It only knows the
years that were published when it was released; for any other year we fall back to
"Monday–Friday, minus the holidays and plus the extra workdays listed in the configuration"
and report the year once through ``missing_years`` so the caller can warn the admins.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, timedelta

import chinese_calendar

log = logging.getLogger(__name__)


class WorkCalendar:
    """Answers "is this a working day?" for the bureau."""

    def __init__(
        self,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
    ) -> None:
        self._holidays = frozenset(extra_holidays)
        self._workdays = frozenset(extra_workdays)
        self.missing_years: set[int] = set()

    def is_workday(self, day: date) -> bool:
        """True on statutory working days, including adjusted working weekends."""
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            if day.year not in self.missing_years:
                self.missing_years.add(day.year)
                log.warning(
                    "chinese-calendar has no data for %s; using weekends plus configured holidays",
                    day.year,
                )
            return day.weekday() < 5

    def is_holiday(self, day: date) -> bool:
        return not self.is_workday(day)

    def knows_year(self, year: int) -> bool:
        """Whether the statutory data for ``year`` is available (not the fallback)."""
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            return False
        return True

    def workdays_between(self, first: date, last: date) -> list[date]:
        """Working days from ``first`` to ``last``, both included."""
        out: list[date] = []
        day = first
        while day <= last:
            if self.is_workday(day):
                out.append(day)
            day += timedelta(days=1)
        return out

    def next_workday(self, day: date, *, include_today: bool = True) -> date:
        """The first working day on or after ``day`` (after it, if ``include_today`` is false)."""
        if not include_today:
            day += timedelta(days=1)
        for _ in range(60):  # the longest run of holidays is far shorter
            if self.is_workday(day):
                return day
            day += timedelta(days=1)
        raise ValueError(f"no working day within 60 days after {day}")

    def previous_workday(self, day: date, *, include_today: bool = True) -> date:
        """The last working day on or before ``day`` (before it, if ``include_today`` is false)."""
        if not include_today:
            day -= timedelta(days=1)
        for _ in range(60):
            if self.is_workday(day):
                return day
            day -= timedelta(days=1)
        raise ValueError(f"no working day within 60 days before {day}")
