"""Mechanisms of reader pass 27c (blind files 148–149: January–February 2026 around the
Spring Festival and its 补班 Saturdays, the office reporting for staff and leaders), on
sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read at the time given (2026's Spring Festival is 17 February; the
State Council's notice makes 14 and 28 February working Saturdays).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-148.jsonl", "CD0033"),
    ("train-149.jsonl", "CD0275"), ("train-149.jsonl", "CD0280"), ("train-149.jsonl", "CD0258"),
]  # fmt: skip


FEB10 = _at(10, 0, 10, 2)

CASES: list[tuple[datetime, str, Row]] = [
    # 正月初八, or 初八 alone in the weeks around the Spring Festival: a day of the lunar new
    # year (the festival's day plus seven), not 月初 (the first of a month) and not nothing.
    (FEB10, "正月初九请一天年假", new("年假", "02-25 08:30", "02-25 17:30")),
    (FEB10, "初十请一天事假，家里有事", new("事假", "02-26 08:30", "02-26 17:30")),
    (_at(16, 0, 13, 2), "正月初八（2月24日）起休陪产假，共15天",
     new("陪产假", "02-24 08:30", "03-10 17:30")),
    (_at(14, 0, 13, 2), "初八上午请假，下午到", new("请假", "02-24 08:30", "02-24 12:00")),
    (_at(11, 15, 9, 2), "腊月二十六（2月13日）请年假一天",
     new("年假", "02-13 08:30", "02-13 17:30")),
    (FEB10, "3月初请一天年假", new("年假", "03-02 08:30", "03-02 17:30")),
    # 补班那天, 2月14日（补班）: the working Saturday named as the day of one's own absence,
    # not a notice about the holiday's arrangements (补班那天食堂开不开？ stays a question).
    (FEB10, "2月14日（补班）我下午早走一小时", new("早退", "02-14 16:30", "02-14 17:30")),
    (FEB10, "补班当天（2月14日）请假一天", new("请假", "02-14 08:30", "02-14 17:30")),
    (FEB10, "补班那天（2月14号）上午去区财政局对账", new("外出", "02-14 08:30", "02-14 12:00")),
    (FEB10, "补班那天食堂开不开？", None),
    (FEB10, "2月14日补班，各股室正常上班", None),
    # 他们派人来取: someone else sending a person here is no order to our staff; the outing
    # withdrawn before it stays a cancel.
    (_at(10, 0), "明天上午不去区财政局了，他们派人来拿",
     cancel("外出", "11-27 08:30", "11-27 12:00")),
    (_at(10, 0), "下午不去水文站了，站里派人过来取", cancel("外出", "11-26 14:30", "11-26 17:30")),
    (_at(10, 0), "各股室派一人参加", None),
    # 原定…改成视频会: an event planned elsewhere (原定) turned into a video meeting held here,
    # nobody's withdrawal said: a notice. The speaker's own 不去了，改成视频会 stays a cancel.
    (_at(10, 0), "原定去市里的培训改成视频会了，在局里三楼参加", None),
    (_at(10, 0), "原定明天去区里的会改为视频会议，在三楼会议室参加", None),
    (_at(10, 0), "周五不去区里开会了，改成视频会", cancel("会议", "11-27 08:30", "11-27 17:30")),
    (_at(10, 0), "明天去区里开会", new("会议", "11-27 08:30", "11-27 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)


def test_lunar_days() -> None:
    """正月初N is the festival's day plus N − 1 in the year that makes it next; 初N alone names
    a day only near the festival; 除夕 is the eve."""
    from datetime import date

    from bot.domain.chinese_dates.dates import DateSpec, resolve_date, spring_festival
    from bot.domain.chinese_dates.lexer import lex

    assert spring_festival(2026) == date(2026, 2, 17)
    assert spring_festival(2027) == date(2027, 2, 6)
    eighth = DateSpec("lunar", month=1, day=8)
    assert resolve_date(eighth, date(2026, 2, 13)) == (date(2026, 2, 24),) * 2
    assert resolve_date(eighth, date(2026, 3, 1)) == (date(2027, 2, 13),) * 2
    assert resolve_date(eighth, date(2026, 3, 1), backward=True) == (date(2026, 2, 24),) * 2
    bare = DateSpec("lunar", month=1, day=8, offset2=1)
    assert resolve_date(bare, date(2026, 2, 13)) == (date(2026, 2, 24),) * 2
    assert resolve_date(bare, date(2026, 11, 26)) is None
    eve = DateSpec("lunar", month=1, day=0)
    assert resolve_date(eve, date(2026, 2, 1)) == (date(2026, 2, 16),) * 2
    assert [t.value for t in lex("正月初八上班")] == [eighth]
    assert [t.value for t in lex("初八上班")] == [bare]
    assert lex("孩子初三年级") == [] and lex("当初说好的") == []
