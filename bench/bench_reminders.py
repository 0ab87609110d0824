"""Reminders: loading and scheduling 1,000 at start, and firing delay in a real-time run.

The real Application with the in-process transport (LocalBotApi) and PTB's real JobQueue, on a
SystemClock, not the console: each active reminder gets its ``run_once`` job at start, exactly
as in production. 1,000 reminders are written to SQLite; ``DUE`` of them are due during a short
real-time run, at whole seconds from 2 s after start (``PER_INSTANT`` sharing each instant,
the rest of them days away). A listener on LocalBotApi records when each ``sendMessage``
arrives; the delay is that moment minus the reminder's scheduled instant.

Prints figures; asserts nothing about time. Run: ``.venv/bin/python bench/bench_reminders.py``.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import close, create_app, startup  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.features import reminders as feature  # noqa: E402
from bot.transport import LocalBotApi, Output  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.members import MemberRepo  # noqa: E402
from storage.reminders import ReminderRepo  # noqa: E402

GROUP = -1001000000001
TOTAL = 1000
DUE = 96
PER_INSTANT = 12  # reminders sharing one whole-second instant
FIRST_AFTER = 2.0  # seconds after the run starts
_NUMBER = re.compile(r"提醒 #(\d+)")


def daily(hour: int, minute: int) -> dict:
    return {"kind": "daily", "at": f"{hour:02d}:{minute:02d}", "weekdays": [], "month_day": None,
            "date": None, "months": [], "cron": None}  # fmt: skip


async def seed(path: Path, run_start: datetime) -> dict[int, datetime]:
    """Write the reminders; returns the scheduled instant of each one due in the run."""
    db = await Database.open(path)
    try:
        member = await MemberRepo(db).seen(9_000_001, None, "张三", run_start)
        first = datetime.fromtimestamp(math.ceil(run_start.timestamp() + FIRST_AFTER), UTC)
        rows = []
        due: dict[int, datetime] = {}
        for i in range(TOTAL):
            if i < DUE:
                instant = first + timedelta(seconds=i // PER_INSTANT)
                due[i + 1] = instant
            else:
                instant = run_start + timedelta(days=1 + i % 30, minutes=i)
            rows.append((member.id, GROUP, daily(8, i % 60), f"提醒事项 {i + 1}", instant))
        await ReminderRepo(db).add_many(rows, run_start)
    finally:
        await db.close()
    return due


async def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            database={"path": str(Path(folder) / "bench.sqlite3")},
            telegram={"group_ids": [GROUP], "rate_limit": False},
        )
        clock = SystemClock()
        due = await seed(settings.database.path, clock.now())

        api = LocalBotApi(clock)
        api.add_chat({"id": GROUP, "type": "supergroup", "title": "bench"})
        arrivals: dict[int, float] = {}

        def listen(output: Output) -> None:
            found = _NUMBER.search(output.text or "")
            if output.method == "sendMessage" and found:
                arrivals.setdefault(int(found.group(1)), time.time())

        api.listeners.append(listen)
        app = await create_app(settings, clock, request=api)
        await app.initialize()
        svc = app.bot_data["services"]

        t0 = time.perf_counter()
        loaded = await svc.reminders.armed()
        load_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        await startup(app)  # every feature's start-up; reminders arm their 1,000 jobs here
        startup_ms = (time.perf_counter() - t0) * 1000
        jobs = len(app.job_queue.jobs(r"^reminder:"))
        t0 = time.perf_counter()
        await feature.on_startup(app, svc)  # again: replacing 1,000 armed jobs
        rearm_ms = (time.perf_counter() - t0) * 1000

        await app.start()
        last = max(due.values()).timestamp()
        await asyncio.sleep(max(0.0, last - time.time()) + 1.5)
        await app.stop()
        await app.shutdown()
        await close(app)

    delays = sorted((arrivals[n] - due[n].timestamp()) * 1000 for n in due if n in arrivals)
    firsts = [
        (arrivals[n] - due[n].timestamp()) * 1000
        for n in due
        if n in arrivals and (n - 1) % PER_INSTANT == 0
    ]
    print(f"reminders in the database: {TOTAL}, loaded: {len(loaded)} in {load_ms:.1f} ms")
    print(f"start-up (all features, {jobs} reminder jobs armed): {startup_ms:.1f} ms")
    print(f"re-arming all {jobs} jobs: {rearm_ms:.1f} ms")
    print(
        f"due during the run: {len(due)} at {len(due) // PER_INSTANT} instants, "
        f"{PER_INSTANT} per instant; sent: {len(delays)}"
    )
    if delays:
        p95 = delays[min(len(delays) - 1, int(0.95 * len(delays)))]
        print(
            f"firing delay (instant → sendMessage): median {statistics.median(delays):.1f} ms,"
            f" p95 {p95:.1f} ms, max {max(delays):.1f} ms, min {min(delays):.1f} ms"
        )
        print(
            f"first of each instant: median {statistics.median(firsts):.1f} ms,"
            f" max {max(firsts):.1f} ms"
        )
    if len(delays) != len(due):
        print(f"MISSING: {sorted(set(due) - set(arrivals))}")
        sys.exit(1)


if __name__ == "__main__":
    asyncio.run(main())
