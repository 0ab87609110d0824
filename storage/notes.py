"""Discipline notes (作风督查记录) and the people each one is about.

A note is deleted softly (status 'deleted', with who and when) so the audit trail and the
record agree; every change writes its audit row in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.domain.notes import Cover
from bot.domain.vocabulary import COUNTING_STATUSES, sql_in
from storage import audit
from storage.absences import overlap_clause
from storage.audit import Origin
from storage.db import Database, from_db_time, to_db_time


@dataclass(frozen=True)
class NotePerson:
    member_id: int
    absence_id: int | None  # the report that covered them; None: 未报备
    kind: str | None = None
    start: datetime | None = None
    end: datetime | None = None

    @property
    def covered(self) -> bool:
        return self.absence_id is not None


@dataclass(frozen=True)
class Note:
    id: int
    author_id: int
    at: datetime
    until: datetime | None
    category: str
    text: str
    status: str
    source_chat_id: int | None
    source_message_id: int | None
    reply_chat_id: int | None
    reply_message_id: int | None
    created_at: datetime
    people: tuple[NotePerson, ...]

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class NewNote:
    author_id: int
    at: datetime
    until: datetime | None
    category: str
    text: str
    people: tuple[tuple[int, int | None], ...]  # (member_id, covering absence_id or None)


_PEOPLE_SQL = (
    "SELECT p.note_id, p.member_id, p.absence_id, a.kind, a.start_at, a.end_at"
    " FROM note_people p LEFT JOIN absences a ON a.id = p.absence_id"
)


class NoteRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reads
    async def get(self, note_id: int) -> Note | None:
        rows = await self._db.fetchall("SELECT * FROM notes WHERE id = ?", (note_id,))
        notes = await self._with_people(rows)
        return notes[0] if notes else None

    async def by_source(self, chat_id: int, message_id: int) -> Note | None:
        rows = await self._db.fetchall(
            "SELECT * FROM notes WHERE source_chat_id = ? AND source_message_id = ?",
            (chat_id, message_id),
        )
        notes = await self._with_people(rows)
        return notes[0] if notes else None

    async def between(
        self, start: datetime, end: datetime, member_id: int | None = None
    ) -> list[Note]:
        """Active notes checked in [start, end), earliest first; of one person if given."""
        sql = "SELECT * FROM notes WHERE status = 'active' AND at >= ? AND at < ?"
        params: list[object] = [to_db_time(start), to_db_time(end)]
        if member_id is not None:
            sql += " AND id IN (SELECT note_id FROM note_people WHERE member_id = ?)"
            params.append(member_id)
        rows = await self._db.fetchall(sql + " ORDER BY at, id", params)
        return await self._with_people(rows)

    async def count_between(self, start: datetime, end: datetime) -> int:
        return int(
            await self._db.fetchval(
                "SELECT COUNT(*) FROM notes WHERE status = 'active' AND at >= ? AND at < ?",
                (to_db_time(start), to_db_time(end)),
            )
        )

    async def covers(
        self, member_ids: Sequence[int], start: datetime, end: datetime
    ) -> list[Cover]:
        """Effective absence reports of these members overlapping [start, end]."""
        ids = sorted(set(member_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        overlap, params = overlap_clause(start, end, closed=True)
        rows = await self._db.fetchall(
            "SELECT id, member_id, kind, start_at, end_at, created_at FROM absences"
            f" WHERE member_id IN ({marks}) AND {overlap} AND {sql_in(COUNTING_STATUSES)}"
            " ORDER BY start_at, id",
            (*ids, *params),
        )
        return [
            Cover(
                r["id"],
                r["member_id"],
                r["kind"],
                from_db_time(r["start_at"]),  # type: ignore[arg-type]
                from_db_time(r["end_at"]),  # type: ignore[arg-type]
                from_db_time(r["created_at"]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    async def _with_people(self, rows: Sequence[aiosqlite.Row]) -> list[Note]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        people: dict[int, list[NotePerson]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            found = await self._db.fetchall(
                _PEOPLE_SQL + f" WHERE p.note_id IN ({','.join('?' * len(chunk))}) ORDER BY p.id",
                chunk,
            )
            for p in found:
                listed = people.setdefault(p["note_id"], [])
                if any(x.member_id == p["member_id"] for x in listed):
                    continue  # two rows after an /iam merge
                listed.append(
                    NotePerson(
                        p["member_id"],
                        p["absence_id"],
                        p["kind"],
                        from_db_time(p["start_at"]),
                        from_db_time(p["end_at"]),
                    )
                )
        return [_note(r, tuple(people.get(r["id"], ()))) for r in rows]

    # ------------------------------------------------------------------ writes
    async def create(self, new: NewNote, origin: Origin, now: datetime) -> tuple[Note, bool]:
        """One transaction. ``created`` is False when this message was recorded already."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO notes(author_id, at, until_at, category, text, source_chat_id,"
                " source_message_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(source_chat_id, source_message_id) DO NOTHING",
                (
                    new.author_id,
                    to_db_time(new.at),
                    to_db_time(new.until) if new.until else None,
                    new.category,
                    new.text,
                    origin.chat_id,
                    origin.message_id,
                    to_db_time(now),
                    to_db_time(now),
                ),
            )
            created = bool(cur.rowcount)
            if created:
                note_id = int(cur.lastrowid)  # type: ignore[arg-type]
                await _write_people(conn, note_id, new.people)
                await audit.record(conn, now, origin, "note.new", "note", note_id, _detail(new))
        if created:
            found = await self.get(note_id)
        else:
            assert origin.chat_id is not None
            assert origin.message_id is not None
            found = await self.by_source(origin.chat_id, origin.message_id)
        assert found is not None
        return found, created

    async def set_reply(self, note_id: int, chat_id: int, message_id: int) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE notes SET reply_chat_id = ?, reply_message_id = ? WHERE id = ?",
                (chat_id, message_id, note_id),
            )

    async def update(self, note_id: int, new: NewNote, origin: Origin, now: datetime) -> bool:
        """Replace what the note says (time, category, text, people); False if deleted."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE notes SET at = ?, until_at = ?, category = ?, text = ?, updated_at = ?"
                " WHERE id = ? AND status = 'active'",
                (
                    to_db_time(new.at),
                    to_db_time(new.until) if new.until else None,
                    new.category,
                    new.text,
                    to_db_time(now),
                    note_id,
                ),
            )
            if not cur.rowcount:
                return False
            await conn.execute("DELETE FROM note_people WHERE note_id = ?", (note_id,))
            await _write_people(conn, note_id, new.people)
            await audit.record(conn, now, origin, "note.edit", "note", note_id, _detail(new))
            return True

    async def set_category(
        self, note_id: int, category: str, origin: Origin, now: datetime
    ) -> bool:
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE notes SET category = ?, updated_at = ?"
                " WHERE id = ? AND status = 'active' AND category != ?",
                (category, to_db_time(now), note_id, category),
            )
            if cur.rowcount:
                await audit.record(
                    conn, now, origin, "note.category", "note", note_id, {"category": category}
                )
            return bool(cur.rowcount)

    async def delete(self, note_id: int, origin: Origin, now: datetime) -> bool:
        """Soft: the row stays, marked deleted with who and when."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE notes SET status = 'deleted', deleted_at = ?, deleted_by = ?,"
                " updated_at = ? WHERE id = ? AND status = 'active'",
                (to_db_time(now), origin.actor_id, to_db_time(now), note_id),
            )
            if cur.rowcount:
                await audit.record(conn, now, origin, "note.delete", "note", note_id)
            return bool(cur.rowcount)


async def _write_people(
    conn: aiosqlite.Connection, note_id: int, people: Sequence[tuple[int, int | None]]
) -> None:
    await conn.executemany(
        "INSERT INTO note_people(note_id, member_id, absence_id) VALUES (?,?,?)",
        [(note_id, member_id, absence_id) for member_id, absence_id in people],
    )


def _detail(new: NewNote) -> dict[str, object]:
    return {
        "at": new.at.isoformat(),
        "until": new.until.isoformat() if new.until else None,
        "category": new.category,
        "text": new.text,
        "people": [{"member_id": m, "absence_id": a} for m, a in new.people],
    }


def _note(row: aiosqlite.Row, people: tuple[NotePerson, ...]) -> Note:
    return Note(
        id=row["id"],
        author_id=row["author_id"],
        at=from_db_time(row["at"]),  # type: ignore[arg-type]
        until=from_db_time(row["until_at"]),
        category=row["category"],
        text=row["text"],
        status=row["status"],
        source_chat_id=row["source_chat_id"],
        source_message_id=row["source_message_id"],
        reply_chat_id=row["reply_chat_id"],
        reply_message_id=row["reply_message_id"],
        created_at=from_db_time(row["created_at"]),  # type: ignore[arg-type]
        people=people,
    )
