"""Mechanisms of reader pass 26a (blind files 114–115: a flood-season chat of dikes, sluices,
pump stations, meetings away, trips), on sentences of our own beside the corpus case.

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
    ("train-114.jsonl", "BI0013"), ("train-114.jsonl", "BI0104"), ("train-115.jsonl", "BI0293"),
    ("train-115.jsonl", "BI0203"), ("train-115.jsonl", "BI0290"), ("train-115.jsonl", "BI0341"),
    ("train-115.jsonl", "BI0216"), ("train-115.jsonl", "BI0264"), ("train-115.jsonl", "BI0241"),
    ("train-115.jsonl", "BI0321"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 需提前离开, 须提前下班: the speaker's own need to leave early, not a rule that something
    # must be done in advance (外出需提前报备 stays a notice).
    (_at(15, 20), "本人今天下午4点需提前离开，家里有事", new("早退", "11-26 16:00", "11-26 17:30")),
    (AT10, "明天下午三点半须提前下班，孩子开家长会", new("早退", "11-27 15:30", "11-27 17:30")),
    (AT10, "今天四点需提前走，去接老人", new("早退", "11-26 16:00", "11-26 17:30")),
    (AT10, "外出需提前报备", None),
    (AT10, "有事需提前离开的，跟办公室说一声", None),
    # 走一趟区法院 is 跑一趟: setting out for a place, by the trip's measure word.
    (AT10, "下午走一趟区财政局，送决算报表", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天上午走一趟市水利局，送验收资料", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "下午跑一趟区审计局", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(17, 40), "下午走了一趟区法院，送了案卷", None),
    (AT10, "你下午跑一趟区财政局", None),
    (AT10, "下午要不要走一趟区法院", None),
    # 拉肚子一晚上, 咳嗽一夜 at a clause's end: the night the symptom lasted, not the leave's
    # time; 估计一上午 is an outing's own length, 周一晚上 an evening named.
    (_at(7, 50), "今天病假 拉肚子一晚上", new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(7, 50), "今天请病假 咳嗽一晚上", new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(7, 50), "今天去石门垸看堤身裂缝，估计一上午", new("外出", "11-26 08:30", "11-26 12:00")),
    # 巡堤改为徒步, 巡查改为每周两次: the unit's patrol recast in its manner is a notice, as a
    # meeting 改为线上; 巡堤排班我改了一下, 值班表调了: the rota. A patrol moved to a day is
    # someone's outing amended.
    (_at(17, 0), "明天巡堤改为徒步，车辆调去支援应急局", None),
    (_at(17, 0), "下周起河道巡查改为每天一次，各组排好人", None),
    (AT10, "下周巡河排班调了，小周周一换成周四", None),
    (AT10, "下周的排班我改了一下，老陈周三换成周五", None),
    (_at(17, 0), "明天去金霞垸巡堤，改为下周一", amend("外出", "11-30 08:30", "11-30 17:30")),
    # 刚从东坪垸回来，下午正常上班 said at noon: work resuming at the half named, as with 已从…
    # (WRITING.md: 14:30); 刚从市局回来，下午正常在单位 is at the office now, no resuming named.
    (_at(12, 5), "刚从区法院回来，下午照常上班", back("11-26 14:30")),
    (_at(12, 10), "刚回来，下午正常上班", back("11-26 14:30")),
    (_at(12, 5), "刚从市局回来，下午正常在单位", back("11-26 12:05")),
    (_at(15, 5), "刚从区法院回来，下午正常上班", back("11-26 15:05")),
    # 区政府常务会, 区委常委会, 防汛工作会: meetings by their noun's suffix, gone to; the
    # 人大常委会 is a body gone to (an outing), 常务会的材料 a thing taken there.
    (AT10, "下周一下午3点去区政府常务会汇报方案", new("会议", "11-30 15:00", "11-30 17:30")),
    (AT10, "明天上午去区委常委会汇报防汛工作", new("会议", "11-27 08:30", "11-27 12:00")),
    (AT10, "下午三点去区人大常委会汇报，五点回", new("外出", "11-26 15:00", "11-26 17:00")),
    (AT10, "常务会的材料我明天去区政府送", new("外出", "11-27 08:30", "11-27 17:30")),
    # 明早的高铁去武汉，出差到12月3日: a day reached by 到 in a clause of its own is where the
    # trip ends, not a second period; the day it sets off starts it.
    (AT10, "明早7点的高铁去武汉，出差到12月3日", new("出差", "11-27 08:30", "12-03 17:30")),
    (AT10, "明天去长沙，培训到下周三", new("培训", "11-27 08:30", "12-02 17:30")),
    (AT10, "下周一去省厅，出差到周三", new("出差", "11-30 08:30", "12-02 17:30")),
    (AT10, "周一上午去审计局，周三下午去财政局",
     ("new", "外出", "11-30 08:30", "11-30 12:00", ())),
    # 说错了，我是下周一请事假，今天在上班: in a correction, a day the speaker is at work (在上班,
    # as 正常上班) is no part of the corrected period.
    (AT10, "说错了，我是下周一请事假，今天在上班", amend("事假", "11-30 08:30", "11-30 17:30")),
    (AT10, "更正一下，是下周二调休，今天还在上班", amend("调休", "12-01 08:30", "12-01 17:30")),
    (AT10, "说错了，我是下周一请事假，今天正常上班", amend("事假", "11-30 08:30", "11-30 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
