"""The weekly digest on a five-year synthetic history: 80 staff, 100 items, 20,000 progress
updates, 30,000 absences (and discipline notes), in a temporary SQLite file. Prints the time
of the digest text (queries + figures + rendering) and of the chart, and peak memory.

    .venv/bin/python bench/bench_digest.py [--runs 30] [--chart-runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import ManualClock  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.domain.absence_rules import DUTY_KINDS, LEAVE_KINDS  # noqa: E402
from bot.domain.digest import IsoWeek  # noqa: E402
from bot.services import Services, open_services  # noqa: E402
from bot.usecases.digest import build  # noqa: E402
from messages import digest as text  # noqa: E402
from storage.db import to_db_time  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 4, 17, 0, tzinfo=TZ)  # Friday of 2026-W49: posting time
START = NOW - timedelta(days=5 * 365)
STAFF, ITEMS, UPDATES, ABSENCES, NOTES = 80, 100, 20_000, 30_000, 2_000
AREAS = (
    "贯彻落实党的理论路线方针政策和决策部署",
    "群众身边腐败问题和不正之风",
    "党组织领导班子和干部队伍建设",
)
PATHS = (
    ["整改中", "已完成", "已销号"],
    ["整改中", "已完成"],
    ["整改中"],
    ["整改中", "长期坚持"],
    ["整改中", "已完成", "整改中", "已完成", "已销号"],
    [],
)


def t(instant: datetime) -> str:
    return to_db_time(instant)


def spread(rng: random.Random) -> datetime:
    return START + timedelta(seconds=rng.randrange(int((NOW - START).total_seconds())))


async def fill(svc: Services) -> None:
    """Rows straight into SQLite: the benchmark measures reading, not typing."""
    rng = random.Random(7)
    async with svc.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO members(real_name, created_at, updated_at) VALUES (?,?,?)",
            [(f"职工{n:02d}", t(START), t(START)) for n in range(1, STAFF + 1)],
        )
        for n in range(1, ITEMS + 1):
            deadline = (START + timedelta(days=rng.randrange(90, 5 * 365 + 60))).date()
            cur = await conn.execute(
                "INSERT INTO rectification_items(number, title, area, owner_id, deadline, status,"
                " last_activity_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    n,
                    f"第{n}个问题：下拨资金使用管理存在漏洞需要整改",
                    AREAS[n % 3],
                    rng.randrange(1, STAFF + 1) if n % 4 else None,
                    deadline.isoformat(),
                    "未启动",
                    t(START),
                    t(START),
                    t(START),
                ),
            )
            item_id = cur.lastrowid
            changes = [(item_id, t(START), None, "未启动")]
            at, old = START, "未启动"
            for new in rng.choice(PATHS):
                at += timedelta(days=rng.randrange(10, 300))
                if at >= NOW:
                    break
                changes.append((item_id, t(at), old, new))
                old = new
            await conn.executemany(
                "INSERT INTO rectification_status_changes(item_id, at, old_status, new_status)"
                " VALUES (?,?,?,?)",
                changes,
            )
            await conn.execute(
                "UPDATE rectification_items SET status = ? WHERE id = ?", (old, item_id)
            )
        updates = sorted(
            (rng.randrange(1, ITEMS + 1), rng.randrange(1, STAFF + 1), t(spread(rng)))
            for _ in range(UPDATES)
        )
        await conn.executemany(
            "INSERT INTO rectification_updates(item_id, author_id, at, text) VALUES (?,?,?,?)",
            [
                (i, a, at, f"已完成第{n}轮资金抽查，整改台账已更新")
                for n, (i, a, at) in enumerate(updates)
            ],
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
        kinds = [*LEAVE_KINDS, *DUTY_KINDS, "外出", "外出", "外出"]
        rows = []
        for n in range(ABSENCES):
            begin = spread(rng)
            end = begin + timedelta(hours=rng.choice((2, 3, 4, 8, 24, 48)))
            status = "cancelled" if n % 20 == 0 else "active"
            member = rng.randrange(1, STAFF + 1)
            rows.append((member, rng.choice(kinds), t(begin), t(end), t(end), status, t(begin)))
        await conn.executemany(
            "INSERT INTO absences(member_id, kind, start_at, end_at, planned_end_at, status,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            [(*r, r[-1]) for r in rows],
        )
        for n in range(NOTES):
            at = spread(rng)
            cur = await conn.execute(
                "INSERT INTO notes(author_id, at, category, text, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?)",
                (1, t(at), "脱岗", f"抽查{n}", t(at), t(at)),
            )
            await conn.execute(
                "INSERT INTO note_people(note_id, member_id, absence_id) VALUES (?,?,?)",
                (cur.lastrowid, rng.randrange(2, STAFF + 1), None if n % 3 else 1),
            )


def figures(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    median = statistics.median(ordered)
    return f"median {median:7.1f} ms   p95 {p95:7.1f} ms   max {ordered[-1]:7.1f} ms"


async def text_once(svc: Services, week: IsoWeek) -> tuple[float, list[str]]:
    begin = time.perf_counter()
    digest = await build(svc, week, NOW)
    bodies = text.render(digest)
    return (time.perf_counter() - begin) * 1000, bodies


async def main(runs: int, chart_runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database={"path": str(Path(folder) / "bench.sqlite3")})
        svc = await open_services(settings, ManualClock(NOW.astimezone(UTC)))
        try:
            begin = time.perf_counter()
            await fill(svc)
            print(
                f"filled {STAFF} staff, {ITEMS} items, {UPDATES} updates, {ABSENCES} absences,"
                f" {NOTES} notes over 5 years in {time.perf_counter() - begin:.1f} s"
            )
            this_week, past_week = IsoWeek.of(NOW.date()), IsoWeek(2024, 20)
            for label, week in (("this week", this_week), ("a past week", past_week)):
                samples = []
                for _ in range(runs):
                    ms, bodies = await text_once(svc, week)
                    samples.append(ms)
                digest = await build(svc, week, NOW)
                chars = sum(len(b) for b in bodies)
                print(
                    f"text, {label} ({week.label}): {figures(samples)}"
                    f"   ({len(bodies)} message(s), {chars} chars,"
                    f" {digest.update_count} updates, {len(digest.stalled)} stalled)"
                )
            digest = await build(svc, this_week, NOW)
            from bot.charts import render_digest_chart

            begin = time.perf_counter()
            chart = render_digest_chart(digest)  # the first: imports matplotlib, finds the font
            cold = (time.perf_counter() - begin) * 1000
            warm = []
            for _ in range(chart_runs):
                begin = time.perf_counter()
                chart = render_digest_chart(digest)
                warm.append((time.perf_counter() - begin) * 1000)
            print(f"chart, first in the process (matplotlib import + font lookup): {cold:.0f} ms")
            size = len(chart.png) // 1024
            print(f"chart, later: {figures(warm)}   ({size} KiB PNG, cjk={chart.cjk})")
            tracemalloc.start()
            await text_once(svc, this_week)
            _, text_peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            render_digest_chart(digest)
            _, chart_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"peak Python allocations: text {text_peak / 2**20:.1f} MiB,"
                f" chart {chart_peak / 2**20:.1f} MiB; peak RSS of the process {rss:.0f} MiB"
            )
        finally:
            await svc.db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--chart-runs", type=int, default=5)
    options = parser.parse_args()
    asyncio.run(main(options.runs, options.chart_runs))
