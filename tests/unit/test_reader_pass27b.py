"""Mechanisms of reader pass 27b (blind files 146–147: field-station staff on their phones,
terse, typos, voice slips, no punctuation), on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-146.jsonl", "CB0029"), ("train-147.jsonl", "CB0266"),
    ("train-146.jsonl", "CB0047"), ("train-146.jsonl", "CB0076"),
    ("train-146.jsonl", "CB0074"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 不晓得 is the dialect's 不知道: 几点回不晓得, 不晓得几点回, 几点完不晓得 say the return (or
    # the meeting's end) is open, as 不知道 does; nobody is asked anything.
    (AT10, "泵站那边跳闸了 我现在过去 不晓得几点回", new("外出", "11-26 10:00", None)),
    (AT10, "抢险去了 几点回来不晓得", new("外出", "11-26 10:00", None)),
    (AT10, "马上去堤上看看 不晓得几点回", new("外出", "11-26 10:00", None)),
    (AT10, "镇里临时喊开会 我马上过去 几点完不晓得", new("会议", "11-26 10:00", None)),
    (AT10, "不晓得几点开会", None),
    (AT10, "小王几点回不晓得", None),
    (AT10, "你晓得小王几点回不", None),
    # 各站, 各所, 各闸站: the field units addressed all at once, as 各股室 and 各单位 are, make
    # a notice; the speaker going round them (去各站) is still an outing.
    (AT10, "各位 明天上午9点视频会 各所所长参加", None),
    (AT10, "明天寒潮 各站检查水管防冻", None),
    (AT10, "今晚8点视频调度会 各闸站站长参加", None),
    (AT10, "我明天去各站检查防冻", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "下午去各泵站转一圈", new("外出", "11-26 14:30", "11-26 17:30")),
    # 屋里/屋头 is the dialect's 家: waiting at home (在屋里等…) and then the arrival by a clock
    # (到站, 到站里, 到所里: a field station's staff at their own station) is lateness, as
    # 在家等… 十点到单位 is.
    (_at(8, 10), "早上在屋里等修水管的 九点半到站", new("晚到", "11-26 08:30", "11-26 09:30")),
    (_at(8, 10), "在屋头等燃气公司上门 十点到站里", new("晚到", "11-26 08:30", "11-26 10:00")),
    (_at(8, 10), "早上在屋里等快递 十点到所里", new("晚到", "11-26 08:30", "11-26 10:00")),
    (_at(8, 10), "早上在家等快递 十点到单位", new("晚到", "11-26 08:30", "11-26 10:00")),
    (AT10, "今天下午去石门水库 五点回站", new("外出", "11-26 14:30", "11-26 17:00")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
