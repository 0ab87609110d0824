"""Benchmark: the monthly attendance workbook over a year of synthetic data for 80 staff.

    .venv/bin/python bench/bench_export.py [--staff 80] [--seed 1]

Builds a fresh SQLite file (not timed), then times ``export_month`` (read, figures, xlsx)
for one month and for all twelve, and measures peak Python memory with tracemalloc in a
separate run (tracemalloc slows the code it watches). Target: one month under 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.config import Settings
from bot.services import open_services
from bot.usecases.attendance import export_month
from storage.db import to_db_time

TZ = ZoneInfo("Asia/Shanghai")
YEAR = 2026
LEAVE = ("事假", "病假", "年假", "调休", "事假", "年假", "出差", "培训", "会议")
CATEGORIES = ("迟到", "早退", "脱岗", "未报备外出", "工作纪律", "其他")
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文辉"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


async def build(path: Path, staff: int, rng: random.Random) -> dict[str, int]:
    settings = Settings(database={"path": str(path)})
    svc = await open_services(settings, ManualClock(datetime(YEAR, 12, 31, 18, tzinfo=TZ)))
    now = to_db_time(datetime(YEAR, 1, 1, tzinfo=UTC))
    days = [
        date(YEAR, 1, 1) + timedelta(days=n)
        for n in range(365)
        if svc.calendar.is_workday(date(YEAR, 1, 1) + timedelta(days=n))
    ]
    counts = {"members": 0, "absences": 0, "notes": 0, "duty": 0}
    async with svc.db.transaction() as conn:
        names = set()
        while len(names) < staff:
            names.add(rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(["", *GIVEN]))
        for i, name in enumerate(sorted(names)):
            role = "leader" if i < 5 else "member"
            await conn.execute(
                "INSERT INTO members(tg_user_id, display_name, real_name, department, role,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                (10_000 + i, name, name, f"第{i % 6 + 1}股", role, now, now),
            )
        counts["members"] = staff
        message = 0
        absences = []
        for member in range(1, staff + 1):
            for _ in range(rng.randint(8, 20)):  # leave and duty trips
                first = rng.choice(days)
                length = rng.choice([0, 0, 0, 1, 2, 4])
                start = local(first, rng.choice([8, 14]), 30)
                end = local(first + timedelta(days=length), 17, 30)
                if length == 0 and start.hour == 8 and rng.random() < 0.5:
                    end = local(first, 12)
                absences.append((member, rng.choice(LEAVE), start, end))
            for _ in range(rng.randint(20, 60)):  # 外出
                day = rng.choice(days)
                start = local(day, rng.randint(8, 16), rng.choice([0, 15, 30, 45]))
                absences.append(
                    (member, "外出", start, start + timedelta(minutes=rng.randint(30, 240)))
                )
        for member, kind, start, end in absences:
            message += 1
            await conn.execute(
                "INSERT INTO absences(member_id, reporter_id, kind, start_at, end_at,"
                " planned_end_at, reason, days, source_chat_id, source_message_id, source_text,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    member,
                    member,
                    kind,
                    to_db_time(start),
                    to_db_time(end),
                    to_db_time(end),
                    "事由" * rng.randint(1, 8),
                    0.5,
                    -100,
                    message,
                    f"{kind}报备原文 {message}",
                    to_db_time(start - timedelta(hours=1)),
                    now,
                ),
            )
        counts["absences"] = len(absences)
        for n in range(staff * 6):  # a few discipline notes per person a year
            day = rng.choice(days)
            at = local(day, rng.randint(8, 16), rng.randint(0, 59))
            message += 1
            cur = await conn.execute(
                "INSERT INTO notes(author_id, at, category, text, source_chat_id,"
                " source_message_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    rng.randint(1, 5),
                    to_db_time(at),
                    rng.choice(CATEGORIES),
                    f"抽查记录 {n}",
                    -100,
                    message,
                    to_db_time(at),
                    to_db_time(at),
                ),
            )
            for member in rng.sample(range(6, staff + 1), rng.randint(1, 3)):
                await conn.execute(
                    "INSERT INTO note_people(note_id, member_id, absence_id) VALUES (?,?,NULL)",
                    (cur.lastrowid, member),
                )
        counts["notes"] = staff * 6
        for day in (date(YEAR, 1, 1) + timedelta(days=n) for n in range(365)):
            if 4 <= day.month <= 9:  # flood season: one 带班 and two 值班 a day
                for role, member in (("带班", rng.randint(1, 5)), ("值班", rng.randint(6, staff))):
                    checked = to_db_time(local(day, 8, 50)) if rng.random() < 0.9 else None
                    await conn.execute(
                        "INSERT OR IGNORE INTO duty_roster(day, member_id, role, checkin_at,"
                        " imported_at) VALUES (?,?,?,?,?)",
                        (day.isoformat(), member, role, checked, now),
                    )
                    counts["duty"] += 1
    await svc.db.close()
    return counts


async def time_exports(path: Path) -> tuple[float, float, int]:
    settings = Settings(database={"path": str(path)})
    svc = await open_services(settings, ManualClock(datetime(YEAR, 12, 31, 18, tzinfo=TZ)))
    try:
        await export_month(svc, YEAR, 1)  # warm-up: imports openpyxl, fills caches
        started = time.perf_counter()
        result = await export_month(svc, YEAR, 11)
        one = time.perf_counter() - started
        started = time.perf_counter()
        for month in range(1, 13):
            await export_month(svc, YEAR, month)
        year = time.perf_counter() - started
        return one, year, len(result.data)
    finally:
        await svc.db.close()


async def peak_memory(path: Path) -> int:
    settings = Settings(database={"path": str(path)})
    svc = await open_services(settings, ManualClock(datetime(YEAR, 12, 31, 18, tzinfo=TZ)))
    try:
        tracemalloc.start()
        await export_month(svc, YEAR, 11)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return peak
    finally:
        await svc.db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=80)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        counts = asyncio.run(build(path, args.staff, random.Random(args.seed)))
        built = time.perf_counter() - started
        one, year, size = asyncio.run(time_exports(path))
        peak = asyncio.run(peak_memory(path))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"data: {counts['members']} staff, {counts['absences']} absences, "
        f"{counts['notes']} notes, {counts['duty']} duty rows for {YEAR} (built in {built:.1f} s)"
    )
    print(f"export one month (2026-11): {one:.3f} s, workbook {size / 1024:.0f} KiB")
    print(f"export all 12 months:       {year:.3f} s ({year / 12:.3f} s a month)")
    print(f"peak Python memory (tracemalloc, one month): {peak / 2**20:.1f} MiB")
    print(f"peak RSS of the process (getrusage):         {rss:.0f} MiB")
    print("target: one month under 2 s:", "met" if one < 2 else "NOT met")


if __name__ == "__main__":
    main()
