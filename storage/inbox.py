"""The durable inbox: Telegram updates stored before Telegram is told they arrived.

``store`` writes a batch and the next ``getUpdates`` offset in one transaction; only then
does the bot ask for the next batch (which is what confirms the batch to Telegram). The
"handled" mark is set by :class:`storage.db.UpdateMark` with the update's first change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, to_db_time

OFFSET_KEY = "inbox.offset"
MAX_STARTS = 3  # the oldest update, unhandled at three starts in a row, is set aside


@dataclass(frozen=True)
class Stored:
    update_id: int
    payload: str


class InboxRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def store(self, batch: Sequence[Stored], offset: int, now: datetime) -> None:
        """The batch and the offset that confirms it, together (a re-delivered update id is
        ignored: it is stored already)."""

        def work(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "INSERT OR IGNORE INTO inbox(update_id, payload, received_at) VALUES (?,?,?)",
                [(u.update_id, u.payload, to_db_time(now)) for u in batch],
            )
            conn.execute(
                "INSERT INTO kv(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (OFFSET_KEY, str(offset)),
            )

        await self._db.in_one_trip(work)

    async def offset(self) -> int | None:
        value = await self._db.fetchval("SELECT value FROM kv WHERE key = ?", (OFFSET_KEY,))
        return int(value) if value is not None else None

    async def waiting(self, limit: int = 100) -> list[Stored]:
        """Stored updates not handled yet, oldest first (those set aside excluded)."""
        rows = await self._db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE handled_at IS NULL AND starts <= ?"
            " ORDER BY update_id LIMIT ?",
            (MAX_STARTS, limit),
        )
        return [Stored(int(r["update_id"]), str(r["payload"])) for r in rows]

    async def count_waiting(self) -> int:
        return int(await self._db.fetchval("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL"))

    async def note_start(self) -> list[int]:
        """Count a start against the oldest unhandled update (updates are handled in order,
        so it is the one a kill interrupted); returns its id if that sets it aside."""

        def work(conn: sqlite3.Connection) -> list[int]:
            row = conn.execute(
                "SELECT update_id, starts FROM inbox WHERE handled_at IS NULL AND starts <= ?"
                " ORDER BY update_id LIMIT 1",
                (MAX_STARTS,),
            ).fetchone()
            if row is None:
                return []
            conn.execute("UPDATE inbox SET starts = starts + 1 WHERE update_id = ?", (row[0],))
            return [int(row[0])] if int(row[1]) + 1 > MAX_STARTS else []

        return await self._db.in_one_trip(work)

    async def forget(self, before: datetime) -> None:
        """Handled updates are kept a week, like the seen marks, then dropped."""
        await self._db.execute(
            "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < ?",
            (to_db_time(before),),
        )
