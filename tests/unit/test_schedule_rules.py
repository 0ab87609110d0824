"""Schedule rules for reminders: parsing Chinese schedules and computing firing times.

Every test injects ``now``; nothing reads the clock. Expected workdays for 2026 come from the
State Council notice as carried by chinese-calendar (checked against it in one test below).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar
import pytest

from bot.domain.chinese_dates import FORWARD, read_day
from bot.domain.schedule_rules import (
    DEFAULT_AT,
    ERROR_CODES,
    Schedule,
    ScheduleError,
    parse_reminder,
)
from bot.domain.workcalendar import WorkCalendar
from messages.schedules import describe, error_text, fire_time, months_text

TZ = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def at(*args: int) -> datetime:
    """An aware Asia/Shanghai datetime."""
    return datetime(*args, tzinfo=TZ)


# Monday 28 September 2026, 10:00: the week before National Day.
NOW = at(2026, 9, 28, 10, 0)


def parse(text: str, now: datetime = NOW):
    return parse_reminder(text, now, CAL)


def firings(schedule: Schedule, start: datetime, until: datetime) -> list[datetime]:
    """All firings after ``start`` up to ``until``: a clock ticking from firing to firing."""
    out = []
    fire = schedule.next_after(start, TZ, CAL)
    while fire is not None and fire <= until:
        out.append(fire)
        fire = schedule.next_after(fire, TZ, CAL)
    return out


# --- parsing ------------------------------------------------------------------------------

PARSE_CASES = [
    # text, expected schedule fields, expected reminder text
    (
        "每周一 08:30 堤防巡查，请各责任人按时出发",
        {"kind": "weekly", "at": "08:30", "weekdays": [0]},
        "堤防巡查，请各责任人按时出发",
    ),
    (
        "每周一、三、五 9点 防汛物资检查",
        {"kind": "weekly", "at": "09:00", "weekdays": [0, 2, 4]},
        "防汛物资检查",
    ),
    ("每周一三五 9:00 例会", {"kind": "weekly", "weekdays": [0, 2, 4]}, "例会"),
    ("每星期二到周四 10点 学习", {"kind": "weekly", "at": "10:00", "weekdays": [1, 2, 3]}, "学习"),
    ("周一至周五 8:20 签到", {"kind": "weekly", "weekdays": [0, 1, 2, 3, 4]}, "签到"),
    ("每周五至一 9:00 x", {"kind": "weekly", "weekdays": [0, 4, 5, 6]}, "x"),
    ("每周日 20:00 周报", {"kind": "weekly", "at": "20:00", "weekdays": [6]}, "周报"),
    ("每周末 9:00 值班", {"kind": "weekly", "weekdays": [5, 6]}, "值班"),
    ("每周1,3 9:00 x", {"kind": "weekly", "weekdays": [0, 2]}, "x"),
    ("每天 17:00 提交工作日志", {"kind": "daily", "at": "17:00"}, "提交工作日志"),
    ("每日17:00提交", {"kind": "daily", "at": "17:00"}, "提交"),
    ("工作日 8:20 请在群里签到", {"kind": "workdays", "at": "08:20"}, "请在群里签到"),
    ("每个工作日 八点二十 签到", {"kind": "workdays", "at": "08:20"}, "签到"),
    ("每月1日 9:00 报送月报", {"kind": "monthly", "at": "09:00", "month_day": 1}, "报送月报"),
    ("每月15号 资金台账核对", {"kind": "monthly", "at": "09:00", "month_day": 15}, "资金台账核对"),
    ("每月三十一日 下午4点 x", {"kind": "monthly", "at": "16:00", "month_day": 31}, "x"),
    (
        "每年12月1日 9:00 年度总结",
        {"kind": "monthly", "month_day": 1, "months": [12]},
        "年度总结",
    ),
    ("12月1日 9:00 党组会", {"kind": "once", "at": "09:00", "date": "2026-12-01"}, "党组会"),
    ("十二月一号 党组会", {"kind": "once", "at": "09:00", "date": "2026-12-01"}, "党组会"),
    ("2026-12-01 09:00 党组会", {"kind": "once", "date": "2026-12-01"}, "党组会"),
    ("2027/1/5 8:00 x", {"kind": "once", "at": "08:00", "date": "2027-01-05"}, "x"),
    ("2026年12月1日 9点 x", {"kind": "once", "date": "2026-12-01"}, "x"),
    ("明天下午3点 汇报材料", {"kind": "once", "at": "15:00", "date": "2026-09-29"}, "汇报材料"),
    ("今天 16:30 交材料", {"kind": "once", "at": "16:30", "date": "2026-09-28"}, "交材料"),
    ("后天上午九点半 x", {"kind": "once", "at": "09:30", "date": "2026-09-30"}, "x"),
    ("明早8点 x", {"kind": "once", "at": "08:00", "date": "2026-09-29"}, "x"),
    ("今晚8点半 x", {"kind": "once", "at": "20:30", "date": "2026-09-28"}, "x"),
    ("周三 10:00 x", {"kind": "once", "date": "2026-09-30"}, "x"),
    ("周一 9:00 x", {"kind": "once", "date": "2026-10-05"}, "x"),  # today's 9:00 has gone
    ("周一 11:00 x", {"kind": "once", "date": "2026-09-28"}, "x"),
    ("下周一 x", {"kind": "once", "at": "09:00", "date": "2026-10-05"}, "x"),
    ("本周五 10:00 x", {"kind": "once", "date": "2026-10-02"}, "x"),
    ("30号 x", {"kind": "once", "date": "2026-09-30"}, "x"),
    ("3号 x", {"kind": "once", "date": "2026-10-03"}, "x"),
    ("16:30 交材料", {"kind": "once", "at": "16:30", "date": "2026-09-28"}, "交材料"),
    ("9:30 晨会", {"kind": "once", "at": "09:30", "date": "2026-09-29"}, "晨会"),
    ("4月至9月 每天 8:00 汛期值班", {"kind": "daily", "months": [4, 5, 6, 7, 8, 9]}, "汛期值班"),
    ("4-9月 工作日 8:00 x", {"kind": "workdays", "months": [4, 5, 6, 7, 8, 9]}, "x"),
    ("每年4月至9月 每周一 x", {"kind": "weekly", "months": [4, 5, 6, 7, 8, 9]}, "x"),
    ("四月到九月 8:00 x", {"kind": "daily", "months": [4, 5, 6, 7, 8, 9]}, "x"),
    ("11月至次年3月 每周一 9:00 x", {"kind": "weekly", "months": [1, 2, 3, 11, 12]}, "x"),
    ("cron 0 9 * * 1-5 晨会", {"kind": "cron", "at": None, "cron": "0 9 * * 1-5"}, "晨会"),
    ("CRON: 30 8 * * MON 周会", {"kind": "cron", "cron": "30 8 * * mon"}, "周会"),
    ("0 9 * * 1-5 晨会", {"kind": "cron", "cron": "0 9 * * 1-5"}, "晨会"),
    ("  每天　８：３０　签到  ", {"kind": "daily", "at": "08:30"}, "签到"),
    ("每天 8:00：记得打卡", {"kind": "daily", "at": "08:00"}, "记得打卡"),
]


@pytest.mark.parametrize(("text", "fields", "body"), PARSE_CASES)
def test_parse(text: str, fields: dict, body: str) -> None:
    parsed = parse(text)
    stored = parsed.schedule.to_dict()
    assert {k: stored[k] for k in fields} == fields
    assert parsed.text == body


TIME_CASES = [
    ("08:30", time(8, 30)),
    ("8:05", time(8, 5)),
    ("9.30", time(9, 30)),
    ("17:00", time(17, 0)),
    ("3:00", time(3, 0)),  # a colon is a 24-hour clock
    ("3点", time(15, 0)),  # a bare hour 1–7 is afternoon (office convention)
    ("7点半", time(19, 30)),
    ("8点", time(8, 0)),
    ("11点", time(11, 0)),
    ("九点半", time(9, 30)),
    ("八点二十", time(8, 20)),
    ("八点二十分", time(8, 20)),
    ("九点零五", time(9, 5)),
    ("8点一刻", time(8, 15)),
    ("8点三刻", time(8, 45)),
    ("十点整", time(10, 0)),
    ("9点钟", time(9, 0)),
    ("17时30分", time(17, 30)),
    ("上午10点", time(10, 0)),
    ("早上7点", time(7, 0)),
    ("下午3点", time(15, 0)),
    ("下午3:30", time(15, 30)),
    ("下午15:30", time(15, 30)),
    ("晚上8点半", time(20, 30)),
    ("中午12点", time(12, 0)),
    ("中午1点", time(13, 0)),
    ("凌晨5点", time(5, 0)),
    ("凌晨12点", time(0, 0)),
    ("两点", time(14, 0)),
]


@pytest.mark.parametrize(("written", "expected"), TIME_CASES)
def test_time_of_day(written: str, expected: time) -> None:
    assert parse(f"每天 {written} 巡查").schedule.at == expected


def test_default_time_is_nine() -> None:
    assert time(9, 0) == DEFAULT_AT
    for text in ("每天 巡查", "每周一 巡查", "每月1日 报表", "工作日 签到", "12月1日 党组会"):
        assert parse(text).schedule.at == time(9, 0), text


ERROR_CASES = [
    ("", "empty", {}),
    ("   ", "empty", {}),
    ("每周八 巡查", "bad_weekday", {"token": "八"}),
    ("每周一、八 巡查", "bad_weekday", {"token": "八"}),
    ("每周 9:00 巡查", "bad_weekday", {"reason": "missing"}),
    ("25点 开会", "bad_time", {"reason": "hour", "hour": 25}),
    ("每天 24:00 x", "bad_time", {"reason": "hour"}),
    ("每天 8:61 巡查", "bad_time", {"reason": "minute", "minute": 61}),
    ("每天 上午15点 x", "bad_time", {"reason": "period"}),
    ("每天 晚上12点 x", "bad_time", {"reason": "midnight"}),
    ("明天下午 开会", "bad_time", {"reason": "period_only"}),
    ("今晚 开会", "bad_time", {"reason": "period_only"}),
    ("每天 9:00", "no_text", {}),
    ("每周一 08:30 ，", "no_text", {}),
    ("明天下午3点", "no_text", {}),
    ("cron 0 9 * * 1-5", "no_text", {}),
    ("2月30日 开会", "bad_date", {"reason": "day", "month": 2, "day": 30}),
    ("13月1日 开会", "bad_date", {"reason": "month", "month": 13}),
    ("2026-02-29 9:00 x", "bad_date", {"reason": "day", "year": 2026}),
    ("每月32日 x", "bad_date", {"reason": "month_day", "day": 32}),
    ("每月 9:00 x", "bad_date", {"reason": "month_day_missing"}),
    ("2026-01-05 09:00 开会", "in_past", {"date": "2026-01-05", "at": "09:00"}),
    ("今天 8:00 开会", "in_past", {"date": "2026-09-28"}),
    ("本周一 9:00 x", "in_past", {}),
    ("cron 0 9 * *", "bad_cron", {"reason": "fields"}),
    ("cron 0 25 * * * x", "bad_cron", {}),
    ("0 9 * * 8 x", "bad_cron", {}),
    ("0 9 31 2 * x", "bad_cron", {"reason": "never"}),
    ("4月至13月 每天 x", "bad_season", {"month": 13}),
    ("4月至9月 明天 9:00 x", "bad_season", {"reason": "once"}),
    ("4月至9月 每年12月1日 x", "bad_season", {"reason": "twice"}),
    ("6月至6月 每月31日 x", "bad_date", {"reason": "never"}),
    ("每天8点、17点 巡查", "bad_time", {"reason": "several"}),
    ("4月1日至9月30日 每天 8:00 x", "bad_season", {"reason": "days"}),
    ("堤防巡查", "unknown", {}),
]


@pytest.mark.parametrize(("text", "code", "detail"), ERROR_CASES)
def test_bad_schedules(text: str, code: str, detail: dict) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse(text)
    assert caught.value.code == code
    assert detail.items() <= caught.value.detail.items()
    assert code in ERROR_CODES


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_reminder("每天 9:00 x", datetime(2026, 9, 28, 10), CAL)


# --- one-offs roll forward ----------------------------------------------------------------

ROLL_CASES = [
    # a one-off without a year rolls to next year once past
    ("12月1日 9:00 x", at(2026, 12, 1, 10, 0), date(2027, 12, 1)),
    ("12月1日 11:00 x", at(2026, 12, 1, 10, 0), date(2026, 12, 1)),
    ("2月29日 x", at(2026, 3, 1, 10, 0), date(2028, 2, 29)),  # the next leap year
    ("31号 x", at(2026, 10, 31, 10, 0), date(2026, 12, 31)),  # November has no 31st
    ("16:30 x", at(2026, 9, 28, 17, 0), date(2026, 9, 29)),
    ("周一 9:00 x", at(2026, 9, 28, 9, 0), date(2026, 10, 5)),  # exactly now is not ahead
]


@pytest.mark.parametrize(("text", "now", "expected"), ROLL_CASES)
def test_one_off_rolls_forward(text: str, now: datetime, expected: date) -> None:
    assert parse(text, now).schedule.date == expected


def test_one_off_fires_once_then_none() -> None:
    schedule = parse("12月1日 9:00 党组会").schedule
    assert schedule.next_times(NOW, TZ, CAL, n=3) == [at(2026, 12, 1, 9, 0)]
    assert schedule.next_after(at(2026, 12, 1, 9, 0), TZ, CAL) is None


# --- firing times -------------------------------------------------------------------------


def test_calendar_data_for_national_day_2026() -> None:
    """The facts the next test relies on, straight from chinese-calendar."""
    assert chinese_calendar.is_workday(date(2026, 9, 20))  # Sunday, adjusted working day
    assert not chinese_calendar.is_workday(date(2026, 9, 25))  # Mid-autumn, a Friday
    assert all(not chinese_calendar.is_workday(date(2026, 10, d)) for d in range(1, 8))
    assert chinese_calendar.is_workday(date(2026, 10, 10))  # Saturday, adjusted working day


def test_workdays_across_national_day_and_adjusted_weekends() -> None:
    schedule = parse("工作日 8:20 签到", at(2026, 9, 18, 18, 0)).schedule
    days = [f.date() for f in firings(schedule, at(2026, 9, 18, 18, 0), at(2026, 10, 13))]
    expected = [
        date(2026, 9, 20),  # Sunday worked for National Day
        *(date(2026, 9, d) for d in (21, 22, 23, 24)),  # Friday 25th is Mid-autumn
        *(date(2026, 9, d) for d in (28, 29, 30)),
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),  # Saturday worked
        date(2026, 10, 12),
    ]
    assert days == expected
    assert all(
        f.timetz() == time(8, 20, tzinfo=TZ) for f in firings(schedule, NOW, at(2026, 11, 1))
    )


def test_weekly_and_daily_ignore_holidays() -> None:
    """Only "工作日" follows the statutory calendar: a weekly dike patrol still falls on 5 Oct."""
    weekly = parse("每周一 08:30 堤防巡查").schedule
    assert weekly.next_times(NOW, TZ, CAL) == [
        at(2026, 10, 5, 8, 30),
        at(2026, 10, 12, 8, 30),
        at(2026, 10, 19, 8, 30),
    ]
    daily = parse("每天 17:00 日志").schedule
    assert [f.day for f in firings(daily, at(2026, 9, 30, 18), at(2026, 10, 8))] == list(
        range(1, 8)
    )


NEXT_CASES = [
    # schedule text, instant, the next three firings
    (
        "4月至9月 每天 8:00 x",
        at(2026, 9, 29, 9, 0),
        [at(2026, 9, 30, 8), at(2027, 4, 1, 8), at(2027, 4, 2, 8)],
    ),
    (
        "4月至9月 每天 8:00 x",
        at(2026, 9, 30, 8, 0),  # exactly at a firing: strictly after
        [at(2027, 4, 1, 8), at(2027, 4, 2, 8), at(2027, 4, 3, 8)],
    ),
    (
        "11月至次年3月 每月1日 x",
        at(2026, 3, 2),
        [at(2026, 11, 1, 9), at(2026, 12, 1, 9), at(2027, 1, 1, 9)],
    ),
    (
        "每月31日 9:00 x",
        at(2026, 1, 31, 10),
        [at(2026, 3, 31, 9), at(2026, 5, 31, 9), at(2026, 7, 31, 9)],
    ),
    (
        "每月30日 9:00 x",
        at(2026, 1, 30, 10),  # February is skipped
        [at(2026, 3, 30, 9), at(2026, 4, 30, 9), at(2026, 5, 30, 9)],
    ),
    (
        "每年2月29日 x",
        at(2026, 1, 1),
        [at(2028, 2, 29, 9), at(2032, 2, 29, 9), at(2036, 2, 29, 9)],
    ),
    (
        "每周一、三、五 9点 x",
        at(2026, 9, 30, 9, 0),
        [at(2026, 10, 2, 9), at(2026, 10, 5, 9), at(2026, 10, 7, 9)],
    ),
    (
        "每天 17:00 x",
        at(2026, 12, 31, 17, 0, 0),
        [at(2027, 1, 1, 17), at(2027, 1, 2, 17), at(2027, 1, 3, 17)],
    ),
]


@pytest.mark.parametrize(("text", "instant", "expected"), NEXT_CASES)
def test_next_times(text: str, instant: datetime, expected: list[datetime]) -> None:
    schedule = parse(text, at(2026, 1, 1)).schedule
    assert schedule.next_times(instant, TZ, CAL, n=3) == expected


def test_next_after_accepts_any_aware_instant_and_answers_in_tz() -> None:
    schedule = parse("每天 9:00 x").schedule
    utc_instant = datetime(2026, 9, 29, 0, 30, tzinfo=ZoneInfo("UTC"))  # 08:30 in Shanghai
    fire = schedule.next_after(utc_instant, TZ, CAL)
    assert fire == at(2026, 9, 29, 9, 0)
    assert fire.tzinfo == TZ
    with pytest.raises(ValueError, match="aware"):
        schedule.next_after(datetime(2026, 9, 29), TZ, CAL)


def test_workdays_in_a_year_without_data_fall_back_to_monday_to_friday() -> None:
    calendar = WorkCalendar()
    year = 2099
    assert not calendar.knows_year(year)
    schedule = Schedule("workdays", time(8, 20))
    fires = schedule.next_times(datetime(year, 1, 2, 12, tzinfo=TZ), TZ, calendar, n=5)
    assert all(f.weekday() < 5 for f in fires)
    assert year in calendar.missing_years


def test_wall_clock_across_daylight_saving() -> None:
    """Not an issue in Shanghai, but the arithmetic must stay right in other zones."""
    new_york = ZoneInfo("America/New_York")
    daily = Schedule("daily", time(2, 30))
    start = datetime(2026, 3, 7, 12, tzinfo=new_york)
    fires = daily.next_times(start, new_york, CAL, n=3)
    # 02:30 does not exist on 8 March 2026 (clocks jump 02:00 → 03:00): fires at 03:30 EDT.
    assert [f.isoformat() for f in fires] == [
        "2026-03-08T03:30:00-04:00",
        "2026-03-09T02:30:00-04:00",
        "2026-03-10T02:30:00-04:00",
    ]
    # Firings are one calendar day apart on the wall: only 23 h elapse across the change.
    nine = Schedule("daily", time(9, 0)).next_times(start.replace(hour=8), new_york, CAL, n=2)
    assert nine[1].astimezone(UTC) - nine[0].astimezone(UTC) == timedelta(hours=23)
    # In the repeated hour of 1 November, 01:40 EST comes after 01:30 EDT: next is tomorrow.
    second_pass = datetime(2026, 11, 1, 1, 40, fold=1, tzinfo=new_york)
    fire = Schedule("daily", time(1, 30)).next_after(second_pass, new_york, CAL)
    assert fire is not None
    assert fire.isoformat() == "2026-11-02T01:30:00-05:00"


# --- cron ---------------------------------------------------------------------------------

SATURDAY = at(2026, 11, 28, 8, 0)  # an hour before the 09:00 firings

CRON_CASES = [
    # crontab numbering: 0 and 7 are Sunday, 1-5 Monday to Friday (not APScheduler's 0=Monday)
    ("0 9 * * 1-5", ["2026-11-30 Mon", "2026-12-01 Tue", "2026-12-02 Wed"]),
    ("0 9 * * 0", ["2026-11-29 Sun", "2026-12-06 Sun", "2026-12-13 Sun"]),
    ("0 9 * * 7", ["2026-11-29 Sun", "2026-12-06 Sun", "2026-12-13 Sun"]),
    ("0 9 * * sun", ["2026-11-29 Sun", "2026-12-06 Sun", "2026-12-13 Sun"]),
    ("0 9 * * 5-7", ["2026-11-28 Sat", "2026-11-29 Sun", "2026-12-04 Fri"]),
    ("0 9 * * 6", ["2026-11-28 Sat", "2026-12-05 Sat", "2026-12-12 Sat"]),
    ("0 9 * * */3", ["2026-11-28 Sat", "2026-11-29 Sun", "2026-12-02 Wed"]),
    ("0 9 * * mon-fri", ["2026-11-30 Mon", "2026-12-01 Tue", "2026-12-02 Wed"]),
    # both day fields restricted: crontab fires on either (the 1st, and every Thursday)
    ("0 9 1 * 4", ["2026-12-01 Tue", "2026-12-03 Thu", "2026-12-10 Thu"]),
    ("0 9 1 * *", ["2026-12-01 Tue", "2027-01-01 Fri", "2027-02-01 Mon"]),
]


@pytest.mark.parametrize(("expr", "expected"), CRON_CASES)
def test_cron_uses_crontab_weekday_numbering(expr: str, expected: list[str]) -> None:
    schedule = parse(f"cron {expr} 提醒", SATURDAY).schedule
    fires = schedule.next_times(SATURDAY, TZ, CAL, n=3)
    assert [f.strftime("%Y-%m-%d %a") for f in fires] == expected
    assert all(f.strftime("%H:%M") == "09:00" and f.tzinfo == TZ for f in fires)


def test_cron_is_strictly_after_and_independent_of_calendar() -> None:
    schedule = parse("cron 30 8 * * * x").schedule
    assert schedule.next_after(at(2026, 10, 1, 8, 30), TZ, CAL) == at(2026, 10, 2, 8, 30)
    assert schedule.next_after(at(2026, 10, 1, 8, 29, 59, 500000), TZ, CAL) == at(
        2026, 10, 1, 8, 30
    )


# --- storage ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "每周一、三、五 9点 x",
        "工作日 8:20 x",
        "每月31日 x",
        "每年12月1日 x",
        "4月至9月 每天 8:00 x",
        "12月1日 9:00 x",
        "cron 0 9 * * 1-5 x",
    ],
)
def test_to_dict_round_trips_through_json(text: str) -> None:
    schedule = parse(text).schedule
    stored = json.loads(json.dumps(schedule.to_dict()))
    assert Schedule.from_dict(stored) == schedule
    assert set(stored) == {"kind", "at", "weekdays", "month_day", "date", "months", "cron"}


def test_schedule_normalises_and_validates() -> None:
    assert Schedule("weekly", time(9), weekdays=(4, 0, 0)).weekdays == (0, 4)
    assert Schedule("daily", time(9), months=tuple(range(12, 0, -1))).months == ()
    bad = [
        {"kind": "hourly", "at": "09:00"},
        {"kind": "weekly", "at": "09:00"},
        {"kind": "weekly", "at": "09:00", "weekdays": [7]},
        {"kind": "daily", "at": None},
        {"kind": "monthly", "at": "09:00", "month_day": 0},
        {"kind": "once", "at": "09:00"},
        {"kind": "once", "at": "09:00", "date": "2026-12-01", "months": [4]},
        {"kind": "cron", "at": "09:00", "cron": "0 9 * * *"},
        {"kind": "cron", "cron": "0 9 * *"},
        {"kind": "daily", "at": "9 o'clock"},
        {"at": "09:00"},
    ]
    for d in bad:
        with pytest.raises(ScheduleError) as caught:
            Schedule.from_dict(d)
        assert caught.value.code in {"invalid", "bad_cron"}, d


# --- Chinese rendering --------------------------------------------------------------------

DESCRIBE_CASES = [
    ("每周一 08:30 x", "每周一 08:30"),
    ("每周一、三、五 9点 x", "每周一、三、五 09:00"),
    ("周一至周五 8:20 x", "每周一至五 08:20"),
    ("每周六、日 10:00 x", "每周六、日 10:00"),
    ("每天 17:00 x", "每天 17:00"),
    ("工作日 8:20 x", "工作日 08:20（含调休上班日）"),
    ("每月1日 9:00 x", "每月1日 09:00"),
    ("每月31日 9:00 x", "每月31日 09:00（没有31日的月份不提醒）"),
    ("每年12月1日 x", "每年12月1日 09:00"),
    ("4月至9月 每天 8:00 x", "每年4月至9月 每天 08:00"),
    ("4-9月 工作日 8:00 x", "每年4月至9月 工作日 08:00（含调休上班日）"),
    ("11月至次年3月 每周一 x", "每年11月至次年3月 每周一 09:00"),
    ("12月1日 9:00 x", "2026年12月1日 09:00（一次）"),
    ("cron 0 9 * * 1-5 x", "cron: 0 9 * * 1-5"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBE_CASES)
def test_describe(text: str, expected: str) -> None:
    assert describe(parse(text).schedule) == expected


def test_months_text_for_scattered_months() -> None:
    assert months_text((1, 3, 5)) == "1、3、5月"
    assert months_text((6,)) == "6月"


def test_fire_time() -> None:
    assert fire_time(at(2026, 10, 5, 8, 30)) == "2026年10月5日（周一）08:30"


ERROR_TEXT_CASES = [
    ("每周八 巡查", "没有“周八”，请写周一到周日。"),
    ("25点 开会", "时间不对：25点不存在，小时应在0到23之间。"),
    ("每天 8:61 x", "时间不对：8:61 不存在，分钟应在00到59之间。"),
    ("每天 9:00", "请写上提醒的内容。"),
    ("2月30日 x", "日期不对：2月没有30日。"),
    ("今天 8:00 x", "2026年9月28日 08:00 已经过去了，请写一个将来的时间。"),
]


@pytest.mark.parametrize(("text", "expected"), ERROR_TEXT_CASES)
def test_error_text(text: str, expected: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse(text)
    assert error_text(caught.value) == expected


@pytest.mark.parametrize(("text", "code", "detail"), ERROR_CASES)
def test_every_error_reads_as_one_clear_sentence(text: str, code: str, detail: dict) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse(text)
    sentence = error_text(caught.value)
    assert sentence.endswith("。")
    assert "None" not in sentence
    assert "{" not in sentence


def test_every_code_has_a_sentence() -> None:
    for code in ERROR_CODES:
        assert error_text(ScheduleError(code)).endswith("。"), code


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3号 9点 交材料", date(2026, 12, 3)),
        ("12.3 9点 交材料", date(2026, 12, 3)),
        ("十二月三日 9点 交材料", date(2026, 12, 3)),
        ("大后天 9点 交材料", date(2026, 12, 3)),
        ("下下周一 9点 开会", date(2026, 12, 14)),
        ("月底 16点 交材料", date(2026, 11, 30)),
        ("下月初 9点 开会", date(2026, 12, 1)),
        ("周末 9点 值班", date(2026, 12, 5)),  # the engine's Saturday, as in /whosout
        ("下个月31号 x", date(2026, 12, 31)),
    ],
)
def test_one_off_days_read_like_every_other_command(text: str, day: date) -> None:
    """/remind and /whosout agree on a day (issue 11): Monday 30 November 2026."""
    parsed = parse(text, at(2026, 11, 30, 10, 0))
    assert parsed.schedule.date == day


# On Monday 2026-11-30 at 10:00 each word names one day; 23:00 keeps the time of day from
# moving any of them on, so the day is the words' alone.
SAME_DAY_WORDS = [
    "今天", "明天", "明儿", "后天", "大后天", "下周一", "下下周一", "周一", "周3", "礼拜三",
    "星期日", "本周五", "这个星期三", "下个礼拜三", "12.7", "12/7", "2026-12-07",
    "2026.12.7", "2026年12月7日", "十二月七日", "12月7号", "3号", "30号", "三十一日",
    "本月30号", "下个月3号", "下月初", "月底", "12月底", "这周末", "下周末",
]  # fmt: skip


@pytest.mark.parametrize("word", SAME_DAY_WORDS)
def test_remind_and_whosout_name_the_same_day(word: str) -> None:
    """One engine, one meaning: /remind's parser and /whosout's ``read_day`` never drift."""
    now = at(2026, 11, 30, 10, 0)
    whosout_day = read_day(word, now.date(), FORWARD)
    assert whosout_day is not None
    assert parse(f"{word} 23:00 核对台账", now).schedule.date == whosout_day


def test_the_same_day_words_span_distinct_days() -> None:
    """The table above is not trivially one day: it covers this week, next and beyond."""
    today = date(2026, 11, 30)
    days = {read_day(word, today, FORWARD) for word in SAME_DAY_WORDS}
    assert len(days) >= 8


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("12月1日 9:00 x", at(2026, 12, 2, 8, 0), date(2027, 12, 1)),  # said after the day
        ("3号 x", at(2026, 11, 30, 8, 0), date(2026, 12, 3)),  # past this month: next month's
        ("周一 x", at(2026, 11, 30, 8, 0), date(2026, 11, 30)),  # today's 09:00 is ahead
        ("周一 x", at(2026, 11, 30, 10, 0), date(2026, 12, 7)),  # today's 09:00 has gone
        ("30号 x", at(2026, 11, 30, 10, 0), date(2026, 12, 30)),
        ("明早 7点 x", at(2026, 11, 30, 10, 0), date(2026, 12, 1)),
        ("这周末 9点 x", at(2026, 12, 5, 10, 0), date(2026, 12, 6)),  # Saturday's 9:00 gone
        ("周末 9点 x", at(2026, 12, 5, 8, 0), date(2026, 12, 5)),
    ],
)
def test_open_day_words_move_on_only_as_far_as_needed(
    text: str, now: datetime, expected: date
) -> None:
    assert parse(text, now).schedule.date == expected


@pytest.mark.parametrize(
    ("text", "now", "at_", "when"),
    [
        ("明早8点 x", at(2026, 11, 30, 10, 0), time(8, 0), date(2026, 12, 1)),
        ("明早 8点 x", at(2026, 11, 30, 10, 0), time(8, 0), date(2026, 12, 1)),
        ("今晚8点 x", at(2026, 11, 30, 10, 0), time(20, 0), date(2026, 11, 30)),
        ("明晚 7点半 x", at(2026, 11, 30, 10, 0), time(19, 30), date(2026, 12, 1)),
        ("今早 11点 x", at(2026, 11, 30, 10, 0), time(11, 0), date(2026, 11, 30)),
    ],
)
def test_a_day_word_with_a_part_of_the_day_sets_the_clock(
    text: str, now: datetime, at_: time, when: date
) -> None:
    schedule = parse(text, now).schedule
    assert (schedule.date, schedule.at) == (when, at_)


@pytest.mark.parametrize(
    ("text", "now", "code", "detail"),
    [
        ("2025年12月1日 9:00 x", at(2026, 11, 30, 10, 0), "in_past", {"date": "2025-12-01"}),
        ("去年12月1日 x", at(2026, 11, 30, 10, 0), "in_past", {"date": "2025-12-01"}),
        ("上周一 x", at(2026, 11, 30, 10, 0), "in_past", {"date": "2026-11-23"}),
        ("月底 9点 x", at(2026, 11, 30, 10, 0), "in_past", {"date": "2026-11-30"}),
        ("这周末 9点 x", at(2026, 12, 6, 10, 0), "in_past", {"date": "2026-12-05"}),
        ("2月30日 开会", at(2026, 11, 30, 10, 0), "bad_date", {"month": 2, "day": 30}),
        ("12月32日 开会", at(2026, 11, 30, 10, 0), "bad_date", {"month": 12, "day": 32}),
        ("32号 开会", at(2026, 11, 30, 10, 0), "bad_date", {"reason": "month_day", "day": 32}),
        ("2026-13-01 开会", at(2026, 11, 30, 10, 0), "bad_date", {"month": 13}),
        ("今年2月29日 x", at(2026, 1, 5, 10, 0), "bad_date", {"year": 2026, "day": 29}),
        ("下个月31号 x", at(2026, 10, 15, 10, 0), "bad_date", {"month": 11, "day": 31}),
        ("下周 开会", at(2026, 11, 30, 10, 0), "bad_weekday", {"reason": "missing"}),
        ("下周一、三 开会", at(2026, 11, 30, 10, 0), "unknown", {"reason": "weekday_list"}),
        ("周八 开会", at(2026, 11, 30, 10, 0), "bad_weekday", {"token": "八"}),
    ],
)
def test_one_off_days_the_bot_refuses(text: str, now: datetime, code: str, detail: dict) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse(text, now)
    assert caught.value.code == code
    assert detail.items() <= caught.value.detail.items()
    assert error_text(caught.value).endswith("。")
