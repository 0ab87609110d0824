"""A colleague named as the subject of a training or a meeting, with no verb of going
(老易下周一到周五培训, 小王下午开会), is read as 我下周培训 is: the named person attends
(lexicon.ATTEND, the blanked name in the subject's place). Found in the console: the message
was silent, and the next /note would have marked 老易 未报备.

Contrasts: a notice to a crowd, a question, the event's papers and a meeting in the building
stay silent. Times are ``"MM-DD HH:MM"`` in 2026, read on Monday 30 November at 09:20.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

MON = _at(9, 20, 30, 11)

CASES: list[tuple[datetime, str, Row]] = [
    (MON, "老易下周一到周五培训", new("培训", "12-07 08:30", "12-11 17:30", "老易")),
    (MON, "老易明天培训", new("培训", "12-01 08:30", "12-01 17:30", "老易")),
    (MON, "小王下午开会", new("会议", "11-30 14:30", "11-30 17:30", "小王")),
    (MON, "老易、小张明天开会", new("会议", "12-01 08:30", "12-01 17:30", "老易", "小张")),
    (MON, "欧阳晓峰周三到周五学习班", new("培训", "12-02 08:30", "12-04 17:30", "欧阳晓峰")),
    # contrasts: nobody named attends, a question, the papers, a room in the building
    (MON, "全体人员明天下午开会", None),
    (MON, "各股室负责人明天上午开会", None),
    (MON, "老易明天培训？", None),
    (MON, "小王明天开会的材料准备好了吗", None),
    (MON, "刘洋今天下午三楼开会", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_named_subject_attends(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
