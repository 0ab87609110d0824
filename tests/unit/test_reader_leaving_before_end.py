"""Leaving early counted back from the end of the day (下班前一个小时走, 下班前半小时走) is
早退 from that long before 17:30, as 提前一小时下班 is (lexicon.EARLY_DUR; the date engine
reads the length after 下班前 as a length, as after 提前). Found in the console, where it was
silent. A task due before the end of the day is no leaving. Times are ``"MM-DD HH:MM"`` in
2026, read on Monday 30 November at 09:20.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.chinese_dates.lexer import lex
from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

MON = _at(9, 20, 30, 11)

CASES: list[tuple[datetime, str, Row]] = [
    (MON, "下班前一个小时走，家里有事", new("早退", "11-30 16:30", "11-30 17:30")),
    (MON, "下班前半小时走", new("早退", "11-30 17:00", "11-30 17:30")),
    (MON, "明天下班前一个小时走", new("早退", "12-01 16:30", "12-01 17:30")),
    (MON, "下班前一小时左右走", new("早退", "11-30 16:30", "11-30 17:30")),
    # contrasts: a task due before the day's end; the early leave said the usual way
    (MON, "下班前半小时把材料交上来", None),
    (MON, "提前一小时下班，去接孩子", new("早退", "11-30 16:30", "11-30 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_leaving_counted_back(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


def test_length_after_end_of_day_is_a_length() -> None:
    """下班前 lets a length follow, as 提前 does; 前 alone (三天前) still does not."""
    assert [t.kind for t in lex("下班前一个小时")] == ["dur"]
    assert [t.kind for t in lex("提前一个小时")] == ["dur"]
    assert [t.kind for t in lex("前一个小时")] == []
