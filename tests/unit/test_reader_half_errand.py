"""Work resumed at a half of the day (下午来, 下午来上班, 下午到岗) after the speaker's own
health check or a private errand is a leave of the half before it, as after a family affair
or a symptom (absence_reader._family_half): 明天上午体检，下午来 is a morning's sick leave,
明天上午去办房产证，下午来上班 a morning's leave. Found in the console, where both were silent.

An arrival by a clock stays lateness (WRITING.md: 去医院拿体检报告，九点半到单位 is 晚到), and the
staff's check-up list taken to the hospital stays an outing. Times are ``"MM-DD HH:MM"`` in
2026, read on Monday 30 November at 09:20.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

MON = _at(9, 20, 30, 11)

CASES: list[tuple[datetime, str, Row]] = [
    (MON, "明天上午体检，下午来", new("病假", "12-01 08:30", "12-01 12:00")),
    (MON, "明天上午体检，下午来上班", new("病假", "12-01 08:30", "12-01 12:00")),
    (MON, "明天上午考驾照科目二，下午来", new("请假", "12-01 08:30", "12-01 12:00")),
    (MON, "明天上午去办房产证，下午来上班", new("请假", "12-01 08:30", "12-01 12:00")),
    (MON, "今天上午去车管所办点事，下午到岗", new("请假", "11-30 08:30", "11-30 12:00")),
    # contrasts: an arrival by a clock is lateness; the staff's list is the office's errand
    (MON, "明早抽血，十点左右到", new("晚到", "12-01 08:30", "12-01 10:00")),
    (MON, "明天早上考科目一，十点半到单位", new("晚到", "12-01 08:30", "12-01 10:30")),
    (MON, "明天上午去区医院体检中心送名单，下午回",
     new("外出", "12-01 08:30", "12-01 12:00")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_half_after_own_errand(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
