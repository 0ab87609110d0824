"""Mechanisms of reader pass 28b (blind files 156–159: outings with no leave word and every
kind of stated end; a hard half-and-half of lookalike non-reports and casual reports), on
sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-156.jsonl", "CI0045"), ("train-156.jsonl", "CI0094"), ("train-156.jsonl", "CI0112"),
    ("train-157.jsonl", "CI0162"), ("train-157.jsonl", "CI0205"), ("train-157.jsonl", "CI0236"),
    ("train-158.jsonl", "CJ0061"), ("train-158.jsonl", "CJ0085"), ("train-158.jsonl", "CJ0088"),
    ("train-158.jsonl", "CJ0145"), ("train-159.jsonl", "CJ0568"), ("train-159.jsonl", "CJ0592"),
    ("train-159.jsonl", "CJ0609"), ("train-159.jsonl", "CJ0628"), ("train-159.jsonl", "CJ0634"),
    ("train-149.jsonl", "CD0213"), ("train-161.jsonl", "CK0227"), ("train-161.jsonl", "CK0266"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # What the system or the bot shows or counted (系统提示…, 机器人把我的年假算成了一天,
    # …显示成旷工了) is the record talked about, never an absence; a report that names the
    # system it was filed in, or whose own time comes before the complaint, is still a report.
    (AT10, "系统提示“调休余额不足”，我明明还有两天", None),
    (AT10, "机器人把我周二的外出记成事假了", None),
    (AT10, "钉钉把我周三的年假算成了事假", None),
    (AT10, "下周一的调休显示成旷工了", None),
    (AT10, "系统里报好了，明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天上午去区法院出庭，系统还显示我在岗", new("外出", "11-27 08:30", "11-27 12:00")),
    # Those who take a leave picked out and urged (请假的尽量错开, 要调休的赶紧): advice to
    # everyone; the speaker's own 我要休年假的 is a report.
    (AT10, "月底事多，调休的尽量错开", None),
    (AT10, "要调休的赶紧，月底清零", None),
    (AT10, "年底了，请假的尽量早点说", None),
    (AT10, "我要休年假的，下周一到周三", new("年假", "11-30 08:30", "12-02 17:30")),
    # An affair put off to a later time as the message's opening (…的事下周再说, 月底再定):
    # nothing settled; after the speaker's own report it is another matter.
    (AT10, "去省厅汇报的事月底再定", None),
    (AT10, "去区档案馆查资料的事下周再说吧", None),
    (AT10, "调休的事过两天再商量", None),
    (AT10, "明天去区档案馆查资料，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "我明天去区法院，材料的事下周再说", new("外出", "11-27 08:30", "11-27 17:30")),
    # A schedule's details sent as a document (分工见附件) and the group sent back to their own
    # work (大家各忙各的): notices; the speaker's own withdrawal is a cancel.
    (AT10, "各位，下周三开始堤防巡查，分工见附件", None),
    (AT10, "下午的学习取消了，大家各忙各的", None),
    (AT10, "我下午的培训不去了", cancel("培训", "11-26 14:30", "11-26 17:30")),
    # The old days (早些年, 那会儿…): how things were, told.
    (AT10, "早些年出差都是坐绿皮车去省里，一坐一整天", None),
    (AT10, "那会儿请假还得局长签字", None),
    (AT10, "明天请假，到那时候有事找小王", new("请假", "11-27 08:30", "11-27 17:30")),
    # 整改 (rectification) is the work done, no 改 of a period; 周五的假改周四 still moves one.
    (AT10, "周五去区审计局对接整改全天", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "周三 去 城西 闸站 督办 整改 全天", new("外出", "12-02 08:30", "12-02 17:30")),
    (AT10, "周五的假改周四", amend(None, "11-26 08:30", "11-26 17:30")),
    # A bank by its short name (建行, 农商行, 信用社) is a place gone to: an outing from now.
    (AT10, "去建行办事", new("外出", "11-26 10:00", None)),
    (AT10, "去农商行转一笔保证金", new("外出", "11-26 10:00", None)),
    (AT10, "到信用社办个业务", new("外出", "11-26 10:00", None)),
    (AT10, "施工行为要规范", None),
    # A meal the speaker misses (中午不回来吃了) is no time the outing starts at.
    (AT10, "去区财政局对账，中午不回来吃饭，两点回", new("外出", "11-26 10:00", "11-26 14:00")),
    (AT10, "到区税务局办事，中午就不回来吃了，下午三点回",
     new("外出", "11-26 10:00", "11-26 15:00")),
    (AT10, "中午去区财政局对账，两点回", new("外出", "11-26 12:00", "11-26 14:00")),
    # Work resumed at home on a named day (周二回单位上班) ends the absence the working day
    # before; a return to the office on a day (周三回单位) is that day's close.
    (AT10, "下周一去河西大堤督查冬修，周二回单位上班", new("外出", "11-30 08:30", "11-30 17:30")),
    (AT10, "下周一到周三去省厅培训，周四回局里上班", new("培训", "11-30 08:30", "12-02 17:30")),
    (AT10, "下周一去省城出差，周三回单位", new("出差", "11-30 08:30", "12-02 17:30")),
    # A hospital visited on the unit's behalf (替局里拿体检报告) is an outing, not one's own.
    (AT10, "到人民医院替局里拿体检报告，十一点回", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "去区医院拿体检报告，十一点回", new("病假", "11-26 10:00", "11-26 11:00")),
    # The early morning said (明早, 一早), a bare 5–7 o'clock set off at is that morning's
    # (before the working day: from 08:30); 三点出发 in the afternoon stays 15:00.
    (_at(17, 40), "明早去泵站，六点出发，三点回", new("外出", "11-27 08:30", "11-27 15:00")),
    (_at(17, 40), "明天一早去鹤岭镇，七点出发，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午去区里，三点出发", new("外出", "11-26 15:00", "11-26 17:30")),
    # Nobody late (都没人迟到) is no one's absence.
    (AT10, "今天早上都没人迟到，难得", None),
    (AT10, "堵车的人好多，晚到二十分钟", new("晚到", "11-26 08:30", "11-26 08:50")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
