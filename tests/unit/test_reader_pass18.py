"""Reader pass 18 (issue 11): three everyday outings the vetoes read as silence.

Each refusal is narrowed to its real construction: a verb of checking before 是否 (看看电机是否
正常) is what the trip is for, not a question; a 的话 after the outing's own clause whose
consequent is the return (正常的话下午回) conditions the return only; 报销 right after a fetching
verb (拿报销的发票) is the thing fetched, not a reimbursement notice. Contrasts stay silent.
Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai (Thursday 2026-11-26).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

CASES: list[tuple[datetime, str, Row]] = [
    # An indirect question after a verb of checking: the errand, asked of nobody.
    (_at(15, 0), "我现在去泵站看看电机是否正常", new("外出", "11-26 15:00", None)),
    (_at(15, 0), "我现在去闸站查一下有没有漏水", new("外出", "11-26 15:00", None)),
    (_at(9, 0), "下午去白石泵站确认一下机组能否启动", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(9, 0), "下午去新桥闸看看出了什么问题", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(15, 0), "泵站的电机是否正常？", None),
    (_at(15, 0), "泵站的电机是否正常", None),
    (_at(15, 0), "下午能否去泵站看看电机", None),
    (_at(15, 0), "去泵站看看电机是否正常？", None),
    (_at(15, 0), "你去泵站看看电机是否正常", None),
    (_at(15, 0), "明天要不要去泵站看看电机是否正常", None),
    # A condition on the return, after the outing's own clause: the outing stands.
    (
        _at(10, 0),
        "今天去新桥闸检修，闸门启闭正常的话下午回",
        new("外出", "11-26 10:00", "11-26 17:30"),
    ),
    (
        _at(10, 0),
        "今天去白石泵站调试，机组没问题的话下午就回来",
        new("外出", "11-26 10:00", "11-26 17:30"),
    ),
    (
        _at(9, 0),
        "下午去金霞垸巡堤，水位不涨的话五点回",
        new("外出", "11-26 14:30", "11-26 17:00"),
    ),
    (_at(10, 0), "如果闸门启闭正常的话，我今天去新桥闸", None),
    (_at(10, 0), "小李去新桥闸检修的话，下午回", None),
    (_at(10, 0), "今天要是去新桥闸的话下午回", None),
    (_at(10, 0), "老王同意的话，我明天去市局", None),
    (_at(10, 0), "局长批了的话明天去省厅", None),
    (_at(10, 0), "今天去新桥闸检修，闸门正常的话明天就不用去了", None),
    # 报销 as the thing fetched, not a reimbursement notice.
    (_at(9, 0), "下午去财政局拿报销的发票", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(9, 0), "下午去财务科送报销的单据", new("外出", "11-26 14:30", "11-26 17:30")),
    (_at(9, 0), "明天上午去财政局交报销材料", new("外出", "11-27 08:30", "11-27 12:00")),
    (_at(9, 0), "去财政局拿的发票放哪了", None),
    (_at(9, 0), "报销的发票月底前交到财务室", None),
    # Work done and reported on stays a work report.
    (_at(16, 0), "去泵站看了，电机正常", None),
    (_at(16, 0), "今天去泵站看了看电机是否正常，一切正常", None),
]


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
