"""Duty-roster rows, the season, and catching up after downtime (pure rules)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.duty_roster import (
    DUTY,
    LEAD,
    ON_TIME,
    DutyRosterError,
    catch_up,
    in_season,
    parse_duty_roster,
    season_months,
)
from messages.duty import roster_error

TZ = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ)


# --- the roster file ------------------------------------------------------------------------


def test_long_table_with_roles_and_excel_dates():
    rows = [
        ["日期", "姓名", "角色"],
        ["2026-06-01", "王局长", "带班"],
        [datetime(2026, 6, 1), "李四", "值班"],
        ["2026年6月2日", "赵六", "值班员"],
        ["", "", ""],
        [date(2026, 6, 2), "钱七", ""],  # no role: 值班
    ]
    entries = parse_duty_roster(rows)
    assert [(e.day, e.name, e.role, e.line) for e in entries] == [
        (date(2026, 6, 1), "王局长", LEAD, 2),
        (date(2026, 6, 1), "李四", DUTY, 3),
        (date(2026, 6, 2), "赵六", DUTY, 4),
        (date(2026, 6, 2), "钱七", DUTY, 6),
    ]


def test_wide_table_with_several_names_per_cell():
    rows = [
        ["值班日期", "星期", "带班领导", "值班人员"],
        ["6/1", "一", "王局长", "李四、赵六"],
        ["6月2日", "二", "孙副局长", "钱七 周八"],
    ]
    entries = parse_duty_roster(rows, default_year=2026)
    assert [(e.day.day, e.name, e.role) for e in entries] == [
        (1, "王局长", LEAD), (1, "李四", DUTY), (1, "赵六", DUTY),
        (2, "孙副局长", LEAD), (2, "钱七", DUTY), (2, "周八", DUTY),
    ]  # fmt: skip


def test_long_table_whose_name_column_is_headed_like_a_role():
    entries = parse_duty_roster([["日期", "值班人员", "岗位"], ["2026-06-01", "李四", "带班"]])
    assert [(e.name, e.role) for e in entries] == [("李四", LEAD)]


@pytest.mark.parametrize(
    ("rows", "line", "field", "problem"),
    [
        ([], 1, "header", "empty"),
        ([["姓名", "角色"], ["李四", "值班"]], 1, "header", "no_date_column"),
        ([["日期", "备注"], ["2026-06-01", "x"]], 1, "header", "no_name_column"),
        ([["日期", "姓名"]], 2, "date", "no_rows"),
        ([["日期", "姓名"], ["2026-06-31", "李四"]], 2, "date", "bad_date"),
        ([["日期", "姓名"], ["下周一", "李四"]], 2, "date", "bad_date"),
        ([["日期", "姓名"], ["6月1日", "李四"]], 2, "date", "no_year"),
        ([["日期", "姓名"], ["", "李四"]], 2, "date", "missing"),
        ([["日期", "姓名"], ["1999-06-01", "李四"]], 2, "date", "out_of_range"),
        ([["日期", "姓名", "角色"], ["2026-06-01", "李四", "局长"]], 2, "role", "bad_role"),
        ([["日期", "姓名"], ["2026-06-01", ""]], 2, "name", "missing"),
        ([["日期", "姓名"], ["2026-06-01", "长" * 21]], 2, "name", "too_long"),
        (
            [["日期", "姓名"], ["2026-06-01", "李四"], ["2026-06-01", "李四"]],
            3,
            "name",
            "duplicate",
        ),
    ],
)
def test_bad_rows_name_line_field_and_problem(rows, line, field, problem):
    with pytest.raises(DutyRosterError) as caught:
        parse_duty_roster(rows)
    error = caught.value
    assert (error.line, error.field, error.problem) == (line, field, problem)
    sentence = roster_error(error.line, error.field, error.problem, error.value)
    assert sentence.startswith(f"值班表错误：第 {line} 行")


def test_season_including_one_over_the_new_year():
    assert season_months(4, 9) == (4, 5, 6, 7, 8, 9)
    assert season_months(11, 2) == (11, 12, 1, 2)
    assert in_season(date(2026, 4, 1), 4, 9)
    assert in_season(date(2026, 9, 30), 4, 9)
    assert not in_season(date(2026, 10, 1), 4, 9)
    assert in_season(date(2027, 1, 5), 11, 2)


# --- catching up ----------------------------------------------------------------------------

DAILY_0830 = 8, 30


def daily(instant: datetime) -> datetime:
    """The next 08:30 strictly after ``instant``."""
    local = instant.astimezone(TZ)
    fire = local.replace(hour=8, minute=30, second=0, microsecond=0)
    return fire if fire > local else fire + timedelta(days=1)


GRACE = timedelta(hours=1)


def test_on_time_within_the_heartbeat():
    plan = catch_up(at(2026, 6, 1, 8, 30), at(2026, 6, 1, 8, 30, 25), GRACE, daily)
    assert plan.send == at(2026, 6, 1, 8, 30)
    assert not plan.late
    assert plan.skipped_from is None


def test_missed_within_grace_is_sent_once_marked_late():
    plan = catch_up(at(2026, 6, 1, 8, 30), at(2026, 6, 1, 9, 10), GRACE, daily)
    assert plan.send == at(2026, 6, 1, 8, 30)
    assert plan.late
    assert plan.skipped_from is None


def test_missed_beyond_grace_is_skipped():
    plan = catch_up(at(2026, 6, 1, 8, 30), at(2026, 6, 1, 9, 31), GRACE, daily)
    assert plan.send is None
    assert plan.skipped_from == at(2026, 6, 1, 8, 30)


def test_long_downtime_sends_only_the_newest_occurrence():
    plan = catch_up(at(2026, 6, 1, 8, 30), at(2026, 6, 4, 8, 45), GRACE, daily)
    assert plan.send == at(2026, 6, 4, 8, 30)
    assert plan.late
    assert plan.skipped_from == at(2026, 6, 1, 8, 30)


def test_zero_grace_still_allows_on_time_firing():
    plan = catch_up(at(2026, 6, 1, 8, 30), at(2026, 6, 1, 8, 31), timedelta(0), daily)
    assert plan.send == at(2026, 6, 1, 8, 30)
    assert not plan.late
    assert timedelta(minutes=1) <= ON_TIME


def test_a_one_off_missed_beyond_grace_never_fires():
    plan = catch_up(at(2026, 6, 1, 8, 30), at(2026, 6, 1, 12, 0), GRACE, lambda _: None)
    assert plan.send is None
    assert plan.skipped_from == at(2026, 6, 1, 8, 30)


def test_day_column_in_words_reads_through_the_date_engine():
    rows = [
        ["日期", "姓名", "角色"],
        ["十二月三日", "李四", "值班"],
        ["2026年12月4日", "王五", "带班"],
    ]
    entries = parse_duty_roster(rows, default_year=2026)
    assert [e.day for e in entries] == [date(2026, 12, 3), date(2026, 12, 4)]
