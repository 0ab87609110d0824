"""Mechanisms of reader pass 26l (blind files 138–141: a whole work group as one scrolls;
longer messages with the reason, who covers and how to reach the sender, beside terse ones),
on sentences of our own beside the corpus case.

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
    ("train-139.jsonl", "BX0167"), ("train-139.jsonl", "BX0238"), ("train-139.jsonl", "BX0277"),
    ("train-140.jsonl", "BY0109"), ("train-141.jsonl", "BY0553"),
    ("train-139.jsonl", "BX0201"), ("train-140.jsonl", "BY0102"), ("train-141.jsonl", "BY0503"),
    ("train-141.jsonl", "BY0609"),
    ("train-139.jsonl", "BX0272"),
    ("train-139.jsonl", "BX0200"),
    ("train-139.jsonl", "BX0189"),
    ("train-139.jsonl", "BX0207"),
    ("train-140.jsonl", "BY0058"),
    ("train-140.jsonl", "BY0089"),
    ("train-139.jsonl", "BX0175"),
    ("train-139.jsonl", "BX0230"),
    ("train-140.jsonl", "BY0118"),
    ("train-139.jsonl", "BX0252"),
    ("train-140.jsonl", "BY0115"),
    ("train-138.jsonl", "BX0080"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 没休的年假抓紧安排: the leave not yet taken, told to be used up, is a notice to whoever
    # has some; the speaker's own (我没休的年假下周休) is a report.
    (AT10, "月底了，没休的调休尽快安排", None),
    (AT10, "年底了，没休的年假要抓紧", None),
    (AT10, "年底了，没休的年假尽快安排", None),
    (AT10, "我没休的年假下周休", new("年假", "11-30 08:30", "12-04 17:30")),
    # 迟到的通报: those late or leaving early, told what happens to them (通报, 扣绩效, 算旷工),
    # is a rule; the speaker's own lateness is a report.
    (AT10, "明天准时点名，迟到的通报", None),
    (AT10, "迟到的通报", None),
    (AT10, "明天晚到一个钟头", new("晚到", "11-27 08:30", "11-27 09:30")),
    # 请假要上传附件, 病假要附病历: what a leave must carry is a rule of filing, not a leave;
    # 明天请病假，附病历 is the speaker's leave with its proof.
    (AT10, "下周起请假要上传附件", None),
    (AT10, "请假要附病历", None),
    (AT10, "请假要附证明", None),
    (AT10, "明天请病假，附病历", new("病假", "11-27 08:30", "11-27 17:30")),
    # 没去的…自己去补: those who missed it, told to make it up themselves, are people picked out.
    (AT10, "上午的体检，没去的这周内自己去医院补", None),
    (AT10, "昨天的培训没参加的下周自己补课", None),
    (AT10, "我明天去医院补体检，上午不在", new("病假", "11-27 08:30", "11-27 12:00")),
    # 有三个人请假没走系统: people counted and unnamed are others, not the speaker's report;
    # people counted as callers (有两个人来找我) are the speaker's cause.
    (AT10, "核了一下，有三个人请假没走系统", None),
    (AT10, "有两个人请假没登记", None),
    (AT10, "今天有两个人来找我，下午请假", new("请假", "11-26 14:30", "11-26 17:30")),
    # 麻烦陈主任帮我签个到, 有事微信发我, 需要签字的找李局: after the speaker's own absence,
    # who covers and how to reach them is no order or notice; an order with no absence of the
    # speaker's before it, or to someone spoken to or named, stays silent.
    (AT10, "明天请假，麻烦小王帮我盯一下现场", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天请假，有事发我", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周一到周三请年假。需要签字的找李局", new("年假", "11-30 08:30", "12-02 17:30")),
    (AT10, "明天晚到半小时，麻烦老周帮我签个到", new("晚到", "11-27 08:30", "11-27 09:00")),
    (AT10, "小王，明天去市局，完了发我", None),
    (AT10, "麻烦小王帮我把报表交了", None),
    (AT10, "明天上午开会，需要签字的找李局", None),
    (AT10, "小王你明天去市局，麻烦帮我带份材料", None),
    (AT10, "小王明天去市局，有事发我", None),
    # 让他在单位整理档案: a colleague set work by the speaker (让他/叫她…) is an order about
    # him, whatever else the message says of his going; 让他回家休息 is his leave granted.
    (AT10, "老周下午不用去泵站了，让他在局里写材料", None),
    (AT10, "小王明天不去市局了，叫他在单位值班", None),
    (AT10, "老周明天去市局，让他带上图纸", None),
    (AT10, "刘洋明天不用去工地了", cancel("外出", "11-27 08:30", "11-27 17:30", "刘洋")),
    (AT10, "小李发烧了，让他回家休息，下午请假", new("病假", "11-26 14:30", "11-26 17:30", "小李")),
    # 地点不变 after the speaker's own outing or trip moved (下周二的外出改为下周三) is its place
    # kept, no meeting moved for everyone (明天的会改到后天，地点不变 stays a notice).
    (AT10, "下周二的外出改为下周三，地点不变", amend("外出", "12-02 08:30", "12-02 17:30")),
    (AT10, "周四的出差改到下周一，地点不变", amend("出差", "11-30 08:30", "11-30 17:30")),
    (AT10, "明天的会改到后天，地点不变", None),
    (AT10, "周五的培训改到下周一，时间地点不变", None),
    # 腰又犯了, 下不了床: the speaker's body part flaring up again, or a body that cannot get
    # up, is their health (病假); a child's or a mother's is a family leave (请假).
    (AT10, "明天请假，颈椎又犯了", new("病假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天请假，下不来床", new("病假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天请假，孩子腰又犯了", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天请假，我妈下不了床", new("请假", "11-27 08:30", "11-27 17:30")),
    # 早上有个体检 十点半到, 早上有点事，十点半到: the speaker's own check-up or affair, then
    # a bare arrival at a clock, is why they are late (晚到); visitors coming stay silent.
    (AT10, "明天早上体检，十点半到", new("晚到", "11-27 08:30", "11-27 10:30")),
    (AT10, "明天早上有点事，十点半到", new("晚到", "11-27 08:30", "11-27 10:30")),
    (AT10, "明天上午有个事，十点到", new("晚到", "11-27 08:30", "11-27 10:00")),
    (AT10, "明天上午专家组来，十点到", None),
    # 四点半走了 家里水管爆了: 走了 at a clock with why after it is a leaving to come (早退);
    # 走了 alone, or a past day's, stays silent.
    (AT10, "四点半走了，家里有事", new("早退", "11-26 16:30", "11-26 17:30")),
    (AT10, "我四点半走了，去接孩子", new("早退", "11-26 16:30", "11-26 17:30")),
    (AT10, "今天四点半走了", None),
    (AT10, "他昨天四点半走了，家里有事", None),
    # 去长沙，省厅开全省防御会: the going to another city is the way to the body's meeting
    # (会议); an errand of the speaker's own beside a body's meeting at home stays the outing.
    (AT10, "明天去长沙，省厅开全省防汛会，后天回", new("会议", "11-27 08:30", "11-28 17:30")),
    (AT10, "明天去株洲，省里开全省河长制会，后天回", new("会议", "11-27 08:30", "11-28 17:30")),
    (AT10, "市里召开防汛会，我明天去湘潭县督查", new("外出", "11-27 08:30", "11-27 17:30")),
    # 交接：财务报销审核暂停一天: a form's handover or contact line says what is covered while
    # the reporter is away, no notice; a notice of its own stays silent.
    (AT10, "请假人：刘洋\n时间：11月27日\n交接：报销审核暂停一天",
     new("请假", "11-27 08:30", "11-27 17:30", "刘洋")),
    (AT10, "请假人：刘洋\n时间：11月27日\n工作交接：截止周五的报表由小李统一收",
     new("请假", "11-27 08:30", "11-27 17:30", "刘洋")),
    (AT10, "财务报销审核暂停一天", None),
    (AT10, "本周报销截止周五，请大家抓紧", None),
    # 请假人：… 事由：赴省水利厅对接项目: a leave form whose reason is the office's business
    # at an office reports that outing; a private errand (回老家处理房屋过户, 办过户) stays
    # the leave the label asks for.
    (AT10, "请假人：付建军\n事由：去区财政局对接项目\n时间：12月3日",
     new("外出", "12-03 08:30", "12-03 17:30", "付建军")),
    (AT10, "请假人：付建军\n事由：回老家处理房屋过户\n时间：12月3日",
     new("请假", "12-03 08:30", "12-03 17:30", "付建军")),
    (AT10, "请假人：付建军\n事由：去区不动产中心办过户\n时间：12月3日",
     new("请假", "12-03 08:30", "12-03 17:30", "付建军")),
    # 不用等我开会了, 开会别等我: the meeting at home the speaker misses for the going is not
    # what they are away at; the going is the outing. Said alone it reports nothing.
    (AT10, "明天去市局汇报，开会不用等我", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天去市局汇报，开会别等我", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "不用等我开会了", None),
    # 去龙王港闸看一下电机, said in the half under way with the return: a look and back, a
    # brief errand from now; a planned visit (走访) is the half, and before the half opens
    # the half starts it.
    (_at(8, 50), "今天上午去北闸看一下水位，十一点回", new("外出", "11-26 08:50", "11-26 11:00")),
    (_at(8, 50), "上午去三号泵站查看一下机组，十一点半回",
     new("外出", "11-26 08:50", "11-26 11:30")),
    (_at(8, 50), "今天上午去东湖村走访，11点半前回", new("外出", "11-26 08:30", "11-26 11:30")),
    (_at(8, 20), "今天上午去北闸看一下水位，十一点回", new("外出", "11-26 08:30", "11-26 11:00")),
    # 参加全会报告起草组集中办公: the 会 inside a working group's name (起草组, 专班) is the
    # group worked in, an outing; 参加全会, 参加推进会 stay meetings.
    (AT10, "明天在区委参加全会文件起草组工作", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天去区委参加全会", new("会议", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天去区里参加推进会", new("会议", "11-27 08:30", "11-27 17:30")),
    # …开防汛总结会，上午的: a half said alone as the last clause is the half of the one day
    # named before it; a return half (下午回) is no afterthought.
    (AT10, "12月3日去区应急局开会，下午的", new("会议", "12-03 14:30", "12-03 17:30")),
    (AT10, "明天请假，上午的", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天请假，下午回", new("请假", "11-27 08:30", "11-27 17:30")),
    # 五点准时走 家里有事: leaving sharp at a clock before closing is leaving early (准时 says
    # how sharp); 准时下班 said as a wish stays silent.
    (AT10, "五点准时走，家里有事", new("早退", "11-26 17:00", "11-26 17:30")),
    (AT10, "四点半按时走，去接孩子", new("早退", "11-26 16:30", "11-26 17:30")),
    (AT10, "周五下午四点半准时下班的梦想又破灭了", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
