"""Date shapes the engine learned in the second dates round (h/dates2): a month and day with a
hyphen and no year (12-3, 11-05), and 次日 / 翌日 / 第二天, the day after a day named before.
Each is a grammar of the one lexer (bot.domain.chinese_dates.lexer), so the reader and every
command read it alike; resolved against a fixed ``now``."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.chinese_dates import FORWARD, read_day
from bot.domain.chinese_dates.dates import DateSpec, resolve_date
from bot.domain.chinese_dates.lexer import lex
from tests.conftest import TZ

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)  # Tuesday 1 December 2026
TODAY = NOW.date()


def _dates(text: str) -> list[tuple[str, tuple[date, date] | None]]:
    """Each date piece of ``text`` with the days it resolves to today."""
    return [
        (text[t.start : t.end], resolve_date(t.value, TODAY))
        for t in lex(text)
        if t.kind == "date" and isinstance(t.value, DateSpec)
    ]


def _one(day: date) -> tuple[date, date]:
    return day, day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12-3", date(2026, 12, 3)),
        ("12-03", date(2026, 12, 3)),
        ("1-5", date(2027, 1, 5)),  # passed this year: next year's
        ("11-05", date(2027, 11, 5)),
    ],
)
def test_a_hyphened_month_and_day_is_a_day(text: str, day: date) -> None:
    assert read_day(text, TODAY, FORWARD) == day


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("12-03上午去区水文站", [("12-03", _one(date(2026, 12, 3)))]),
        ("撤回：12-20的调休我不休了", [("12-20", _one(date(2026, 12, 20)))]),
        ("12-11年假", [("12-11", _one(date(2026, 12, 11)))]),
        ("12-06人在雨湖区", [("12-06", _one(date(2026, 12, 6)))]),
        (
            "11-28至12-30去长沙",
            [("11-28", _one(date(2027, 11, 28))), ("12-30", _one(date(2026, 12, 30)))],
        ),
        ("2026-12-03", [("2026-12-03", _one(date(2026, 12, 3)))]),  # the year's date, whole
    ],
)
def test_hyphened_days_in_a_sentence(text: str, pieces: list[tuple[str, object]]) -> None:
    assert _dates(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "3-5号在长沙",  # days 3 to 5: only 5号 is a date piece of its own
        "请2-3天假",
        "下午2-4在会议室",
        "9:30-11:30开会",
        "电话0731-8888",
        "第1-2页",
        "1-2个小时",
        "3-5人一组",
    ],
)
def test_a_hyphen_between_numbers_that_is_no_month_and_day(text: str) -> None:
    assert not any("-" in piece for piece, _ in _dates(text))


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("今天去县里，次日回", date(2026, 12, 2)),
        ("今天下午到次日中午在水库", date(2026, 12, 2)),
        ("明后两天在外，第二天回", date(2026, 12, 4)),
        ("12月3日去长沙，次日回", date(2026, 12, 4)),
        ("12-3去长沙，翌日回", date(2026, 12, 4)),
        ("周四去长沙，第二天回", date(2026, 12, 4)),
        ("12月31日出发，次日回", date(2027, 1, 1)),  # into the next month and year
        ("次日回", date(2026, 12, 2)),  # no day before it: tomorrow
    ],
)
def test_the_next_day_counts_from_the_day_named_before(text: str, after: date) -> None:
    assert _dates(text)[-1][1] == _one(after)


@pytest.mark.parametrize(
    "text", ["这次日常巡查发现三处渗漏", "培训的第二天要考试", "第二天回", "每次日报都要交"]
)
def test_words_that_are_no_next_day(text: str) -> None:
    assert _dates(text) == []


def _read(text: str) -> tuple[object, ...]:
    got = read_report(text, NOW).to_json()
    return got["is_report"], got["kind"], got["start"], got["end"]


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("12-3请一天年假", "年假", "2026-12-03T08:30", "2026-12-03T17:30"),
        ("12-03上午去区水文站取数据", "外出", "2026-12-03T08:30", "2026-12-03T12:00"),
        ("12-02至12-04在长沙出差", "出差", "2026-12-02T08:30", "2026-12-04T17:30"),
        ("12-3到12-4请年假", "年假", "2026-12-03T08:30", "2026-12-04T17:30"),
        ("今天下午去县里，次日下午回", "出差", "2026-12-01T14:30", "2026-12-02T17:30"),
        ("12月3日去长沙开会，次日回", "会议", "2026-12-03T08:30", "2026-12-04T17:30"),
        ("周三去长沙，第二天回", "出差", "2026-12-02T08:30", "2026-12-03T17:30"),
        ("今天去省厅开会，翌日回", "会议", "2026-12-01T08:30", "2026-12-02T17:30"),
        ("今天下午到次日中午在金盆水库做安全检查", "外出", "2026-12-01T14:30", "2026-12-02T12:00"),
    ],
)
def test_the_reader_reads_the_new_shapes(text: str, kind: str, start: str, end: str) -> None:
    assert _read(text) == (True, kind, start + ":00+08:00", end + ":00+08:00")


@pytest.mark.parametrize(
    "text", ["这次日常巡查发现三处渗漏", "电话0731-8888转分机", "培训的第二天要考试"]
)
def test_no_report_from_the_new_shapes(text: str) -> None:
    assert _read(text)[0] is False


def _pieces(text: str) -> list[tuple[str, str]]:
    return [(t.kind, text[t.start : t.end]) for t in lex(text)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a clock that began inside the weekday before it is what is left of it
        ("下周一十六点早退", [("date", "下周一"), ("clock", "十六点")]),
        ("下周二十四点半去水务集团", [("date", "下周二"), ("clock", "十四点半")]),
        ("周二十点开会", [("date", "周二"), ("clock", "十点")]),
        ("周四四点半", [("date", "周四"), ("clock", "四点半")]),
        # 周3 after a number is a weekday, not weeks; 两周3天 stays two weeks and three days
        ("发烧38度5 周3请假", [("date", "周3")]),
        ("两周3天", [("dur", "两周3天")]),
        ("请2周", [("dur", "2周")]),
    ],
)
def test_pieces_after_a_weekday(text: str, pieces: list[tuple[str, str]]) -> None:
    assert _pieces(text) == pieces


def test_the_reader_reads_a_clock_after_a_chinese_weekday() -> None:
    now = datetime(2026, 12, 9, 10, 0, tzinfo=TZ)
    got = read_report("下周一十六点早退，去机场接人", now).to_json()
    assert (got["kind"], got["start"]) == ("早退", "2026-12-14T16:00:00+08:00")
    got = read_report("发烧38度5 周3请假在家休息", NOW).to_json()
    assert (got["start"], got["end"]) == ("2026-12-02T08:30:00+08:00", "2026-12-02T17:30:00+08:00")
