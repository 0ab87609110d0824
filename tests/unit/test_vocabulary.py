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
