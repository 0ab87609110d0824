"""Hostile counts and dates: refused by the reader, counted arithmetically by the calendar."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.bounds import OutOfRange, within
from bot.domain.leave_days import leave_days, working_minutes
from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar
from tests.conftest import MONDAY_MORNING, TZ


@pytest.mark.parametrize(
    "text",
    [
        "请假999999天",
        "请假99999999天",
        "请假9999天",
        "请假400天",
        "请假9999周",
        "9999年12月31日请假3天",
        "1900年1月1日请假",
        "请假99999999小时",
        "晚到99999999小时",
        "外出，99999999小时后回",
        "2001年1月1日到2099年12月31日请假",
    ],
)
def test_counts_and_dates_outside_the_range_are_refused(text):
    calendar = WorkCalendar()
    report = read_report(text, MONDAY_MORNING, calendar=calendar)
    assert report.is_report and report.out_of_range
    assert report.start is None and report.end is None
    assert report.to_json()["out_of_range"] is True
    assert calendar.missing_years <= {2027, 9999}  # no walk over the years


@pytest.mark.parametrize("text", ["请假200天", "请假三天", "明天请假", "产假158天"])
def test_counts_within_the_range_are_read(text):
    report = read_report(text, MONDAY_MORNING)
    assert report.is_report and not report.out_of_range and report.end is not None
    assert "out_of_range" not in report.to_json()


def test_many_working_days_end_where_counting_one_by_one_would():
    calendar = WorkCalendar()
    report = read_report("请假200天", MONDAY_MORNING, calendar=calendar)
    day, counted = report.start.date(), 0
    while True:
        counted += calendar.is_workday(day)
        if counted == 200:
            break
        day += timedelta(days=1)
    assert report.end == datetime.combine(day, OfficeHours().day_end, tzinfo=TZ)


def test_working_days_are_counted_arithmetically_and_agree_with_the_daily_answer():
    calendar = WorkCalendar(extra_holidays=[date(2026, 12, 1)], extra_workdays=[date(2026, 12, 5)])
    rng = random.Random(13)
    for _ in range(500):
        first = date(2003, 1, 1) + timedelta(days=rng.randrange(9000))
        last = first + timedelta(days=rng.randrange(-2, 700))
        daily = sum(
            calendar.is_workday(first + timedelta(days=n)) for n in range((last - first).days + 1)
        )
        assert calendar.count_workdays(first, last) == daily
        n = rng.randrange(1, 200)
        found = calendar.nth_workday(first, n)
        assert calendar.is_workday(found) and calendar.count_workdays(first, found) == n


def test_a_span_of_a_century_is_counted_without_walking_it():
    calendar = WorkCalendar()
    start = datetime(2000, 1, 3, 8, 30, tzinfo=TZ)
    end = datetime(2100, 12, 31, 17, 30, tzinfo=TZ)
    days = leave_days(start, end, OfficeHours(), calendar)
    assert 25_000 < days < 26_500 and days * 2 == int(days * 2)
    assert working_minutes(start, end, OfficeHours(), calendar) == int(days * 390)


def test_the_nth_working_day_beyond_the_last_date_is_out_of_range():
    with pytest.raises(OutOfRange):
        WorkCalendar().nth_workday(date(9999, 12, 1), 400)


def test_within_checks_years_and_length():
    start = datetime(2026, 1, 1, tzinfo=TZ)
    assert within(start, start + timedelta(days=366))
    assert not within(start, start + timedelta(days=367))
    assert not within(start.replace(year=2101), None)
