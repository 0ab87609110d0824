"""Frames (issue 11, invariance): words around a report that say nothing about the absence.

An address (王局，…), an act of reporting (报备：…, 向局里汇报一下，…, …，特此报备) and a closing
(…，请知悉, …，谢谢) are found by :mod:`bot.domain.reader.frames` and the message is read
without them, so a framed report reads exactly as its body; 报备 alone no longer makes an
outing of a lateness or a sick leave. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai
(Thursday 2026-11-26).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.reader.frames import unframed
from bot.domain.reader.intent import kind_of
from tests.unit.test_reader_pass7 import Row, check_row, new

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=TZ)


# (message, what is read, whether an act of reporting was taken out)
UNFRAMED: list[tuple[str, str, bool]] = [
    ("报备：今天晚到半个钟", "今天晚到半个钟", True),
    ("向局里汇报一下：下周二去省厅送材料", "下周二去省厅送材料", True),
    ("跟领导报备，周五调休", "周五调休", True),
    ("周五调休，特此报告。", "周五调休。", True),
    ("周五调休，跟黄主任说一声", "周五调休", True),
    ("周五调休，请领导知悉", "周五调休", False),
    ("周五调休？，谢谢", "周五调休？", False),
    ("周五调休，请批准！", "周五调休！", False),
    ("黄主任好！周五调休", "周五调休", False),
    ("各位领导：\n周五调休", "周五调休", False),
    ("现报告如下：本人周五调休", "本人周五调休", True),
    # voice input: the act run on to the report
    ("报备下周一去市局送报表", "下周一去市局送报表", True),
    ("报备下 周 一 去 市 局", "下 周 一 去 市 局", True),
    ("我报备一下周三去市局", "周三去市局", True),
    ("明天去市局送报表报备一下", "明天去市局送报表", True),
    # not frames: the kind named, done for someone, a form's field, a subject, a word
    ("外出报备：明天去区里", "外出报备：明天去区里", False),
    ("替小邹报个备：她明天请假", "替小邹报个备：她明天请假", False),
    ("小邹明天请假，帮我报备一下", "小邹明天请假，帮我报备一下", False),
    ("小邹 明天 请假 帮她 说一声", "小邹 明天 请假 帮她 说一声", False),
    ("小邹让我统一报一下", "小邹让我统一报一下", False),
    ("报备人：邹敏\n去向：湘江大堤", "报备人：邹敏\n去向：湘江大堤", False),
    ("局长明天去省厅开会", "局长明天去省厅开会", False),
    ("明天的会取消了，特此通知", "明天的会取消了，特此通知", False),
]


@pytest.mark.parametrize(("text", "bare", "reported"), UNFRAMED)
def test_frames_are_taken_out(text: str, bare: str, reported: bool) -> None:
    found = unframed(text)
    assert (found.text, found.reported) == (bare, reported)


def test_the_closing_alone_is_taken_out_for_the_fallback() -> None:
    """Where the body says nothing, the act (报告局领导：) may be what makes it a report."""
    found = unframed("报告局领导：防汛办今日派员赴石潭镇，请各位领导知悉")
    assert found.told == "报告局领导：防汛办今日派员赴石潭镇"


BODIES = [
    "今天晚到半个钟，送老人去车站",
    "早上胃疼，上午去医院，下午来上班",
    "３号去区档案馆查资料，一天",
    "周五那天的调休不休了",
    "下周一到周三请年假，工作已交给小邹",
    "下午去区财政局对接资金拨付，五点前回",
]
FRAMES = [
    "报备：{}",
    "报备一下，{}",
    "{}，特此报备",
    "{}，报备一下",
    "王局，{}",
    "{}，请知悉",
    "跟领导汇报一下：{}",
    "黄主任您好！{}",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("body", BODIES)
def test_a_framed_report_reads_as_its_body(body: str, frame: str) -> None:
    """The same reading; an act of reporting may only take a question away (报备：… says the
    message is a report, which the body alone may leave in doubt)."""
    said = read_report(body, NOW)
    framed = read_report(frame.format(body), NOW)
    assert said.is_report
    assert replace(framed, ask=said.ask) == said
    assert framed.ask <= said.ask


CASES: list[tuple[str, Row]] = [
    ("报备：今天晚到半个钟，送老人去车站", new("晚到", "11-26 08:30", "11-26 09:00")),
    ("报备：早上胃疼，上午去医院，下午来上班", new("病假", "11-26 08:30", "11-26 12:00")),
    ("报备：３号去区档案馆查资料", new("外出", "12-03 08:30", "12-03 17:30")),
    ("下周一到周三请年假，工作已交给小邹，特此报备", new("年假", "11-30 08:30", "12-02 17:30")),
    ("外出报备：明天上午去区水利局", new("外出", "11-27 08:30", "11-27 12:00")),
    ("报备下周一去市局送报表", new("外出", "11-30 08:30", "11-30 17:30")),
    # an address or a closing makes no report of work told as done
    ("王局，昨天去区水利局把材料送过去了，下周出结果", None),
    ("黄主任好！闸站的检查都看完了，问题清单明天发", None),
    ("产假是158天还是188天？，谢谢", None),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_reads(text: str, row: Row) -> None:
    check_row(NOW, text, row)


def test_reporting_names_an_outing_only_when_nothing_else_does() -> None:
    """报备 says a report is made; the lateness or the hospital says what it is."""
    assert kind_of("报备:早上胃疼,上午去医院")[0] == "病假"
    assert kind_of("报备:今天请调休")[0] == "调休"
    assert kind_of("报备人:邹敏\n去向:湘江大堤")[0] == "外出"
