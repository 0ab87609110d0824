"""/items and /item on 500 rectification items with 20,000 progress updates, through the
real Application (ConsoleSession, in-process transport, a ManualClock). Prints figures.

    .venv/bin/python bench/bench_rectification.py [--items 500] [--updates 20000] [--runs 30]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import ManualClock  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.console import ConsoleSession  # noqa: E402
from storage.db import to_db_time  # noqa: E402

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
STATUSES = ["未启动", "整改中", "整改中", "已完成", "长期坚持", "已销号"]


async def fill(session: ConsoleSession, items: int, updates: int) -> None:
    """Rows straight into SQLite: the benchmark measures reading, not typing."""
    await session.say("张三", "/start")
    await session.say("李四", "/start")
    owner = (await session.services.members.find("李四")).id  # type: ignore[union-attr]
    rng = random.Random(5)
    start = NOW - timedelta(days=365)
    t = to_db_time(start)
    async with session.services.db.transaction() as conn:
        for n in range(1, items + 1):
            deadline = date(2026, 1, 1) + timedelta(days=rng.randrange(0, 600))
            cur = await conn.execute(
                "INSERT INTO rectification_items(number, title, area, category_no, category,"
                " owner_id, deadline, status, last_activity_at, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    n,
                    f"第{n}个问题：资金使用管理存在漏洞需要整改",
                    f"方面{n % 3 + 1}",
                    n % 10 + 1,
                    f"类别{n % 10 + 1}",
                    owner if n % 2 else None,
                    deadline.isoformat(),
                    rng.choice(STATUSES),
                    t,
                    t,
                    t,
                ),
            )
            item_id = cur.lastrowid
            await conn.executemany(
                "INSERT INTO rectification_measures(item_id, position, text, updated_at)"
                " VALUES (?,?,?,?)",
                [
                    (item_id, p, f"措施{p}：建立台账，定期抽查，逐项销号。" * 2, t)
                    for p in (1, 2, 3, 4)
                ],
            )
        rows = []
        for u in range(updates):
            at = start + timedelta(minutes=u * 20)
            rows.append(
                (rng.randrange(1, items + 1), owner, to_db_time(at), f"进展{u}：已完成抽查")
            )
        await conn.executemany(
            "INSERT INTO rectification_updates(item_id, author_id, at, text) VALUES (?,?,?,?)", rows
        )
        await conn.execute(
            "INSERT INTO rectification_evidence(update_id, file_id, kind)"
            " SELECT id, 'file' || id, 'photo' FROM rectification_updates WHERE id % 5 = 0"
        )
        await conn.execute(
            "UPDATE rectification_items SET last_activity_at = COALESCE((SELECT MAX(at)"
            " FROM rectification_updates u WHERE u.item_id = rectification_items.id),"
            " last_activity_at)"
        )


async def timed(session: ConsoleSession, line: str, runs: int) -> tuple[list[float], int, int]:
    samples = []
    messages = chars = 0
    for _ in range(runs):
        begin = time.perf_counter()
        outputs = await session.say("李四", line)
        samples.append((time.perf_counter() - begin) * 1000)
        messages = len(outputs)
        chars = sum(len(o.text or "") for o in outputs)
    return samples, messages, chars


def row(name: str, samples: list[float], messages: int, chars: int) -> str:
    samples = sorted(samples)
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    return (
        f"{name:<14} median {statistics.median(samples):7.1f} ms   p95 {p95:7.1f} ms"
        f"   max {samples[-1]:7.1f} ms   ({messages} message(s), {chars} chars)"
    )


async def main(items: int, updates: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database={"path": str(Path(folder) / "bench.sqlite3")})
        session = await ConsoleSession.open(settings, ManualClock(NOW.astimezone(UTC)))
        try:
            begin = time.perf_counter()
            await fill(session, items, updates)
            print(f"filled {items} items, {updates} updates in {time.perf_counter() - begin:.1f} s")
            lines = ["/items", "/items 逾期", "/overdue", "/stalled", "/mine"]
            for line in lines:
                print(row(line, *await timed(session, line, runs)))
            picks = random.Random(7).sample(range(1, items + 1), k=min(runs, items))
            samples: list[float] = []
            messages = chars = 0
            for n in picks:
                part, messages, chars = await timed(session, f"/item {n}", 1)
                samples += part
            print(row("/item N", samples, messages, chars))
        finally:
            await session.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--updates", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    options = parser.parse_args()
    asyncio.run(main(options.items, options.updates, options.runs))
