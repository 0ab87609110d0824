"""How much working time an absence covers: leave in half-days, 外出 in minutes.

Leave is granted by halves of a working day (上午 08:30–12:00, 下午 14:30–17:30 by default),
so an absence counts 0.5 for every half of a working day it touches at all: leaving at 16:00
costs the afternoon, arriving at 09:00 costs the morning. Rounding up is the rule the office
applies when it books leave, and it makes the days used for annual leave and the monthly
attendance sheet agree with what people are asked to report. Non-working days (weekends,
statutory holidays) count nothing; adjusted working weekends (调休上班) count.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar


def _halves(day: date, office: OfficeHours, tz: object) -> tuple[tuple[datetime, datetime], ...]:
    def at(moment: time) -> datetime:
        return datetime.combine(day, moment, tzinfo=tz)  # type: ignore[arg-type]

    return (at(office.day_start), at(office.am_end)), (at(office.pm_start), at(office.day_end))


def _days(start: datetime, end: datetime) -> list[date]:
    first, last = start.date(), end.date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def leave_days(
    start: datetime, end: datetime, office: OfficeHours, calendar: WorkCalendar
) -> float:
    """Working days covered, in halves: each half of a working day touched counts 0.5.

    "Touched" means overlapping by more than an instant, so 08:30–12:00 is exactly the
    morning (0.5) and an absence ending at 14:30 does not cost the afternoon. ``end`` not
    after ``start`` covers nothing. Both must be timezone-aware; ``end`` is read in the
    zone of ``start`` so the office hours are the local ones.
    """
    if end <= start:
        return 0.0
    end = end.astimezone(start.tzinfo)
    total = 0.0
    for day in _days(start, end):
        if not calendar.is_workday(day):
            continue
        for begin, finish in _halves(day, office, start.tzinfo):
            if start < finish and begin < end:
                total += 0.5
    return total


def minutes_away(start: datetime, end: datetime) -> int:
    """Minutes on the clock from ``start`` to ``end`` (0 when ``end`` is not later)."""
    return max(0, int((end - start).total_seconds() // 60))


def working_minutes(
    start: datetime, end: datetime, office: OfficeHours, calendar: WorkCalendar
) -> int:
    """Minutes of office hours (both halves of working days) inside ``start``–``end``.

    外出 is counted to the minute; the lunch break and evenings are not working time.
    """
    if end <= start:
        return 0
    end = end.astimezone(start.tzinfo)
    total = 0.0
    for day in _days(start, end):
        if not calendar.is_workday(day):
            continue
        for begin, finish in _halves(day, office, start.tzinfo):
            overlap = (min(end, finish) - max(start, begin)).total_seconds()
            if overlap > 0:
                total += overlap
    return int(total // 60)
