"""Mechanisms of reader pass 19 (blind files 86–91), on sentences of our own beside the
corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read at Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-88.jsonl", "AO0137"), ("train-87.jsonl", "AN0269"),
    ("train-86.jsonl", "AN0121"), ("train-87.jsonl", "AN0300"),
    ("train-91.jsonl", "AQ0320"), ("train-88.jsonl", "AO0097"),
    ("train-86.jsonl", "AN0043"), ("train-90.jsonl", "AQ0059"),
    ("train-90.jsonl", "AQ0118"), ("train-86.jsonl", "AN0093"),
    ("train-86.jsonl", "AN0100"), ("train-87.jsonl", "AN0281"),
    ("train-90.jsonl", "AQ0076"), ("train-91.jsonl", "AQ0242"),
    ("train-86.jsonl", "AN0077"), ("train-89.jsonl", "AO0315"),
    ("train-87.jsonl", "AN0302"), ("train-91.jsonl", "AQ0322"),
    ("train-88.jsonl", "AO0136"), ("train-87.jsonl", "AN0185"),
    ("train-91.jsonl", "AQ0210"), ("train-91.jsonl", "AQ0244"),
    ("train-91.jsonl", "AQ0206"), ("train-87.jsonl", "AN0198"),
    ("train-90.jsonl", "AQ0045"), ("train-87.jsonl", "AN0203"),
    ("train-88.jsonl", "AO0120"), ("train-86.jsonl", "AN0145"),
    ("train-87.jsonl", "AN0304"), ("train-87.jsonl", "AN0266"),
    ("train-90.jsonl", "AQ0024"), ("train-87.jsonl", "AN0194"),
    ("train-87.jsonl", "AN0234"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # A leave lapsing when the year or month turns (跨年作废) is a warning, nothing withdrawn.
    (AT10, "年假没休完的跨年作废", None),
    (AT10, "调休跨月作废，抓紧用", None),
    (AT10, "明天的年假作废", cancel("年假", "11-27 08:30", "11-27 17:30")),
    # An outing the speaker is left out of (不带我了, 没叫我, 不派我了) is the others'.
    (AT10, "下午去市局开会没叫我，我在局里", None),
    (AT10, "这次去长沙培训不派我了", None),
    (AT10, "明天去省里汇报，李局带我去", new("外出", "11-27 08:30", "11-27 17:30")),
    # A time standing as its own heading, then a body of the district and its meeting: where
    # the speaker's meeting is held; a notice to the units and a meeting at home stay silent.
    (_at(9, 15), "明天上午，区政府开协调会", new("会议", "11-27 08:30", "11-27 12:00")),
    (_at(9, 15), "下午三点，区委党校党课", new("培训", "11-26 15:00", "11-26 17:30")),
    (_at(9, 15), "明天下午三点，区政府三楼开防汛会，各股室负责人参加", None),
    (_at(9, 15), "明天上午，局里开会", None),
    # Overslept, then a bare arrival clock closing its clause: lateness; a clock with a place
    # after it is when the outing begins.
    (_at(8, 0), "睡过头了，九点半到", new("晚到", "11-26 08:30", "11-26 09:30")),
    (_at(8, 5), "闹钟没响，九点到", new("晚到", "11-26 08:30", "11-26 09:00")),
    (_at(8, 0), "起晚了，九点到市局开会", new("会议", "11-26 09:00", "11-26 17:30")),
    (_at(8, 40), "今天起晚了", None),
    # Someone 今天不在 is away from the day's start, as 不在局里 is; 今天去… said at 09:15
    # starts then (WRITING.md).
    (
        _at(9, 15),
        "小王今天不在，去红旗水库测水位了",
        new("外出", "11-26 08:30", "11-26 17:30", "小王"),
    ),
    (
        _at(10, 15),
        "老周今天不在，去区法院出庭了",
        new("外出", "11-26 08:30", "11-26 17:30", "老周"),
    ),
    (_at(9, 15), "小王今天去红旗水库测水位了", new("外出", "11-26 09:15", "11-26 17:30", "小王")),
    # A bare 不用去了 after an event called off is the speaker's own going dropped; 大家不用去了
    # and 不用去会议室了 tell the listeners. 那个会不用去了 names the meeting; an event put off
    # in the clause before a withdrawal names what the going was for.
    (AT10, "周五那个会不用去了，取消了", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (AT10, "周四的会推迟了，明天不去市局了", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五的学习班取消了，大家不用去了", None),
    (AT10, "视频会议取消了，不用去会议室了", None),
    (AT10, "明天的培训取消了，都不用去了", None),
    (AT10, "那个会不会开？", None),
    (AT10, "明天不去市局了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    # A request closed by 能批吗 is a request (the speaker's, or the colleague named); asked of
    # a leave with no day, it is a question.
    (AT10, "下周一请一天事假，能批吗？", new("事假", "11-30 08:30", "11-30 17:30")),
    (AT10, "小王周五请年假，能批吗？", new("年假", "11-27 08:30", "11-27 17:30", "小王")),
    (AT10, "年假现在还能批吗？", None),
    (AT10, "小王的年假能批吗？", None),
    # 把…补上 after a time off is what the time off makes up, not a task set.
    (AT10, "周五调休，把上周末加班的补上", new("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五补休一天，把国庆值班的补上", new("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五之前把材料补上", None),
    (AT10, "调休单把日期补上", None),
    # 交一下 as the errand of a going in its own clause; told to 你, or in a clause of its own
    # after the outing, it is an instruction.
    (AT10, "下午去财政局交一下报表", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(15, 0), "我现在去区人社局交一下材料，半小时回", new("外出", "11-26 15:00", "11-26 15:30")),
    (AT10, "你去财政局交一下报表", None),
    (AT10, "明天去市局，报表交一下", None),
    # 别给我排值班 after one's own absence asks to be left off the rota because of it.
    (AT10, "周一去市局开会，别给我排值班", new("会议", "11-30 08:30", "11-30 17:30")),
    (AT10, "下周二请年假，不要安排我值班", new("年假", "12-01 08:30", "12-01 17:30")),
    (AT10, "别给我排值班", None),
    (AT10, "小王，别给我排周六的值班", None),
    # A city is no colleague's name; a trip named by where it went (岳阳的差) is what the
    # speaker is back from; 快递回来了 is not the speaker.
    (_at(15, 0), "衡阳的差提前回来了，明天就上班", back("11-27 08:30")),
    (_at(15, 0), "长沙的差回来了", back("11-26 15:00")),
    (_at(15, 0), "快递回来了", None),
    # Back now, work resumed on a later day named: the end is that day's opening (WRITING.md);
    # back now with nothing later, or the same afternoon, is now.
    (_at(15, 0), "已经从市局回来了，明天正常上班", back("11-27 08:30")),
    (_at(15, 0), "已经从市局回来了", back("11-26 15:00")),
    (_at(12, 10), "刚从市局回来，下午正常在单位", back("11-26 12:10")),
    # 已经到岗, 刚到单位: back now, said on arrival.
    (_at(9, 0), "上周的年假今天销掉，已经到岗", back("11-26 09:00")),
    (_at(9, 40), "病假销一下，刚到单位", back("11-26 09:40")),
    (_at(15, 0), "婚假休完了，明天到岗", back("11-27 08:30")),
    # 那个会是下午 names the meeting being corrected; 那个会是不是… asks.
    (
        AT10,
        "更正，周五那个会是上午不是下午",
        amend("会议", "11-27 08:30", "11-27 12:00"),
    ),
    (AT10, "那个会是谁主持的？", None),
    (AT10, "更正，那个会是不是改到周五了", None),
    # 报到 at a party school or college is a course beginning.
    (AT10, "下周一去市委党校报到，学习一周", new("培训", "11-30 08:30", "12-06 17:30")),
    (AT10, "明天去省水利学院报到", new("培训", "11-27 08:30", "11-27 17:30")),
    (AT10, "党校报到的通知发群里了", None),
    # Learning from a host (学习他们的…, 学习人家的…) is a visit, not a course.
    (
        AT10,
        "明天去浏阳水利局学习人家的河长制做法，当天回",
        new("外出", "11-27 08:30", "11-27 17:30"),
    ),
    (AT10, "明天去市委党校学习，全天", new("培训", "11-27 08:30", "11-27 17:30")),
    # The day a bare return falls on is the absence's, not a night gone by named first.
    (
        _at(7, 50),
        "昨晚加班到很晚，今天上午调休，下午到岗",
        new("调休", "11-26 08:30", "11-26 12:00"),
    ),
    (_at(7, 50), "今天上午调休，下午到岗", new("调休", "11-26 08:30", "11-26 12:00")),
    (_at(7, 50), "昨晚巡堤到半夜", None),
    # A trip's early departure (6点的高铁) starts at office opening on a day off too; an
    # outing at seven on a day off with no journey keeps its clock.
    (AT10, "周六早上6点的高铁去长沙，周日晚上回", new("出差", "11-28 08:30", "11-29 17:30")),
    (AT10, "周六早上七点去堤上巡查", new("外出", "11-28 07:00", "11-28 17:30")),
    # A finish hoped for before the return (争取修好回来) keeps the return's time.
    (AT10, "现在去泵站，下午三点争取修好回来", new("外出", "11-26 10:00", "11-26 15:00")),
    (_at(8, 35), "马上去，中午前争取弄好回来", new("外出", "11-26 08:35", "11-26 12:00")),
    (AT10, "中午前争取把报表弄好", None),
    # A half spent at home said as all there is (上午在家，下午到岗): leave until that half;
    # working from home is no absence.
    (_at(8, 20), "上午在家，下午到岗", new("请假", "11-26 08:30", "11-26 12:00")),
    (_at(8, 35), "今天上午在家，等修水管的，下午到岗", new("请假", "11-26 08:30", "11-26 12:00")),
    (_at(8, 20), "今天上午在家办公，下午到岗", None),
    # 今天去不了了 right after the day, unwell, is not coming in; with an event or a place
    # named, or with no symptom, it withdraws that going.
    (_at(20, 0), "嗓子疼得厉害，明天去不了了", new("病假", "11-27 08:30", "11-27 17:30")),
    (_at(7, 5), "发烧38度，今天去不了了", new("病假", "11-26 08:30", "11-26 17:30")),
    (_at(20, 0), "发烧了，明天的会去不了了", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (_at(20, 0), "明天去不了了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    # A verb of handing in (报 交 递) before …的材料 makes it the errand's object; right
    # before 的 it names the thing got (汇报的材料, 报的材料).
    (AT10, "明天去区财政局交今年的决算材料", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天去市局报防汛的材料", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "去区里汇报的材料准备好了吗", None),
    (AT10, "昨天去市局报的材料被退回来了", None),
    # 分别请半天 (each of the days) is no prohibition; 别请假 is.
    (
        AT10,
        "周二和周四下午去医院换药，分别请半天病假",
        new("病假", "12-01 14:30", "12-01 17:30"),
    ),
    (AT10, "明天别请假了，局里忙", None),
    # An outing that fell through (没去成) done again on a day named (再去) is a new outing
    # on that day; told alone, it is news.
    (AT10, "今天没去成市局，明天上午再去", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "今天没去成区财政局，下午再去", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(16, 0), "今天没去成市局", None),
    # An absence named and said to have changed (培训改了) opens a correction; a room changed,
    # or the question, is no report.
    (AT10, "出差改了，周三到周五", amend("出差", "12-02 08:30", "12-04 17:30")),
    (AT10, "会议室改了，在三楼", None),
    (AT10, "培训改了吗？", None),
    # A works named, then the speaker keeping watch there for a stretch, is an outing; duty
    # at the office or a colleague's day told after it is not.
    (AT10, "明天白石泵站抽排，我去守一天", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "今天团山水库泄洪，要守一下午", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "今天值班守一天", None),
    (_at(17, 0), "闸站的老刘守了一天", None),
    # An early hour at which the speaker already got somewhere (六点就到…了) is the morning's.
    (_at(7, 20), "我六点就到泵站了，今天一天在这盯着", new("外出", "11-26 08:30", "11-26 17:30")),
    (_at(16, 0), "我三点就到家了", None),
    # A half and a bare going opening a clause (上午去，下午回) says when, of the day named
    # before, the outing goes.
    (AT10, "明天去电力公司办增容，上午去，下午回", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天去区财政局对账，下午去", new("外出", "11-27 14:30", "11-27 17:30")),
    # A part naming only a half or a clock range after a dated part falls on that day; alone,
    # it is today's.
    (
        AT10,
        "周二上午去审计局，下午3点到5点还要去趟财政局",
        new("外出", "12-01 08:30", "12-01 12:00"),
    ),
    (AT10, "下午三点到五点去审计局", new("外出", "11-26 15:00", "11-26 17:00")),
]


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
