"""Reader pass 25a: how the period is worked out where the training corpus still missed it,
on sentences of our own beside the corpus case.

Each cause, stated as a person would state the rule, is tried in other words beside a
contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.corpus_cases import at, check_corpus_case
from tests.unit.test_reader_pass7 import Row, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-105.jsonl", "BB0248"), ("train-109.jsonl", "BE0265"), ("train-106.jsonl", "BD0074"),
    ("train-106.jsonl", "BD0075"), ("train-105.jsonl", "BB0228"),
    ("train-105.jsonl", "BB0304"), ("train-107.jsonl", "BD0326"),
    ("train-107.jsonl", "BD0190"), ("train-107.jsonl", "BD0243"),
    ("train-106.jsonl", "BD0135"), ("train-28.jsonl", "W0225"),
    ("train-93.jsonl", "AS0326"),
]  # fmt: skip


def _at(hour: int, minute: int, day: int = 3, month: int = 12) -> datetime:
    return at(hour, minute, day, month)  # this table's rows are read in December


NOON9, EARLY9, AT1340 = _at(11, 48, 9, 11), _at(7, 18, 9, 11), _at(13, 40)
AT0820, EVE, FRI = _at(8, 20, 25, 11), _at(19, 0, 28), _at(9, 30, 18)
GOING, PM7, EARLY3 = _at(16, 48, 13, 11), _at(15, 55, 7), _at(7, 40)
TUE, WED = _at(15, 5, 24, 11), _at(16, 40, 23)

CASES: list[tuple[datetime, str, Row]] = [
    # A length of minutes or hours said after a bare lateness, in a clause of its own, is how
    # late; days said after it (孩子发烧三天了) are why, and a lateness with no length stays open.
    (_at(8, 28), "晚到 堵车 十分钟左右", new("晚到", "12-03 08:30", "12-03 08:40")),
    (_at(8, 20), "今天晚到，地铁故障，大概二十分钟", new("晚到", "12-03 08:30", "12-03 08:50")),
    (_at(8, 15), "我晚到一会 路上堵 半小时吧", new("晚到", "12-03 08:30", "12-03 09:00")),
    (_at(8, 10), "晚到，车爆胎了，一个小时左右", new("晚到", "12-03 08:30", "12-03 09:30")),
    (_at(8, 10), "晚到 孩子发烧三天了 送医院", new("晚到", "12-03 08:30", None)),
    (_at(8, 10), "晚到，在医院排队", new("晚到", "12-03 08:30", None)),
    # 年底 naming a sum or the accounts (年底资金, 年底奖金, 年底账目) is not a day, so the clock
    # range keeps the day the message is sent; 年底前 still names the year's end.
    (AT1340, "14:30-16:00 去区财政局对接年底资金结转", new("外出", "12-03 14:30", "12-03 16:00")),
    (AT1340, "14:00-15:30 去区审计局对接年底账目", new("外出", "12-03 14:00", "12-03 15:30")),
    (_at(10, 0), "下午去区财政局核对年底奖金发放", new("外出", "12-03 14:30", "12-03 17:30")),
    (_at(10, 0), "年底前去市局报账", new("外出", "12-31 08:30", "12-31 17:30")),
    # 两点半以前都不在: away until then, from now; 十一点半以后找我 after an outing or meeting:
    # to be found from then, so that is its end. 以后不在 starts there, and 四点以后找我 alone
    # (or 小王四点以后找我一下) asks for a visit, not a report.
    (NOON9, "下午两点半以前都不在，去区规划馆看水系连通方案展板",
     new("外出", "11-09 11:48", "11-09 14:30")),
    (NOON9, "三点以前都不在，去区财政局对账", new("外出", "11-09 11:48", "11-09 15:00")),
    (EARLY9, "局长：今天上午区委常委会列席，十一点半以后找我。",
     new("会议", "11-09 08:30", "11-09 11:30")),
    (EARLY9, "上午在区政府开会，十一点以后找我", new("会议", "11-09 08:30", "11-09 11:00")),
    (EARLY9, "我去市局汇报，下午三点以后联系我", new("外出", "11-09 08:30", "11-09 15:00")),
    (NOON9, "三点以后不在，去区财政局", new("外出", "11-09 15:00", "11-09 17:30")),
    (EARLY9, "今天上午区委常委会列席，十一点半以后找我报备一下",
     new("会议", "11-09 08:30", "11-09 11:30")),
    (EARLY9, "今天上午在区委开会，十一点半以后找我签字", new("会议", "11-09 08:30", "11-09 11:30")),
    (NOON9, "四点以后找我", None),
    (NOON9, "小王四点以后找我一下", None),
    # 今天都不在 after both halves told one by one, each going somewhere, is the whole day; a
    # half spent in the office (下午在局里) or 不在家 keeps the morning alone.
    (AT0820, "上午去区财政局，下午去发改局，今天都不在局里",
     new("外出", "11-25 08:30", "11-25 17:30")),
    (AT0820, "上午去区审计局 下午去区住建局 今天一天都不在单位",
     new("外出", "11-25 08:30", "11-25 17:30")),
    (AT0820, "明天上午去区财政局，下午去发改局，明天都不在局里",
     new("外出", "11-26 08:30", "11-26 17:30")),
    (AT0820, "上午去区财政局，下午在局里，今天都不在", new("外出", "11-25 08:30", "11-25 12:00")),
    (AT0820, "上午去区财政局，下午在局里，今天都不在家", new("外出", "11-25 08:30", "11-25 12:00")),
    # An errand told as done (了) whose time is over when said (今天去医院挂了号, in the
    # evening) is what led to the leave, not a second period; a leave told as taken
    # (今天上午请了假) is still one.
    (EVE, "明天请病假，今天去医院挂了号，明天做胃镜", new("病假", "12-29 08:30", "12-29 17:30")),
    (EVE, "后天请假，今天去医院抽了血，后天做手术", new("病假", "12-30 08:30", "12-30 17:30")),
    (EVE, "明天调休，今天下午去车站买了票，明天回老家", new("调休", "12-29 08:30", "12-29 17:30")),
    # A duty's clock with a half named after it, on the same day (九点开始…，上午): the clock
    # starts it, the half ends it. A leave keeps its half (预约的十点 上午请假), and a return
    # said after the clock (下午回) is the end.
    (FRI, "周一早上九点开始在区政府参加年终述职会，上午",
     new("会议", "12-21 09:00", "12-21 12:00")),
    (FRI, "周一九点开始在区政府开会，一上午", new("会议", "12-21 09:00", "12-21 12:00")),
    (FRI, "周一下午三点开始在区政府开会，下午", new("会议", "12-21 15:00", "12-21 17:30")),
    (FRI, "周一九点半去区财政局对账，上午", new("外出", "12-21 09:30", "12-21 12:00")),
    (FRI, "周一要去区医院做核磁共振 预约的十点 上午请假",
     new("病假", "12-21 08:30", "12-21 12:00")),
    (FRI, "周一九点开始在区政府开会，下午回", new("会议", "12-21 09:00", "12-21 17:30")),
    # 我先走了 with no time, said in office hours, for the family or the home: an early leave
    # from now. Leaving for a workplace or the office's business is the outing setting off;
    # after office hours, or said to someone else (你先走了吧), it is nothing.
    (GOING, "我先走了 去接孩子 还有四十分钟下班 跟主任说过了",
     new("早退", "11-13 16:48", "11-13 17:30")),
    (GOING, "我先走了，家里有点事", new("早退", "11-13 16:48", "11-13 17:30")),
    (GOING, "我先走了 家里燃气表要换", new("早退", "11-13 16:48", "11-13 17:30")),
    (GOING, "我先走了，孩子学校开家长会", new("早退", "11-13 16:48", "11-13 17:30")),
    (GOING, "我先走了，去区财政局送材料", new("外出", "11-13 16:48", None)),
    (GOING, "你先走了吧", None),
    (_at(17, 45, 13, 11), "我先走了 明天见", None),
    # 去…，下午不回了: the half names the return (none), not when the going is, so the outing
    # starts now as one with only its return said; 下午去… keeps its half (WRITING.md).
    (PM7, "去区自然资源局 协调 征地 的 事 下午 不回 了", new("外出", "12-07 15:55", "12-07 17:30")),
    (PM7, "去区财政局对账，下午不回来了", new("外出", "12-07 15:55", "12-07 17:30")),
    (PM7, "去区财政局对账，下午不回单位了", new("外出", "12-07 15:55", "12-07 17:30")),
    (_at(9, 55, 7), "去区财政局对账，上午不回了", new("外出", "12-07 09:55", "12-07 12:00")),
    (PM7, "下午去区财政局对账", new("外出", "12-07 14:30", "12-07 17:30")),
    # Not knowing when the work ends (不晓得么时候搞完, 说不准几点结束) leaves the outing's
    # return open; a return said beside it (五点前回) still ends it, and a leave keeps its day.
    (EARLY3, "今天 在 二 号 闸站 抢修 闸门 卡 住 了 不 晓得 么 时候 搞 完",
     new("外出", "12-03 08:30", None)),
    (EARLY3, "今天在二号闸站抢修闸门，不知道什么时候能修完", new("外出", "12-03 08:30", None)),
    (EARLY3, "在城北泵站抢修，说不准几点结束", new("外出", "12-03 08:30", None)),
    (EARLY3, "明天去市局开会，不知道几点结束", new("会议", "12-04 08:30", None)),
    (EARLY3, "在城北泵站抢修，不知道什么时候搞完，五点前回",
     new("外出", "12-03 08:30", "12-03 17:00")),
    (EARLY3, "明天请假去办户口，不知道什么时候能弄完", new("请假", "12-04 08:30", "12-04 17:30")),
    # The length said with the leave (请假半天, 请半天假) is the absence's; a length said of the
    # errand (预计两小时) is how long that takes. A leave of hours keeps its hours.
    (TUE, "本人明天下午需去区社保局办理养老保险转移手续，预计两小时，请假半天",
     new("请假", "11-25 14:30", "11-25 17:30")),
    (TUE, "明天下午去区社保局办手续，大概两小时，请假半天",
     new("请假", "11-25 14:30", "11-25 17:30")),
    (TUE, "明天上午去医院复查，大概一个半小时，请半天假",
     new("病假", "11-25 08:30", "11-25 12:00")),
    (TUE, "明天下午请假两小时", new("请假", "11-25 14:30", "11-25 16:30")),
    (TUE, "明天请假两小时，去医院拿报告，排队大概半小时",
     new("病假", "11-25 08:30", "11-25 10:30")),
    # A day before 加班 is the overtime's (周六加班 下周一调休) unless a leave word stands between
    # them: 周五调休 加班太多了 is Friday's leave, the overtime why.
    (WED, "周五全天调休 这个月加班太多了", new("调休", "12-25 08:30", "12-25 17:30")),
    (WED, "周五调休 加班太多了", new("调休", "12-25 08:30", "12-25 17:30")),
    (WED, "周五请假 最近值班太累", new("请假", "12-25 08:30", "12-25 17:30")),
    (WED, "周六加班 下周一调休", new("调休", "12-28 08:30", "12-28 17:30")),
    (WED, "周六加班，下周一调休", new("调休", "12-28 08:30", "12-28 17:30")),
]  # fmt: skip


def test_leave_taken_stays_a_period() -> None:
    """今天上午请了假，周四上午也请 said at 13:00: both halves are leave."""
    report = read_report("今天上午请了假，周四上午也请", _at(13, 0, 28))
    assert [(a.hour, b.hour) for a, b in report.periods] == [(8, 12), (8, 12)]
    assert report.start == _at(8, 30, 28)


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
