"""The whole absence path: update in → read → record → reply out, through the real
Application with the in-process transport and a real SQLite file. Prints reports/s.

Target (issue 3): ≥ 300 reports/s on the 2-core machine.
Run: .venv/bin/python bench/bench_absence_path.py [N]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.config import Settings
from bot.console import ConsoleSession

TZ = ZoneInfo("Asia/Shanghai")
PEOPLE = [f"职工{i:02d}" for i in range(50)]
# Every report a person makes is for another half day, so none overlaps an earlier one (an
# overlap would be answered with a question, and nothing recorded, which is another path).
DAYS = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 30, 31]
TEMPLATES = [
    "12月{d}日{half}请假，孩子家长会",
    "12月{d}日{half}请事假",
    "12月{d}日{half}外出：姜畲大堤巡查",
    "12月{d}日{half}请病假",
]


def message(i: int) -> str:
    slot = i // len(PEOPLE)  # the person's n-th report
    day, half = DAYS[slot // 2 % len(DAYS)], "上午" if slot % 2 == 0 else "下午"
    return TEMPLATES[i % len(TEMPLATES)].format(d=day, half=half)


async def run(n: int) -> tuple[float, float, list[float], int]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database={"path": str(Path(tmp) / "bench.sqlite3")})
        clock = ManualClock(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
        session = await ConsoleSession.open(settings, clock)
        try:
            for name in PEOPLE:  # members exist before the clock starts
                await session.person(name)
            latencies = []
            cpu_started = time.process_time()
            started = time.perf_counter()
            for i in range(n):
                t0 = time.perf_counter()
                outputs = await session.say(PEOPLE[i % len(PEOPLE)], message(i))
                latencies.append(time.perf_counter() - t0)
                assert outputs, "every report is answered"
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            recorded = await session.services.db.fetchval("SELECT COUNT(*) FROM absences")
        finally:
            await session.close()
    return elapsed, cpu, latencies, int(recorded)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    elapsed, cpu, latencies, recorded = asyncio.run(run(n))
    latencies.sort()
    print(
        f"absence path: {n} reports in {elapsed:.2f} s = {n / elapsed:.0f} reports/s "
        f"({recorded} rows recorded); {n / cpu:.0f} reports per CPU-second "
        f"(all threads; the figure that does not depend on other load)"
    )
    print(
        f"  per report: median {statistics.median(latencies) * 1000:.2f} ms, "
        f"p95 {latencies[int(0.95 * len(latencies))] * 1000:.2f} ms, "
        f"max {latencies[-1] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
