"""The same day or clock written another way reads the same (bench/measure_invariance.py,
family "dates"): the date engine's lexer gives back the characters of a match that names
nothing, a day may open after a colon, and whether a report speaks of today is decided by
the day named, not by the word 今天."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.chinese_dates.dates import DateSpec, days_from
from bot.domain.chinese_dates.lexer import lex

TZ = timezone(timedelta(hours=8))


def _pieces(text: str) -> list[tuple[str, str]]:
    return [(t.kind, text[t.start : t.end]) for t in lex(text)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("周四四点半走", [("date", "周四"), ("clock", "四点半")]),
        ("周三十点半到十二点", [("date", "周三"), ("clock", "十点半"), ("clock", "十二点")]),
        ("周五八点半到十点半", [("date", "周五"), ("clock", "八点半"), ("clock", "十点半")]),
        ("周二九时至十一时", [("date", "周二"), ("clock", "九时"), ("clock", "十一时")]),
        ("礼拜四三点去", [("date", "礼拜四"), ("clock", "三点")]),
        ("王局:11号上午去区里", [("date", "11号"), ("part", "上午")]),
        ("老周15:00去区医院", [("clock", "15:00")]),
        ("12.14一天都在水库", [("date", "12.14"), ("dur", "一天")]),
    ],
)
def test_lexer_reads_each_shape(text: str, pieces: list[tuple[str, str]]) -> None:
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("9:11号", [("clock", "9:11")]),  # a clock's minutes before 号 are no day
        ("周5两天", [("date", "周5")]),  # as 周五两天: the count is the listed days'
        ("1.5天", [("dur", "1.5天")]),
    ],
)
def test_lexer_keeps_what_it_must_not_split(text: str, pieces: list[tuple[str, str]]) -> None:
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    ("spec", "today", "days"),
    [
        (DateSpec("rel", offset=0), date(2026, 12, 3), 0),
        (DateSpec("d", day=3), date(2026, 12, 3), 0),  # 3号 said on the 3rd
        (DateSpec("md", month=12, day=3), date(2026, 12, 3), 0),
        (DateSpec("wd", weekday=3), date(2026, 12, 3), 0),  # 周四 said on a Thursday
        (DateSpec("d", day=4), date(2026, 12, 3), 1),
        (DateSpec("rel", offset=-1), date(2026, 12, 3), -1),
        (DateSpec("week", week=1), date(2026, 12, 3), None),  # a week is no one day
    ],
)
def test_days_from(spec: DateSpec, today: date, days: int | None) -> None:
    assert days_from(spec, today) == days


# (now, original, the same said another way, start, end)
ROWS = [
    ("2026-12-10T09:00", "王局：明天上午八点半我去区政府开会，会后回局",
     "王局：11号上午八点半我去区政府开会，会后回局", "2026-12-11T08:30", "2026-12-11T12:00"),
    ("2026-12-10T09:00", "王局：明天上午八点半我去区政府开会，会后回局",
     "王局：12月11日上午8:30我去区政府开会，会后回局", "2026-12-11T08:30", "2026-12-11T12:00"),
    ("2026-12-09T09:00", "明天四点半走，家里有点事",
     "周四四点半走，家里有点事", "2026-12-10T16:30", "2026-12-10T17:30"),
    ("2026-12-09T09:00", "明天四点半走，家里有点事",
     "星期四16:30走，家里有点事", "2026-12-10T16:30", "2026-12-10T17:30"),
    ("2026-11-10T09:00", "明天十点半到十二点去区发改局对接资金",
     "周三十点半到十二点去区发改局对接资金", "2026-11-11T10:30", "2026-11-11T12:00"),
    ("2026-11-10T09:00", "明天十点半到十二点去区发改局对接资金",
     "11.11 10:30到12:00去区发改局对接资金", "2026-11-11T10:30", "2026-11-11T12:00"),
    ("2026-12-03T07:40", "我今天早上发高烧了 去医院打吊针 请病假",
     "我3号早上发高烧了 去医院打吊针 请病假", "2026-12-03T08:30", "2026-12-03T17:30"),
    ("2026-12-03T07:40", "我今天早上发高烧了 去医院打吊针 请病假",
     "我周四早上发高烧了 去医院打吊针 请病假", "2026-12-03T08:30", "2026-12-03T17:30"),
    ("2026-12-13T16:00", "明天一天都在文家湾水库做汛后检查",
     "12.14一天都在文家湾水库做汛后检查", "2026-12-14T08:30", "2026-12-14T17:30"),
]  # fmt: skip


@pytest.mark.parametrize(("now", "original", "variant", "start", "end"), ROWS)
def test_same_day_other_shape_reads_the_same(
    now: str, original: str, variant: str, start: str, end: str
) -> None:
    at = datetime.fromisoformat(now).replace(tzinfo=TZ)
    want = (datetime.fromisoformat(start).replace(tzinfo=TZ),
            datetime.fromisoformat(end).replace(tzinfo=TZ))  # fmt: skip
    for text in (original, variant):
        found = read_report(text, at)
        assert found.is_report, text
        assert (found.start, found.end) == want, text


@pytest.mark.parametrize(
    "text",
    ["王局：11号的会议纪要发群里了", "周四四点半开全局大会，大家准时参加", "3号的报表谁交了？"],
)
def test_other_shapes_stay_silent_on_non_reports(text: str) -> None:
    assert not read_report(text, datetime(2026, 12, 3, 10, 0, tzinfo=TZ)).is_report
