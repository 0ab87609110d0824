"""Mechanisms of reader pass 27a (blind files 144–145: a spring of 2026 with 汛前检查, 清明
and 五一, river-chief patrols), on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, back, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-144.jsonl", "CA0001"), ("train-144.jsonl", "CA0089"), ("train-144.jsonl", "CA0092"),
    ("train-144.jsonl", "CA0139"), ("train-145.jsonl", "CA0179"), ("train-145.jsonl", "CA0195"),
    ("train-145.jsonl", "CA0197"), ("train-145.jsonl", "CA0240"), ("train-145.jsonl", "CA0289"),
    ("train-145.jsonl", "CA0300"), ("train-145.jsonl", "CA0249"), ("train-144.jsonl", "CA0151"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # The speaker's own clause, its return told in the clause right after (我去X，预计下午4点
    # 回): an event organised for everyone in an earlier clause (区里组织…) is its background.
    (_at(7, 50), "今天区里组织防汛演练，我跟办公室去红旗闸站，预计下午3点回",
     new("外出", "11-26 08:30", "11-26 15:00")),
    (AT10, "局里组织安全检查，我去东湖泵站，大概四点回", new("外出", "11-26 10:00", "11-26 16:00")),
    (_at(7, 50), "今天区里组织汛前检查，大家下午3点前回局里", None),
    (AT10, "区里组织大家明天去青山垸，下午4点回", None),
    # A leave named, then 提前结束 in a clause of its own and the day work resumes: a return.
    (AT10, "年假还剩两天，提前结束，明天回来上班", back("11-27 08:30")),
    (AT10, "婚假还有一周，提前结束，下周一上班", back("11-30 08:30")),
    (AT10, "还有三天年假，周五休", new("年假", "11-27 08:30", "12-01 17:30")),
    # 代 inside 代管/代理 (a colleague minding the work) is nobody's behalf; 请予批准 asks
    # approval, it is no 请 of a leave for someone.
    (AT10, "明天请年假，工作由小刘代管，请予批准", new("年假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周一至周三休年假，期间由李工代理，请予批准",
     new("年假", "11-30 08:30", "12-02 17:30")),
    (AT10, "代王芳请个假，明天一天", new("请假", "11-27 08:30", "11-27 17:30", "王芳")),
    # …请年假能批吗: the leave asked for, the request closing it with no comma between.
    (AT10, "下周一请年假能批吗", new("年假", "11-30 08:30", "11-30 17:30")),
    (AT10, "周五调休能批吗？", new("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "年假能批吗？", None),
    (AT10, "病假三天以上能批吗", None),
    # X结束后 is a time after which something happens, no absence over.
    (AT10, "假期结束后周一上午我去医院复查，请半天病假",
     new("病假", "11-30 08:30", "11-30 12:00")),
    (AT10, "出差结束后下周二请一天年假", new("年假", "12-01 08:30", "12-01 17:30")),
    (AT10, "假期结束了，明天上班", back("11-27 08:30")),
    # A symptom with a word of degree (头好痛, 肚子很疼) at a part of the day: when it came.
    (_at(8, 20), "今天早上肚子好疼，请个病假", new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(8, 20), "今天早上头有点痛 请个病假", new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(8, 20), "今天上午请个病假", new("病假", "11-26 08:30", "11-26 12:00")),
    # 周五的年假说错了: the leave named by its day with 的 is one reported before: an amend.
    (AT10, "周五的年假说错了，是下周一", amend("年假", "11-30 08:30", "11-30 17:30")),
    (AT10, "明天的外出说错了，是下周一", amend("外出", "11-30 08:30", "11-30 17:30")),
    (AT10, "明天请假，说错了，是下周一", new("请假", "11-30 08:30", "11-30 17:30")),
    # 当天回 with no clock: back that day, by the day's end.
    (AT10, "明天早上去长沙开会，当天回", new("会议", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天早上去长沙开会", new("会议", "11-27 08:30", "11-27 12:00")),
    # 顺便开个会: a meeting on the way of an errand; the errand is what the outing is.
    (AT10, "下午去区财政局送报表，顺便开个短会，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "下午去区财政局开会，顺便送个报表", new("会议", "11-26 14:30", "11-26 17:30")),
    # A timetable on one line (time, event, 地点：place): the event's notice, nobody's absence.
    (AT10, "明天下午2点 中心组学习 地点：三楼会议室", None),
    (AT10, "周五上午9时 中心组学习 地点：区委党校", None),
    (AT10, "外出事由：送材料\n地点：市局\n时间：明天下午",
     new("外出", "11-27 14:30", "11-27 17:30")),
    # 防汛办 is one of the bureau's own sections, a room in the building like 财务股 (在防汛办
    # 值班室); the city's or a county's 防汛办 is a place elsewhere.
    (_at(7, 55), "今天我在防汛办值班室，不在四楼，有事下来找我", None),
    (AT10, "今天我在防汛办，有事打我电话", None),
    (AT10, "下午在市防汛办开会", new("会议", "11-26 14:30", "11-26 17:30")),
    (AT10, "今天在县防汛办对接材料", new("外出", "11-26 10:00", "11-26 17:30")),
    # 准时…出发 with the outing named between (准时汛前检查出发啊): the group told to set off.
    (_at(17, 30), "今天就到这了，明天早上八点准时防汛演练出发", None),
    (_at(17, 30), "明早七点半按时巡堤出发", None),
    (_at(17, 30), "明天早上八点出发去汛前检查", new("外出", "11-27 08:30", "11-27 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
