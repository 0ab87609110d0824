"""Several people in one work group, talking to `bureau-bot run` through the emulator.

``drive()`` in conftest starts drive.py once per call, so a button the bot sent in one call
cannot be pressed in the next, and the driver drains what the bot did in between. ``Group``
keeps one of drive.py's ``Driver`` objects for a whole test instead: the same HTTP requests
as drive.py (messages, commands, button presses), plus raw updates through
``/compat/sendUpdate`` (edits, re-deliveries), with every bot output sorted by step.

Posts nobody asked for (the morning roll call, deadline reminders; they carry no
``reply_parameters``) are kept apart in ``Group.posts`` so that a scheduled post arriving
mid-test cannot be mistaken for, or hide, the answer to a step.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from tests.e2e.conftest import EMULATOR, GROUP_ID, SHARED, TOKEN, RunningBot, _wait_until_polling

STEP_TIMEOUT = 15.0  # seconds to wait for the bot's answer to one step
SILENCE = 3.0  # seconds of quiet that count as "no answer"
POSTS = {"sendMessage", "sendPhoto", "sendDocument"}
SEED = SHARED / "seed" / "rectification-report-2023-06.txt"  # the 25 rectification items


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    username: str

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": False, "first_name": self.name, "username": self.username}


@contextmanager
def bot_process(emulator: str, tmp_path: Path, **extra_env: str) -> Iterator[RunningBot]:
    """`python -m bot run` as in conftest's ``running_bot``, with extra settings
    (``BUREAU_BOT_…`` variables, e.g. the leaders' ids)."""
    httpx.post(f"{emulator}/compat/reset", json={})
    env = _plain_env() | bot_env(emulator, tmp_path) | extra_env
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


def bot_env(emulator: str, tmp_path: Path) -> dict[str, str]:
    return {
        "BUREAU_BOT_TELEGRAM__TOKEN": TOKEN,
        "BUREAU_BOT_TELEGRAM__BASE_URL": f"{emulator}/bot",
        "BUREAU_BOT_TELEGRAM__BASE_FILE_URL": f"{emulator}/file/bot",
        "BUREAU_BOT_TELEGRAM__GROUP_IDS": f"[{GROUP_ID}]",
        "BUREAU_BOT_TELEGRAM__RATE_LIMIT": "false",
        "BUREAU_BOT_TELEGRAM__POLL_TIMEOUT": "1",
        "BUREAU_BOT_DATABASE__PATH": str(database_path(tmp_path)),
    }


def database_path(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


def cli(emulator: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`bureau-bot ARGS…` with the same settings (and database) as ``bot_process``."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=_plain_env() | bot_env(emulator, tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def _plain_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("BUREAU_BOT_")}


def _load_drive() -> ModuleType:
    """A private copy of drive.py (it prints through a module-level ``emit``)."""
    spec = importlib.util.spec_from_file_location(
        f"_drive_{time.monotonic_ns()}", EMULATOR / "drive.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Group:
    """The work group as its members see it."""

    def __init__(self, emulator: str, chat_id: int = GROUP_ID, title: str = "区水利局工作群"):
        self.emulator = emulator.rstrip("/")
        self.chat = {"id": chat_id, "type": "supergroup", "title": title}
        self._drive = _load_drive()
        self._drive.emit = lambda record: None
        self.driver = self._drive.Driver(self.emulator, TOKEN, self.chat, 5.0)
        self.driver.check()
        self.driver.fetch()  # whatever an earlier test left behind
        self.posts: list[dict[str, Any]] = []  # unsolicited posts, in arrival order
        self.outputs: list[dict[str, Any]] = []  # answers to steps, in arrival order

    # ------------------------------------------------------------------ steps
    def say(self, who: Person, text: str, **wait: Any) -> list[dict[str, Any]]:
        """``who`` writes ``text`` in the group; the bot's answers to it."""
        self._before_step()
        self.driver.send_text(who.user, text)
        return self._collect(**wait)

    def press(
        self, who: Person, label: str, message_id: int | None = None, **wait: Any
    ) -> list[dict[str, Any]]:
        """``who`` presses the button labelled ``label`` (on ``message_id``, else the newest
        bot message that has one)."""
        self._before_step()
        data = label
        if message_id is not None:  # drive.py resolves labels only on the newest message
            known = self.driver.bot_messages.get(int(message_id)) or {}
            keyboard = (known.get("reply_markup") or {}).get("inline_keyboard") or []
            found = [
                b
                for row in keyboard
                for b in row
                if label in (b.get("text"), b.get("callback_data"))
            ]
            assert found, f"no button {label!r} on bot message {message_id}: {known}"
            data = found[0].get("callback_data", label)
        self.driver.press(who.user, data, message_id)
        return self._collect(**wait)

    def deliver(self, update: dict[str, Any], **wait: Any) -> list[dict[str, Any]]:
        """A raw update (``edited_message``, a re-delivered ``message``…); the emulator gives
        it a fresh ``update_id``."""
        self._before_step()
        self.send_raw(update)
        return self._collect(**wait)

    def send_raw(self, update: dict[str, Any]) -> int:
        response = httpx.post(
            f"{self.emulator}/compat/sendUpdate",
            json={"botToken": TOKEN, "update": update},
            timeout=5,
        )
        body = response.json()
        assert response.status_code == 200 and body.get("ok"), body
        return int(body["result"]["update_id"])

    def message(self, who: Person, text: str, message_id: int, date: int | None = None) -> dict:
        """A group message as Telegram sends it, for ``deliver``; a command carries its
        ``bot_command`` entity, as Telegram adds it."""
        message = {
            "message_id": message_id,
            "date": date if date is not None else int(time.time()),
            "chat": self.chat,
            "from": who.user,
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        return message

    # ------------------------------------------------------------------ waiting
    def collect(self, **wait: Any) -> list[dict[str, Any]]:
        return self._collect(**wait)

    def _collect(
        self,
        expect: int = 1,
        timeout: float = STEP_TIMEOUT,
        until: Callable[[list[dict[str, Any]]], bool] | None = None,
    ) -> list[dict[str, Any]]:
        """The bot's answers: at least ``expect`` of them (0: listen for ``timeout`` seconds
        and return whatever came), or until ``until(answers)`` holds."""
        assert timeout <= 20
        got: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while True:
            got += self._fetch()
            done = until(got) if until is not None else expect and len(got) >= expect
            if done or time.monotonic() >= deadline:
                break
            time.sleep(0.02)
        if expect or until is not None:
            assert done, f"waited {timeout}s for the bot: got {got}, posts {self.posts}"
        return got

    def _before_step(self) -> None:
        late = self._fetch()
        assert not late, f"output after its step was over: {late}"

    def _fetch(self) -> list[dict[str, Any]]:
        answers = []
        for record in self.driver.fetch():
            unsolicited = record["method"] in POSTS and not (
                record.get("reply_parameters") or record.get("reply_to_message_id")
            )
            (self.posts if unsolicited else answers).append(record)
        self.outputs += answers
        return answers


def replied_to(record: dict[str, Any]) -> int | None:
    """The id of the user message a bot message quotes."""
    params = record.get("reply_parameters") or {}
    value = params.get("message_id", record.get("reply_to_message_id"))
    return int(value) if value is not None else None


def buttons(record: dict[str, Any]) -> list[str]:
    keyboard = (record.get("reply_markup") or {}).get("inline_keyboard") or []
    return [button["text"] for row in keyboard for button in row]


def texts(records: list[dict[str, Any]], method: str = "sendMessage") -> list[str]:
    return [r.get("text", "") for r in records if r["method"] == method]
