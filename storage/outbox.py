"""The outbox: one ledger for every scheduled post (roll call, summaries, digest, duty posts,
reminders), so that each goes out at least once and, but for the instant between Telegram's
answer and :meth:`OutboxRepo.sent`, at most once.

A post is claimed by writing all its parts as ``pending`` in one transaction; each part
becomes ``sent`` (with Telegram's message id) right after Telegram's answer, or ``failed``
when Telegram refuses for good. A part left ``pending`` (a network error, a kill) is sent
again later; parts already sent are not.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage.db import Database, from_db_time, to_db_time


@dataclass(frozen=True)
class Part:
    """One message of a post: a text (``sendMessage``) or a picture with a caption
    (``sendPhoto``). ``late_marked``: the text says it is late already (no 补发 added)."""

    method: str
    text: str
    file: bytes | None = None
    file_name: str | None = None
    late_marked: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    # Where it goes instead when Telegram refuses the chat (a person who never opened a
    # private chat with the bot): (chat id, text, options).
    fallback: tuple[int, str, dict[str, Any]] | None = None


@dataclass(frozen=True)
class Pending:
    id: int
    post_key: str
    part: int
    chat_id: int
    content: Part
    due_at: datetime
    claimed_at: datetime
    expires_at: datetime | None
    attempts: int


class OutboxRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def claimed(self, keys: Iterable[str]) -> set[str]:
        """Which of these posts are claimed already (sent, on their way, or refused)."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return set()
        marks = ", ".join("?" * len(wanted))
        rows = await self._db.fetchall(
            f"SELECT DISTINCT post_key FROM outbox WHERE post_key IN ({marks})", wanted
        )
        return {str(r[0]) for r in rows}

    async def claim(
        self,
        posts: Sequence[tuple[str, int, Sequence[Part]]],
        due_at: datetime,
        expires_at: datetime | None,
        now: datetime,
    ) -> bool:
        """Write the parts of these posts (key, chat, parts) as pending, all or none: False
        when any of them was claimed before."""

        def work(conn: sqlite3.Connection) -> bool:
            return insert_posts(conn, posts, due_at, expires_at, now)

        return await self._db.in_one_trip(work)

    async def group_claimed(self, key: str) -> bool:
        """A notice sent to several chats has the keys ``key@<chat>``; ``key`` alone is how
        the old once-only ledger recorded it (migrated by 0006)."""
        found = await self._db.fetchval(
            "SELECT 1 FROM outbox WHERE post_key = ? OR substr(post_key, 1, ?) = ? LIMIT 1",
            (key, len(key) + 1, key + "@"),
        )
        return found is not None

    async def waiting(self, post_key: str | None = None) -> list[Pending]:
        """Parts still to send, post by post, each post's parts in order."""
        where = "state = 'pending'" + (" AND post_key = ?" if post_key else "")
        rows = await self._db.fetchall(
            f"SELECT * FROM outbox WHERE {where} ORDER BY due_at, post_key, part",
            (post_key,) if post_key else (),
        )
        return [_pending(r) for r in rows]

    async def sent(self, row_id: int, message_id: int | None, now: datetime) -> None:
        """Telegram's answer; a chart's bytes are not kept once it is out."""
        await self._db.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, file = NULL,"
            " attempts = attempts + 1 WHERE id = ?",
            (to_db_time(now), message_id, row_id),
        )

    async def attempted(self, row_id: int, error: str) -> None:
        """A try that may be repeated (network error, flood wait beyond patience)."""
        await self._db.execute(
            "UPDATE outbox SET attempts = attempts + 1, error = ? WHERE id = ?",
            (error[:500], row_id),
        )

    async def failed(self, post_key: str, error: str, now: datetime) -> None:
        """Given up for good: every part of the post not yet sent."""
        await self._db.execute(
            "UPDATE outbox SET state = 'failed', error = ?, sent_at = ?, file = NULL"
            " WHERE post_key = ? AND state = 'pending'",
            (error[:500], to_db_time(now), post_key),
        )

    async def refused_before(self, chat_id: int, post_key: str) -> bool:
        """Whether Telegram refused an earlier post to this chat (the admins were told then)."""
        found = await self._db.fetchval(
            "SELECT 1 FROM outbox WHERE chat_id = ? AND post_key != ? AND state = 'failed'"
            " AND error != 'expired' LIMIT 1",
            (chat_id, post_key),
        )
        return found is not None

    async def sent_messages(self, post_keys: Sequence[str]) -> list[tuple[int, int]]:
        """(chat, message id) of each part of these posts Telegram has taken, for a feature
        that edits its post afterwards (an approval notice once decided)."""
        if not post_keys:
            return []
        marks = ", ".join("?" * len(post_keys))
        rows = await self._db.fetchall(
            f"SELECT chat_id, message_id FROM outbox WHERE post_key IN ({marks})"
            " AND state = 'sent' AND message_id IS NOT NULL ORDER BY id",
            list(post_keys),
        )
        return [(int(r["chat_id"]), int(r["message_id"])) for r in rows]

    async def parts(self, post_key: str) -> list[dict[str, Any]]:
        """Every part of a post with its state (for the features and the tests)."""
        rows = await self._db.fetchall(
            "SELECT part, chat_id, method, state, attempts, message_id, error"
            " FROM outbox WHERE post_key = ? ORDER BY part",
            (post_key,),
        )
        return [dict(r) for r in rows]


