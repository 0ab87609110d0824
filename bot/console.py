"""The offline console: the real Application with an in-process transport, driven by text.

A newcomer types ``明天下午请假`` and sees what the group would see. Scripts pipe lines in:
each is echoed with its speaker (``张三> …``) before the replies, and the console exits 0 at
the end of input once the scheduled work due by then has run.

Line grammar (after an optional ``@名字:`` that speaks one line as someone else):
``私聊: …`` speaks in the speaker's private chat with the bot; ``回复#12: …`` replies to
message 12; ``编辑#12: …`` edits one's own message 12; ``文件: PATH [说明]`` sends a file;
a button's label, or its number on the latest keyboard, presses it; ``#`` starts a comment;
``时间: 15:10`` (or a full ISO 8601 instant) moves the session's clock, so a script can show
what happens later in the day (the scheduled work due by then runs).
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from bot.app import App, close, create_app, run_due, startup
from bot.clock import Clock
from bot.config import Settings
from bot.domain.roles import Role
from bot.services import Services
from bot.transport import LocalBotApi, Output
from messages import console as console_text
from messages.html import plain
from storage.members import ClaimResult

CONSOLE_GROUP_ID = -1001000000001
CONSOLE_GROUP_TITLE = "区水利局工作群（离线控制台）"
FIRST_CONSOLE_USER = 9_000_001
DEFAULT_SPEAKER = "张三"

_SPEAKER = re.compile(r"^@([^:：\s]{1,20})\s*[:：]\s*(.*)$", re.S)
_PRIVATE = re.compile(r"^私聊\s*[:：]\s*(.*)$", re.S)
_REPLY = re.compile(r"^回复\s*#(\d+)\s*[:：]\s*(.*)$", re.S)
_EDIT = re.compile(r"^编辑\s*#(\d+)\s*[:：]\s*(.*)$", re.S)
_FILE = re.compile(r"^文件\s*[:：]\s*(\S+)\s*(.*)$", re.S)
_TIME = re.compile(r"^时间\s*[:：]\s*(\S.*)$")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")


@dataclass
class Person:
    name: str
    tg_user_id: int

    def user(self) -> dict[str, Any]:
        return {"id": self.tg_user_id, "is_bot": False, "first_name": self.name}


@dataclass
class ConsoleSession:
    """A chat with the bot that a test or a person can drive line by line."""

    app: App
    api: LocalBotApi
    default_speaker: str
    group_id: int = CONSOLE_GROUP_ID
    people: dict[str, Person] = field(default_factory=dict)
    last_message_id: int = 0
    _update_id: int = 0

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    async def open(
        cls, settings: Settings, clock: Clock, default_speaker: str = DEFAULT_SPEAKER
    ) -> ConsoleSession:
        group_id = (
            settings.telegram.group_ids[0] if settings.telegram.group_ids else CONSOLE_GROUP_ID
        )
        api = LocalBotApi(clock)
        api.add_chat({"id": group_id, "type": "supergroup", "title": CONSOLE_GROUP_TITLE})
        app = await create_app(
            settings, clock, request=api, console=True, extra_groups=frozenset({group_id})
        )
        session = cls(app=app, api=api, default_speaker=default_speaker, group_id=group_id)
        await session._restore_counters()
        await app.initialize()
        await startup(app)
        await app.start()
        return session

    async def close(self) -> None:
        await self.run_due()
        await self._save_counters()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()
        await close(self.app)

    @property
    def services(self) -> Services:
        return self.app.bot_data["services"]

    # ------------------------------------------------------------------ people
    async def person(self, name: str) -> Person:
        """The console speaker called ``name``; created (and named) on first use.

        The first speaker of a database without an admin becomes its admin, so a newcomer
        can try every command.
        """
        if name in self.people:
            return self.people[name]
        svc = self.services
        member = await svc.members.find(name)
        if member is not None and member.tg_user_id is not None:
            person = Person(name, member.tg_user_id)
        else:
            no_admin = not any(m.role == Role.ADMIN for m in await svc.members.all())
            tg_user_id = await self._next_user_id()
            created = await svc.members.seen(tg_user_id, None, name, svc.now())
            result = await svc.members.claim_name(created, name, svc.now(), _console_origin())
            if result == ClaimResult.TAKEN:  # cannot happen for a fresh id; keep it loud
                raise RuntimeError(f"console speaker {name} collides with an existing account")
            if result == ClaimResult.CLAIMED_ROLE_PENDING and member is not None:
                # The console's people are who they say: the roster's role applies at once
                # (in the chat, /iam leaves a leader's role to an admin's /role).
                await svc.members.set_role(member.id, member.role, svc.now(), _console_origin())
            if no_admin:
                claimed = await svc.members.by_tg(tg_user_id)
                assert claimed is not None
                await svc.members.set_role(claimed.id, Role.ADMIN, svc.now(), _console_origin())
            person = Person(name, tg_user_id)
        self.people[name] = person
        self.api.add_chat({"id": person.tg_user_id, "type": "private", "first_name": name})
        return person

    async def _next_user_id(self) -> int:
        highest = await self.services.db.fetchval(
            "SELECT MAX(tg_user_id) FROM members WHERE tg_user_id >= ?", (FIRST_CONSOLE_USER,)
        )
        return max(int(highest or 0) + 1, FIRST_CONSOLE_USER)

    # ------------------------------------------------------------------ counters
    async def _restore_counters(self) -> None:
        """Update and message ids must never repeat on the same database, or the bot's
        duplicate protection would (rightly) drop a second run's messages."""
        raw = await self.services.db.fetchval("SELECT value FROM kv WHERE key = 'console.counters'")
        if raw:
            data = json.loads(raw)
            self._update_id = int(data.get("update_id", 0))
            for chat, value in data.get("messages", {}).items():
                self.api._next_message[int(chat)] = int(value)

    async def _save_counters(self) -> None:
        data = {
            "update_id": self._update_id,
            "messages": {str(k): v for k, v in self.api._next_message.items()},
        }
        async with self.services.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO kv(key, value) VALUES ('console.counters', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (json.dumps(data),),
            )

    def _next_update_id(self) -> int:
        self._update_id += 1
        return self._update_id

    # ------------------------------------------------------------------ acting
    async def deliver(self, update: dict[str, Any]) -> list[Output]:
        """Hands one raw update to the real Application; the replies it caused."""
        from telegram import Update

        start = len(self.api.outputs)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.api.outputs[start:]

    def _message(
        self, person: Person, chat_id: int, text: str, reply_to: int | None = None
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self.api.next_message_id(chat_id),
            "date": int(self.services.clock.now().timestamp()),
            "chat": self.api.chats[chat_id],
            "from": person.user(),
            "text": text,
        }
        command = _COMMAND.match(text)
        if command:
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(command.group())}
            ]
        if reply_to is not None:
            replied = self.api.messages.get((chat_id, reply_to))
            if replied is not None:
                message["reply_to_message"] = replied
        return message

    async def say(
        self, name: str, text: str, *, private: bool = False, reply_to: int | None = None
    ) -> list[Output]:
        return await self.deliver(
            await self.compose(name, text, private=private, reply_to=reply_to)
        )

    async def compose(
        self, name: str, text: str, *, private: bool = False, reply_to: int | None = None
    ) -> dict[str, Any]:
        """The update ``say`` delivers, built (and its message known to the fake Bot API)
        but not yet delivered: a benchmark times ``deliver`` alone, as its floor does."""
        person = await self.person(name)
        chat_id = person.tg_user_id if private else self.group_id
        message = self._message(person, chat_id, text, reply_to)
        self.api.remember(chat_id, message)
        self.last_message_id = message["message_id"]
        return {"update_id": self._next_update_id(), "message": message}

    async def send_file(
        self, name: str, data: bytes, file_name: str, caption: str = "", *, private: bool = False
    ) -> list[Output]:
        person = await self.person(name)
        chat_id = person.tg_user_id if private else self.group_id
        message = self._message(person, chat_id, "")
        del message["text"]
        message.pop("entities", None)
        file_id, unique = self.api.store_file(data)
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": unique,
            "file_name": file_name,
            "file_size": len(data),
        }
        if caption:
            message["caption"] = caption
            command = _COMMAND.match(caption)
            if command:
                message["caption_entities"] = [
                    {"type": "bot_command", "offset": 0, "length": len(command.group())}
                ]
        self.api.remember(chat_id, message)
        return await self.deliver({"update_id": self._next_update_id(), "message": message})

    async def edit(self, name: str, message_id: int, text: str) -> list[Output] | None:
        person = await self.person(name)
        for chat_id in (self.group_id, person.tg_user_id):
            original = self.api.messages.get((chat_id, message_id))
            if original is not None and original.get("from", {}).get("id") == person.tg_user_id:
                edited = dict(
                    original, text=text, edit_date=int(self.services.clock.now().timestamp())
                )
                command = _COMMAND.match(text)
                edited["entities"] = (
                    [{"type": "bot_command", "offset": 0, "length": len(command.group())}]
                    if command
                    else []
                )
                self.api.remember(chat_id, edited)
                return await self.deliver(
                    {"update_id": self._next_update_id(), "edited_message": edited}
                )
        return None

    def find_button(self, label: str) -> tuple[Output, dict[str, Any]] | None:
        """A button by its label on any recent keyboard, or by number on the latest one."""
        with_keyboard = [o for o in self.api.outputs if o.buttons and o.chat_id is not None]
        if not with_keyboard:
            return None
        if label.isdigit():
            latest = with_keyboard[-1]
            buttons = [b for row in latest.buttons for b in row]
            index = int(label) - 1
            return (latest, buttons[index]) if 0 <= index < len(buttons) else None
        for output in reversed(with_keyboard[-20:]):
            stored = self.api.messages.get((output.chat_id, output.message_id))  # type: ignore[arg-type]
            markup = (stored or {}).get("reply_markup") or {}
            current = [b for row in markup.get("inline_keyboard", []) for b in row]
            for button in current:  # the keyboard as it is now, after any edits
                if button["text"] == label:
                    return output, button
        return None

    async def press(self, name: str, label: str) -> list[Output] | None:
        found = self.find_button(label)
        if found is None:
            return None
        output, button = found
        person = await self.person(name)
        message = self.api.messages.get((output.chat_id, output.message_id))  # type: ignore[arg-type]
        if message is None or "callback_data" not in button:
            return None
        update = {
            "update_id": self._next_update_id(),
            "callback_query": {
                "id": str(self._update_id),
                "from": person.user(),
                "chat_instance": f"console{output.chat_id}",
                "data": button["callback_data"],
                "message": message,
            },
        }
        return await self.deliver(update)

    async def run_due(self) -> list[Output]:
        start = len(self.api.outputs)
        await run_due(self.app, self.services.now())
        return self.api.outputs[start:]

    def set_time(self, value: str) -> datetime | None:
        """``15:10`` (today) or an ISO 8601 instant → the new local time; None if unreadable."""
        svc = self.services
        clock = svc.clock
        try:
            if re.fullmatch(r"\d{1,2}[:：]\d{2}", value):
                hour, minute = (int(part) for part in re.split("[:：]", value))
                instant = svc.now().replace(hour=hour, minute=minute, second=0, microsecond=0)
            else:
                instant = datetime.fromisoformat(value)
                instant = instant if instant.tzinfo else instant.replace(tzinfo=svc.tz)
        except ValueError:
            return None
        if not hasattr(clock, "set"):
            return None
        clock.set(instant)
        return instant.astimezone(svc.tz)

    # ------------------------------------------------------------------ lines
    async def handle_line(self, line: str) -> tuple[str, str, list[Output]]:
        """One typed line → (speaker, what they did, what the bot did)."""
        if (found := _TIME.match(line.strip())) is not None:
            instant = self.set_time(found.group(1).strip())
            if instant is None:
                return "", line.strip(), [_note(console_text.bad_time())]
            return "", console_text.time_set(instant), await self.run_due()
        speaker = self.default_speaker
        match = _SPEAKER.match(line)
        if match:
            speaker, line = match.group(1), match.group(2)
        line = line.strip()
        if (found := _EDIT.match(line)) is not None:
            outputs = await self.edit(speaker, int(found.group(1)), found.group(2))
            return (
                speaker,
                line,
                outputs
                if outputs is not None
                else [_note(console_text.no_such_message(found.group(1)))],
            )
        if (found := _FILE.match(line)) is not None:
            path = Path(found.group(1)).expanduser()
            if not path.is_file():
                return speaker, line, [_note(console_text.no_such_file(str(path)))]
            return (
                speaker,
                line,
                await self.send_file(speaker, path.read_bytes(), path.name, found.group(2)),
            )
        private = False
        if (found := _PRIVATE.match(line)) is not None:
            private, line = True, found.group(1).strip()
        reply_to = None
        if (found := _REPLY.match(line)) is not None:
            reply_to, line = int(found.group(1)), found.group(2).strip()
        if not private and reply_to is None and self.find_button(line) is not None:
            outputs = await self.press(speaker, line)
            if outputs is not None:
                return speaker, console_text.pressed(line), outputs
        return speaker, line, await self.say(speaker, line, private=private, reply_to=reply_to)


