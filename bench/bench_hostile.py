"""Hostile input, timed: a huge leave count through the whole bot, and zip bombs refused.

Prints how long one member's ``请假999999天`` holds the bot (the refusal's round trip
through the real Application), then how long another member's ordinary report takes right
after it; and how long a .docx that inflates to 300 MB takes to be refused, with the peak
memory of the process. Issue 13 asks for: the next report answered within 3 s; the bomb
refused within 5 s using under 300 MB.

Run: .venv/bin/python bench/bench_hostile.py
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import resource
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.config import Settings
from bot.console import ConsoleSession

TZ = ZoneInfo("Asia/Shanghai")


async def chat_figures() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database={"path": str(Path(folder) / "b.sqlite3")})
        clock = ManualClock(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
        chat = await ConsoleSession.open(settings, clock, default_speaker="张三")
        try:
            await chat.say("张三", "/start")
            await chat.say("王五", "/start")
            for text in ("请假999999天", "请假99999999天", "请假9999天", "9999年12月31日请假3天"):
                began = time.perf_counter()
                await chat.say("李四", text)
                hostile = time.perf_counter() - began
                began = time.perf_counter()
                await chat.say("王五", "明天下午请假半天，孩子家长会")
                await chat.say("王五", "不请了")
                after = time.perf_counter() - began
                print(f"{text:<24} refused in {hostile * 1000:7.1f} ms;", end=" ")
                print(f"next report {after * 1000:6.1f} ms")
        finally:
            await chat.close()


def bomb(inflated: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(inflated // len(block)):
                member.write(block)
    return buffer.getvalue()


def bomb_figures() -> None:
    from bot.docx_text import docx_to_text
    from bot.zipbudget import TooLarge

    data = bomb(300 * 1024 * 1024)
    began = time.perf_counter()
    with contextlib.suppress(TooLarge):
        docx_to_text(data)
    took = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"docx of {len(data) // 1024} KB inflating to 300 MB: refused in {took:.3f} s;"
        f" process peak {peak:.0f} MB (building the bomb included)"
    )


if __name__ == "__main__":
    asyncio.run(chat_figures())
    bomb_figures()
