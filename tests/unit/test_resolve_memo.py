"""Resolved points are remembered; the memory must never answer for another zone or day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.domain.office import OfficeHours
from bot.domain.reader.expressions import Point, expressions
from bot.domain.reader.resolve import Context, resolve_point
from bot.domain.workcalendar import WorkCalendar

CALENDAR = WorkCalendar()


def _first_point_resolved(now: datetime, text: str = "明天上午") -> datetime:
    point = expressions(text)[0]
    assert isinstance(point, Point)
    found = resolve_point(point, Context(now, OfficeHours(), CALENDAR, text))
    assert found is not None
    return found.start


def test_zones_equal_by_offset_keep_their_own_name() -> None:
    east, beijing = timezone(timedelta(hours=8), "EAST"), timezone(timedelta(hours=8), "CST")
    first = _first_point_resolved(datetime(2026, 11, 30, 9, tzinfo=east))
    second = _first_point_resolved(datetime(2026, 11, 30, 9, tzinfo=beijing))
    assert first == second
    assert first.tzname() == "EAST"
    assert second.tzname() == "CST"


def test_the_same_words_on_another_day_or_office_resolve_anew() -> None:
    tz = timezone(timedelta(hours=8))
    monday = _first_point_resolved(datetime(2026, 11, 30, 9, tzinfo=tz))
    tuesday = _first_point_resolved(datetime(2026, 12, 1, 9, tzinfo=tz))
    assert monday == datetime(2026, 12, 1, 8, 30, tzinfo=tz)
    assert tuesday == datetime(2026, 12, 2, 8, 30, tzinfo=tz)
    point = expressions("明天上午")[0]
    assert isinstance(point, Point)
    early = OfficeHours(day_start=datetime(2026, 1, 1, 8, 0).time())
    found = resolve_point(point, Context(datetime(2026, 11, 30, 9, tzinfo=tz), early, CALENDAR))
    assert found is not None and found.start == datetime(2026, 12, 1, 8, 0, tzinfo=tz)
