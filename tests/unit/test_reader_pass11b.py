"""Mechanisms of the eleventh reader pass, second half (blind files 64–65: typos and voice
input, returns, late arrival and early leave), each on sentences of our own.

Each mechanism has rows beside a contrast that must read differently. Times are
``"MM-DD HH:MM"`` in 2026, Asia/Shanghai; most rows are read at Thursday 2026-11-26 09:15.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.test_reader_pass7 import THU, Row, back, check_row, new

CASES: list[tuple[datetime, str, Row]] = [
    # Voice and pinyin slips read as the key word only where it fits: 店 for 点 after a
    # number and before a verb, 办 for 半 after N点, 粥 for 周 and 星七 for 星期 before a
    # weekday, 仨/俩 before a counter, 倒岗 after 已/刚, 尚班, 小假 alone after an arrival.
    (THU, "下五两店去区税务局 四点前回", new("外出", "11-26 14:00", "11-26 16:00")),
    (THU, "九点办去区档案馆 十点回", new("外出", "11-26 09:30", "11-26 10:00")),
    (THU, "下午三点办的手续", None),
    (THU, "下粥二请假", new("请假", "12-01 08:30", "12-01 17:30")),
    (THU, "粥三去市局开会", new("会议", "12-02 08:30", "12-02 17:30")),
    (THU, "星七五请假", new("请假", "11-27 08:30", "11-27 17:30")),
    (THU, "下周二请俩天事假", new("事假", "12-01 08:30", "12-02 17:30")),
    (THU, "刚倒岗", back("11-26 09:15")),
    (THU, "两个班组轮流倒岗", None),
    (THU, "到了 小假", back("11-26 09:15")),
    (THU, "元旦想放个小假", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_reads_the_message(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
