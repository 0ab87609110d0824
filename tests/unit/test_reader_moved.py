"""An event or errand moved to a new time by the one who goes (h/moved): 长城乡的检查改到周四
了，今天不去; 管工的时间改到下午三点; 省厅的会推到下周二了，我周二去.

The message names the event or the person, never the leave; it ties the goer to the event (the
old day's going withdrawn, the old day at work, the going at the new time, or the event named
as a colleague's). WRITING.md: an amend's period is the new one, its kind null where the
message does not restate it (a meeting or a training named restates it, so does the going).
A notice of an event moved for everyone, or a move with nobody tied to it, stays silent.
Rows are read on Thursday 2026-11-26 at 10:00 (Asia/Shanghai).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, cancel, check_row

# Corpus cases this mechanism reads right: (file, id).
FIXED = [
    ("train-122.jsonl", "BN0057"), ("train-122.jsonl", "BN0077"), ("train-122.jsonl", "BN0131"),
    ("train-123.jsonl", "BN0170"), ("train-123.jsonl", "BN0236"),
    ("train-118.jsonl", "BK0030"), ("train-118.jsonl", "BK0064"),
    ("train-119.jsonl", "BK0585"), ("train-119.jsonl", "BK0591"),
    ("train-101.jsonl", "AY0231"), ("train-124.jsonl", "BO0013"), ("train-63.jsonl", "F0260"),
    ("train-47.jsonl", "N47130"), ("train-124.jsonl", "BO0115"),
]  # fmt: skip

AT10 = _at(10, 0)


def _for(kind: str | None, start: str, end: str, *people: str) -> Row:
    return ("amend", kind, start, end, people)


CASES: list[tuple[datetime, str, Row]] = [
    # the old day's going withdrawn (今天不去, 今天不过去了): the amend to the new day
    (AT10, "长城乡的检查改到下周一了，今天不去", amend(None, "11-30 08:30", "11-30 17:30")),
    (AT10, "验收改到明天下午了，今天不过去了", amend(None, "11-27 14:30", "11-27 17:30")),
    (AT10, "泵站巡查改到下周一了，明天不去", amend(None, "11-30 08:30", "11-30 17:30")),
    # the old day at work (上午在局里, 这周都在局里)
    (AT10, "河长制考核改到下午了，上午在局里", amend(None, "11-26 14:30", "11-26 17:30")),
    (AT10, "培训延期到12月3号，这周都在局里", amend("培训", "12-03 08:30", "12-03 17:30")),
    # the going at the new time (明天上午过去, 我周二上午去): said there in full
    (AT10, "审计局那边改约到明天上午了，明天上午过去",
     amend("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "省厅的会推到下周二了，我周二上午去", amend("会议", "12-01 08:30", "12-01 12:00")),
    # the event named as a colleague's (管工的时间, 小周的培训)
    (AT10, "管工的时间改到下午三点", _for(None, "11-26 15:00", "11-26 17:30", "管工")),
    (AT10, "小周的培训改成下周三开始了，下周三到下周五",
     _for("培训", "12-02 08:30", "12-04 17:30", "小周")),
    # moved a whole week away, the old day at work: no new day, a cancel of the day at work
    (AT10, "泵站验收推到下周了，今天我在局里", cancel("外出", "11-26 08:30", "11-26 17:30")),
    (AT10, "泵站验收推到下周了，下周再去", None),
    # contrasts: moved for everyone, nobody tied to it, not an event, the leave itself
    (AT10, "会议改到周四，请各位准时参加", None),
    (AT10, "检查改到周五了，大家今天不去了", None),
    (AT10, "省厅的会改到明天下午了，大家今天不去了", None),
    (AT10, "区里的检查改到周五了，请相关人员今天不去了", None),
    (AT10, "下周二的省厅视频会改为下周三上午九点", None),
    (AT10, "党校培训改到下周二了", None),
    (AT10, "堤防中心的周报这周改为周四交", None),
    (AT10, "例会改到周五了，今天不开", None),
    (AT10, "验收改到明天下午了，今天不去吗", None),
    (AT10, "年假改到下周一了", amend("年假", "11-30 08:30", "11-30 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
