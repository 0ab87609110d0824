"""Reminders and their firing log.

Exactly once works by claiming before sending: :meth:`ReminderRepo.claim` moves a reminder's
``next_fire_at`` on and writes the firing row in one transaction, guarded by the
``next_fire_at`` it read (compare-and-set) and by ``UNIQUE (reminder_id, scheduled_at)``. Only
then is the message sent, and :meth:`finish` records how that went. A crash between the two
leaves a ``sending`` row that the next start marks ``unknown`` instead of sending again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage import audit
from storage.audit import Origin
from storage.db import Database, from_db_time, to_db_time

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


@dataclass(frozen=True)
class Claimed:
    claim: Claim
    firing_id: int | None  # the 'sending' row, when there is something to send


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
        rows = await self._db.fetchall(
            "SELECT * FROM reminder_firings WHERE reminder_id = ? ORDER BY scheduled_at, id",
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
    async def claim(self, claims: Sequence[Claim], now: datetime) -> list[Claimed]:
        """Record every decision in one transaction; returns those this call won."""
        won: list[Claimed] = []
        async with self._db.transaction() as conn:
            for claim in claims:
                reminder = claim.reminder
                assert reminder.next_fire_at is not None
                handled = claim.send_at or claim.skipped_from
                status = ACTIVE if claim.next_fire_at is not None else DONE
                cur = await conn.execute(
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
                    await conn.execute(
                        "INSERT OR IGNORE INTO reminder_firings(reminder_id, scheduled_at,"
                        " decided_at, outcome) VALUES (?,?,?,'skipped')",
                        (reminder.id, to_db_time(claim.skipped_from), to_db_time(now)),
                    )
                firing_id = None
                if claim.send_at is not None:
                    cur = await conn.execute(
                        "INSERT OR IGNORE INTO reminder_firings(reminder_id, scheduled_at,"
                        " decided_at, outcome, late) VALUES (?,?,?,'sending',?)",
                        (reminder.id, to_db_time(claim.send_at), to_db_time(now), int(claim.late)),
                    )
                    if cur.rowcount == 0:
                        continue  # this occurrence was already handled: never twice
                    firing_id = cur.lastrowid
                won.append(Claimed(claim, firing_id))
        return won

    async def finish(
        self,
        firing_id: int,
        outcome: str,
        now: datetime,
        chat_id: int | None = None,
        message_id: int | None = None,
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE reminder_firings SET outcome = ?, sent_at = ?, chat_id = ?, message_id = ?"
                " WHERE id = ?",
                (outcome, to_db_time(now), chat_id, message_id, firing_id),
            )

    async def release(self, claimed: Claimed) -> None:
        """Undo a claim whose message certainly did not go out (a connection error before
        Telegram answered), so the next run tries again, within the grace period."""
        claim = claimed.claim
        reminder = claim.reminder
        async with self._db.transaction() as conn:
            if claimed.firing_id is not None:
                await conn.execute(
                    "DELETE FROM reminder_firings WHERE id = ?", (claimed.firing_id,)
                )
            await conn.execute(
                "UPDATE reminders SET next_fire_at = ?, last_fired_at = ?, status = 'active'"
                " WHERE id = ? AND next_fire_at IS ?",
                (
                    _t(claim.send_at),
                    _t(reminder.last_fired_at),
                    reminder.id,
                    _t(claim.next_fire_at),
                ),
            )

    async def mark_interrupted(self) -> int:
        """Firings claimed by a process that stopped before it could say how sending went."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE reminder_firings SET outcome = 'unknown' WHERE outcome = 'sending'"
            )
            return cur.rowcount
