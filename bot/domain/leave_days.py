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


def _edges_and_middle(start: datetime, end: datetime) -> tuple[list[date], date, date]:
    """The first and last day (counted one by one) and the whole days between them, which
    are counted arithmetically: a span of a year costs the same as a span of a day."""
    first, last = start.date(), end.date()
    if first == last:
        return [first], first, first - timedelta(days=1)
    return [first, last], first + timedelta(days=1), last - timedelta(days=1)


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
    edges, middle_first, middle_last = _edges_and_middle(start, end)
    total = float(calendar.count_workdays(middle_first, middle_last))
    for day in edges:
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
    edges, middle_first, middle_last = _edges_and_middle(start, end)
    sample = _halves(start.date(), office, start.tzinfo)
    whole_day = sum((finish - begin).total_seconds() for begin, finish in sample)
    total = calendar.count_workdays(middle_first, middle_last) * whole_day
    for day in edges:
        if not calendar.is_workday(day):
            continue
        for begin, finish in _halves(day, office, start.tzinfo):
            overlap = (min(end, finish) - max(start, begin)).total_seconds()
            if overlap > 0:
                total += overlap
    return int(total // 60)
