"""The Bot API emulator from ../shared, started once per test session on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
EMULATOR = SHARED / "tools" / "bot-api-emulator"
TOKEN = "123456:E2E-TEST"
GROUP_ID = -1001000000001


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def emulator() -> Iterator[str]:
    assert (EMULATOR / "start.sh").is_file(), f"the Bot API emulator is missing at {EMULATOR}"
    port = free_port()
    result = subprocess.run(
        ["bash", str(EMULATOR / "start.sh"), str(port)],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"emulator did not start: {result.stderr[-2000:]}"
    values = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    try:
        yield values["EMU_URL"]
    finally:
        os.kill(int(values["EMU_PID"]), signal.SIGTERM)


class RunningBot:
    def __init__(self, process: subprocess.Popen, log: Path) -> None:
        self.process = process
        self.log = log

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def running_bot(emulator: str, tmp_path: Path) -> Iterator[RunningBot]:
    """`python -m bot run` against the emulator, in the work group GROUP_ID."""
    from tests.e2e.group import bot_process  # it builds on this module

    with bot_process(emulator, tmp_path) as bot:
        yield bot


def _wait_until_polling(emulator: str, bot: RunningBot) -> None:
    """The bot has started once it has published its command menu (done at start-up)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert bot.process.poll() is None, f"bot exited early:\n{bot.log.read_text()}"
        if "bot running as" in bot.log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.2)
    raise AssertionError(f"bot did not start polling:\n{bot.log.read_text()}")


def drive(emulator: str, *steps: str, timeout: float = 15) -> list[dict]:
    """Act as users with ../shared's drive.py; returns its JSON records."""
    import json

    args = [
        sys.executable,
        str(EMULATOR / "drive.py"),
        "--url",
        emulator,
        "--token",
        TOKEN,
        "--chat-id",
        str(GROUP_ID),
        "--timeout",
        str(timeout),
    ]
    for step in steps:
        kind, _, spec = step.partition(" ")
        args += [f"--{kind}", spec]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0, f"{result.stderr}\n{result.stdout}"
    return records
