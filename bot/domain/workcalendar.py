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

Spans are counted arithmetically: weekdays by a formula on ordinals, corrected by the few
dates that differ from Monday–Friday (statutory holidays on weekdays, working weekends,
declared and configured days). A report spanning years costs a few bisections, never a walk
day by day.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

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
        self._configured = {d: False for d in extra_holidays} | {d: True for d in extra_workdays}
        self._declared: dict[date, bool] = {}
        self._names: dict[date, str] = {}
        self._fallback: dict[int, Any] = {}  # year → python-holidays' China, or None
        self.missing_years: set[int] = set()
        self._special: list[int] = []
        self._sums: list[int] = [0]
        self._rebuild()

    # ------------------------------------------------------------------ admin's days
    def declare(self, days: Mapping[date, tuple[bool, str | None]]) -> None:
        """Replace the days admins declared: date → (is it a working day, its name)."""
        self._declared = {d: workday for d, (workday, _) in days.items()}
        self._names = {d: name for d, (_, name) in days.items() if name}
        self._rebuild()

    def declared(self, year: int) -> dict[date, tuple[bool, str | None]]:
        return {
            d: (workday, self._names.get(d))
            for d, workday in sorted(self._declared.items())
            if d.year == year
        }

    # ------------------------------------------------------------------ questions
    def is_workday(self, day: date) -> bool:
        """True on statutory working days, including adjusted working weekends."""
        self._note(day.year)
        return self._answer(day)

    def holiday_name(self, day: date) -> str | None:
        """What the day is called (元旦, 春节 …), when a source names it."""
        if day in self._names:
            return self._names[day]
        found = self._holidays(day.year) if day.year not in _KNOWN_YEARS else None
        return None if found is None else found.get(day)

    def knows_year(self, year: int) -> bool:
        """Whether chinese-calendar's statutory data covers ``year`` (not a fallback)."""
        return year in _KNOWN_YEARS

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

    # ------------------------------------------------------------------ counting
    def count_workdays(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included (0 when ``last`` is earlier)."""
        if last < first:
            return 0
        for year in range(first.year, last.year + 1):
            self._note(year)
        low, high = first.toordinal(), last.toordinal() + 1
        weekdays = _weekdays_before(high) - _weekdays_before(low)
        i, j = bisect_left(self._special, low), bisect_left(self._special, high)
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

    # ------------------------------------------------------------------ inside
    def _answer(self, day: date) -> bool:
        for chosen in (self._declared, self._configured):
            if day in chosen:
                return chosen[day]
        if day.year in _KNOWN_YEARS:
            # chinese_calendar.is_workday's own rule, without its per-call validation (~20 µs).
            return day in _statutory.workdays or (
                day.weekday() < 5 and day not in _statutory.holidays
            )
        found = self._holidays(day.year)
        if found is not None:
            return bool(found.is_working_day(day))
        return day.weekday() < 5

    def _note(self, year: int) -> None:
        """Remember (and log once) a year chinese-calendar lacks; load its fallback days."""
        if year in _KNOWN_YEARS or year in self.missing_years:
            return
        self.missing_years.add(year)
        log.warning(
            "chinese-calendar has no data for %s; using python-holidays and the days admins"
            " declared",
            year,
        )
        if self._holidays(year) is not None:
            self._rebuild()

    def _holidays(self, year: int) -> Any:
        if year not in self._fallback:
            self._fallback[year] = None
            if 2000 <= year <= 2100:  # python-holidays' range; bounds.py refuses the rest
                try:
                    import holidays  # only for the years chinese-calendar lacks

                    found = holidays.China(years=year, language="zh_CN")
                    self._fallback[year] = found if len(found) else None
                except (ImportError, NotImplementedError):  # without it: Monday–Friday
                    log.warning("python-holidays has no China calendar for %s", year)
        return self._fallback[year]

    def _rebuild(self) -> None:
        """Dates whose answer differs from Monday–Friday, as ordinals with running sums."""
        candidates = set(self._declared) | set(self._configured)
        candidates |= set(_statutory.holidays) | set(_statutory.workdays)
        for found in self._fallback.values():
            if found is not None:
                candidates |= set(found) | set(getattr(found, "weekend_workdays", ()))
        special: list[tuple[int, int]] = []
        for day in sorted(candidates):
            delta = int(self._answer(day)) - int(day.weekday() < 5)
            if delta:
                special.append((day.toordinal(), delta))
        self._special = [ordinal for ordinal, _ in special]
        self._sums = [0, *accumulate(delta for _, delta in special)]
