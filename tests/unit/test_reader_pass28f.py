"""Mechanisms of reader pass 28f (blind files 166–167: reports for colleagues and leaders by
name, title and nickname, several at once, relayed from calls; follow-ups in everyday words),
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
from tests.unit.test_reader_pass7 import Row, amend, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-166.jsonl", "CO0003"), ("train-166.jsonl", "CO0024"), ("train-166.jsonl", "CO0049"),
    ("train-166.jsonl", "CO0054"), ("train-167.jsonl", "CO0504"), ("train-167.jsonl", "CO0554"),
    ("train-167.jsonl", "CO0561"), ("train-167.jsonl", "CO0571"), ("train-167.jsonl", "CO0516"),
    ("train-167.jsonl", "CO0576"), ("train-167.jsonl", "CO0630"), ("train-167.jsonl", "CO0634"),
    ("train-166.jsonl", "CO0041"), ("train-166.jsonl", "CO0116"), ("train-167.jsonl", "CO0503"),
    ("train-167.jsonl", "CO0506"), ("train-167.jsonl", "CO0536"), ("train-166.jsonl", "CO0117"),
    ("train-167.jsonl", "CO0607"), ("train-167.jsonl", "CO0593"), ("train-167.jsonl", "CO0537"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 李局 何副局长 今天…: two names standing apart before the rest are a list of who goes,
    # not the leader addressed and then a colleague; 李局 明天我去… and 李局 小王明天… keep the
    # address.
    (AT10, "李局 何副局长 今天上午去区委开会，中午回",
     new("会议", "11-26 08:30", "11-26 12:00", "李局", "何副局长")),
    (AT10, "张局 刘主任 明天去市水利局送材料",
     new("外出", "11-27 08:30", "11-27 17:30", "张局", "刘主任")),
    (AT10, "王科长 老孙 下午去区法院", new("外出", "11-26 14:30", "11-26 17:30", "王科长", "老孙")),
    (AT10, "李局 明天上午我去区财政局对账", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "王局 小李 今天发烧来不了 帮他请个假",
     new("病假", "11-26 08:30", "11-26 17:30", "小李")),
    # 他和王科长…: the colleague the pronoun refers back to goes with the one named after 和;
    # both are away (他说…, 他让我… are no companion).
    (AT10, "王局刚来电话，他和李科长今天在市局开会，下午不回来了",
     new("会议", "11-26 10:00", "11-26 17:30", "王局", "李科长")),
    (AT10, "周主任让我转告，他和办公室小郑今天去市里参加考核会",
     new("会议", "11-26 10:00", "11-26 17:30", "周主任", "小郑")),
    (AT10, "王局刚来电话，他今天在市局开会，下午不回来了",
     new("会议", "11-26 10:00", "11-26 17:30", "王局")),
    # 刚接到黄局电话，他今天…: the caller, named where the call is received, is whom the later
    # 他/她 stands for; 接到王局电话，让我… sends the speaker.
    (AT10, "刚接到刘主任电话，他明天在市局参加培训",
     new("培训", "11-27 08:30", "11-27 17:30", "刘主任")),
    (AT10, "刚接到小陈的电话，她今天上午去医院，下午来",
     new("病假", "11-26 08:30", "11-26 12:00", "小陈")),
    (AT10, "刚接到王局电话，他和小周今天在市局开会，下午不回来了",
     new("会议", "11-26 10:00", "11-26 17:30", "王局", "小周")),
    (AT10, "接到王局电话，让我下午去市局送材料", new("外出", "11-26 14:30", "11-26 17:30")),
    # 黎大姐, 周大哥: a surname with 大姐/大哥 is how an older colleague is called, the whole
    # of it the name.
    (AT10, "周大哥跟我说他发烧，今天请病假", new("病假", "11-26 08:30", "11-26 17:30", "周大哥")),
    (AT10, "刘大姐说她腰疼，明天请病假", new("病假", "11-27 08:30", "11-27 17:30", "刘大姐")),
    # 明天 后天 去…: two days standing apart, each alone, are a list of days (one range), as
    # 明天、后天 is; 是后天 明天有会 stays two clauses.
    (AT10, "明天 后天 去衡阳出差", new("出差", "11-27 08:30", "11-28 17:30")),
    (AT10, "明天 后天 请年假", new("年假", "11-27 08:30", "11-28 17:30")),
    # 唐队长、易晓明的培训推迟了: several named before 的 and their absence each own it.
    (AT10, "老何、小罗的培训推迟了，明天到下周一正常上班",
     cancel("培训", "11-27 08:30", "11-30 17:30", "老何", "小罗")),
    (AT10, "老何和小罗的出差取消了，明天正常上班",
     cancel("出差", "11-27 08:30", "11-27 17:30", "老何", "小罗")),
    # 邵股长的培训提前结束了，下午就回单位: back at the office (回单位, 回局里) after the business
    # ended early is the colleague's return, as 正常上班 is.
    (AT10, "小邵的培训提前结束了，下午回单位", back("11-26 14:30", "小邵")),
    (AT10, "老何的学习提前结束了，下午就回局里", back("11-26 14:30", "老何")),
    # 胡主任今天的检查推迟了，他在局里: the colleague's event put off, they (他/她) at work
    # instead, is their cancel; with no subject before the day at work (…，周四上午在局里) it
    # is the speaker's. An errand that takes one out (开庭, 出庭, 验收) is an outing put off; a
    # thing with no errand (系统升级) and someone else at work stay silent.
    (AT10, "小刘明天的培训延期了，她明天在单位",
     cancel("培训", "11-27 08:30", "11-27 17:30", "小刘")),
    (AT10, "周五的验收推迟了，周五在单位", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五那次出庭取消了，周五上午在局里", cancel("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "系统升级推迟了，明天在单位", None),
    (AT10, "周五的验收推迟了，小王周五在单位", None),
    # 郑股长 今天晚到…，他微信让我说的: a name apart at the start, then a 他/她 asking the
    # speaker to tell, with nobody named between: whom the pronoun stands for, no address.
    (AT10, "周主任 明天去市局送材料，他让我报一下",
     new("外出", "11-27 08:30", "11-27 17:30", "周主任")),
    (AT10, "刘科长 下午去区法院，她托我说一声",
     new("外出", "11-26 14:30", "11-26 17:30", "刘科长")),
    (AT10, "王局 小张今天发烧，他让我帮请假", new("病假", "11-26 08:30", "11-26 17:30", "小张")),
    (AT10, "王局 今天晚到半小时，堵车了", new("晚到", "11-26 08:30", "11-26 09:00")),
    # 大刘、二刘: colleagues of one surname told apart by age, listed beside another name.
    (AT10, "大李、二李和小陈明天去市局参加培训",
     new("培训", "11-27 08:30", "11-27 17:30", "大李", "二李", "小陈")),
    (AT10, "大王和小李明天去市局送材料", new("外出", "11-27 08:30", "11-27 17:30", "大王", "小李")),
    (AT10, "大家明天去市局开会", None),
    # 跟防汛办的车去…: riding along with a unit's car is how one goes, no car left behind by
    # an errand (去区委开会的车几点走 is a question about the car).
    (AT10, "下午跟区应急局的车去莲花垸看险情", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天蹭水文站的车去石门水库测流量", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "去区委开会的车几点走", None),
    # 明天上午的区政府会议李局不去了: the event named, then the one who withdraws from it.
    (AT10, "周五的培训小王不去了", cancel("培训", "11-27 08:30", "11-27 17:30", "小王")),
    (AT10, "周五市里的培训班老何和小罗不参加了",
     cancel("培训", "11-27 08:30", "11-27 17:30", "老何", "小罗")),
    (AT10, "明天的会议我不去了", cancel("会议", "11-27 08:30", "11-27 17:30")),
    # 学习班下午不上了，我已经回办公室: back already, with no time from the return on, is back
    # now; the half before it is the course's. A time of work resumed after it still counts.
    (_at(13, 15), "下午的会取消了，我已经回局里", back("11-26 13:15")),
    (_at(13, 15), "学习班下午停课了，我已经回局里", back("11-26 13:15")),
    (_at(11, 50), "我已经从益阳回来了，今天下午来上班", back("11-26 14:30")),
    # 年假改成12月8日至11日，7号要陪领导去市局: the leave moved is named before the shift; an
    # errand in a later clause is why it moved, not a new kind.
    (AT10, "病假改成12月3日至4日，2号要去区法院", amend("病假", "12-03 08:30", "12-04 17:30")),
    (AT10, "事假改成下周一，周五要去区法院", amend("事假", "11-30 08:30", "11-30 17:30")),
    (AT10, "年假不休了，改成周五去市局开会", amend("会议", "11-27 08:30", "11-27 17:30")),
    # 钟队长、易工、小包明天返回，后天正常上班: back on one day and at work on the next named,
    # with no absence named before the coming back, is a return ending when work resumes;
    # 明天出差，周五回来，… is the trip told ahead, a question stays silent.
    (AT10, "我明天返回，后天正常上班", back("11-28 08:30")),
    (AT10, "小包明天回来，后天正常上班", back("11-28 08:30", "小包")),
    (AT10, "明天回来，后天上班吗", None),
    # 去郴州的行程取消了，16日至18日正常上班: days away in another city called off were a
    # trip (出差), as they are when told ahead; a day, or days within the district, stay 外出.
    (AT10, "下周一到周三去株洲的行程取消了", cancel("出差", "11-30 08:30", "12-02 17:30")),
    (AT10, "下周一到周三去金盆乡的行程取消了", cancel("外出", "11-30 08:30", "12-02 17:30")),
    # 周四到周五他休年假，不是上次说的周三: the period said anew, then the one said before
    # (上次/之前/刚才说的) denied, is an amend to the new period; with no time denied it is not.
    (AT10, "周五调休，不是之前说的周四", amend("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周一请年假，不是刚才说的周五", amend("年假", "11-30 08:30", "11-30 17:30")),
    (AT10, "周五调休，不是之前说的那样", new("调休", "11-27 08:30", "11-27 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