def insert_posts(
    conn: sqlite3.Connection,
    posts: Sequence[tuple[str, int, Sequence[Part]]],
    due_at: datetime,
    expires_at: datetime | None,
    now: datetime,
) -> bool:
    """The claim, for a transaction that also records why the posts are owed (a deadline
    reminder's mark, a return reminder's): False, with nothing written, when any of these
    posts was claimed before."""
    for post_key, _, _ in posts:
        if conn.execute("SELECT 1 FROM outbox WHERE post_key = ?", (post_key,)).fetchone():
            return False
    conn.executemany(
        "INSERT INTO outbox(post_key, part, chat_id, method, payload, file, due_at,"
        " expires_at, claimed_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                post_key,
                index,
                chat_id,
                part.method,
                _payload(part),
                part.file,
                to_db_time(due_at),
                to_db_time(expires_at) if expires_at else None,
                to_db_time(now),
            )
            for post_key, chat_id, parts in posts
            for index, part in enumerate(parts)
        ],
    )
    return True


def _payload(part: Part) -> str:
    data: dict[str, Any] = {"text": part.text}
    if part.file_name:
        data["file_name"] = part.file_name
    if part.late_marked:
        data["late_marked"] = True
    if part.options:
        data["options"] = part.options
    if part.fallback is not None:
        data["fallback"] = list(part.fallback)
    return json.dumps(data, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    """An option that is a Telegram object (the buttons of a notice) is stored as Telegram's
    own dict; bot/outbox.py makes the object again before sending."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"cannot store {type(value).__name__} in the outbox")


def _fallback(value: Any) -> tuple[int, str, dict[str, Any]] | None:
    if not value:
        return None
    chat_id, text, options = value
    return int(chat_id), str(text), dict(options or {})


def _pending(row: sqlite3.Row) -> Pending:
    data = json.loads(row["payload"] or "{}")
    due, claimed = from_db_time(row["due_at"]), from_db_time(row["claimed_at"])
    assert due is not None and claimed is not None
    return Pending(
        id=int(row["id"]),
        post_key=str(row["post_key"]),
        part=int(row["part"]),
        chat_id=int(row["chat_id"]),
        content=Part(
            method=str(row["method"]),
            text=str(data.get("text", "")),
            file=bytes(row["file"]) if row["file"] is not None else None,
            file_name=data.get("file_name"),
            late_marked=bool(data.get("late_marked")),
            options=dict(data.get("options") or {}),
            fallback=_fallback(data.get("fallback")),
        ),
        due_at=due,
        claimed_at=claimed,
        expires_at=from_db_time(row["expires_at"]),
        attempts=int(row["attempts"]),
    )
