"""Mechanisms of reader pass 26c (blind files 118–119: reports for colleagues and about
leaders, forms, follow-ups that correct, extend, shorten or cancel), on sentences of our own
beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-118.jsonl", "BK0023"), ("train-118.jsonl", "BK0054"), ("train-118.jsonl", "BK0096"),
    ("train-119.jsonl", "BK0550"), ("train-119.jsonl", "BK0576"), ("train-119.jsonl", "BK0596"),
    ("train-119.jsonl", "BK0617"), ("train-118.jsonl", "BK0031"), ("train-119.jsonl", "BK0555"),
    ("train-119.jsonl", "BK0568"), ("train-119.jsonl", "BK0589"), ("train-119.jsonl", "BK0628"),
    ("train-118.jsonl", "BK0013"), ("train-118.jsonl", "BK0060"), ("train-119.jsonl", "BK0518"),
    ("train-119.jsonl", "BK0539"),
]  # fmt: skip


def _amend(kind: str | None, start: str, end: str, *people: str) -> Row:
    return ("amend", kind, start, end, people)


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 杜娟说…不请了: a colleague's words passed on, with no 我 in them, are the colleague's
    # report (as 李股长说他今天晚到 is), a short full name too (a place does not speak). What
    # a leader says everyone does, a weather forecast, chatter stay silent.
    (AT10, "小任说今天上午的假不请了", cancel("请假", "11-26 08:30", "11-26 12:00", "小任")),
    (AT10, "罗婷说明天的年假不休了", cancel("年假", "11-27 08:30", "11-27 17:30", "罗婷")),
    (AT10, "杜娟说疫苗今天打不了了，今天下午不请了",
     cancel("请假", "11-26 14:30", "11-26 17:30", "杜娟")),
    (AT10, "小韩说下午就回来上班了，事假改成只请上午",
     _amend("事假", "11-26 08:30", "11-26 12:00", "小韩")),
    (AT10, "李局说下午大家去市局开会", None),
    (AT10, "小李说婚假时拍的照片下次给大家看看", None),
    (AT10, "天气预报说周四降温，巡堤的同志多穿点", None),
    # 替X说一下, …: the frame of a report handed on, whatever opens it: the speaker doing it
    # (我替小石说一下), a greeting (早上好，帮付强说一下), the colleague called one of us
    # (替我们陈主任报一下). 我替你说一下 hands nothing on.
    (AT10, "我替小石说一下 他下午4点要早走 去幼儿园接娃",
     new("早退", "11-26 16:00", "11-26 17:30", "小石")),
    (_at(8, 10), "早上好，帮付强说一下，他今天晚到，预计九点四十到",
     new("晚到", "11-26 08:30", "11-26 09:40", "付强")),
    (AT10, "替我们陈主任报一下，下周三到周四在长沙参加培训班",
     new("培训", "12-02 08:30", "12-03 17:30", "陈主任")),
    (AT10, "替我们股刘股长说一下，明天去市局开会",
     new("会议", "11-27 08:30", "11-27 17:30", "刘股长")),
    (AT10, "我替你说一下", None),
    (AT10, "我帮你们问问", None),
    # 工程股熊伟…，我代他说一声: the unit's name before the colleague ends in a surname and a
    # title's character (程股); the one 他 stands for is the name after it. 程股长 is a name.
    (AT10, "明天工程股蒋涛请年假，我代他说一声", new("年假", "11-27 08:30", "11-27 17:30", "蒋涛")),
    (AT10, "今天工程股老于请病假，他发烧了，我替他报",
     new("病假", "11-26 08:30", "11-26 17:30", "老于")),
    (AT10, "程股长今天请病假，我替他报", new("病假", "11-26 08:30", "11-26 17:30", "程股长")),
    (AT10, "明天审计股小龚调休，我替他报", new("调休", "11-27 08:30", "11-27 17:30", "小龚")),
    # 代报石海明天…, 代报 小苗 今天…: the act of handing on opens the message, the colleague
    # right after it (voice input's 代 报 石 海 too); a full name of two only before a day or a
    # pause, so 代报：朱晓明因… keeps the whole name. 代报材料 hands no one on.
    (AT10, "代报石海明天请事假一天", new("事假", "11-27 08:30", "11-27 17:30", "石海")),
    (AT10, "代 报 石 海 明 天 请 事 假 一 天", new("事假", "11-27 08:30", "11-27 17:30", "石海")),
    (AT10, "代报 小苗 今天身体不舒服 请病假一天",
     new("病假", "11-26 08:30", "11-26 17:30", "小苗")),
    (AT10, "代报刘股长今天早退一个小时", new("早退", "11-26 16:30", "11-26 17:30", "刘股长")),
    (AT10, "代报：朱晓明因父亲去世，今天请丧假",
     new("丧假", "11-26 08:30", "11-26 17:30", "朱晓明")),
    (AT10, "代报材料", None),
    # 年假延长一天，…; 事假延长了，…; 年假改一下，只休…; 简伟的培训通知改了，…: a leave (or a
    # course, a trip) said lengthened, shortened or changed, its days after the pause, is the
    # reported one put right. A leave's length told as news or a question stays silent.
    (AT10, "孟凡的年假改一下，只休下周一和下周二",
     _amend("年假", "11-30 08:30", "12-01 17:30", "孟凡")),
    (AT10, "我年假延长一天，下周一到周三", _amend("年假", "11-30 08:30", "12-02 17:30")),
    (AT10, "小邓病假延长了，今天到周五", _amend("病假", "11-26 08:30", "11-27 17:30", "小邓")),
    (AT10, "老魏的培训通知改了，12月1日到12月4日",
     _amend("培训", "12-01 08:30", "12-04 17:30", "老魏")),
    (AT10, "婚假延长了，国家规定的", None),
    (AT10, "培训通知改了吗", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