def _console_origin() -> Any:
    from storage.audit import SYSTEM

    return SYSTEM


def _note(text: str) -> Output:
    return Output("note", None, text=text)


# ---------------------------------------------------------------------- printing
class Printer:
    def __init__(self, session: ConsoleSession, out: TextIO, files_dir: Path) -> None:
        self.session = session
        self.out = out
        self.files_dir = files_dir

    def show(self, outputs: list[Output]) -> None:
        for output in outputs:
            self.out.write(self.render(output) + "\n")
        self.out.flush()

    def render(self, output: Output) -> str:
        if output.method == "note":
            return output.text or ""
        if output.method == "answerCallbackQuery":
            return console_text.toast(output.text or "")
        if output.method == "deleteMessage":
            return console_text.deleted(output.message_id)
        where = self._where(output.chat_id)
        head = console_text.head(where, output.message_id, output.method.startswith("edit"))
        body = plain(output.text or "")
        if output.file_bytes is not None and output.file_name:
            saved = self._save(output)
            saved_line = console_text.file_saved(
                output.file_name, len(output.file_bytes), str(saved)
            )
            body = saved_line + (f"\n{body}" if body else "")
        lines = body.splitlines() or [""]
        rendered = [f"{head}: {lines[0]}"] + [" " * 4 + line for line in lines[1:]]
        if output.buttons:
            labels = [b["text"] for row in output.buttons for b in row]
            rendered.append(
                "    " + "  ".join(f"[{i}] {label}" for i, label in enumerate(labels, 1))
            )
        return "\n".join(rendered)

    def _where(self, chat_id: int | None) -> str:
        if chat_id is None or chat_id == self.session.group_id:
            return ""
        for person in self.session.people.values():
            if person.tg_user_id == chat_id:
                return console_text.private_to(person.name)
        return console_text.other_chat(chat_id)

    def _save(self, output: Output) -> Path:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = self.files_dir / f"{output.message_id}-{output.file_name}"
        path.write_bytes(output.file_bytes or b"")
        return path


async def run_console(
    settings: Settings,
    clock: Clock,
    speaker: str = DEFAULT_SPEAKER,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    banner: str | None = None,
) -> int:
    """Read lines until end of input, print the chat; exit status 0."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    session = await ConsoleSession.open(settings, clock, speaker)
    printer = Printer(session, stdout, settings.database.path.parent / "console-files")
    interactive = stdin.isatty()
    try:
        if banner and interactive:
            stdout.write(banner + "\n")
        printer.show(await session.run_due())
        while True:
            if interactive:
                try:
                    line = await asyncio.to_thread(input, f"{session.default_speaker}> ")
                except EOFError:
                    break
            else:
                line = await asyncio.to_thread(stdin.readline)
                if not line:
                    break
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            printer.show(await session.run_due())
            who, shown, outputs = await session.handle_line(line)
            await session._save_counters()  # so a crash later repeats no message ids
            if not interactive:
                stdout.write(f"{who}> {shown}\n" if who else f"{shown}\n")
            printer.show(outputs)
        printer.show(await session.run_due())
    finally:
        await session.close()
    return 0
