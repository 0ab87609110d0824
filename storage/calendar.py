"""Holidays and adjusted working days that admins declared from the chat."""

from __future__ import annotations

from datetime import date, datetime

from storage import audit
from storage.audit import Origin
from storage.db import Database, to_db_time


class CalendarRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def all(self) -> dict[date, tuple[bool, str | None]]:
        rows = await self._db.fetchall("SELECT day, workday, name FROM calendar_overrides")
        return {date.fromisoformat(r["day"]): (bool(r["workday"]), r["name"]) for r in rows}

    async def declare(
        self, day: date, workday: bool, name: str | None, origin: Origin, now: datetime
    ) -> None:
        """Set one day (replacing what was declared for it), audited, in one transaction."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO calendar_overrides(day, workday, name, set_by, set_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT(day) DO UPDATE SET workday = excluded.workday,"
                " name = excluded.name, set_by = excluded.set_by, set_at = excluded.set_at",
                (day.isoformat(), int(workday), name, origin.actor_id, to_db_time(now)),
            )
            await audit.record(
                conn,
                now,
                origin,
                "calendar.declare",
                "calendar",
                None,
                {"day": day.isoformat(), "workday": workday, "name": name},
            )
