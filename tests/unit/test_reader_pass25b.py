"""Mechanisms of reader pass 25b (blind files 110–113: an everyday chat by many people;
everyday messages with greetings, particles, several short messages packed in one, places
from all over a district), on sentences of our own beside the corpus case.

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
    ("train-110.jsonl", "BG0054"), ("train-110.jsonl", "BG0064"), ("train-110.jsonl", "BG0100"),
    ("train-110.jsonl", "BG0107"), ("train-110.jsonl", "BG0116"), ("train-111.jsonl", "BG0161"),
    ("train-111.jsonl", "BG0172"), ("train-111.jsonl", "BG0181"), ("train-111.jsonl", "BG0189"),
    ("train-111.jsonl", "BG0209"), ("train-111.jsonl", "BG0225"), ("train-111.jsonl", "BG0249"),
    ("train-111.jsonl", "BG0259"), ("train-112.jsonl", "BH0048"), ("train-113.jsonl", "BH0193"),
    ("train-111.jsonl", "BG0303"), ("train-113.jsonl", "BH0270"), ("train-112.jsonl", "BH0110"),
    ("train-112.jsonl", "BH0053"), ("train-113.jsonl", "BH0243"), ("train-110.jsonl", "BG0129"),
    ("train-112.jsonl", "BH0092"), ("train-112.jsonl", "BH0089"), ("train-112.jsonl", "BH0012"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # A short message that is nothing but the setting out (去法院, 到金霞垸巡堤, 出车 去月塘水库),
    # the telegraph form of a busy group, the speaker's or a colleague's named first: an outing
    # from now, back at an hour not said (asked about). A question, a room in the building,
    # the canteen, done, after closing or on a day off stay silent.
    (AT10, "去区检察院", new("外出", "11-26 10:00", None)),
    (AT10, "到莲花垸看险情", new("外出", "11-26 10:00", None)),
    (AT10, "出车，去石门水库", new("外出", "11-26 10:00", None)),
    (AT10, "我去城西泵站", new("外出", "11-26 10:00", None)),
    (AT10, "去金盆乡 查灾情", new("外出", "11-26 10:00", None)),
    (AT10, "去 区 检 察 院", new("外出", "11-26 10:00", None)),
    (AT10, "去食堂", None),
    (AT10, "去哪里", None),
    (AT10, "去法院吗", None),
    (AT10, "老孙去法院", new("外出", "11-26 10:00", None, "老孙")),
    (AT10, "刘洋到金霞垸巡堤", new("外出", "11-26 10:00", None, "刘洋")),
    (AT10, "老孙去食堂", None),
    (AT10, "老孙去法院吗", None),
    (AT10, "去了", None),
    (AT10, "到会议室开会", None),
    (AT10, "去法院的车呢", None),
    (_at(18, 0), "去法院", None),
    (_at(10, 0, 28), "去法院", None),
    # A school gone to (城关中学, 湘潭大学) is a place, not a course learnt (学…): teaching or
    # a campaign there is an outing; 去长沙学无人机巡检技术 is still a course.
    (AT10, "明天上午去城关中学给学生上节水课，下午回单位",
     new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天去城关中学讲课", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午去湘潭大学参加防汛宣讲，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "明天去长沙学无人机巡检技术", new("培训", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周去衡阳学水利工程造价", new("培训", "11-30 08:30", "12-04 17:30")),
    # 有请假没登记的…: whoever has a leave (调休, 外出) picked out, told what to do: a notice.
    (AT10, "12月的考勤表我发群里了，有请假没登记的自己看下", None),
    (AT10, "有调休没报的抓紧报一下", None),
    (AT10, "上个月有外出没登记的自己补上", None),
    (AT10, "明天请假，有事找小王", new("请假", "11-27 08:30", "11-27 17:30")),
    # 下周再通知, 时间再通知: the organiser's promise of a later notice; a course or meeting
    # called off with it is a notice, the speaker's own 我不去了 a cancel.
    (AT10, "这周五的学习取消了，下周再通知", None),
    (AT10, "周四的培训取消了，时间再通知", None),
    (AT10, "明天下午的会取消了，到时候再通知大家", None),
    (AT10, "周五的培训我不去了", cancel("培训", "11-27 08:30", "11-27 17:30")),
    # 陈主任早，…: a morning greeting after the name addressed; the name is not who goes.
    (_at(8, 10), "陈主任早，今天在新塘垸盯堤防加固现场，一天都在工地",
     new("外出", "11-26 08:30", "11-26 17:30")),
    (_at(8, 10), "李局早上好，我今天去区财政局对账", new("外出", "11-26 08:30", "11-26 17:30")),
    (_at(8, 10), "王股长早！今天上午我在家等物业，十点到",
     new("晚到", "11-26 08:30", "11-26 10:00")),
    (_at(8, 10), "刘主任早，小张今天请假", new("请假", "11-26 08:30", "11-26 17:30", "小张")),
    (_at(8, 10), "李局早上去市局开会了", new("会议", "11-26 08:30", "11-26 12:00", "李局")),
    # 年底对账, 年底审计: the year's end naming a task, not a day; 年底请年假 is the day.
    (_at(12, 10), "下午去工商银行和农业银行跑一趟年底对账，四点前回",
     new("外出", "11-26 14:30", "11-26 16:00")),
    (AT10, "明天去区审计局配合年底审计，下午回", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "年底请年假", new("年假", "12-31 08:30", "12-31 17:30")),
    # 走早 (the dialect's order of 早走): leaving early.
    (_at(15, 50), "今天走早半小时", new("早退", "11-26 17:00", "11-26 17:30")),
    (AT10, "下午走早一个小时，接孩子", new("早退", "11-26 16:30", "11-26 17:30")),
    (AT10, "明天早走半小时", new("早退", "11-27 17:00", "11-27 17:30")),
    # 我休完年假了 (the verb before the leave it ends) is the leave over, as 年假休完了; with the
    # day work resumes, a return. 我休完年假再说 is no leave over.
    (_at(11, 55), "我休完年假了，明天回来上班，这几天辛苦小杨了", back("11-27 08:30")),
    (AT10, "休完婚假了，下周一回来上班", back("11-30 08:30")),
    (AT10, "休完假了，明天上班", back("11-27 08:30")),
    (AT10, "年假休完了，明天回来上班", back("11-27 08:30")),
    (AT10, "我休完年假再说", None),
    # 处理一下上次的剐蹭: a past matter dealt with now is no past told (上次出差住的酒店 is).
    (AT10, "周主任，我今天下午两点半去交警队处理一下上次的剐蹭，估计四点回，辛苦批一下",
     new("外出", "11-26 14:30", "11-26 16:00")),
    (AT10, "明天上午去区法院处理上次的案子，十一点回", new("外出", "11-27 08:30", "11-27 11:00")),
    (AT10, "上次请假去医院排了一上午队", None),
    (AT10, "上次出差住的那个酒店不错", None),
    # 周五调休一天，周四晚上把材料交了: after the speaker's own time off, a thing to be done
    # (…了) is their handover, no task set; one set for a colleague (小李把…交一下) or for
    # those picked out (调休的同志…) stays silent.
    (AT10, "周五调休一天，周四晚上把材料交了", new("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天请假，今天下班前把报表交了", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "下周一休年假，周五把台账交了", new("年假", "11-30 08:30", "11-30 17:30")),
    (AT10, "小何周五前把台账交了", None),
    (AT10, "周五调休的同志，周四前把材料交了", None),
    (AT10, "周五调休一天，小李把材料交一下", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
