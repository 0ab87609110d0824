"""Working days an absence covers: half-day precision on the statutory calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.leave_days import leave_days, minutes_away, working_minutes
from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar

TZ = ZoneInfo("Asia/Shanghai")
OFFICE = OfficeHours()
CALENDAR = WorkCalendar()


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        ("2026-11-27 08:30", "2026-11-27 17:30", 1.0),  # a whole Friday
        ("2026-11-27 08:30", "2026-11-27 12:00", 0.5),  # exactly the morning
        ("2026-11-27 14:30", "2026-11-27 17:30", 0.5),  # exactly the afternoon
        ("2026-11-27 16:00", "2026-11-27 17:30", 0.5),  # part of a half counts the half
        ("2026-11-27 08:30", "2026-11-27 09:00", 0.5),  # late by half an hour
        ("2026-11-27 11:00", "2026-11-27 15:00", 1.0),  # touches both halves
        ("2026-11-27 12:00", "2026-11-27 14:30", 0.0),  # the lunch break is not working time
        ("2026-11-27 18:00", "2026-11-27 21:00", 0.0),  # the evening neither
        ("2026-11-27 08:30", "2026-11-30 17:30", 2.0),  # Friday to Monday skips the weekend
        ("2026-11-26 14:30", "2026-11-30 12:00", 2.0),  # Thu pm, Fri, Mon am
        ("2026-11-28 08:30", "2026-11-29 17:30", 0.0),  # a weekend costs nothing
        ("2026-09-30 08:30", "2026-10-09 17:30", 3.0),  # National Day: Sep 30, Oct 8, Oct 9
        ("2026-10-10 08:30", "2026-10-10 17:30", 1.0),  # an adjusted working Saturday counts
        ("2026-10-01 08:30", "2026-10-07 17:30", 0.0),  # the holiday itself
        ("2027-03-01 08:30", "2027-03-05 17:30", 5.0),  # a year without data: weekdays
        ("2026-11-27 17:30", "2026-11-27 08:30", 0.0),  # end before start
        ("2026-11-27 10:00", "2026-11-27 10:00", 0.0),  # nothing
    ],
)
def test_leave_days(start: str, end: str, days: float) -> None:
    assert leave_days(at(start), at(end), OFFICE, CALENDAR) == days


def test_end_in_another_zone_is_read_in_the_zone_of_start() -> None:
    start = at("2026-11-27 08:30")
    end = at("2026-11-27 17:30").astimezone(UTC)
    assert leave_days(start, end, OFFICE, CALENDAR) == 1.0


def test_configured_holidays_and_workdays() -> None:
    calendar = WorkCalendar(
        extra_holidays=[date(2026, 11, 27)], extra_workdays=[date(2026, 11, 28)]
    )
    assert leave_days(at("2026-11-26 08:30"), at("2026-11-28 17:30"), OFFICE, calendar) == 2.0


def test_other_office_hours() -> None:
    office = OfficeHours(
        day_start=time(9), am_end=time(12), pm_start=time(13, 30), day_end=time(18)
    )
    assert leave_days(at("2026-11-27 13:00"), at("2026-11-27 13:30"), office, CALENDAR) == 0.0
    assert leave_days(at("2026-11-27 13:00"), at("2026-11-27 13:45"), office, CALENDAR) == 0.5


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("明天下午请假半天，孩子家长会", 0.5),
        ("请假两天半", 2.5),
        ("周五请假两天", 2.0),
        ("周三到周五请年假", 3.0),
        ("晚到半小时", 0.5),
        ("下周一至周五休年假", 5.0),
    ],
)
def test_agrees_with_what_the_reader_understood(text: str, days: float) -> None:
    report = read_report(text, at("2026-11-26 09:15"))
    assert report.start is not None
    assert report.end is not None
    assert leave_days(report.start, report.end, OFFICE, CALENDAR) == days


def test_minutes_away() -> None:
    assert minutes_away(at("2026-11-27 09:15"), at("2026-11-27 15:00")) == 345
    assert minutes_away(at("2026-11-27 15:00"), at("2026-11-27 09:15")) == 0


def test_working_minutes_leave_out_lunch_and_weekends() -> None:
    assert working_minutes(at("2026-11-27 11:00"), at("2026-11-27 15:00"), OFFICE, CALENDAR) == 90
    assert working_minutes(at("2026-11-27 17:00"), at("2026-11-30 09:00"), OFFICE, CALENDAR) == 60
    assert working_minutes(at("2026-11-27 15:00"), at("2026-11-27 09:00"), OFFICE, CALENDAR) == 0
