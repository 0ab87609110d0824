"""整改事项 rules: lights, stalled, transitions, reminders and reading command arguments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.rectification import (
    DateError,
    Light,
    MeasureStatus,
    Refusal,
    Status,
    check_transition,
    decode_text,
    is_stalled,
    light,
    parse_deadline,
    parse_item_filter,
    parse_item_no,
    parse_measure_status,
    parse_status,
    reminder_due,
    shorten,
    status_after_progress,
)

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("status", "deadline", "expected"),
    [
        (Status.IN_PROGRESS, None, Light.NONE),
        (Status.IN_PROGRESS, date(2026, 11, 28), Light.RED),
        (Status.NOT_STARTED, date(2023, 12, 31), Light.RED),
        (Status.IN_PROGRESS, date(2026, 11, 29), Light.YELLOW),
        (Status.IN_PROGRESS, date(2026, 12, 6), Light.YELLOW),
        (Status.IN_PROGRESS, date(2026, 12, 7), Light.GREEN),
        (Status.LONG_TERM, None, Light.NONE),
        (Status.DONE, date(2023, 1, 1), Light.GREEN),
        (Status.CLOSED, date(2023, 1, 1), Light.CLOSED),
    ],
)
def test_light(status, deadline, expected):
    assert light(status, deadline, TODAY) == expected


def test_yellow_window_is_configurable():
    assert light(Status.IN_PROGRESS, date(2026, 12, 9), TODAY, yellow_days=10) == Light.YELLOW


def test_stalled_counts_only_open_work():
    now = datetime(2026, 11, 29, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
    old = now - timedelta(days=14)
    assert is_stalled(Status.IN_PROGRESS, old, now, 14)
    assert is_stalled(Status.NOT_STARTED, old, now, 14)
    assert not is_stalled(Status.IN_PROGRESS, old + timedelta(seconds=1), now, 14)
    assert not is_stalled(Status.DONE, old, now, 14)
    assert not is_stalled(Status.CLOSED, old, now, 14)


def test_transitions():
    assert check_transition(Status.NOT_STARTED, Status.IN_PROGRESS, is_leader=False) is None
    assert check_transition(Status.DONE, Status.IN_PROGRESS, is_leader=False) is None
    assert check_transition(Status.DONE, Status.DONE, is_leader=True) == Refusal.SAME
    assert check_transition(Status.DONE, Status.CLOSED, is_leader=True) == Refusal.USE_CLOSE
    reopen = check_transition(Status.CLOSED, Status.IN_PROGRESS, is_leader=False)
    assert reopen == Refusal.CLOSED_LEADER_ONLY
    assert check_transition(Status.CLOSED, Status.IN_PROGRESS, is_leader=True) is None
    assert status_after_progress(Status.NOT_STARTED) == Status.IN_PROGRESS
    assert status_after_progress(Status.DONE) == Status.DONE


def test_status_words():
    assert parse_status("整改中") == Status.IN_PROGRESS
    assert parse_status(" 完成 ") == Status.DONE
    assert parse_status("长期") == Status.LONG_TERM
    assert parse_status("差不多") is None
    assert parse_measure_status("已完成") == MeasureStatus.DONE
    assert parse_measure_status("未启动") == MeasureStatus.OPEN
    assert parse_measure_status("好") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("12", 12),
        ("12号", 12),
        ("第12项", 12),
        ("#7", 7),
        ("0", 0),
        ("99", 99),
        ("abc", None),
        ("12a", None),
        ("-1", None),
        ("1234567", None),
        ("", None),
    ],
)
def test_item_numbers(word, expected):
    assert parse_item_no(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("2026-12-31", date(2026, 12, 31)),
        ("2026/1/5", date(2026, 1, 5)),
        ("2027年3月1日", date(2027, 3, 1)),
        ("12月31日", date(2026, 12, 31)),
        ("12-31", date(2026, 12, 31)),
        ("11月1日", date(2027, 11, 1)),  # past this year: next year's
        ("11月29日", date(2026, 11, 29)),
        ("年底", date(2026, 12, 31)),
        ("明年底", date(2027, 12, 31)),
        ("月底", date(2026, 11, 30)),
        ("下月底", date(2026, 12, 31)),
        ("3月底", date(2027, 3, 31)),
        ("2027年6月底", date(2027, 6, 30)),
        ("2023年底", date(2023, 12, 31)),
        ("无", None),
    ],
)
def test_deadlines(word, expected):
    assert parse_deadline(word, TODAY) == expected


@pytest.mark.parametrize("word", ["2026-13-01", "2026-02-30", "下周", "31/12", "明年", "x" * 500])
def test_bad_deadlines(word):
    with pytest.raises(DateError):
        parse_deadline(word, TODAY)


def test_feb_29_rolls_to_a_leap_year():
    assert parse_deadline("2月29日", TODAY) == date(2028, 2, 29)


def test_item_filters():
    assert parse_item_filter("").kind == "all"
    assert parse_item_filter("逾期").kind == "overdue"
    assert parse_item_filter("整改中") == parse_item_filter("进行中")
    assert parse_item_filter("整改中").value == "整改中"
    assert parse_item_filter("@zhangsan").kind == "person"
    assert parse_item_filter("廉洁").kind == "text"
    assert parse_item_filter("未销号").kind == "open"


def test_reminder_stages():
    days = (7, 1)
    due = date(2026, 12, 10)

    def stage(today):
        found = reminder_due(Status.IN_PROGRESS, due, today, days)
        return (found.kind, found.days) if found else None

    assert stage(date(2026, 12, 2)) is None  # 8 days left
    assert stage(date(2026, 12, 3)) == ("before7", 7)
    assert stage(date(2026, 12, 5)) == ("before7", 5)  # a bot down on day 7 still says it
    assert stage(date(2026, 12, 9)) == ("before1", 1)
    assert stage(date(2026, 12, 10)) is None  # the day itself: the 1-day reminder said it
    assert stage(date(2026, 12, 11)) == ("overdue", 1)
    assert stage(date(2026, 12, 20)) is None  # years-old deadlines do not flood the group
    assert reminder_due(Status.DONE, due, date(2026, 12, 9), days) is None
    assert reminder_due(Status.IN_PROGRESS, None, date(2026, 12, 9), days) is None


def test_decode_text_handles_chinese_windows_files():
    assert decode_text("整改".encode()) == "整改"
    assert decode_text("\ufeff整改".encode()) == "整改"
    assert decode_text("整改".encode("gb18030")) == "整改"
    assert decode_text("整改".encode("utf-16")) == "整改"


def test_shorten():
    assert shorten("短标题", 10) == "短标题"
    assert shorten("一二三四五六七八九十", 5) == "一二三四…"
    assert shorten("a \n b", 10) == "a b"


def test_a_reimport_never_reopens_a_closed_item_and_ignores_what_is_unchanged():
    from bot.domain.rectification import Status, status_after_import

    assert status_after_import(Status.CLOSED, Status.IN_PROGRESS) is None
    assert status_after_import(Status.IN_PROGRESS, Status.IN_PROGRESS) is None
    assert status_after_import(Status.IN_PROGRESS, None) is None
    assert status_after_import(Status.NOT_STARTED, Status.DONE) == Status.DONE
