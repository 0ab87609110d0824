"""Start-up of `bureau-bot run`: seconds from process start to the first answered update, and
the idle RSS a few seconds later.

The bot runs as its own process (``python -m bot run``, as systemd starts it) against the
project's Bot API double (tests/e2e/botapi_double.py) on a free loopback port, with a fresh
database. One absence report is waiting in ``getUpdates`` before the process starts, so the
time includes the interpreter, the imports, opening and migrating the database, the start-up
hooks and handling the report. RSS is read from /proc/<pid>/status (VmRSS).

Bytecode: the image's ``pip install .`` compiles the bot's modules, so a production start
reads .pyc files. A checkout run with PYTHONDONTWRITEBYTECODE=1 would compile every module
from source at each start instead; the bot here writes its bytecode under a temporary
PYTHONPYCACHEPREFIX, and a first warm-up start (printed, not counted) fills it.

Goals (issue 17): < 1 s to the first answer on a fresh database; idle RSS < 60 MB.
Run: .venv/bin/python bench/bench_startup.py [--runs N] [--idle SECONDS]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.botapi_double import BotApiDouble  # noqa: E402
from tests.e2e.conftest import GROUP_ID, TOKEN  # noqa: E402
from tests.e2e.group import bot_env  # noqa: E402

GROUP = {"id": GROUP_ID, "type": "supergroup", "title": "区水利局工作群"}
SPEAKER = {"id": 7001, "is_bot": False, "first_name": "张三", "username": "zhangsan"}


def rss_mb(pid: int) -> float:
    """Resident set size of ``pid`` in MB (VmRSS is in kB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def one_run(double: BotApiDouble, idle: float, pycache: str) -> tuple[float, float]:
    """(seconds to the first answer, idle RSS in MB) of one fresh start."""
    double.reset()
    with tempfile.TemporaryDirectory() as tmp:
        # The e2e tests' settings (token, double's URLs, the group, its database), with
        # bytecode written outside the checkout as an installed package has it.
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("BUREAU_BOT_") and k != "PYTHONDONTWRITEBYTECODE"
        }
        env |= bot_env(double, Path(tmp)) | {"PYTHONPYCACHEPREFIX": pycache}
        double.send_message(SPEAKER, GROUP, "明天上午请假，孩子家长会")
        log = Path(tmp) / "bot.log"
        with log.open("w") as sink:
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=tmp,
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        try:
            while not double.sent(GROUP["id"], "sendMessage"):
                if process.poll() is not None:
                    raise RuntimeError(f"the bot exited early:\n{log.read_text()}")
                if time.perf_counter() - started > 60:
                    raise RuntimeError(f"no answer within 60 s:\n{log.read_text()}")
                time.sleep(0.002)
            first_answer = time.perf_counter() - started
            time.sleep(max(0.0, idle - (time.perf_counter() - started)))
            rss = rss_mb(process.pid)
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return first_answer, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds after start for RSS")
    args = parser.parse_args()
    firsts, rsses = [], []
    with BotApiDouble(TOKEN) as double, tempfile.TemporaryDirectory() as pycache:
        first, rss = one_run(double, args.idle, pycache)
        print(f"warm-up (bytecode written): first answer {first:.3f} s, idle RSS {rss:.1f} MB")
        for run in range(args.runs):
            first, rss = one_run(double, args.idle, pycache)
            firsts.append(first)
            rsses.append(rss)
            print(f"run {run + 1}: first answer {first:.3f} s, idle RSS {rss:.1f} MB")
    print(
        f"start-up: median {statistics.median(firsts):.3f} s to the first answer, "
        f"idle RSS median {statistics.median(rsses):.1f} MB over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
