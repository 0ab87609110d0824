"""Mechanisms of reader pass 26k (blind files 134–137: a district water bureau and its field
stations; the office, finance, planning and law-enforcement sections), on sentences of our
own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, back, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-136.jsonl", "BV0072"), ("train-137.jsonl", "BV0575"), ("train-135.jsonl", "BU0293"),
    ("train-135.jsonl", "BU0279"), ("train-137.jsonl", "BV0561"), ("train-135.jsonl", "BU0242"),
    ("train-136.jsonl", "BV0033"), ("train-137.jsonl", "BV0529"), ("train-137.jsonl", "BV0596"),
    ("train-136.jsonl", "BV0056"), ("train-137.jsonl", "BV0604"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # Back from a station with the repair told as done (电机换好了, 水泵装好了, 线路接好了): a
    # work report, not a return; back with nothing done told stays a return.
    (_at(14, 20), "刚从泵站回来，二号机组的水泵装好了", None),
    (_at(14, 20), "刚从闸站回来，配电柜的线路接好了，明天通电", None),
    (_at(14, 20), "刚从水文站回来，雨量计换好了", None),
    (_at(14, 20), "刚从泵站回来", back("11-26 14:20")),
    (_at(14, 20), "刚从区财政局回来，下午正常在单位", back("11-26 14:20")),
    # 吃饭去了, 去吃饭了: going for a meal is going nowhere; the meeting told after it is the
    # group's, nobody said to go to it. A meeting elsewhere, or the speaker's own, still counts.
    (_at(11, 55), "吃饭去了，下午三点开会", None),
    (_at(11, 55), "先去吃饭了，下午三点开会", None),
    (_at(11, 55), "吃午饭去了，两点半准时开会", None),
    (_at(11, 55), "吃饭去了，下午两点半去区里开会", new("会议", "11-26 14:30", "11-26 17:30")),
    (_at(11, 55), "我下午两点半开会", new("会议", "11-26 14:30", "11-26 17:30")),
    # 请假的走纸质单, 请假的用纸质单: those taking leave picked out, told how to do it: a notice.
    (AT10, "明天OA系统升级，请假的走纸质单", None),
    (AT10, "系统停用两天，请假的用纸质审批单", None),
    (AT10, "明天请假，走纸质单", new("请假", "11-27 08:30", "11-27 17:30")),
    # A message that is nothing but the day and a clock past the start with 到 (今天九点半到,
    # 我明天十点到): the speaker's own arrival, late. Someone or something else arriving, a
    # clock before the start, or a question stay silent.
    (_at(8, 15), "今天九点半到", new("晚到", "11-26 08:30", "11-26 09:30")),
    (_at(8, 15), "我今天十点到", new("晚到", "11-26 08:30", "11-26 10:00")),
    (_at(16, 0), "明天九点半到", new("晚到", "11-27 08:30", "11-27 09:30")),
    (_at(8, 15), "快递今天九点半到", None),
    (_at(8, 15), "今天九点半到吗", None),
    (_at(8, 15), "检查组今天十点到", None),
    # 陪读几天, 陪护几天, 照顾几天: how long the care lasts, no question; 要休几天 stays asked.
    (AT10, "下周一到周三请事假，老人住院要陪护几天", new("事假", "11-30 08:30", "12-02 17:30")),
    (AT10, "明天请假，孩子要照顾几天", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "你要休几天", None),
    # 娘 (带娘去医院, 陪我娘复查): the mother, so the hospital is hers and the leave plain.
    (AT10, "明天上午带娘去医院复查，请半天", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天陪我娘去县医院拿药，请一天假", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天上午去医院复查，请半天", new("病假", "11-27 08:30", "11-27 12:00")),
    # 不大舒服 (as 不太舒服): the speaker unwell, so the day at home is sick leave.
    (AT10, "今天不大舒服，请一天假", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT10, "今天不太舒服，请一天假", new("病假", "11-26 08:30", "11-26 17:30")),
    # 带农水股两个同事去…: the count is who the speaker takes along, not who is sent; a count
    # sent with no 带 (工程股去两个人, 两个同事去) stays an arrangement.
    (AT10, "明天带工程股三个同事去韶山灌区看渠道", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午带执法队三个人去姜畲镇查取水", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天工程股去两个人到韶山灌区", None),
    (AT10, "明天两个同事去韶山灌区", None),
    # 跑外面, 跑外头: out on errands all the time named, like 在外面.
    (_at(8, 20), "今天跑外面，不回局里了", new("外出", "11-26 08:30", "11-26 17:30")),
    (AT10, "明天一天跑外头，有事打电话", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "他老是跑外面", None),
    # 现在带队去…, 现在带人去…: going now, so what was found beside it (发现两处管涌) is why
    # the speaker goes, not work told as done; found on a morning's round and handled stays done.
    (AT10, "我现在带人去河西巡堤，发现两处管涌", new("外出", "11-26 10:00", None)),
    (AT10, "现在带队去莲花垸，发现一处渗水", new("外出", "11-26 10:00", None)),
    (AT10, "上午带队去杨梅洲巡堤，发现一处渗水，已处理", None),
    # A society's annual meeting (学会年会, 协会年会) is a meeting, in another city too (WRITING:
    # a meeting elsewhere is 会议); the unit's 年会 is a party, no absence.
    (AT10, "省水利学会年会在株洲开，下周一到周二，我去参加",
     new("会议", "11-30 08:30", "12-01 17:30")),
    (AT10, "单位年会在周五晚上", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
