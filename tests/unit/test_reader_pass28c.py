"""Mechanisms of reader pass 28c (blind files 160–161: lateness and leaving early, sick days
and soft phrasing, several periods in one message, typed casually on phones with slips,
spaces and full-width digits), on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, back, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-160.jsonl", "CK0035"), ("train-160.jsonl", "CK0093"), ("train-161.jsonl", "CK0157"),
    ("train-161.jsonl", "CK0174"), ("train-161.jsonl", "CK0179"), ("train-161.jsonl", "CK0205"),
    ("train-161.jsonl", "CK0227"), ("train-161.jsonl", "CK0266"), ("train-161.jsonl", "CK0309"),
    ("train-161.jsonl", "CK0311"), ("train-160.jsonl", "CK0025"), ("train-160.jsonl", "CK0054"),
    ("train-160.jsonl", "CK0064"), ("train-160.jsonl", "CK0002"),
]  # fmt: skip

AT0810 = _at(8, 10)
AT0850 = _at(8, 50)
AT0900 = _at(9, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 呢 after 着 (堵着呢) or closing a clause that says where the speaker is (在地铁上呢, 正在
    # 加油呢) tells what is going on: it asks nothing. 小王呢？, 在哪呢 still ask.
    (AT0810, "还在地铁上呢，晚到二十分钟", new("晚到", "11-26 08:30", "11-26 08:50")),
    (AT0810, "排队等着呢 晚到半小时", new("晚到", "11-26 08:30", "11-26 09:00")),
    (AT0810, "正在加油呢 晚来十分钟", new("晚到", "11-26 08:30", "11-26 08:40")),
    (AT0810, "小王呢？今天晚到吗", None),
    (AT0810, "你们在哪呢 明天请假吗", None),
    (AT0810, "明天请假的人呢", None),
    # A cough or a hoarse voice is the speaker's health (咳得睡不着, 嗓子哑了): a sick leave.
    # A child's cough is the family's; 咳， alone is a sound.
    (AT0900, "咳得睡不着 今天请假", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT0900, "咳了一晚上 今天不来了", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT0900, "嗓子哑了说不出话 明天请一天假", new("病假", "11-27 08:30", "11-27 17:30")),
    (AT0900, "喉咙哑得厉害 今天在家休息", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT0900, "孩子咳得厉害 今天请假带他看病", new("请假", "11-26 08:30", "11-26 17:30")),
    (AT0900, "咳，今天请假，家里有事", new("请假", "11-26 08:30", "11-26 17:30")),
    (AT0900, "今天讲了一上午课 嗓子都哑了", None),
    # What holds the speaker up on the way (路上堵, 限号 打车中, 公交没赶上) said before a bare
    # arrival time makes it their late arrival, as said after it does (九点到，路上堵). An
    # arrival at a place (九点到市局) or a going (去区法院) stays an outing.
    (AT0810, "路上堵 九点到", new("晚到", "11-26 08:30", "11-26 09:00")),
    (AT0810, "限号 打车中 九点一刻到", new("晚到", "11-26 08:30", "11-26 09:15")),
    (AT0810, "公交没赶上，九点二十到", new("晚到", "11-26 08:30", "11-26 09:20")),
    (AT0810, "今天路上好堵 九点半到", new("晚到", "11-26 08:30", "11-26 09:30")),
    (AT0810, "坐公交去区法院，九点到", new("外出", "11-26 09:00", "11-26 17:30")),
    (AT0810, "路上堵，九点到市局", new("外出", "11-26 09:00", "11-26 17:30")),
    # 没人晚到, 没有人迟到, 没人请假: nobody is late or away, nothing to report; the speaker's
    # own lateness beside someone else's absence (早上没人开门 我晚到…) still is.
    (AT0850, "今天早上都没人晚到 难得", None),
    (AT0850, "这周没人请假", None),
    (AT0850, "周五没人外出吧", None),
    (AT0850, "早上没人开门 我晚到二十分钟", new("晚到", "11-26 08:30", "11-26 08:50")),
    # The procedure of a report as the subject of a question (早退报备是…吗, 外出报备…就可以吗)
    # asks how it is done; nobody is away. A report of one's own with 报备一下就行吗 after it
    # still reports.
    (AT0850, "早退报备是直接在群里说就行吗", None),
    (AT0850, "外出报备在群里发就可以吗", None),
    (AT0850, "明天早退一小时，在群里报备一下就行吗", new("早退", "11-27 16:30", "11-27 17:30")),
    (AT0850, "明天请假，在群里说一声就行吗", new("请假", "11-27 08:30", "11-27 17:30")),
    # 要请假的, 要外出的: those who mean to be away, picked out and told what to do: a notice.
    (AT0850, "要请假的尽量提前说 好排值班", None),
    (AT0850, "下周要外出的周五前报一下", None),
    # …，托我跟大家说 closing the message hands the report on, as …托我跟大家说一声 does.
    (AT0850, "老钱头疼 今天不来了 托我跟大家说", new("病假", "11-26 08:30", "11-26 17:30", "老钱")),
    (AT0850, "老钱头疼 今天请假 让我跟大家说", new("病假", "11-26 08:30", "11-26 17:30", "老钱")),
    (AT0850, "我头疼 今天不来了 跟大家说一声", new("病假", "11-26 08:30", "11-26 17:30")),
    # A part naming the speaker's own health errand on a day of its own (后天上午还要复诊) is a
    # day of the sick leave the message asks (两个上午请病假): one period each (see below).
    (AT0900, "明天上午去医院做胃镜，下周一上午还要复诊，两个上午请病假",
     new("病假", "11-27 08:30", "11-27 12:00")),
    (AT0900, "周五下午去医院拔牙，下周二下午还要复查，两个下午都请病假",
     new("病假", "11-27 14:30", "11-27 17:30")),
    (AT0900, "明天上午请病假，下周一上午去区水利局开会", new("病假", "11-27 08:30", "11-27 12:00")),
    # 出门早, 出门得早: leaving home early is the way in, no outing; 不然就迟到了 is a lateness
    # that did not happen. 出门晚了 before a lateness, 现在出门，去… still report.
    (AT0850, "今天环线堵成一锅粥 还好我出门早", None),
    (AT0850, "早上出门早 没赶上堵车", None),
    (AT0850, "还好今天出门得早，不然就迟到了", None),
    (AT0850, "早上出门晚了 晚到十分钟", new("晚到", "11-26 08:30", "11-26 08:40")),
    (AT0850, "我现在出门，去区法院", new("外出", "11-26 08:50", None)),
    # A rest told as taken and the speaker better (在家躺了三天，好多了) is news of health, the
    # rest over; with the day work resumes it is a return, and a further day asked is a leave.
    (AT0900, "在家躺了三天，好多了，谢谢关心", None),
    (AT0900, "在家养了两天，好些了，谢谢大家", None),
    (AT0900, "发烧在家躺了两天 没事了", None),
    (AT0900, "在家休息了两天 好多了 明天来上班", back("11-27 08:30")),
    (AT0900, "在家休息了两天，今天再请一天", new("请假", "11-26 08:30", "11-26 17:30")),
    # 一排晚到的, 好几个晚到的: people counted as a crowd by what they do, nobody in
    # particular; the speaker's own lateness beside them still reports.
    (AT0850, "下雪了 今天好几个晚到的", None),
    (AT0850, "暴雨 群里一堆请假的", None),
    (AT0850, "雨太大 一堆迟到的 我也晚到十分钟", new("晚到", "11-26 08:30", "11-26 08:40")),
    # Slips of 晚点 and 舒服 (完点到, 不书服) are corrected as the other key words' slips are,
    # and only asked; 吃完点东西 is no 晚点.
    (AT0810, "我今天完点到 电动车没电了", new("晚到", "11-26 08:30", None)),
    (AT0810, "请假 今天不书服", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT0810, "吃完点东西再过来", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


PERIODS = [
    ("明天上午去医院做胃镜，下周一上午还要复诊，两个上午请病假",
     [("11-27 08:30", "11-27 12:00"), ("11-30 08:30", "11-30 12:00")]),
    ("周五下午去医院拔牙，下周二下午还要复查，两个下午都请病假",
     [("11-27 14:30", "11-27 17:30"), ("12-01 14:30", "12-01 17:30")]),
    ("明天上午请病假，下周一上午去区水利局开会", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), PERIODS, ids=[t for t, _ in PERIODS])
def test_health_errand_days(text: str, periods: list[tuple[str, str]]) -> None:
    got = read_report(text, AT0900)
    assert [(a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) for a, b in got.periods] == (
        periods
    )


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
