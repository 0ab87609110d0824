"""Mechanisms of reader pass 26n (the misses left in blind files 114–143), on sentences of
our own beside the corpus case.

Each cause, stated as a person would state the rule, is tried in other words beside a
contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai;
rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, back, cancel, check_row

# No corpus case is fixed fully: BK0571 and BO0130, silent on main, are now read as the
# cancels they are, but their labels give days the messages do not say (a withdrawal with no
# day leaves the day to the record it withdraws, as test_absence_reader's rows have it).


AT9 = _at(9, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # A leave withdrawn, then the arrival at work (今天的事假不请了，已经到单位): the leave never
    # began, so it is cancelled, not returned from. The rest of a leave begun dropped beside
    # the arrival (到单位了，剩下那天年假不休了) stays a return.
    (AT9, "今天的年假不休了，我已经到单位", cancel("年假", "11-26 08:30", "11-26 17:30")),
    (AT9, "今天的事假不请了，人已经到局里了", cancel("事假", "11-26 08:30", "11-26 17:30")),
    (AT9, "谢军说今天的病假不请了，已经到单位",
     cancel("病假", "11-26 08:30", "11-26 17:30", "谢军")),
    (AT9, "到单位了，剩下那天年假不休了", back("11-26 09:00")),
    (AT9, "已经到单位了，销假", back("11-26 09:00")),
    # 调休 is a leave like 年假: withdrawn in its own clause, the clauses after it say why (an
    # inspection coming, a notice heard) and make it no notice. An inspection coming with
    # nothing withdrawn is still a notice.
    (AT9, "今天的调休不休了，局里来检查组", cancel("调休", "11-26 08:30", "11-26 17:30")),
    (AT9, "明天的调休取消了，省厅要来检查", cancel("调休", "11-27 08:30", "11-27 17:30")),
    (AT9, "明天局里来检查组，大家不要调休", None),
    (AT9, "调休不休了能不能挪到下个月？", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)
