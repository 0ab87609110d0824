"""The whole absence path: update in → read → record → reply out, through the real
Application with the in-process transport and a real SQLite file. Prints reports/s.

Targets: ≥ 300 reports/s on the 2-core machine (issue 3); a median within 1.5× the floor of
``bench_floor.py`` (measured in the same run, one floor update after each report) and, with
``--history 100000`` older absences stored, within 1.2× of the empty database (issue 17).
Run: .venv/bin/python bench/bench_absence_path.py [N] [--history H] [--no-floor] [--reader-memo]

``--reader-memo`` is an experiment, not the product: the handler's reader remembers its
answers (the run's 2,000 reports use 184 texts), so the figure shows what the path costs
without most of the reader's work (docs/performance.md, "Where the path's time goes").
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
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


async def write_history(session: ConsoleSession, members: list[int], count: int) -> None:
    """``count`` older absences of these members over the five years before the run, with a
    note per 20 absences and a progress update per 20, written in bulk (only the timed part
    goes through the bot)."""
    from storage.db import to_db_time

    rng = random.Random(7)
    first = datetime(2021, 11, 1, tzinfo=TZ).timestamp()
    span = datetime(2026, 11, 1, tzinfo=TZ).timestamp() - first
    rows = []
    for i in range(count):
        start = datetime.fromtimestamp(first + rng.random() * span, TZ).replace(
            hour=8, minute=30, second=0, microsecond=0
        )
        end = start.replace(hour=17, minute=30)
        member = members[i % len(members)]
        rows.append(
            (member, member, "事假", to_db_time(start), to_db_time(end), to_db_time(end),
             "旧记录", 1.0, "active", -5, i + 1, "旧记录", to_db_time(start), to_db_time(start))
        )  # fmt: skip
    async with session.services.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO absences(member_id, reporter_id, kind, start_at, end_at,"
            " planned_end_at, reason, days, status, source_chat_id, source_message_id,"
            " source_text, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        notes = [
            (to_db_time(datetime.fromisoformat(r[3])), members[0], f"旧督查 {k}", -5, k + 1)
            for k, r in enumerate(rows[::20])
        ]
        await conn.executemany(
            "INSERT INTO notes(at, author_id, text, category, status, source_chat_id,"
            " source_message_id, created_at, updated_at)"
            " VALUES (?1, ?2, ?3, '其他', 'active', ?4, ?5, ?1, ?1)",
            notes,
        )
    # The bulk write's WAL is folded into the file before timing, as it would be long
    # before the next report in a bot that has run for years.
    await session.services.db.fetchall("PRAGMA wal_checkpoint(TRUNCATE)")


async def run(
    n: int, history: int = 0, *, floor: bool = True
) -> tuple[float, float, list[float], int, list[float]]:
    """(seconds, CPU seconds, per-report latencies, rows recorded, floor latencies).

    With ``floor``, one update of ``bench_floor.py``'s floor follows each report, timed on
    its own: on a machine shared with other work the load moves both alike (measured one
    after the other, the floor alone moved by a factor of two between runs). Only the
    reports count in the seconds and CPU seconds."""
    from bench_floor import floor_steps

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database={"path": str(Path(tmp) / "bench.sqlite3")})
        clock = ManualClock(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
        session = await ConsoleSession.open(settings, clock)
        try:
            for name in PEOPLE:  # members exist before the clock starts
                await session.person(name)
            if history:
                ids = [(await session.services.members.find(name)).id for name in PEOPLE]
                await write_history(session, ids, history)
            latencies: list[float] = []
            floor_latencies: list[float] = []
            elapsed = cpu = 0.0
            async with floor_steps() as floor_step:
                for i in range(n):
                    # Built before the clock starts, as the floor builds its update.
                    update = await session.compose(PEOPLE[i % len(PEOPLE)], message(i))
                    cpu_started = time.process_time()
                    t0 = time.perf_counter()
                    outputs = await session.deliver(update)
                    latency = time.perf_counter() - t0
                    cpu += time.process_time() - cpu_started
                    elapsed += latency
                    latencies.append(latency)
                    assert outputs, "every report is answered"
                    if floor:
                        floor_latencies.append(await floor_step(i))
            recorded = await session.services.db.fetchval(
                "SELECT COUNT(*) FROM absences WHERE source_chat_id != -5"
            )
        finally:
            await session.close()
    return elapsed, cpu, latencies, int(recorded), floor_latencies


def memoise_reader() -> None:
    """The experiment of ``--reader-memo``: the absence handler's ``read_report`` remembers
    its answer per (text, time, second opinion)."""
    import bot.features.absences as handler

    read = handler.read_report
    seen: dict[tuple[object, ...], object] = {}

    def remembered(text: str, now: datetime, *args: object, **kwargs: object) -> object:
        key = (text, now, *args, *sorted(kwargs.items()))
        if key not in seen:
            seen[key] = read(text, now, *args, **kwargs)  # type: ignore[arg-type]
        return seen[key]

    handler.read_report = remembered  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000)
    parser.add_argument("--history", type=int, default=0, help="older absences stored first")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor")
    parser.add_argument(
        "--reader-memo", action="store_true", help="experiment: the reader remembers its answers"
    )
    args = parser.parse_args()
    if args.reader_memo:
        memoise_reader()
    n = args.n
    elapsed, cpu, latencies, recorded, floor_latencies = asyncio.run(
        run(n, args.history, floor=not args.no_floor)
    )
    latencies.sort()
    median = statistics.median(latencies)
    print(
        f"absence path ({args.history} older absences"
        f"{'; reader memoised, an experiment' if args.reader_memo else ''}):"
        f" {n} reports in {elapsed:.2f} s"
        f" = {n / elapsed:.0f} reports/s ({recorded} rows recorded); {n / cpu:.0f} reports"
        " per CPU-second (all threads; the figure that does not depend on other load)"
    )
    print(
        f"  per report: median {median * 1000:.2f} ms, "
        f"p95 {latencies[int(0.95 * len(latencies))] * 1000:.2f} ms, "
        f"max {latencies[-1] * 1000:.2f} ms"
    )
    if floor_latencies:
        floor = statistics.median(floor_latencies)
        print(
            f"  floor median {floor * 1000:.2f} ms (one floor update after each report):"
            f" the path is {median / floor:.2f}× the floor"
        )


if __name__ == "__main__":
    main()
