"""Mechanisms of reader pass 20 (blind files 92–93), on sentences of our own beside the
corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read at Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, back, check_row, new

TZ = ZoneInfo("Asia/Shanghai")

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-93.jsonl", "AS0322"), ("train-92.jsonl", "AS0080"),
]  # fmt: skip


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 26, hour, minute, tzinfo=TZ)


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 几天 after a word that makes it indefinite (最后几天, 好几天, 头几天, 十几天) asks nothing.
    (AT10, "周三到周五请假，年底最后几天", new("请假", "12-02 08:30", "12-04 17:30")),
    (AT10, "下周一到周三休年假，今年的头几天没休", new("年假", "11-30 08:30", "12-02 17:30")),
    (AT10, "下周请几天假？", None),
    # People picked out by a record (没销假的, 请假的), followed up by the speaker, are no
    # return and no absence of the speaker's.
    (AT10, "上周请假没销假的我单独问", None),
    (AT10, "这周外出没报备的我挨个提醒", None),
    (AT10, "刚到单位，销假", back("11-26 10:00")),
]


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
