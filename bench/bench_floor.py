"""The floor under the absence path: what any bot of this shape must pay per report.

python-telegram-bot decodes the update, one durable aiosqlite write (a transaction on a WAL
file with the same pragmas as the bot's database), and a reply with a two-button keyboard
through the same in-process transport. ``bench_absence_path.py`` prints its median against
this one, measured in the same run (one floor update after each report), so the ratio holds
on the machine of the day.

Run: .venv/bin/python bench/bench_floor.py [N]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")
GROUP = -1001000000001


@asynccontextmanager
async def floor_steps() -> AsyncIterator[Callable[[int], Awaitable[float]]]:
    """A one-handler Application ready for updates; yields ``step(i)``, which feeds it the
    ``i``-th update and returns its seconds. ``bench_absence_path.py`` interleaves these
    steps with its own reports, so the floor and the path see the same load."""
    import aiosqlite
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    from bot.clock import ManualClock
    from bot.transport import LocalBotApi

    clock = ManualClock(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
    api = LocalBotApi(clock)
    api.add_chat({"id": GROUP, "type": "supergroup", "title": "floor"})
    with tempfile.TemporaryDirectory() as tmp:
        conn = await aiosqlite.connect(str(Path(tmp) / "floor.sqlite3"), isolation_level=None)
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            "synchronous=NORMAL",
            "cache_size=-32768",
        ):
            await conn.execute(f"PRAGMA {pragma}")
        await conn.execute(
            "CREATE TABLE reports (id INTEGER PRIMARY KEY, chat INTEGER, message INTEGER,"
            " member INTEGER, text TEXT, UNIQUE (chat, message))"
        )
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton("撤销", callback_data="u:1"),
              InlineKeyboardButton("修改", callback_data="e:1")]]
        )  # fmt: skip

        async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            message = update.effective_message
            assert message is not None and message.from_user is not None
            await conn.execute("BEGIN IMMEDIATE")
            await conn.execute(
                "INSERT INTO reports(chat, message, member, text) VALUES (?,?,?,?)",
                (message.chat_id, message.message_id, message.from_user.id, message.text),
            )
            await conn.execute("COMMIT")
            await message.reply_text("已记录", reply_markup=keyboard)

        app = ApplicationBuilder().token("1000001:floor").request(api).build()
        app.add_handler(MessageHandler(filters.TEXT, handle))
        await app.initialize()

        async def step(i: int) -> float:
            message: dict[str, Any] = {
                "message_id": api.next_message_id(GROUP),
                "date": int(clock.now().timestamp()),
                "chat": api.chats[GROUP],
                "from": {"id": 1000 + i % 50, "is_bot": False, "first_name": f"职工{i % 50}"},
                "text": "12月1日上午请假，孩子家长会",
            }
            api.remember(GROUP, message)
            t0 = time.perf_counter()
            await app.process_update(
                Update.de_json({"update_id": i + 1, "message": message}, app.bot)
            )
            return time.perf_counter() - t0

        try:
            yield step
        finally:
            await app.shutdown()
            await conn.close()


async def floor_latencies(n: int) -> list[float]:
    """Seconds per update for ``n`` updates through a one-handler Application."""
    async with floor_steps() as step:
        return [await step(i) for i in range(n)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    latencies = asyncio.run(floor_latencies(n))
    print(f"floor: median {statistics.median(latencies) * 1000:.2f} ms per update over {n}")


if __name__ == "__main__":
    main()
