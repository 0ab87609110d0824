"""Leave approval: what it adds to every update, with three years of decided requests.

Every update ends with :func:`bot.features.approval.after_update` (follow withdrawn and changed
absences, send notices not sent yet). This seeds ``MEMBERS`` × ``PER_MEMBER`` leave records,
each with a decided request, then times that step alone, and a whole report (``明天请事假``,
card and approver's notice) with approval on and off, through the console session.

Prints figures; asserts nothing about time. Run: ``.venv/bin/python bench/bench_approval.py``.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import ManualClock  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.console import ConsoleSession  # noqa: E402
from bot.features import approval  # noqa: E402
from storage.db import to_db_time  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)
MEMBERS = 60
PER_MEMBER = 40  # about three years of leave each
RUNS = 200


async def seed(chat: ConsoleSession) -> None:
    db = chat.services.db
    async with db.transaction() as conn:
        for m in range(MEMBERS):
            cur = await conn.execute(
                "INSERT INTO members(real_name, created_at, updated_at) VALUES (?, ?, ?)",
                (f"成员{m}", to_db_time(NOW), to_db_time(NOW)),
            )
            member_id = cur.lastrowid
            for i in range(PER_MEMBER):
                start = NOW - timedelta(days=3 * 365) + timedelta(days=27 * i + m % 20)
                end = start + timedelta(hours=9)
                cur = await conn.execute(
                    "INSERT INTO absences(member_id, reporter_id, kind, start_at, end_at,"
                    " planned_end_at, days, status, source_text, created_at, updated_at)"
                    " VALUES (?, ?, '事假', ?, ?, ?, 1, 'active', '', ?, ?)",
                    (member_id, member_id, to_db_time(start), to_db_time(end),
                     to_db_time(end), to_db_time(start), to_db_time(start)),
                )  # fmt: skip
                await conn.execute(
                    "INSERT INTO approvals(absence_id, approver_id, level, kind, start_at, end_at,"
                    " days, status, requested_at, notified_at, decided_by, decided_at)"
                    " VALUES (?, ?, '局长', '事假', ?, ?, 1, '已批准', ?, ?, ?, ?)",
                    (cur.lastrowid, member_id, to_db_time(start), to_db_time(end),
                     to_db_time(start), to_db_time(start), member_id, to_db_time(start)),
                )  # fmt: skip


async def timed(work, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        began = time.perf_counter()
        await work()
        out.append((time.perf_counter() - began) * 1000)
    return out


def line(label: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1]
    print(f"{label:<44} median {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms")


async def report_cost(enabled: bool, folder: Path) -> list[float]:
    settings = Settings(
        database={"path": str(folder / f"{enabled}.sqlite3")},
        approval={"enabled": enabled},
        absences={"morning_post": False},
    )
    clock = ManualClock(NOW)
    chat = await ConsoleSession.open(settings, clock, default_speaker="张三")
    try:
        await seed(chat)
        await chat.person("张三")
        costs = []
        for i in range(RUNS // 4):
            clock.set(NOW + timedelta(minutes=i))
            began = time.perf_counter()
            await chat.say("张三", "明天请事假")
            costs.append((time.perf_counter() - began) * 1000)
            await chat.press("张三", "撤销")
        if enabled:
            step = await timed(lambda: approval.deliver(chat.app, chat.services.now()), RUNS)
            line("after every update (deliver, nothing new)", step)
        return costs
    finally:
        await chat.close()


async def main() -> None:
    print(f"{MEMBERS * PER_MEMBER} decided requests on file; {RUNS // 4} reports each way")
    with tempfile.TemporaryDirectory() as folder:
        on = await report_cost(True, Path(folder))
        off = await report_cost(False, Path(folder))
    line("a report, card and notice (approval on)", on)
    line("a report and card (approval off)", off)


if __name__ == "__main__":
    asyncio.run(main())
