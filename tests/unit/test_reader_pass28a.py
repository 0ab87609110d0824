"""Mechanisms of reader pass 28a (blind files 154–155: reports made for colleagues, leaders,
teams and field stations; relays of phone calls; form fields), on sentences of our own
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
from tests.unit.test_reader_pass7 import Row, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-154.jsonl", "CH0021"), ("train-154.jsonl", "CH0071"), ("train-154.jsonl", "CH0091"),
    ("train-154.jsonl", "CH0097"), ("train-154.jsonl", "CH0104"), ("train-154.jsonl", "CH0128"),
    ("train-155.jsonl", "CH0160"), ("train-155.jsonl", "CH0179"), ("train-155.jsonl", "CH0234"),
    ("train-155.jsonl", "CH0270"), ("train-155.jsonl", "CH0285"), ("train-155.jsonl", "CH0206"),
    ("train-154.jsonl", "CH0073"), ("train-154.jsonl", "CH0077"), ("train-155.jsonl", "CH0162"),
    ("train-155.jsonl", "CH0187"), ("train-154.jsonl", "CH0005"), ("train-154.jsonl", "CH0017"),
    ("train-155.jsonl", "CH0177"), ("train-155.jsonl", "CH0180"), ("train-154.jsonl", "CH0025"),
    ("train-154.jsonl", "CH0054"), ("train-154.jsonl", "CH0125"), ("train-155.jsonl", "CH0224"),
    ("train-154.jsonl", "CH0058"), ("train-155.jsonl", "CH0222"), ("train-155.jsonl", "CH0254"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 刚才老吴打电话说，他…; 老宁刚才来电话，说…; 早上小马发消息说…: a colleague's call or
    # message passed on, the caller opening the message, is the caller's own report in their
    # words (when they called times the call, not the absence). What the caller passed on
    # that is no sure report of their own (a meeting moved, a question) stays as read before.
    (AT10, "刚才老彭打电话说，他明天要去医院复查，请一天病假",
     new("病假", "11-27 08:30", "11-27 17:30", "老彭")),
    (AT10, "早上小马发消息说他今天发烧，请一天病假",
     new("病假", "11-26 08:30", "11-26 17:30", "小马")),
    (_at(8, 20), "刚才刘工来电话，说他车坏了，九点半到",
     new("晚到", "11-26 08:30", "11-26 09:30", "刘工")),
    (AT10, "昨晚老彭发微信说他明天调休", new("调休", "11-27 08:30", "11-27 17:30", "老彭")),
    (AT10, "刚才老周打电话说他明天去长沙出差，周五回",
     new("出差", "11-27 08:30", "11-27 17:30", "老周")),
    (AT10, "刚才苗股长打电话，下午在区税务局对账，四点回",
     new("外出", "11-26 14:30", "11-26 16:00", "苗股长")),
    (AT10, "刚才老周打电话说他下午的假不请了",
     cancel("请假", "11-26 14:30", "11-26 17:30", "老周")),
    (AT10, "刚才老周打电话说他已经到单位了", back("11-26 10:00", "老周")),
    (AT10, "刚才李局打电话说明天的会改到下午", None),
    (AT10, "刚才张主任打电话说今天的会取消了", None),
    (AT10, "刚才老周打电话问明天的会几点开", None),
    (AT10, "刚才办公室打电话说明天下午开会", None),
    (AT10, "刚才老周打电话说材料收到了", None),
    (AT10, "刚才王局打电话说让你明天去市局送材料", None),
    # Several colleagues named as one subject: each name may carry its job (站长老严和技术员
    # 小葛) or its unit in brackets (小刘（工程股）和老谭), a field station's name may stand
    # before them (城南泵站站长小包), 跟 joins two going together before when they go, and
    # the list may close with a pause before the time (老何和老易，周一去…; 老邝、小覃：下午…).
    # The pause before an order to them (小王、小李，明天把材料交一下) stays silent.
    (AT10, "王主任跟李局上午去区政府开会",
     new("会议", "11-26 08:30", "11-26 12:00", "王主任", "李局")),
    (AT10, "老何和老易，周一去省里参加培训",
     new("培训", "11-30 08:30", "11-30 17:30", "老何", "老易")),
    (AT10, "站长老严和技术员小葛今天下午去区水文站，五点回",
     new("外出", "11-26 14:30", "11-26 17:00", "老严", "小葛")),
    (AT10, "老邝、小覃：下午两点半去刘家湾闸站，五点回",
     new("外出", "11-26 14:30", "11-26 17:00", "老邝", "小覃")),
    (AT10, "小刘（工程股）和老谭今天去青石垸看涵闸",
     new("外出", "11-26 10:00", "11-26 17:30", "小刘", "老谭")),
    (AT10, "城南泵站站长小包、技术员老郁，明天全天赴区应急局参加总结会",
     new("会议", "11-27 08:30", "11-27 17:30", "小包", "老郁")),
    (AT10, "官股长（财务股）12月3日至4日休年假",
     new("年假", "12-03 08:30", "12-04 17:30", "官股长")),
    (AT10, "司机老骆和老何明天去长沙送材料",
     new("外出", "11-27 08:30", "11-27 17:30", "老骆", "老何")),
    (AT10, "小王、小李，明天把材料交一下", None),
    (AT10, "小王、小李：明天上午把台账报上来", None),
    (AT10, "老何和老易，周一的培训记得带身份证", None),
    # A two-character name before 晚到/迟到/早退/早走: the first character of the predicate is
    # none of the name (周敏晚到…, 何平迟到…, not 周敏晚, 何平迟).
    (_at(8, 10), "周敏晚到半小时，堵车了，她让我报一下",
     new("晚到", "11-26 08:30", "11-26 09:00", "周敏")),
    (_at(8, 10), "何平迟到一个小时，孩子发烧，他让我报一下",
     new("晚到", "11-26 08:30", "11-26 09:30", "何平")),
    # A frame that names no one by name (代我们主任请个假, 替工程股报一下) before a body that
    # opens with the colleague: the body's name is who (not 主任, not 工程股); the frame's
    # greeting may be a bare 早, and 请示 is an act of handing on (帮小蒋和老文请示：…).
    (AT10, "帮我们主任请个假：黎主任今天发烧，请病假一天",
     new("病假", "11-26 08:30", "11-26 17:30", "黎主任")),
    (AT10, "替财务股说一声：官股长明天去区税务局对账",
     new("外出", "11-27 08:30", "11-27 17:30", "官股长")),
    (AT10, "早，替财务股说一声：官股长今天去区税务局对账，下午回",
     new("外出", "11-26 10:00", "11-26 17:30", "官股长")),
    (AT10, "帮我们股长请个假，他今天发烧", new("病假", "11-26 08:30", "11-26 17:30", "股长")),
    (AT10, "帮小蒋和老文请示：二人下周一赴市局参加培训，望批准",
     new("培训", "11-30 08:30", "11-30 17:30", "小蒋", "老文")),
    (AT10, "帮小蒋请示一下：明天下午想请半天假", new("请假", "11-27 14:30", "11-27 17:30", "小蒋")),
    (AT10, "早，替小石说一声：她今天上午去区医院复查",
     new("病假", "11-26 08:30", "11-26 12:00", "小石")),
    # A notice's heading (通知：, 通知一下，) before the colleagues it names as going tells of
    # them, not to everyone: their absence (asked about). A notice to everyone (召开…参加), or
    # one naming a leader who stays in the office, stays silent.
    (AT10, "通知：田主任、柳工明天8:30-12:00赴区水文站参加质量检查。",
     new("外出", "11-27 08:30", "11-27 12:00", "田主任", "柳工")),
    (AT10, "通知：小李、小王明天去区里参加培训，其他同志正常上班",
     new("培训", "11-27 08:30", "11-27 17:30", "小李", "小王")),
    (AT10, "通知一下，城南站的两位同志（老戴、小汪）下周一上午去区应急局参加培训，十二点结束",
     new("培训", "11-30 08:30", "11-30 12:00", "老戴", "小汪")),
    (AT10, "通知：明天下午两点半在二楼小会议室召开农水工作推进会，请农水股全体参加", None),
    (AT10, "通知：王局明天下午在三楼会议室主持召开防汛会，各股长参加", None),
    (AT10, "通知：李局今天上午在局里办公，需要签字的文件10点半前送到局长室。", None),
    (AT10, "通知\n人员：王局、邹股长、老解\n事由：陪同区人大视察灌区\n时间：12月3日上午8:30—12:00",
     new("外出", "12-03 08:30", "12-03 12:00", "王局", "邹股长", "老解")),
    (AT10, "通知\n明天下午两点半在二楼小会议室召开农水工作推进会，请各股长参加", None),
    # A list of names closing the message after a colon names everyone it is about (…，要出去
    # 一整天：老孔、小敖、小梅), not only the one its first clause opens with.
    (AT10, "老孔他们明天去双江口执法，要出去一整天：老孔、小敖、小梅",
     new("外出", "11-27 08:30", "11-27 17:30", "老孔", "小敖", "小梅")),
    (AT10, "明天下午开会，参加人员：李局、王主任", None),
    # 散会 after a time is the meeting's end, as 结束 is (下午五点半散会), not its start.
    (AT10, "田主任刚走，去区委参加经济工作会议，下午五点半散会",
     new("会议", "11-26 10:00", "11-26 17:30", "田主任")),
    (AT10, "明天去区委开会，下午四点散会", new("会议", "11-27 08:30", "11-27 16:00")),
    (AT10, "明天去区委开会，下午四点结束", new("会议", "11-27 08:30", "11-27 16:00")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
