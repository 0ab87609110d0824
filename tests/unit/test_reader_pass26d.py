"""Mechanisms of reader pass 26d (blind files 120–121: an everyday mix over a summer, July to
October 2026, with the National Day holiday and its adjusted working weekends), on sentences
of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read at the day and time given (the summer's days, for the calendar's
adjusted working days: Sunday 2026-09-20 and Saturday 2026-10-10 are working days).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-121.jsonl", "BL0293"), ("train-121.jsonl", "BL0195"), ("train-121.jsonl", "BL0184"),
    ("train-120.jsonl", "BL0133"), ("train-121.jsonl", "BL0179"), ("train-121.jsonl", "BL0189"),
    ("train-121.jsonl", "BL0290"), ("train-121.jsonl", "BL0271"), ("train-120.jsonl", "BL0143"),
    ("train-108.jsonl", "BE0162"), ("train-28.jsonl", "W0196"), ("train-121.jsonl", "BL0234"),
    ("train-120.jsonl", "BL0024"), ("train-120.jsonl", "BL0052"),
    ("train-121.jsonl", "BL0274"),
]  # fmt: skip


FRI_OCT9 = _at(10, 30, 9, 10)  # Friday; Saturday 10-10 is a working day
SAT_SEP19 = _at(10, 15, 19, 9)  # Saturday; Sunday 09-20 is a working day
JUL3 = _at(9, 5, 3, 7)
AUG20 = _at(10, 0, 20, 8)
OCT8 = _at(10, 35, 8, 10)

CASES: list[tuple[datetime, str, Row]] = [
    # 明天补班, 今天补班, 10号周六补班: a day named as an adjusted working day is a day, not a
    # notice of the holiday's arrangement; a leave on it is read on that day. The holiday
    # notice (…放假，10月10日补班) and a question about it stay silent.
    (FRI_OCT9, "明天补班，我请一天年假", new("年假", "10-10 08:30", "10-10 17:30")),
    (FRI_OCT9, "明天补班，上午请假去医院复查", new("病假", "10-10 08:30", "10-10 12:00")),
    (SAT_SEP19, "明天周日补班，我调休", new("调休", "09-20 08:30", "09-20 17:30")),
    (_at(8, 10, 10, 10), "今天补班，上午在家等人修空调，下午到单位",
     new("请假", "10-10 08:30", "10-10 12:00")),
    (_at(21, 5, 6, 10), "10号周六补班，我请一天事假", new("事假", "10-10 08:30", "10-10 17:30")),
    (FRI_OCT9, "明天补班，食堂中午照常", None),
    (FRI_OCT9, "补班那天食堂开不开？", None),
    (_at(9, 0, 21, 9), "国庆节10月1日至7日放假，10月10日补班", None),
    # 即日起取消休假, 已批的年假暂缓: leave stopped for everyone from now on is an order to all,
    # not the speaker's own leave withdrawn; 明天的年假取消了 is.
    (JUL3, "防汛应急响应启动，即日起取消休假", None),
    (JUL3, "台风预警，即日起取消休假", None),
    (JUL3, "三级响应，即日起取消所有休假", None),
    (JUL3, "即日起暂停休假，已批的调休暂缓", None),
    (JUL3, "明天的年假取消了，不休了", ("cancel", "年假", "07-04 08:30", "07-04 17:30", ())),
    # 查节日期间有没有偷采砂: 查 (as 检查, 看看) before 有没有 is what the errand checks, an
    # indirect question that asks nobody; a question to the group still asks.
    (OCT8, "今天下午去涟水河巡河，查节日期间有没有偷采砂",
     new("外出", "10-08 14:30", "10-08 17:30")),
    (OCT8, "下午去城西渠道，查有没有人乱倒垃圾", new("外出", "10-08 14:30", "10-08 17:30")),
    (OCT8, "明天去金盆乡，排查有没有危房住人", new("外出", "10-09 08:30", "10-09 17:30")),
    (OCT8, "下午有没有人去城西渠道", None),
    # 去区委办送节日期间值班名单: a roster carried somewhere is the errand's load, not a roster
    # told to the group; the roster posted is still a notice.
    (_at(11, 30, 30, 9), "下午两点到四点去区委办送节日期间值班名单",
     new("外出", "09-30 14:00", "09-30 16:00")),
    (_at(11, 30, 30, 9), "下午去区应急局送防汛值班名单", new("外出", "09-30 14:30", "09-30 17:30")),
    (_at(11, 30, 30, 9), "国庆值班名单已发群里，下午两点到四点核对", None),
    # 审查会, 联审会, 验收会: a meeting by its business, as 评审会 and 协调会 are, is a meeting
    # gone to; its documents stay a thing.
    (AUG20, "下午两点半到五点 区水利局、区财政局联审会在区政府开，我去",
     new("会议", "08-20 14:30", "08-20 17:00")),
    (AUG20, "下午三点到五点 验收会在区政府开，我去", new("会议", "08-20 15:00", "08-20 17:00")),
    (AUG20, "明天上午去市局，项目审查会", new("会议", "08-21 08:30", "08-21 12:00")),
    (AUG20, "审查会的材料我放你桌上了", None),
    # 参加职称评审答辩: a defence the speaker sits is an errand, not a review meeting sat on
    # (参加项目评审 is one).
    (AUG20, "下周一上午去区人社局参加职称评审答辩", new("外出", "08-24 08:30", "08-24 12:00")),
    (AUG20, "明天去市人社局参加高级工程师评审答辩", new("外出", "08-21 08:30", "08-21 17:30")),
    (AUG20, "明天去市局参加项目评审", new("会议", "08-21 08:30", "08-21 17:30")),
    # 请假类型, 外出选项: a field of the leave system is a noun, as 请假页面 is.
    (AUG20, "OA上怎么报公务外出？我只看到请假类型", None),
    (AUG20, "钉钉上找不到外出选项，我只能选请假类型", None),
    (AUG20, "明天请假，类型选年假", new("年假", "08-21 08:30", "08-21 17:30")),
    # 我科刘洋同志, 我室小周: the speaker's section (科, 室) before a name is the unit, as 我股
    # is, and the name is who is away; 我科目二 is the speaker's own test.
    (_at(10, 0, 3, 8), "报告陈局：我科刘洋同志因病住院，自8月4日起请病假三天",
     new("病假", "08-04 08:30", "08-06 17:30", "刘洋")),
    (_at(10, 0, 3, 8), "我科小周明天去市局开会", new("会议", "08-04 08:30", "08-04 17:30", "小周")),
    (_at(10, 0, 3, 8), "我科目二明天考试，请假一天", new("请假", "08-04 08:30", "08-04 17:30")),
    # 跟陈主任去…, 陪张主任去…: the title after a surname, gone with, is the one the speaker
    # goes with (as 跟领导 is), not someone else the message is about; 陈主任去… is.
    (_at(10, 30, 14, 7), "跟陈主任去莲花镇走访两个受灾户，下午回",
     new("外出", "07-14 10:30", "07-14 17:30")),
    (_at(10, 30, 14, 7), "陪张主任去城西泵站，十一点回", new("外出", "07-14 10:30", "07-14 11:00")),
    (_at(10, 30, 14, 7), "跟李局长去市局汇报，下午回", new("外出", "07-14 10:30", "07-14 17:30")),
    (_at(10, 30, 14, 7), "陈主任去莲花镇走访，下午回",
     new("外出", "07-14 10:30", "07-14 17:30", "陈主任")),
    # 九点前到不了，九点半到: a bound the speaker will miss, then the arrival said: late until
    # the arrival; the bound alone is still the lateness until it.
    (_at(10, 0, 3, 9), "明天早上九点前到不了，要去社区开证明，九点半到",
     new("晚到", "09-04 08:30", "09-04 09:30")),
    (_at(10, 0, 3, 9), "明天九点前到不了，十点到", new("晚到", "09-04 08:30", "09-04 10:00")),
    (_at(10, 0, 3, 9), "明天九点前来不了，堵车，九点二十到",
     new("晚到", "09-04 08:30", "09-04 09:20")),
    (_at(10, 0, 3, 9), "明天九点前到不了", new("晚到", "09-04 08:30", "09-04 09:00")),
    # 赶不回来, 赶不过来: the speaker cannot get back in time, staying away as 来不了 does;
    # with the arrival at a half, that half's leave. Colleagues held up stay news.
    (SAT_SEP19, "明天周日补班，上午我在老家赶不回来，下午到",
     new("请假", "09-20 08:30", "09-20 12:00")),
    (SAT_SEP19, "明天上午赶不回来，下午到", new("请假", "09-20 08:30", "09-20 12:00")),
    (SAT_SEP19, "今天雨太大，老李他们在堤上赶不回来", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
