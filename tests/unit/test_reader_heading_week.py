"""A heading that names a week or a month places the bare days beneath it
(:func:`bot.domain.reader.expressions._under_heading`; measured by
``bench/measure_heading_week.py``).

报一下下周外出：\\n周二上午 吴涛 去… means next week's Tuesday, not this week's; 12月外出计划：
\\n8号… December's 8th. A heading that is a notice to everyone stays silent, a line that names
its own week keeps it, a single line and lines with no heading read their bare days from
today. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai; most rows are read on Monday 30
November (bare 周二 is 1 December, 下周二 8 December), the month rows on Tuesday 3 November.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.chinese_dates.dates import DateSpec
from bot.domain.reader.expressions import Point, expressions, heading_alone, under_heading
from bot.domain.reader.text import normalize
from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

MON = _at(9, 20, 30, 11)
TUE = _at(9, 20, 1, 12)
NOV3 = _at(9, 20, 3, 11)

CASES: list[tuple[datetime, str, Row]] = [
    # a week heading: every bare weekday beneath it is in that week
    (MON, "报一下下周外出：\n周二上午 吴涛 去区财政局对账",
     new("外出", "12-08 08:30", "12-08 12:00", "吴涛")),
    (MON, "【下周值班外出】\n周四全天 李敏 赴长丰垸巡堤",
     new("外出", "12-10 08:30", "12-10 17:30", "李敏")),
    (MON, "下周安排：\n周一 我去区财政局对账", new("外出", "12-07 08:30", "12-07 17:30")),
    (MON, "下周安排：\n周一我去区财政局对账", new("外出", "12-07 08:30", "12-07 17:30")),
    (MON, "下礼拜外出计划：\n星期三下午 我去市局开会", new("会议", "12-09 14:30", "12-09 17:30")),
    (MON, "下下周去向\n礼拜二 我到城东泵站检修", new("外出", "12-15 08:30", "12-15 17:30")),
    (TUE, "这周外出：\n周四 欧阳晓峰 去青山水库查看水位",
     new("外出", "12-03 08:30", "12-03 17:30", "欧阳晓峰")),
    # a month heading: every bare 号 day beneath it is in that month
    (NOV3, "12月外出计划：\n8号 我去长沙开会", new("会议", "12-08 08:30", "12-08 17:30")),
    (NOV3, "下个月外出：\n10号下午 我去省厅送材料", new("外出", "12-10 14:30", "12-10 17:30")),
    (NOV3, "报一下十二月的外出安排：\n11号全天 我去区财政局对账",
     new("外出", "12-11 08:30", "12-11 17:30")),
    # contrasts: notices to everyone stay silent
    (MON, "下周工作安排：\n周二上午全局大会", None),
    (MON, "下周安排：\n周一全局大会\n周三消防演练", None),
    (MON, "各位：本周值班安排\n周一 刘洋\n周二 老吴\n周三 小蒋", None),
    # a line naming its own week keeps it (the heading's week is no period beside it)
    (MON, "下周外出：\n下下周一 吴涛 去区财政局对账",
     new("外出", "12-14 08:30", "12-14 17:30", "吴涛")),
    # a single line, or lines with no heading: bare days from today
    (MON, "周二上午 吴涛 去区财政局对账", new("外出", "12-01 08:30", "12-01 12:00", "吴涛")),
    (MON, "各位好\n周二上午我去区财政局对账", new("外出", "12-01 08:30", "12-01 12:00")),
    (NOV3, "说一下\n8号 我去长沙开会", new("会议", "11-08 08:30", "11-08 17:30")),
    # a week heading with no day beneath: the week is the period
    (MON, "下周出差：\n吴涛 去长沙", new("出差", "12-07 08:30", "12-11 17:30", "吴涛")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


def _dates(text: str) -> list[DateSpec | None]:
    return [e.date for e in expressions(normalize(text)) if isinstance(e, Point)]


def test_week_anchors_bare_days_only() -> None:
    """The heading's week goes into each bare weekday's spec, and the heading drops out; a
    weekday with its own week keeps it."""
    assert _dates("下周外出：\n周二上午 吴涛\n下下周一 李敏\n周四") == [
        DateSpec("wd", weekday=1, week=1, part=None),
        DateSpec("wd", weekday=0, week=2),
        DateSpec("wd", weekday=3, week=1),
    ]
    assert _dates("周二上午 吴涛\n周四") == [DateSpec("wd", weekday=1), DateSpec("wd", weekday=3)]


def test_month_anchors_bare_days() -> None:
    assert _dates("12月外出计划：\n8号 我去长沙") == [DateSpec("md", month=12, day=8)]
    assert _dates("下个月外出：\n8号 我去长沙") == [DateSpec("d", month_rel=1, day=8)]
    assert _dates("说一下\n8号 我去长沙") == [DateSpec("d", day=8)]


def test_under_heading_gate() -> None:
    assert under_heading("下周安排：\n周一我去区财政局对账")
    assert under_heading("【下周值班外出】\n周四全天 李敏")
    assert under_heading("12月外出计划：\n8号")
    assert not under_heading("下周二上午我去区财政局对账")
    assert not under_heading("各位好\n周二上午我去区财政局对账")
    assert not under_heading("说一下：\n8号我去长沙")


# A heading sent alone, the list to follow in the next message: never recorded as the week
# (or month) away; asked about, or silent (expressions.heading_alone). A day of its own, or
# its first item after the colon, reads as a report as before.
HEADINGS_ALONE = [
    "报一下下周外出：",
    "下周外出计划：",
    "下周我请假：",
    "12月外出计划：",
    "【下周值班外出】",
    "下个月请假安排:",
]
RECORDED = [
    (MON, "明天请假：", new("请假", "12-01 08:30", "12-01 17:30")),
    (MON, "下周一出差：", new("出差", "12-07 08:30", "12-07 17:30")),
    (MON, "报一下：下周一去市局开会", new("会议", "12-07 08:30", "12-07 17:30")),
    # the heading's week over its first item on the same line (_HEADING_ON_LINE)
    (MON, "下周外出：周二上午去区法院", new("外出", "12-08 08:30", "12-08 12:00")),
    (MON, "下礼拜外出：星期四去城东泵站检修", new("外出", "12-10 08:30", "12-10 17:30")),
    (NOV3, "12月外出计划：8号去长沙开会", new("会议", "12-08 08:30", "12-08 17:30")),
]


@pytest.mark.parametrize("text", HEADINGS_ALONE)
def test_heading_alone_is_never_recorded(text: str) -> None:
    got = read_report(text, MON)
    assert heading_alone(text) or text.endswith(":")
    assert not got.is_report or got.ask, text


@pytest.mark.parametrize(("now", "text", "row"), RECORDED, ids=[t for _, t, _ in RECORDED])
def test_a_day_or_an_item_is_recorded(now: datetime, text: str, row: Row) -> None:
    assert not heading_alone(text)
    assert not read_report(text, now).ask
    check_row(now, text, row)
