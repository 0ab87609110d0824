"""Reminders and their firing log.

:meth:`ReminderRepo.claim` moves a reminder's ``next_fire_at`` on, writes the firing row and
puts the message in the outbox, in one transaction, guarded by the ``next_fire_at`` it read
(compare-and-set) and by ``UNIQUE (reminder_id, scheduled_at)``. The outbox then sends it,
again after a network error or a crash (see :mod:`storage.outbox`); a firing's outcome is
its post's state.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from storage import audit
from storage.audit import Origin
from storage.db import Database, from_db_time, to_db_time
from storage.outbox import Part, insert_posts

ACTIVE, PAUSED, DONE, DELETED = "active", "paused", "done", "deleted"
_ACTIONS = {ACTIVE: "reminder.resume", PAUSED: "reminder.pause", DELETED: "reminder.delete"}


@dataclass(frozen=True)
class Reminder:
    id: int
    creator_id: int
    chat_id: int
    personal: bool
    mention_chat_id: int | None
    schedule: dict
    text: str
    status: str
    next_fire_at: datetime | None
    last_fired_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class Claim:
    """The decision for one due reminder, written by :meth:`ReminderRepo.claim`.

    ``send_at`` is the occurrence to post now (None: nothing to post), ``skipped_from`` the
    first occurrence given up, ``next_fire_at`` where the reminder moves on to (None: done).
    """

    reminder: Reminder
    send_at: datetime | None
    late: bool
    skipped_from: datetime | None
    next_fire_at: datetime | None


def post_key(reminder_id: int, scheduled_at: datetime) -> str:
    """The outbox key of one occurrence (the firing row's reminder and ``scheduled_at``)."""
    return f"remind:{reminder_id}:{to_db_time(scheduled_at)}"


def _reminder(row: aiosqlite.Row) -> Reminder:
    return Reminder(
        id=row["id"],
        creator_id=row["creator_id"],
        chat_id=row["chat_id"],
        personal=bool(row["personal"]),
        mention_chat_id=row["mention_chat_id"],
        schedule=json.loads(row["schedule"]),
        text=row["text"],
        status=row["status"],
        next_fire_at=from_db_time(row["next_fire_at"]),
        last_fired_at=from_db_time(row["last_fired_at"]),
        created_at=from_db_time(row["created_at"]),  # type: ignore[arg-type]
    )


def _t(instant: datetime | None) -> str | None:
    return None if instant is None else to_db_time(instant)


class ReminderRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reads
    async def get(self, reminder_id: int) -> Reminder | None:
        row = await self._db.fetchone(
            "SELECT * FROM reminders WHERE id = ? AND status != 'deleted'", (reminder_id,)
        )
        return _reminder(row) if row else None

    async def listed(self, chat_ids: Iterable[int], member_id: int) -> list[Reminder]:
        """Active and paused group reminders posting in ``chat_ids``, plus the member's own."""
        chats = sorted(set(chat_ids)) or [0]
        marks = ",".join("?" * len(chats))
        rows = await self._db.fetchall(
            "SELECT * FROM reminders WHERE status IN ('active', 'paused')"
            f" AND ((chat_id IN ({marks}) AND personal = 0) OR creator_id = ?)"
            " ORDER BY status, next_fire_at IS NULL, next_fire_at, id",
            (*chats, member_id),
        )
        return [_reminder(r) for r in rows]

    async def armed(self) -> list[Reminder]:
        """Every active reminder with a next firing: what the JobQueue is rebuilt from."""
        rows = await self._db.fetchall(
            "SELECT * FROM reminders WHERE status = 'active' AND next_fire_at IS NOT NULL"
        )
        return [_reminder(r) for r in rows]

    async def due(self, now: datetime, limit: int = 500) -> list[Reminder]:
        rows = await self._db.fetchall(
            "SELECT * FROM reminders WHERE status = 'active' AND next_fire_at <= ?"
            " ORDER BY next_fire_at, id LIMIT ?",
            (to_db_time(now), limit),
        )
        return [_reminder(r) for r in rows]

    async def count_by(self, member_id: int) -> int:
        return int(
            await self._db.fetchval(
                "SELECT COUNT(*) FROM reminders WHERE creator_id = ?"
                " AND status IN ('active', 'paused')",
                (member_id,),
            )
        )

    async def firings(self, reminder_id: int) -> list[dict]:
        """The occurrences handled, with how sending went (from the outbox): 'sending'
        (pending there), 'sent', 'failed', 'skipped'; 'unknown' for old rows."""
        rows = await self._db.fetchall(
            "SELECT f.id, f.reminder_id, f.scheduled_at, f.decided_at, f.late,"
            " CASE o.state WHEN 'pending' THEN 'sending' WHEN 'sent' THEN 'sent'"
            " WHEN 'failed' THEN 'failed' ELSE f.outcome END AS outcome,"
            " COALESCE(o.chat_id, f.chat_id) AS chat_id,"
            " COALESCE(o.message_id, f.message_id) AS message_id,"
            " COALESCE(o.sent_at, f.sent_at) AS sent_at"
            " FROM reminder_firings f LEFT JOIN outbox o"
            " ON o.post_key = 'remind:' || f.reminder_id || ':' || f.scheduled_at AND o.part = 0"
            " WHERE f.reminder_id = ? ORDER BY f.scheduled_at, f.id",
            (reminder_id,),
        )
        return [dict(r) for r in rows]

    async def exists_from(self, chat_id: int | None, message_id: int | None) -> bool:
        """Whether the /remind message (chat_id, message_id) has made a reminder already."""
        if chat_id is None or message_id is None:
            return False
        found = await self._db.fetchval(
            "SELECT 1 FROM reminders WHERE source_chat_id = ? AND source_message_id = ?",
            (chat_id, message_id),
        )
        return found is not None

    # ------------------------------------------------------------------ changes
    async def add(
        self,
        *,
        creator_id: int,
        chat_id: int,
        personal: bool,
        mention_chat_id: int | None,
        schedule: dict,
        text: str,
        next_fire_at: datetime | None,
        now: datetime,
        origin: Origin,
    ) -> Reminder:
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO reminders(creator_id, chat_id, personal, mention_chat_id, schedule,"
                " text, next_fire_at, source_chat_id, source_message_id, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(source_chat_id, source_message_id) DO NOTHING",
                (
                    creator_id,
                    chat_id,
                    int(personal),
                    mention_chat_id,
                    json.dumps(schedule, ensure_ascii=False),
                    text,
                    _t(next_fire_at),
                    origin.chat_id,
                    origin.message_id,
                    to_db_time(now),
                    to_db_time(now),
                ),
            )
            if cur.rowcount:
                reminder_id = cur.lastrowid
                await audit.record(
                    conn,
                    now,
                    origin,
                    "reminder.add",
                    "reminder",
                    reminder_id,
                    {"schedule": schedule, "text": text, "chat_id": chat_id},
                )
            else:
                async with conn.execute(
                    "SELECT id FROM reminders WHERE source_chat_id = ? AND source_message_id = ?",
                    (origin.chat_id, origin.message_id),
                ) as found:
                    reminder_id = (await found.fetchone())[0]  # type: ignore[index]
            async with conn.execute("SELECT * FROM reminders WHERE id = ?", (reminder_id,)) as c:
                row = await c.fetchone()
        assert row is not None
        return _reminder(row)

    async def add_many(
        self, rows: Iterable[tuple[int, int, dict, str, datetime]], now: datetime
    ) -> int:
        """Bulk group reminders (creator_id, chat_id, schedule, text, next_fire_at): for the
        benchmark and imports; one transaction."""
        count = 0
        async with self._db.transaction() as conn:
            for creator_id, chat_id, schedule, text, next_fire_at in rows:
                await conn.execute(
                    "INSERT INTO reminders(creator_id, chat_id, schedule, text, next_fire_at,"
                    " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                    (
                        creator_id,
                        chat_id,
                        json.dumps(schedule),
                        text,
                        _t(next_fire_at),
                        to_db_time(now),
                        to_db_time(now),
                    ),
                )
                count += 1
        return count

    async def set_status(
        self,
        reminder_id: int,
        status: str,
        next_fire_at: datetime | None,
        now: datetime,
        origin: Origin,
    ) -> bool:
        """Pause, resume (with a fresh next firing) or delete; False if nothing changed."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE reminders SET status = ?, next_fire_at = ?, updated_at = ?"
                " WHERE id = ? AND status != ? AND status != 'deleted'",
                (status, _t(next_fire_at), to_db_time(now), reminder_id, status),
            )
            if cur.rowcount == 0:
                return False
            await audit.record(
                conn,
                now,
                origin,
                _ACTIONS.get(status, f"reminder.{status}"),
                "reminder",
                reminder_id,
                {"next_fire_at": _t(next_fire_at)},
            )
            return True

    async def set_next_fire(self, reminder_id: int, instant: datetime | None) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE reminders SET next_fire_at = ? WHERE id = ?", (_t(instant), reminder_id)
            )

    # ------------------------------------------------------------------ firing
    async def claim(
        self,
        claims: Sequence[Claim],
        now: datetime,
        posts: Mapping[int, Sequence[Part]],
        expires_after: timedelta,
    ) -> list[Claim]:
        """Record every decision in one transaction, with the message of each occurrence to
        send (``posts`` by reminder id) put in the outbox; returns the claims this call won."""

        def work(conn: sqlite3.Connection) -> list[Claim]:
            won: list[Claim] = []
            for claim in claims:
                reminder = claim.reminder
                assert reminder.next_fire_at is not None
                handled = claim.send_at or claim.skipped_from
                status = ACTIVE if claim.next_fire_at is not None else DONE
                cur = conn.execute(
                    "UPDATE reminders SET next_fire_at = ?, status = ?,"
                    " last_fired_at = COALESCE(?, last_fired_at)"
                    " WHERE id = ? AND status = 'active' AND next_fire_at = ?",
                    (
                        _t(claim.next_fire_at),
                        status,
                        _t(handled),
                        reminder.id,
                        to_db_time(reminder.next_fire_at),
                    ),
                )
                if cur.rowcount == 0:
                    continue  # someone else handled it, or it was paused meanwhile
                if claim.skipped_from is not None:
                    conn.execute(
                        "INSERT OR IGNORE INTO reminder_firings(reminder_id, scheduled_at,"
                        " decided_at, outcome) VALUES (?,?,?,'skipped')",
                        (reminder.id, to_db_time(claim.skipped_from), to_db_time(now)),
                    )
                if claim.send_at is not None:
                    cur = conn.execute(
                        "INSERT OR IGNORE INTO reminder_firings(reminder_id, scheduled_at,"
                        " decided_at, outcome, late) VALUES (?,?,?,'sending',?)",
                        (reminder.id, to_db_time(claim.send_at), to_db_time(now), int(claim.late)),
                    )
                    if cur.rowcount == 0:
                        continue  # this occurrence was already handled: never twice
                    key = post_key(reminder.id, claim.send_at)
                    post = [(key, reminder.chat_id, posts[reminder.id])]
                    insert_posts(conn, post, claim.send_at, now + expires_after, now)
                won.append(claim)
            return won

        return await self._db.in_one_trip(work)
