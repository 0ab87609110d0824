"""Mechanisms of reader pass 28e (blind files 164–165: outings carried by the errand or the
place with no 外出/请假 word, whereabouts told as a state, implied times), on sentences of our
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
from tests.unit.test_reader_pass7 import Row, back, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-165.jsonl", "CN0206"), ("train-165.jsonl", "CN0229"), ("train-164.jsonl", "CN0007"),
    ("train-164.jsonl", "CN0102"), ("train-165.jsonl", "CN0137"), ("train-165.jsonl", "CN0140"),
    ("train-165.jsonl", "CN0195"), ("train-165.jsonl", "CN0233"), ("train-165.jsonl", "CN0149"),
    ("train-165.jsonl", "CN0192"), ("train-164.jsonl", "CN0018"), ("train-164.jsonl", "CN0059"),
    ("train-164.jsonl", "CN0086"), ("train-164.jsonl", "CN0088"), ("train-164.jsonl", "CN0098"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 去区政府送件走东门: the way to take told to whoever goes (a gate, a road, a detour) is
    # directions, nobody's outing; the speaker's own going with its way stays a report.
    (AT10, "去区政府送件走东门，西门在修", None),
    (AT10, "去市局办事的从后门进，前门封了", None),
    (AT10, "去城西泵站走老路，新桥在封闭施工", None),
    (AT10, "去区财政局的绕一下，大桥堵死了", None),
    (AT10, "下午去区政府送件", new("外出", "11-26 14:30", "11-26 17:30")),
    # 去区里办事的顺路把…: a favour asked of whoever goes (顺路, 顺道, 顺手 as 顺便).
    (AT10, "去区里办事的顺路把快递拿回来", None),
    (AT10, "去市局的顺道把那份文件带回来", None),
    (AT10, "去街道办的顺手把章盖了", None),
    (AT10, "下午去区里办事，顺路把快递拿回来", new("外出", "11-26 14:30", "11-26 17:30")),
    # 上堤, 下站: going up onto the dike or down to a station is the going itself, as 下乡 is.
    (AT10, "明天上午上堤，查一下护坡", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "现在下站，二号泵站的电机烧了", new("外出", "11-26 10:00", None)),
    (AT10, "老李和小陈周五上堤量水位", new("外出", "11-27 08:30", "11-27 17:30", "老李", "小陈")),
    (AT10, "下午下站，配合厂家调试水泵", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "洪水快漫上堤了", None),
    (AT10, "上堤的路修好了吗", None),
    # 各堤段责任人按表上堤: the holders of a post, counted by 各, sent out stay a notice.
    (AT10, "汛期各闸站负责人下站值守", None),
    (AT10, "从明天起各村责任人按排班上堤巡查", None),
    # 去金塘垸复查: a re-check at a polder, a dike, a sluice or a reservoir is the works
    # inspected again, not a doctor's check-up; 去湘雅复查 stays one.
    (AT10, "周五上午去新华垸复查", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天去红旗闸复查", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午去枫树坝复查", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天请假去湘雅复查", new("病假", "11-27 08:30", "11-27 17:30")),
    # 开完会了 现在去…: a meeting said over (开完会了, as 会开完了) is before what follows it,
    # not the kind of the going; a meeting gone to after it still is.
    (AT10, "开完会了，现在去区财政局对账，十一点回", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "刚开完会 下午去城西泵站看看", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "开完会了，下午去市局开会", new("会议", "11-26 14:30", "11-26 17:30")),
    # 马上回 十点一刻, 就回，十点四十: a clock right after a quick return is when one is back
    # (as 回 大概十一点 is), the going from now; a clock after the errand alone is its start.
    (AT10, "去邮局寄个件 马上回 十一点", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "去银行办点事就回，十点半", new("外出", "11-26 10:00", "11-26 10:30")),
    (AT10, "去区里交个表就回来 十一点", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "我去区里交个表，十点四十", new("外出", "11-26 10:40", "11-26 17:30")),
    # 刚下站回来: just back from the going itself (下乡, 上堤, 巡堤), as 刚从泵站回来 is.
    (AT10, "刚上堤回来", back("11-26 10:00")),
    (AT10, "刚下乡回来", back("11-26 10:00")),
    (AT10, "刚巡堤回来，在办公室", back("11-26 10:00")),
    (AT10, "明天下乡，周五回来", new("外出", "11-27 08:30", "11-27 17:30")),
    # 周二不跟车去市里了: not going along (跟车, 陪, 随队) is the going withdrawn, as 不去…了.
    (AT10, "明天不跟车去市里了，车调给防汛办", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五不陪领导去省厅了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五不随队去长沙了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五跟车去市里", new("外出", "11-27 08:30", "11-27 17:30")),
    # 去区政府送防汛值班安排: a duty rota carried somewhere is the errand's load, not a rota
    # told, however many words name it (防汛, 春节); a rota sent round stays a notice.
    (AT10, "下午去区政府送防汛值班安排", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天去区应急局交春节值班表", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "春节值班安排已发群里", None),
    (AT10, "这周的值班表有变动，大家看一下", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
