"""The Chinese statutory working-day calendar, with adjusted working weekends (调休上班).

Three sources, most trusted first:

1. days an admin declared from the chat (``/holiday``, ``/workday``) or in the configuration;
2. ``chinese-calendar``, which carries the State Council's yearly notices, but only for the
   years published when it was released (1.11 ends with 2026);
3. for other years, ``holidays`` (python-holidays, released monthly): it knows China's
   statutory holidays of the coming year early, but not always its adjusted working
   weekends (0.109 lists none for 2027), so such a year is *unconfirmed* until an admin has
   declared at least one of its days. Without either, Monday–Friday.

``missing_years`` collects the years ``chinese-calendar`` lacked, once each, so the caller
can warn the admins; :meth:`WorkCalendar.unconfirmed_years` says which years of a period
rest on days nobody has confirmed, so a confirmation can say so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

import chinese_calendar

log = logging.getLogger(__name__)


class WorkCalendar:
    """Answers "is this a working day?" for the bureau."""

    def __init__(
        self,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
    ) -> None:
        self._configured = {d: False for d in extra_holidays} | {d: True for d in extra_workdays}
        self._declared: dict[date, bool] = {}
        self._names: dict[date, str] = {}
        self._fallback: dict[int, Any] = {}  # year → python-holidays' China, or None
        self.missing_years: set[int] = set()

    # ------------------------------------------------------------------ admin's days
    def declare(self, days: Mapping[date, tuple[bool, str | None]]) -> None:
        """Replace the days admins declared: date → (is it a working day, its name)."""
        self._declared = {d: workday for d, (workday, _) in days.items()}
        self._names = {d: name for d, (_, name) in days.items() if name}

    def declared(self, year: int) -> dict[date, tuple[bool, str | None]]:
        return {
            d: (workday, self._names.get(d))
            for d, workday in sorted(self._declared.items())
            if d.year == year
        }

    # ------------------------------------------------------------------ questions
    def is_workday(self, day: date) -> bool:
        """True on statutory working days, including adjusted working weekends."""
        for chosen in (self._declared, self._configured):
            if day in chosen:
                return chosen[day]
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            if day.year not in self.missing_years:
                self.missing_years.add(day.year)
                log.warning(
                    "chinese-calendar has no data for %s; using python-holidays and the days"
                    " admins declared",
                    day.year,
                )
        found = self._holidays(day.year)
        if found is not None:
            return bool(found.is_working_day(day))
        return day.weekday() < 5

    def is_holiday(self, day: date) -> bool:
        return not self.is_workday(day)

    def holiday_name(self, day: date) -> str | None:
        """What the day is called (元旦, 春节 …), when a source names it."""
        if day in self._names:
            return self._names[day]
        found = self._holidays(day.year)
        return None if found is None else found.get(day)

    def knows_year(self, year: int) -> bool:
        """Whether the statutory data for ``year`` is available (not a fallback)."""
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            return False
        return True

    def source(self, year: int) -> str:
        """``statutory`` (chinese-calendar), ``holidays`` (python-holidays) or ``weekdays``."""
        if self.knows_year(year):
            return "statutory"
        return "holidays" if self._holidays(year) else "weekdays"

    def unconfirmed_years(self, first: date, last: date) -> list[int]:
        """Years from ``first`` to ``last`` whose days come from neither chinese-calendar nor
        an admin: a count over them may be wrong by a holiday or an adjusted weekend."""
        return [
            year
            for year in range(first.year, last.year + 1)
            if not self.knows_year(year) and not any(d.year == year for d in self._declared)
        ]

    def _holidays(self, year: int) -> Any:
        if year not in self._fallback:
            try:
                import holidays  # only for the years chinese-calendar lacks

                found = holidays.China(years=year, language="zh_CN")
                self._fallback[year] = found if len(found) else None
            except (ImportError, NotImplementedError):  # without it: Monday–Friday
                log.warning("python-holidays has no China calendar for %s", year)
                self._fallback[year] = None
        return self._fallback[year]

    # ------------------------------------------------------------------ walking days
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
