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

import httpx
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
    httpx.post(f"{emulator}/compat/reset", json={})
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUREAU_BOT_")}
    env.update(
        {
            "BUREAU_BOT_TELEGRAM__TOKEN": TOKEN,
            "BUREAU_BOT_TELEGRAM__BASE_URL": f"{emulator}/bot",
            "BUREAU_BOT_TELEGRAM__BASE_FILE_URL": f"{emulator}/file/bot",
            "BUREAU_BOT_TELEGRAM__GROUP_IDS": f"[{GROUP_ID}]",
            "BUREAU_BOT_TELEGRAM__RATE_LIMIT": "false",
            "BUREAU_BOT_TELEGRAM__POLL_TIMEOUT": "1",
            "BUREAU_BOT_DATABASE__PATH": str(tmp_path / "bot.sqlite3"),
        }
    )
    log = tmp_path / "bot.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    bot = RunningBot(process, log)
    try:
        _wait_until_polling(emulator, bot)
        yield bot
    finally:
        bot.stop()


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
