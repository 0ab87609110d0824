"""The duty roster (值班表), check-ins, once-only notices, and who on duty is absent.

Check-ins live in ``duty_roster.checkin_at`` (UTC); the attendance workbook reads them there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from bot.domain.vocabulary import COUNTING_STATUSES, sql_in
from storage import audit
from storage.absences import overlap_clause
from storage.audit import SYSTEM, Origin
from storage.db import Database, db_time, from_db_time, to_db_time


@dataclass(frozen=True)
class DutyRow:
    id: int
    day: date
    member_id: int
    name: str
    tg_user_id: int | None
    role: str
    checkin_at: datetime | None
    checkin_note: str | None


@dataclass(frozen=True)
class Absent:
    member_id: int
    kind: str
    start_at: datetime
    end_at: datetime


@dataclass(frozen=True)
class ImportResult:
    added: int
    removed: int
    unchanged: int
    days: int


def _row(r: aiosqlite.Row) -> DutyRow:
    return DutyRow(
        id=r["id"],
        day=date.fromisoformat(r["day"]),
        member_id=r["member_id"],
        name=r["real_name"] or r["display_name"] or f"#{r['member_id']}",
        tg_user_id=r["tg_user_id"],
        role=r["role"],
        checkin_at=from_db_time(r["checkin_at"]),
        checkin_note=r["checkin_note"],
    )


_SELECT = (
    "SELECT d.*, m.real_name, m.display_name, m.tg_user_id FROM duty_roster d"
    " JOIN members m ON m.id = d.member_id"
)
_ORDER = " ORDER BY d.day, d.role = '值班', d.id"


class DutyRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ roster
    async def day(self, day: date) -> list[DutyRow]:
        rows = await self._db.fetchall(_SELECT + " WHERE d.day = ?" + _ORDER, (day.isoformat(),))
        return [_row(r) for r in rows]

    async def between(self, first: date, last: date) -> list[DutyRow]:
        """Rows from ``first`` to ``last`` inclusive (the attendance workbook's month)."""
        rows = await self._db.fetchall(
            _SELECT + " WHERE d.day BETWEEN ? AND ?" + _ORDER,
            (first.isoformat(), last.isoformat()),
        )
        return [_row(r) for r in rows]

    async def has_any(self) -> bool:
        return await self._db.fetchval("SELECT 1 FROM duty_roster LIMIT 1") is not None

    async def replace_days(
        self, entries: Sequence[tuple[date, int, str]], now: datetime, origin: Origin = SYSTEM
    ) -> ImportResult:
        """Make the roster of every day named in ``entries`` (day, member_id, role) exactly
        that; other days are untouched, and rows kept keep their check-ins. All or nothing."""
        wanted: dict[str, dict[tuple[int, str], None]] = {}  # dicts keep the file's order
        for day, member_id, role in entries:
            wanted.setdefault(day.isoformat(), {})[(member_id, role)] = None
        added = removed = unchanged = 0
        async with self._db.transaction() as conn:
            for day_text, people in wanted.items():
                async with conn.execute(
                    "SELECT id, member_id, role FROM duty_roster WHERE day = ?", (day_text,)
                ) as cur:
                    existing = {(r["member_id"], r["role"]): r["id"] for r in await cur.fetchall()}
                for key, row_id in existing.items():
                    if key not in people:
                        await conn.execute("DELETE FROM duty_roster WHERE id = ?", (row_id,))
                        removed += 1
                for member_id, role in people:
                    if (member_id, role) in existing:
                        unchanged += 1
                        continue
                    await conn.execute(
                        "INSERT INTO duty_roster(day, member_id, role, imported_at)"
                        " VALUES (?,?,?,?)",
                        (day_text, member_id, role, to_db_time(now)),
                    )
                    added += 1
            if added or removed:
                await audit.record(
                    conn,
                    now,
                    origin,
                    "duty.import",
                    "duty_roster",
                    None,
                    {"days": sorted(wanted), "added": added, "removed": removed},
                )
        return ImportResult(added, removed, unchanged, len(wanted))

    async def check_in(self, row_id: int, now: datetime, note: str | None, origin: Origin) -> bool:
        """The first check-in counts; False when this row was checked in already."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE duty_roster SET checkin_at = ?, checkin_note = ?, checkin_chat_id = ?,"
                " checkin_message_id = ? WHERE id = ? AND checkin_at IS NULL",
                (to_db_time(now), note, origin.chat_id, origin.message_id, row_id),
            )
            if cur.rowcount == 0:
                return False
            await audit.record(
                conn, now, origin, "duty.checkin", "duty_roster", row_id, {"note": note}
            )
            return True

    # ------------------------------------------------------------------ absences
    async def absent(
        self, start: datetime, end: datetime, member_ids: Iterable[int]
    ) -> list[Absent]:
        """Absences of these members that count (see ``COUNTING_STATUSES``) overlapping
        [start, end)."""
        ids = sorted(set(member_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        overlap, params = overlap_clause(start, end)
        rows = await self._db.fetchall(
            "SELECT member_id, kind, start_at, end_at FROM absences"
            f" WHERE member_id IN ({marks}) AND {overlap} AND {sql_in(COUNTING_STATUSES)}"
            " ORDER BY start_at",
            (*ids, *params),
        )
        return [
            Absent(r["member_id"], r["kind"], db_time(r["start_at"]), db_time(r["end_at"]))
            for r in rows
        ]
