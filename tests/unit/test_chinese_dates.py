"""The date engine every command reads days through: numerals, the lexer's shapes, and
resolution forward (reports, /whosout, /duty, reminders) and backward (notes)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.chinese_dates import BACKWARD, FORWARD, DayNotFound, find_day, read_day
from bot.domain.chinese_dates.numerals import to_int, to_number

MON = date(2026, 11, 30)  # Monday 30 November 2026
WED = date(2026, 6, 3)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3), ("１２", 12), ("十", 10), ("十二", 12), ("二十三", 23), ("廿三", 23),
        ("卅一", 31), ("两", 2), ("一百零三", 103), ("两千零二十六", 2026), ("二〇二六", 2026),
        ("1.5", 1.5), ("一点五", 1.5), ("零", 0),
    ],
)  # fmt: skip
def test_numerals(text: str, value: float) -> None:
    assert to_number(text) == value


@pytest.mark.parametrize("text", ["", "三五十", "abc", "半", "一点"])
def test_not_numerals(text: str) -> None:
    assert to_number(text) is None


def test_to_int_refuses_fractions() -> None:
    assert to_int("1.5") is None
    assert to_int("十五") == 15


@pytest.mark.parametrize(
    ("text", "forward", "backward"),
    [
        ("", MON, MON),
        ("今天", MON, MON),
        ("明天", date(2026, 12, 1), date(2026, 12, 1)),
        ("明儿", date(2026, 12, 1), date(2026, 12, 1)),
        ("后儿", date(2026, 12, 2), date(2026, 12, 2)),  # spoken form
        ("后天", date(2026, 12, 2), date(2026, 12, 2)),
        ("大后天", date(2026, 12, 3), date(2026, 12, 3)),
        ("昨天", date(2026, 11, 29), date(2026, 11, 29)),
        ("前天", date(2026, 11, 28), date(2026, 11, 28)),
        ("3号", date(2026, 12, 3), date(2026, 11, 3)),
        ("3日", date(2026, 12, 3), date(2026, 11, 3)),
        ("30号", MON, MON),
        ("十二月三日", date(2026, 12, 3), date(2025, 12, 3)),
        ("12月3日", date(2026, 12, 3), date(2025, 12, 3)),
        ("１２月３日", date(2026, 12, 3), date(2025, 12, 3)),
        ("12.3", date(2026, 12, 3), date(2025, 12, 3)),
        ("12/3", date(2026, 12, 3), date(2025, 12, 3)),
        ("12-3", date(2026, 12, 3), date(2025, 12, 3)),
        ("12-03", date(2026, 12, 3), date(2025, 12, 3)),
        ("2026-12-03", date(2026, 12, 3), date(2026, 12, 3)),
        ("2026年12月3日", date(2026, 12, 3), date(2026, 12, 3)),
        ("12月3日（周四）", date(2026, 12, 3), date(2025, 12, 3)),
        ("周三", date(2026, 12, 2), date(2026, 11, 25)),
        ("周3", date(2026, 12, 2), date(2026, 11, 25)),
        ("星期三", date(2026, 12, 2), date(2026, 11, 25)),
        ("礼拜三", date(2026, 12, 2), date(2026, 11, 25)),
        ("周一", MON, MON),
        ("本周五", date(2026, 12, 4), date(2026, 12, 4)),
        ("这周五", date(2026, 12, 4), date(2026, 12, 4)),
        ("下周一", date(2026, 12, 7), date(2026, 12, 7)),
        ("下下周一", date(2026, 12, 14), date(2026, 12, 14)),
        ("上周五", date(2026, 11, 27), date(2026, 11, 27)),
        ("月底", MON, MON),
        ("下月初", date(2026, 12, 1), date(2026, 12, 1)),
        ("12月底", date(2026, 12, 31), date(2025, 12, 31)),
        ("年底", date(2026, 12, 31), date(2026, 12, 31)),
        ("这周末", date(2026, 12, 5), date(2026, 12, 5)),
        ("明天下午", date(2026, 12, 1), date(2026, 12, 1)),
        ("下午", MON, MON),
    ],
)
def test_a_day_both_ways(text: str, forward: date, backward: date) -> None:
    assert read_day(text, MON, FORWARD) == forward
    assert read_day(text, MON, BACKWARD) == backward


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", WED), ("今天", WED), ("明天", date(2026, 6, 4)), ("昨天", date(2026, 6, 2)),
        ("2026-07-01", date(2026, 7, 1)), ("2026年7月1日", date(2026, 7, 1)),
        ("7月1日", date(2026, 7, 1)), ("7/1", date(2026, 7, 1)), ("7-1", date(2026, 7, 1)),
        ("5号", date(2026, 6, 5)),
        ("周三", WED), ("周一", date(2026, 6, 8)), ("本周一", date(2026, 6, 1)),
        ("下周日", date(2026, 6, 14)), ("上周五", date(2026, 5, 29)),
    ],
)  # fmt: skip
def test_duty_days(text: str, expected: date) -> None:
    assert read_day(text, WED) == expected


@pytest.mark.parametrize("text", ["下个月", "2月30日", "31号x", "abc", "周八", "明天请假"])
def test_not_just_a_day(text: str) -> None:
    assert read_day(text, WED) is None


def test_find_day_inside_a_sentence() -> None:
    found = find_day("昨天上午9点抽查二楼", MON, BACKWARD)
    assert found is not None
    assert (found.day, found.start, found.end) == (date(2026, 11, 29), 0, 2)
    assert find_day("抽查二楼", MON) is None


def test_find_day_refuses_an_impossible_date() -> None:
    with pytest.raises(DayNotFound):
        find_day("2月30日抽查", MON, BACKWARD)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2023年12月底", date(2023, 12, 31)),
        ("二〇二三年十二月底", date(2023, 12, 31)),
        ("2024.3.15", date(2024, 3, 15)),
        ("2024年6月上旬", date(2024, 6, 10)),
        ("2023年第四季度", date(2023, 12, 31)),
    ],
)
def test_report_import_deadlines_use_the_engine_for_dated_words(text: str, day: date) -> None:
    from bot.domain.rectification_parsing.deadlines import deadline_date

    assert deadline_date(text) == day
