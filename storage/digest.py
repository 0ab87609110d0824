"""Read queries for the weekly rectification digest: items, the status history, a week's
progress updates with their evidence counts, and the week's attendance figures.

Nothing here writes; the "sent once" mark is the digest's post in the outbox
(:mod:`storage.outbox`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from bot.domain.digest import Attendance, Change, ItemRow, UpdateRow
from bot.domain.notes import ABSENCE_CATEGORIES
from bot.domain.rectification import Status
from bot.domain.vocabulary import COUNTING_STATUSES, sql_in
from storage.absences import overlap_clause
from storage.db import Database, from_db_time, to_db_time

_EFFECTIVE = sql_in(COUNTING_STATUSES)
# Only notes of absence categories can find someone 未报备 (fixed words, never user text).
_ABSENCE_NOTES = f"n.category IN ({', '.join(repr(str(c)) for c in sorted(ABSENCE_CATEGORIES))})"


def _name(real: str | None, display: str | None, username: str | None) -> str | None:
    return real or display or (f"@{username}" if username else None)


def _bound(instant: datetime) -> str:
    """An exclusive upper bound as stored text: stored times are whole seconds, so round a
    fractional instant up (the caller filters exactly on the rows it gets)."""
    if instant.microsecond:
        instant += timedelta(microseconds=1_000_000 - instant.microsecond)
    return to_db_time(instant)


def _time(text: str) -> datetime:
    value = from_db_time(text)
    assert value is not None
    return value


class DigestRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def items(self) -> list[ItemRow]:
        rows = await self._db.fetchall(
            "SELECT i.number, i.title, i.area, i.status, i.deadline, i.last_activity_at,"
            " i.created_at, o.real_name, o.display_name, o.tg_username"
            " FROM rectification_items i LEFT JOIN members o ON o.id = i.owner_id"
            " ORDER BY i.number"
        )
        return [
            ItemRow(
                number=r["number"],
                title=r["title"],
                area=r["area"],
                status=Status(r["status"]),
                owner=_name(r["real_name"], r["display_name"], r["tg_username"]),
                deadline=date.fromisoformat(r["deadline"]) if r["deadline"] else None,
                last_activity_at=_time(r["last_activity_at"]),
                created_at=_time(r["created_at"]),
            )
            for r in rows
        ]

    async def first_item_at(self) -> datetime | None:
        return from_db_time(
            await self._db.fetchval("SELECT MIN(created_at) FROM rectification_items")
        )

    async def status_changes(self, until: datetime) -> list[Change]:
        """Every status change before ``until``, in the order they were recorded."""
        rows = await self._db.fetchall(
            "SELECT s.id, i.number, s.at, s.old_status, s.new_status"
            " FROM rectification_status_changes s JOIN rectification_items i ON i.id = s.item_id"
            " WHERE s.at < ? ORDER BY s.id",
            (_bound(until),),
        )
        return [
            Change(
                r["id"],
                r["number"],
                _time(r["at"]),
                Status(r["old_status"]) if r["old_status"] else None,
                Status(r["new_status"]),
            )
            for r in rows
        ]

    async def updates(self, start: datetime, end: datetime) -> list[UpdateRow]:
        """Progress updates in [start, end), each with how many files came with it."""
        rows = await self._db.fetchall(
            "SELECT i.number, u.at, u.text, m.real_name, m.display_name, m.tg_username,"
            " (SELECT COUNT(*) FROM rectification_evidence e WHERE e.update_id = u.id) AS files"
            " FROM rectification_updates u JOIN rectification_items i ON i.id = u.item_id"
            " LEFT JOIN members m ON m.id = u.author_id"
            " WHERE u.at >= ? AND u.at < ? ORDER BY i.number, u.at, u.id",
            (to_db_time(start), _bound(end)),
        )
        return [
            UpdateRow(
                number=r["number"],
                at=_time(r["at"]),
                author=_name(r["real_name"], r["display_name"], r["tg_username"]),
                text=r["text"],
                evidence=int(r["files"]),
            )
            for r in rows
        ]

    async def last_update_before(self, until: datetime) -> dict[int, datetime]:
        """Each item's latest progress update before ``until`` (the (item_id, at) index)."""
        rows = await self._db.fetchall(
            "SELECT i.number, (SELECT MAX(u.at) FROM rectification_updates u"
            "  WHERE u.item_id = i.id AND u.at < ?) AS last FROM rectification_items i",
            (_bound(until),),
        )
        return {r["number"]: _time(r["last"]) for r in rows if r["last"]}

    async def attendance(
        self,
        start: datetime,
        end: datetime,
        leave_kinds: Sequence[str],
        away_kinds: Sequence[str],
        partial_kinds: Sequence[str] = (),
    ) -> Attendance:
        """Absence records overlapping [start, end) by group of kinds (leave, away, late or
        early), and the people discipline notes in that span found 未报备 (None while the
        notes table does not exist)."""
        groups = (leave_kinds, away_kinds, partial_kinds)
        kinds = [k for group in groups for k in group]
        overlap, params = overlap_clause(start, end)
        rows = await self._db.fetchall(
            f"SELECT kind, COUNT(*) AS n FROM absences WHERE {overlap} AND {_EFFECTIVE}"
            f" AND kind IN ({','.join('?' * len(kinds))}) GROUP BY kind",
            (*params, *kinds),
        )
        people = await self._db.fetchall(
            f"SELECT DISTINCT kind, member_id FROM absences WHERE {overlap} AND {_EFFECTIVE}"
            f" AND kind IN ({','.join('?' * len(kinds))})",
            (*params, *kinds),
        )
        figures = []
        for group in groups:
            figures.append(sum(int(r["n"]) for r in rows if r["kind"] in group))
            figures.append(len({r["member_id"] for r in people if r["kind"] in group}))
        leave, leave_people, away, away_people, partial, partial_people = figures
        return Attendance(
            leave,
            leave_people,
            away,
            away_people,
            await self._unreported(start, end),
            partial,
            partial_people,
        )

    async def _unreported(self, start: datetime, end: datetime) -> int | None:
        exists = await self._db.fetchval(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'note_people'"
        )
        if not exists:
            return None
        # One per note and person: an /iam merge may leave two rows for the same pair.
        value = await self._db.fetchval(
            "SELECT COUNT(*) FROM (SELECT DISTINCT p.note_id, p.member_id FROM note_people p"
            " JOIN notes n ON n.id = p.note_id WHERE n.status = 'active'"
            f" AND n.at >= ? AND n.at < ? AND p.absence_id IS NULL AND {_ABSENCE_NOTES})",
            (to_db_time(start), to_db_time(end)),
        )
        return int(value or 0)
