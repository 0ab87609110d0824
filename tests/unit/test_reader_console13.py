"""Readings found wrong in the console in the thirteenth session, each fixed by its cause
(one section per cause). Times are ``"MM-DD HH:MM"`` in 2026, read on Monday 30 November at
09:20.

A half with 不来了 (请个假，今天上午不来了) says when the speaker is away, ahead: the leave is
that half. The 了 of a negated verb is no perfective, so the clause is not one that tells what
happened, whose half would date the leave without bounding it
(absence_reader._HAPPENED, _event_halves).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

MON = _at(9, 20, 30, 11)

CASES: list[tuple[datetime, str, Row]] = [
    (MON, "请个假，今天上午不来了", new("请假", "11-30 08:30", "11-30 12:00")),
    (MON, "请假，明天上午不来了", new("请假", "12-01 08:30", "12-01 12:00")),
    (MON, "帮小陈请个假，她今天上午不来了", new("请假", "11-30 08:30", "11-30 12:00", "小陈")),
    # contrasts: what happened this morning dates a day's leave (_event_halves)
    (MON, "今天早上摔了一跤，请病假", new("病假", "11-30 08:30", "11-30 17:30")),
    (MON, "今天上午不来了，孩子发烧", new("请假", "11-30 08:30", "11-30 12:00")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_console_readings(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
