"""Shared fixtures: settings on a temporary SQLite file, an injected clock, and ``chat``,
the real Application behind the in-process transport (like errbot's ``testbot``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ManualClock
from bot.config import Settings
from bot.console import ConsoleSession
from bot.transport import Output

TZ = ZoneInfo("Asia/Shanghai")
# Monday 30 November 2026, 09:00 in the office: a working day.
MONDAY_MORNING = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)


def make_settings(tmp_path: Path, **sections: dict) -> Settings:
    data: dict = {"database": {"path": str(tmp_path / "bureau.sqlite3")}}
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return Settings(**data)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MONDAY_MORNING)


@pytest.fixture
async def chat(settings: Settings, clock: ManualClock) -> AsyncIterator[ConsoleSession]:
    session = await ConsoleSession.open(settings, clock, default_speaker="张三")
    try:
        yield session
    finally:
        await session.close()


def texts(outputs: list[Output] | None) -> list[str]:
    """What a person reads, HTML tags removed."""
    from bot.console import plain

    return [plain(o.text or "") for o in outputs or []]
