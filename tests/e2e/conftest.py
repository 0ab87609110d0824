"""End-to-end fixtures: the project's Bot API double, started once per test session on a
free 127.0.0.1 port, and ``bureau-bot run`` as its own process against it."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.botapi_double import BotApiDouble

TOKEN = "123456:E2E-TEST"
GROUP_ID = -1001000000001


@pytest.fixture(scope="session")
def double() -> Iterator[BotApiDouble]:
    """The Bot API the bot talks to; stopped (with its thread) at the end of the session."""
    with BotApiDouble(TOKEN) as server:
        yield server


class RunningBot:
    def __init__(self, process: subprocess.Popen, log: Path) -> None:
        self.process = process
        self.log = log

    def stop(self, grace: float = 20) -> str:
        """Stop the bot as systemd or `docker stop` would (SIGTERM, then SIGKILL after
        ``grace`` seconds); its log so far."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def running_bot(double: BotApiDouble, tmp_path: Path) -> Iterator[RunningBot]:
    """`python -m bot run` against the double, in the work group GROUP_ID."""
    from tests.e2e.group import bot_process  # it builds on this module

    with bot_process(double, tmp_path) as bot:
        yield bot


def _wait_until_polling(bot: RunningBot) -> None:
    """The bot has started once it logs that it runs (after getMe, its menus and the first
    deleteWebhook of the updater)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert bot.process.poll() is None, f"bot exited early:\n{bot.log.read_text()}"
        if "bot running as" in bot.log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"bot did not start polling:\n{bot.log.read_text()}")
