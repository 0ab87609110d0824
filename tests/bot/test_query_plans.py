"""The read paths of the daily work must cost the same with five years of history as on day
one: no statement they run over ``absences`` scans the table or walks a start_at index
(which would read the whole history before the window). Checked with SQLite's own
EXPLAIN QUERY PLAN on the statements really run, captured with their values; never timed."""

from __future__ import annotations

from datetime import datetime

from bot.console import ConsoleSession
from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import SYSTEM
from tests.conftest import TZ


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ)


async def _history(chat: ConsoleSession) -> None:
    """A few old absences, so the planner has rows to choose paths over."""
    repo = AbsenceRepo(chat.services.db)
    for name in ("李四", "王五"):
        await chat.person(name)
        member = await chat.services.members.find(name)
        for month in range(1, 11):
            start = at(2025, month, 3, 8, 30)
            entry = NewAbsence(
                member_id=member.id, kind="事假", start=start,
                end=at(2025, month, 3, 17, 30), reason=None, days=1.0,
            )  # fmt: skip
            await repo.record([entry], -1, month * 100 + member.id, "旧记录", SYSTEM, start)


async def _plans(chat: ConsoleSession, statements: list[str]) -> dict[str, list[str]]:
    plans: dict[str, list[str]] = {}
    for sql in dict.fromkeys(statements):
        rows = await chat.services.db.fetchall(f"EXPLAIN QUERY PLAN {sql}")
        plans[sql] = [r["detail"] for r in rows]
    return plans


def _reads_absences(sql: str) -> bool:
    head = sql.lstrip().upper()
    return head.startswith("SELECT") and " ABSENCES" in head.replace("\n", " ")


async def test_daily_read_paths_never_scan_the_absence_history(chat, clock):
    await _history(chat)
    statements: list[str] = []
    await chat.services.db.trace(statements.append)
    try:
        [answer] = await chat.say("李四", "明天下午请假，孩子家长会")  # duplicate, overlap
        await chat.say("李四", "改为后天下午", reply_to=answer.message_id)  # found by its reply
        await chat.say("王五", "外出：姜畲大堤巡查，下午3点回")
        await chat.say("李四", "/whosout")
        await chat.say("李四", "/whosout 明天")
        await chat.say("李四", "/balance")  # the annual-leave sum
        await chat.say("王五", "我回来了")
        clock.set(at(2026, 12, 1, 8, 20))  # the morning roll call
        await chat.run_due()
        clock.set(at(2026, 12, 1, 17, 45))  # the leaders' summary
        await chat.run_due()
        clock.set(at(2026, 12, 4, 17, 0))  # Friday: the weekly digest and its attendance
        await chat.run_due()
    finally:
        await chat.services.db.trace(None)
    reads = [s for s in statements if _reads_absences(s)]
    assert len(reads) >= 5, reads  # the paths above really read absences
    for sql, plan in (await _plans(chat, reads)).items():
        touching = [step for step in plan if "absences" in step and "absences_source" not in step]
        assert not any(step.startswith("SCAN absences") for step in touching), (sql, plan)
        assert not any(
            "(member_id=? AND start_at<" in step or "(start_at<" in step for step in touching
        ), (sql, plan)
    # The annual-leave sum reads one person's rows of one kind and year from the index
    # alone: a table lookup per absence of the person's year grew with the history.
    sums = [sql for sql in reads if "SUM(days)" in sql and "'年假'" in sql]
    assert sums, reads
    for sql, plan in (await _plans(chat, sums)).items():
        steps = [step for step in plan if "absences" in step]
        assert steps and all(
            "COVERING INDEX absences_member_kind (member_id=? AND kind=? AND start_at>? AND" in step
            for step in steps
        ), (sql, plan)
