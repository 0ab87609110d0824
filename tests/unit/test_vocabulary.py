"""The shared vocabulary matches what the database accepts, so a status cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from bot.domain.vocabulary import COUNTING_STATUSES, OPEN_STATUSES, AbsenceStatus, sql_in

MIGRATIONS = Path(__file__).parents[2] / "storage" / "migrations"


def test_absence_statuses_are_the_ones_the_table_accepts():
    sql = (MIGRATIONS / "0002_absences.sql").read_text("utf-8")
    checked = re.search(r"status IN \(([^)]*)\)", sql)
    assert checked is not None
    assert set(re.findall(r"'([^']+)'", checked.group(1))) == {str(s) for s in AbsenceStatus}


def test_every_status_but_a_withdrawn_one_counts_and_open_ones_are_among_them():
    assert set(COUNTING_STATUSES) == set(AbsenceStatus) - {AbsenceStatus.CANCELLED}
    assert set(OPEN_STATUSES) <= set(COUNTING_STATUSES)
    assert sql_in(OPEN_STATUSES) == "status IN ('active', 'amended')"


def test_the_kind_groups_split_the_kinds_and_the_reader_emits_no_other():
    from bot.domain.absence_reader import read_report
    from bot.domain.absence_rules import DUTY_KINDS, LEAVE_KINDS, PARTIAL_KINDS
    from bot.domain.office import OfficeHours
    from bot.domain.vocabulary import AbsenceKind
    from tests.conftest import MONDAY_MORNING

    groups = [set(LEAVE_KINDS), set(DUTY_KINDS), set(PARTIAL_KINDS)]
    assert sum(len(g) for g in groups) == len(set().union(*groups))  # no kind in two groups
    assert set().union(*groups) == {str(k) for k in AbsenceKind} - {"销假"}
    said = ["明天请事假", "下午去泵站", "明天晚到一小时", "我回来了", "下周一到周三出差"]
    for text in said:
        kind = read_report(text, MONDAY_MORNING, OfficeHours()).kind
        assert kind in {str(k) for k in AbsenceKind}, (text, kind)
