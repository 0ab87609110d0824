"""A colleague's return told by someone else in the group (老王回来了, 小李已经到岗了, 刘股长从
省厅回来了): the colleague's return, asked about, and recorded when an act of reporting says
so (销假, 报一下, 帮他销个假); a question, hearsay, a thing, a meal, a welcome or anything said
beside it leaves it news (bot/domain/reader/others_back.py).

Rows of our own beside the corpus cases the mechanism reads (blind writers label the plain
statement as the colleague's return: BK and BO of train-118/119 and 124/125, and older ones).
Rows are read on Thursday 2026-11-26 at the time given; ``ask`` is whether the bot asks.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case

# Corpus cases read right by the mechanism: (file, id).
FIXED = [
    ("train-118.jsonl", "BK0108"), ("train-118.jsonl", "BK0148"), ("train-119.jsonl", "BK0528"),
    ("train-119.jsonl", "BK0565"), ("train-119.jsonl", "BK0604"), ("train-119.jsonl", "BK0629"),
    ("train-119.jsonl", "BK0633"), ("train-124.jsonl", "BO0030"), ("train-124.jsonl", "BO0093"),
    ("train-125.jsonl", "BO0163"), ("train-125.jsonl", "BO0199"), ("train-125.jsonl", "BO0226"),
    ("train-125.jsonl", "BO0242"),
]  # fmt: skip

AT10 = _at(10, 20)

# (now, text, people read as back, asked) for a return now; None for silence.
Back = tuple[tuple[str, ...], bool] | None


def asked(*people: str) -> Back:
    return (people, True)


def recorded(*people: str) -> Back:
    return (people, False)


CASES: list[tuple[datetime, str, Back]] = [
    # A colleague back, said plainly: their return now, asked (the words cannot say whether
    # the speaker reports it or only tells the news).
    (AT10, "老王回来了", asked("老王")),
    (AT10, "小李已经到岗了", asked("小李")),
    (AT10, "刘股长从省厅回来了", asked("刘股长")),
    (AT10, "罗主任已从市局回来", asked("罗主任")),
    (AT10, "邹工从十万垅回来了，刚到局里", asked("邹工")),
    (AT10, "李局开完会回来了", asked("李局")),
    (AT10, "老吴已经回到单位了", asked("老吴")),
    (AT10, "欧阳晓峰已经回到局里了", asked("欧阳晓峰")),
    # the errand finished first (看完了, 修好了, 结束了, 顺利), then back
    (AT10, "曹会计取完票据了，人已经回到办公室", asked("曹会计")),
    (AT10, "小蒋那边测量顺利 人已经回来了", asked("小蒋")),
    (AT10, "老何小邓巡堤结束了 都回局里了", asked("老何", "小邓")),
    (AT10, "邓股长和小魏从湘乡回来了", asked("邓股长", "小魏")),
    # names of every shape: ending where a predicate opens, a title completed, a compound
    # surname, 老/小 with a surname no inventory holds, after an address
    (AT10, "谭晓燕病好多了，刚回来", asked("谭晓燕")),
    (AT10, "谢主任和贺局从市局回来了", asked("谢主任", "贺局")),
    (AT10, "司马飞已经回来了，刚到局里", asked("司马飞")),
    (AT10, "小糜刚回来，人在办公室了", asked("小糜")),
    (AT10, "@全体成员 钟工回到单位了", asked("钟工")),
    (AT10, "陈主任，小龚刚回到局里", asked("小龚")),
    # An act of reporting beside it: recorded.
    (AT10, "老王回来了，报一下", recorded("老王")),
    (AT10, "覃工回来了，帮他销个假", recorded("覃工")),
    (AT10, "刘洋已经回到单位了，销假", recorded("刘洋")),
    # Questions, hearsay and sightings: nobody reports.
    (AT10, "老王回来了吗", None),
    (AT10, "老王回来了没", None),
    (AT10, "老王回来了？", None),
    (AT10, "听说老王回来了", None),
    (AT10, "老王好像回来了", None),
    (AT10, "刚看见老王回来了", None),
    # Things and vehicles back; a meal or a break.
    (AT10, "快递回来了", None),
    (AT10, "公车回来了", None),
    (AT10, "老王的车回来了", None),
    (AT10, "材料已经到了", None),
    (AT10, "小王把文件拿回来了", None),
    (AT10, "老王吃完饭回来了", None),
    (AT10, "老王午休回来了", None),
    # Not back, or not yet: home, a future day, a negation, back and gone again.
    (AT10, "老王回家了", None),
    (AT10, "老王回老家了", None),
    (AT10, "老王还没回来", None),
    (AT10, "老王回来了又走了", None),
    (AT10, "老王在办公室", None),
    (AT10, "李局到了，大家去会议室", None),
    (AT10, "检查组到了", None),
    # Anything said beside it makes it news: a welcome, what they brought, what to do now.
    (AT10, "老王回来了，欢迎归队", None),
    (AT10, "陈主任回来了，要签字的抓紧去", None),
    (AT10, "老王回来了，带了一箱橘子", None),
    (AT10, "小周出差回来了，报销单找他签", None),
    (AT10, "老王回来了，在开会", None),
    (AT10, "老王回来了，辛苦了", None),
    # The speaker's own talk about where others are (the rules read the first two as the
    # speaker's own return).
    (AT10, "看到贺局到单位了", None),
    (AT10, "我看贺局回来了", None),
    (AT10, "我看老王回来了", None),
    (AT10, "老王回来了，我去找他签字", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "back"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, back: Back) -> None:
    got = read_report(text, now)
    if back is None:
        assert not got.is_report
        return
    people, ask = back
    assert got.is_report
    assert (got.action, got.kind, got.start, got.end) == ("return", "销假", None, now)
    assert (got.people, got.ask) == (people, ask)


def test_the_old_reader_kept_news_silent() -> None:
    """老杨从益阳培训回来了，刚到局里 (pass 7 kept it silent as news; V0119 labels it 老杨's
    return): now asked about, with 老杨 named."""
    got = read_report("老杨从益阳培训回来了，刚到局里", AT10)
    assert (got.action, got.people, got.ask) == ("return", ("老杨",), True)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
