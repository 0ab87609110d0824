"""Several people in one work group, talking to `bureau-bot run` through the Bot API double.

``Group`` is one chat as its members see it: each step (a message, a button press, a raw
update such as an edit or a re-delivery) is followed by the bot's answers to it, read from
the double. Posts nobody asked for (the morning roll call, deadline reminders; they quote
no message) are kept apart in ``Group.posts`` so that a scheduled post arriving mid-test
cannot be mistaken for, or hide, the answer to a step.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.data import RECTIFICATION_REPORT
from tests.e2e.botapi_double import BotApiDouble, Sent
from tests.e2e.conftest import GROUP_ID, TOKEN, RunningBot, _wait_until_polling

STEP_TIMEOUT = 15.0  # seconds to wait for the bot's answer to one step
SILENCE = 3.0  # seconds of quiet that count as "no answer"
POSTS = {"sendMessage", "sendPhoto", "sendDocument"}
SEED = RECTIFICATION_REPORT  # the 25 rectification items


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    username: str

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": False, "first_name": self.name, "username": self.username}


@contextmanager
def bot_process(double: BotApiDouble, tmp_path: Path, **extra_env: str) -> Iterator[RunningBot]:
    """`python -m bot run` as in conftest's ``running_bot``, on a double emptied first, with
    extra settings (``BUREAU_BOT_…`` variables, e.g. the leaders' ids)."""
    double.reset()
    bot = launch(double, tmp_path, tmp_path / "bot.log", extra_env)
    try:
        _wait_until_polling(bot)
        yield bot
    finally:
        bot.stop()


def launch(
    double: BotApiDouble, tmp_path: Path, log: Path, extra_env: dict[str, str] | None = None
) -> RunningBot:
    """`python -m bot run` against the double, its output in ``log``, with no stdin."""
    env = _plain_env() | bot_env(double, tmp_path) | (extra_env or {})
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    return RunningBot(process, log)


def bot_env(double: BotApiDouble, tmp_path: Path) -> dict[str, str]:
    return {
        "BUREAU_BOT_TELEGRAM__TOKEN": TOKEN,
        "BUREAU_BOT_TELEGRAM__BASE_URL": f"{double.url}/bot",
        "BUREAU_BOT_TELEGRAM__BASE_FILE_URL": f"{double.url}/file/bot",
        "BUREAU_BOT_TELEGRAM__GROUP_IDS": f"[{GROUP_ID}]",
        "BUREAU_BOT_TELEGRAM__RATE_LIMIT": "false",
        "BUREAU_BOT_TELEGRAM__POLL_TIMEOUT": "1",
        "BUREAU_BOT_DATABASE__PATH": str(database_path(tmp_path)),
    }


def database_path(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


def cli(double: BotApiDouble, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`bureau-bot ARGS…` with the same settings (and database) as ``bot_process``."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=_plain_env() | bot_env(double, tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def _plain_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("BUREAU_BOT_")}


class Group:
    """The work group (or any chat) as its members see it."""

    def __init__(
        self, double: BotApiDouble, chat_id: int = GROUP_ID, title: str = "区水利局工作群"
    ) -> None:
        self.double = double
        self.chat = {"id": chat_id, "type": "supergroup", "title": title}
        self._seen = len(double.sent(chat_id))  # whatever came before this group's steps
        self.posts: list[Sent] = []  # unsolicited posts, in arrival order
        self.outputs: list[Sent] = []  # answers to steps, in arrival order

    # ------------------------------------------------------------------ steps
    def say(self, who: Person, text: str, **wait: Any) -> list[Sent]:
        """``who`` writes ``text`` in the group; the bot's answers to it."""
        self._before_step()
        self.double.send_message(who.user, self.chat, text)
        return self._collect(**wait)

    def press(
        self, who: Person, label: str, message_id: int | None = None, **wait: Any
    ) -> list[Sent]:
        """``who`` presses the button labelled ``label`` (on ``message_id``, else the newest
        bot message that has one)."""
        self._before_step()
        self.double.press(who.user, self.chat, label, message_id)
        return self._collect(**wait)

    def deliver(self, update: dict[str, Any], **wait: Any) -> list[Sent]:
        """A raw update (``edited_message``, a re-delivered ``message``…); the double gives
        it a fresh ``update_id``."""
        self._before_step()
        self.send_raw(update)
        return self._collect(**wait)

    def send_raw(self, update: dict[str, Any]) -> int:
        """Queue ``update`` without waiting; its new ``update_id``."""
        return int(self.double.send_update(update)["update_id"])

    def message(
        self, who: Person, text: str, message_id: int, date: int | None = None
    ) -> dict[str, Any]:
        """A group message as Telegram sends it, for ``deliver``; a command carries its
        ``bot_command`` entity, as Telegram adds it."""
        return self.double.message(who.user, self.chat, text, message_id=message_id, date=date)

    # ------------------------------------------------------------------ waiting
    def collect(self, **wait: Any) -> list[Sent]:
        return self._collect(**wait)

    def _collect(
        self,
        expect: int = 1,
        timeout: float = STEP_TIMEOUT,
        until: Callable[[list[Sent]], bool] | None = None,
    ) -> list[Sent]:
        """The bot's answers: at least ``expect`` of them (0: listen for ``timeout`` seconds
        and return whatever came), or until ``until(answers)`` holds."""
        assert timeout <= 20
        got: list[Sent] = []

        def done() -> bool:
            got.extend(self._fetch())
            if until is not None:
                return until(got)
            return len(got) >= expect if expect else bool(got)

        held = self.double.wait(done, timeout)
        if expect or until is not None:
            assert held, f"waited {timeout}s for the bot: got {got}, posts {self.posts}"
        return got

    def _before_step(self) -> None:
        late = self._fetch()
        assert not late, f"output after its step was over: {late}"

    def _fetch(self) -> list[Sent]:
        new = self.double.sent(self.chat["id"])[self._seen :]
        self._seen += len(new)
        answers = []
        for record in new:
            unsolicited = record.method in POSTS and record.reply_to is None
            (self.posts if unsolicited else answers).append(record)
        self.outputs += answers
        return answers


def replied_to(record: Sent) -> int | None:
    """The id of the user message a bot message quotes."""
    return record.reply_to


def buttons(record: Sent) -> list[str]:
    return record.buttons


def texts(records: list[Sent], method: str = "sendMessage") -> list[str]:
    return [r.text or "" for r in records if r.method == method]
