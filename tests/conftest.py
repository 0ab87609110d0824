"""Shared fixtures: settings on a temporary SQLite file, an injected clock, and ``chat``,
the real Application behind the in-process transport (like errbot's ``testbot``)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ManualClock
from bot.config import Settings
from bot.console import ConsoleSession
from bot.transport import Output
from storage.db import Database

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


def cli(
    tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """``bureau-bot ARGS`` as a process, on the database ``tmp_path/db.sqlite3``, with
    ``stdin`` as its input and ``env`` added to a clean environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BUREAU_BOT_")}
    environment["BUREAU_BOT_DATABASE__PATH"] = str(tmp_path / "db.sqlite3")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
    )


def on_database(tmp_path: Path, fill: Callable[[Database], Awaitable[object]]) -> None:
    """Fill the database ``cli`` uses before the command runs."""

    async def go() -> None:
        db = await Database.open(tmp_path / "db.sqlite3")
        try:
            await fill(db)
        finally:
            await db.close()

    asyncio.run(go())


def texts(outputs: list[Output] | None) -> list[str]:
    """What a person reads, HTML tags removed."""
    from messages.html import plain

    return [plain(o.text or "") for o in outputs or []]


_exit_status = 0
_skipped: list[str] = []  # "nodeid: reason" of every skipped test or module


def _note_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        _skipped.append(f"{report.nodeid}: {reason}")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _note_skip(report)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _note_skip(report)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """No silent green: a skipped test fails the run (the suite needs everything it uses,
    and says how to get it), and so does a run that collected no test at all."""
    global _exit_status
    if _skipped and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    for line in _skipped:
        sys.stderr.write(f"skipped, which this suite does not allow: {line}\n")
    if session.exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        sys.stderr.write("no tests ran: check the paths or -k/-m in PYTEST_ARGS\n")
    _exit_status = int(session.exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """A test that fails before closing its database leaves aiosqlite's (non-daemon) worker
    thread running, and the interpreter would wait for it forever. Say so and leave."""
    leftovers = [
        t
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.is_alive() and "connection_worker" in t.name
    ]
    if leftovers:
        sys.stderr.write(f"tests left {len(leftovers)} SQLite connection(s) open\n")
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(_exit_status or 1)
