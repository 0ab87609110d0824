"""Mechanisms of reader pass 17 (blind files 82–85), on sentences of our own beside the
corpus case.

Each construction the files showed the reader lacking is tried in other words, beside a
near miss that must read differently. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai;
rows are read at Thursday 2026-11-26 09:15 unless they say otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import THU, Row, cancel, check_row, new

TZ = ZoneInfo("Asia/Shanghai")

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-84.jsonl", "AM0015"), ("train-84.jsonl", "AM0069"),
    ("train-83.jsonl", "AL0160"), ("train-83.jsonl", "AL0204"), ("train-83.jsonl", "AL0225"),
    ("train-84.jsonl", "AM0093"), ("train-83.jsonl", "AL0216"), ("train-82.jsonl", "AL0086"),
    ("train-85.jsonl", "AM0232"), ("train-85.jsonl", "AM0229"),
    ("train-85.jsonl", "AM0208"), ("train-84.jsonl", "AM0046"),
]  # fmt: skip


def _at(month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


CASES: list[tuple[datetime, str, Row]] = [
    # A facility down is read before anything inside it: 请假系统又进不去了 is an outage, not
    # 请假系统 and then 不去了 (a cancel); a leave beside the outage stays a report.
    (THU, "请假系统又进不去了，一直转圈", None),
    (THU, "考勤系统又登不上了，急死人", None),
    (THU, "报备系统今天还是进不去", None),
    (THU, "请假系统又打不开了，明天上午请假", new("请假", "11-27 08:30", "11-27 12:00")),
    (THU, "周五不去市局了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    # A withdrawal said with no 我, then the speaker arranging for the one addressed (那我把你
    # 排上…): the addressee's withdrawal repeated back; 那你… after one's own stays a cancel.
    (THU, "周三年假不休了那我把你排上周三的值班了啊", None),
    (THU, "周五年假不休了？那就把你排上周五值班", None),
    (THU, "明天的调休不调了啊，那我给你排上明天的接待", None),
    (THU, "我明天不请假了，那你把值班表改一下", cancel("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "明天不请假了，那我把值班表改一下", cancel("请假", "11-27 08:30", "11-27 17:30")),
    # The urging verb on a leave (抓紧休, 尽快用掉), nobody addressed and no 我: advice to all;
    # 抓紧休息 is rest, and the speaker's own 抓紧把年假休了 with its days is a report.
    (THU, "年底了，没休完的年假抓紧休，明年不能带过去", None),
    (THU, "剩下的调休尽快用掉，月底清零", None),
    (THU, "今年的年休假赶紧休，过了元旦作废", None),
    (THU, "明天的请假作废", cancel("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "明天请假，抓紧休息一下", new("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "我下周抓紧把年假休了，周一到周三", new("年假", "11-30 08:30", "12-02 17:30")),
    # An absence not arranged or not approved (不安排外出, 暂不批请假): a rule for everyone.
    (THU, "下周一全局大扫除，上午不安排外出", None),
    (THU, "周五局里迎检，暂不批请假", None),
    (THU, "月底结账，这几天一律不安排出差", None),
    (THU, "明天上午我不去外出了，局里迎检", cancel("外出", "11-27 08:30", "11-27 12:00")),
    # A fetching verb right before 的 in the outing's clause (去水文站拿的数据) closes the phrase
    # naming the thing got: the thing is the topic; a verb with its object after it (查…的资料,
    # 查一下资料) is what the outing is for, and 检查的资料 is a word, not a verb.
    (_at(11, 30, 16, 10), "今天去区水文站拿的数据已经放共享盘", None),
    (THU, "上午去区档案馆复印的资料放你桌上了", None),
    (THU, "昨天去市局领的表格在我这", None),
    (THU, "明天去区档案馆查2019年的资料", new("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "明天去区档案馆查一下资料", new("外出", "11-27 08:30", "11-27 17:30")),
    (THU, "明天去市局对汛后检查的资料", new("外出", "11-27 08:30", "11-27 17:30")),
    # Today's outing told late with the work finished (检修完了) or what it found of the gates,
    # pumps or water (闸门启闭正常, 电机运行平稳): a work report; 完了 with more to come
    # (检修完了回家) is still the outing.
    (_at(11, 23, 17, 0), "今天去新桥闸检修完了，闸门启闭正常", None),
    (_at(11, 26, 16, 40), "今天去白石泵站调试完了，电机运行平稳", None),
    (_at(11, 26, 16, 40), "今天在金霞垸巡查完了，水位正常", None),
    (_at(11, 26, 15, 0), "我现在去新桥闸，检修完了回家", new("外出", "11-26 15:00", None)),
    # A partial result (批了一半) or a meeting's decisions to be passed on (会议精神明天传达),
    # told once today's errand or meeting has begun: it was run, a work report; said as one
    # sets out, or hoped for (争取批一半), the outing stands.
    (_at(12, 23, 17, 5), "今天下午去财政局跑了资金，批了一半", None),
    (_at(11, 26, 16, 50), "下午去区自然资源局报了用地手续，审了一部分", None),
    (_at(11, 19, 16, 58), "今天去区应急局开会了，会议精神明天传达", None),
    (_at(11, 26, 17, 10), "今天去市局开了调度会，会议要求明天上午传达", None),
    (
        _at(11, 26, 10, 0),
        "我现在去市局开会，会议精神下午回来传达",
        new("会议", "11-26 10:00", "11-26 17:30"),
    ),
    (
        _at(11, 26, 13, 0),
        "下午去财政局跑资金，争取批一半",
        new("外出", "11-26 14:30", "11-26 17:30"),
    ),
    # A time, a place and an errand with no verb of going (下午区里开会) is the speaker's; with
    # 的 after the place (区人大的汇报材料) the place owns a thing, and the errand is that thing.
    (_at(12, 7, 10, 15), "下午三点区人大的汇报材料打印十份", None),
    (THU, "明天上午区发改局的审批材料复印三份", None),
    (THU, "下午区里开会", new("会议", "11-26 14:30", "11-26 17:30")),
    (THU, "下午区财政局送材料", new("外出", "11-26 14:30", "11-26 17:30")),
    # Lateness on the day of its own clause: a night gone by in another clause is why.
    (
        _at(12, 7, 7, 30),
        "昨晚照顾孩子一夜没睡，今天上午晚到，大概十点",
        new("晚到", "12-07 08:30", "12-07 10:00"),
    ),
    (_at(11, 26, 7, 30), "昨晚一夜没睡，今天晚到半小时", new("晚到", "11-26 08:30", "11-26 09:00")),
    (
        _at(11, 26, 7, 30),
        "昨晚加班到两点，明天上午晚到一小时",
        new("晚到", "11-27 08:30", "11-27 09:30"),
    ),
    (_at(11, 26, 7, 30), "今天上午晚到，大概十点", new("晚到", "11-26 08:30", "11-26 10:00")),
    # A meeting named by a demonstrative (那个会) withdrawn, a colleague put in (换成小谢去):
    # the meeting, not an outing; a shift to a new day is the meeting moved.
    (
        _at(12, 2, 9, 50),
        "周3那个会我去不了了，换成小谢去",
        cancel("会议", "12-02 08:30", "12-02 17:30"),
    ),
    (THU, "周五那个会我不参加了，换成小郭参加", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "明天的会我不去了，会改到下周一了", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (THU, "明天那个会不会取消啊", None),
    # A preposition before a pronoun after a two-character name (刘洋跟我说, 刘洋和我说) ends
    # the name; 张和平 is a name of three.
    (
        _at(11, 26, 9, 0),
        "刘洋跟我说他今天上午去区自然资源局，我帮他报一下",
        new("外出", "11-26 08:30", "11-26 12:00", "刘洋"),
    ),
    (
        _at(11, 26, 9, 0),
        "刘洋和我说他今天上午去区财政局，我帮他报一下",
        new("外出", "11-26 08:30", "11-26 12:00", "刘洋"),
    ),
    (THU, "张和平明天请假，我帮他报一下", new("请假", "11-27 08:30", "11-27 17:30", "张和平")),
]


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED)
def test_corpus_case_read_right(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
