"""Mechanisms of reader pass 28d (blind files 162–163: a day split between places and
errands, the office in one half; check-ups and private errands before or between work, the
arrival or return said by a half or a clock), on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-162.jsonl", "CM0014"), ("train-162.jsonl", "CM0029"), ("train-162.jsonl", "CM0060"),
    ("train-162.jsonl", "CM0077"), ("train-162.jsonl", "CM0082"), ("train-162.jsonl", "CM0089"),
    ("train-162.jsonl", "CM0106"), ("train-162.jsonl", "CM0128"), ("train-162.jsonl", "CM0129"),
    ("train-163.jsonl", "CM0262"), ("train-163.jsonl", "CM0291"), ("train-163.jsonl", "CM0313"),
    ("train-163.jsonl", "CM0325"), ("train-163.jsonl", "CM0328"), ("train-163.jsonl", "CM0344"),
    ("train-163.jsonl", "CM0346"), ("train-162.jsonl", "CM0120"),
]  # fmt: skip


AT8 = _at(8, 0)
AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # A meeting in the building (在局里开会, in one's office: 在办公室开会, or gone back to:
    # 回局里开党组会) beside a going in a clause of its own: the going is the report, for its
    # own half only. A meeting elsewhere, or two goings, stay as they were.
    (AT8, "上午在局里开会，下午去青山垸看堤防", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT8, "明天上午局里开会，下午去市局汇报", new("外出", "11-27 14:30", "11-27 17:30")),
    (AT8, "明天上午在单位开会 下午去城西泵站看水泵", new("外出", "11-27 14:30", "11-27 17:30")),
    (AT8, "明天上午去五星垸看渗水，下午回局里开会", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT8, "周五下午去石嘴垸查看电排站，上午在办公室开会",
     new("外出", "11-27 14:30", "11-27 17:30")),
    (AT8, "明天上午在办公室开会", None),
    (AT8, "明天上午在区里开会，下午回局里", new("会议", "11-27 08:30", "11-27 12:00")),
    (AT8, "明天上午去区财政局，下午去发改局", new("外出", "11-27 08:30", "11-27 17:30")),
    # Back by the afternoon (下午回单位) after a morning stretch whose end is a clock
    # (9点到11点): back when it ends; a clock it only sets out at leaves the afternoon away.
    (AT8, "明天上午9点到11点在区财政局对账，下午回单位",
     new("外出", "11-27 09:00", "11-27 11:00")),
    (AT8, "明天上午9点去区财政局对账，下午回单位", new("外出", "11-27 09:00", "11-27 17:30")),
    (AT8, "明天上午去区财政局，下午回单位", new("外出", "11-27 08:30", "11-27 12:00")),
    # The other half said to be simply there (…，上午在 / 上午在单位) is no part of a leave
    # whose own clause names no time.
    (AT8, "周五下午去不动产中心办过户，请事假，上午在", new("事假", "11-27 14:30", "11-27 17:30")),
    (AT8, "明天上午在局里，下午请假", new("请假", "11-27 14:30", "11-27 17:30")),
    # A letter's closing formula (特此请假) names the kind, not a clause of its own: the
    # resumption said before it (当日下午到岗) ends the leave.
    (AT8, "本人定于11月30日上午赴区医院复查，当日下午到岗，特此请假。",
     new("病假", "11-30 08:30", "11-30 12:00")),
    (AT8, "本人定于11月30日上午赴区医院复查，下午到岗。",
     new("病假", "11-30 08:30", "11-30 12:00")),
    # One's own check-up of any name (孕检, 健康证体检) or papers (开无犯罪记录证明) before
    # work, then the arrival by a clock: lateness (WRITING.md). The office's errand there is
    # an outing.
    (AT8, "明天早上去区妇幼做孕检，十点半到单位", new("晚到", "11-27 08:30", "11-27 10:30")),
    (AT8, "明天早上去疾控中心做健康证体检，十点到", new("晚到", "11-27 08:30", "11-27 10:00")),
    (AT8, "明天早上去派出所开无犯罪记录证明，十点到", new("晚到", "11-27 08:30", "11-27 10:00")),
    (AT8, "明天上午去区疾控中心对接防疫物资，十点回", new("外出", "11-27 08:30", "11-27 10:00")),
    # 回局 大概十一点: the return said first, its clock after it (回局 as 回局里).
    (AT8, "上午去区档案馆查资料 办完回局 大概十一点", new("外出", "11-26 08:30", "11-26 11:00")),
    # 的假取消: the leave named where it is withdrawn, not the going it spares (不用去了).
    (AT8, "周五的假取消，事情办好了，不用去了", cancel("请假", "11-27 08:30", "11-27 17:30")),
    (AT8, "明天的外出取消，不用去了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    # 去银行的顺便帮我…: whoever goes, named by the going, asked a favour: nobody reports.
    (AT8, "明天去市局的顺便帮我带份表", None),
    (AT8, "明天去市局，顺便帮你把表交了", new("外出", "11-27 08:30", "11-27 17:30")),
    # 自己去拿: everyone told to fetch their own (the thing arrived, where it lies) is a
    # notice; the speaker's own 我自己去拿 is not.
    (_at(10, 30), "体检报告下午到，在办公室门口的柜子里，自己去拿", None),
    (_at(10, 30), "工资条上午到了，在二楼办公室，自己来领", None),
    (_at(10, 30), "上午去医院拿报告，我自己去拿", new("病假", "11-26 08:30", "11-26 12:00")),
    # 契税: one's own house tax, a private errand (leaving at a clock for it is leaving early).
    (AT8, "下午四点走一下，去税务局交契税", new("早退", "11-26 16:00", "11-26 17:30")),
    (AT8, "今天下午四点走，去银行办房贷", new("早退", "11-26 16:00", "11-26 17:30")),
    # 给单位的车: the thing of the one the errand is for, not what an event left behind.
    (AT8, "明天上午去车管所给单位的车办过户，中午回", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT8, "明天上午去区财政局帮局里的车交罚款，十一点回",
     new("外出", "11-27 08:30", "11-27 11:00")),
    (AT8, "去区里开会的材料放哪了", None),
    # 现在回到局里 is back (a return), and with 下午正常上班 at noon work resumes at 14:30.
    (_at(12, 5), "上午在区里开完会了，现在回到局里，下午正常上班", back("11-26 14:30")),
    (_at(12, 5), "现在回到单位了，下午正常上班", back("11-26 14:30")),
    (_at(12, 5), "现在回局里", None),
    # 那边周二没人: when the other side is away is why, not the period; the only day said
    # stays the report's.
    (AT10, "更正：下周二的外出改为下周三，那边下周二没人",
     amend("外出", "12-02 08:30", "12-02 17:30")),
    (AT10, "用水户走访不去了 对方今天都不在", cancel("外出", "11-26 08:30", "11-26 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
