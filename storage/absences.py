"""Absence records, pending questions, annual-leave overrides and daily-post marks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.domain.vocabulary import COUNTING_STATUSES, OPEN_STATUSES, sql_in
from storage import audit
from storage.audit import Origin
from storage.db import Database, db_time, from_db_time, to_db_time
from storage.outbox import Part, insert_posts


@dataclass(frozen=True)
class Absence:
    id: int
    member_id: int
    reporter_id: int | None
    kind: str
    start: datetime
    end: datetime
    planned_end: datetime
    reason: str | None
    days: float
    status: str
    source_chat_id: int | None
    source_message_id: int | None
    source_text: str
    reply_chat_id: int | None
    reply_message_id: int | None

    @property
    def effective(self) -> bool:
        return self.status != "cancelled"


@dataclass(frozen=True)
class NewAbsence:
    member_id: int
    kind: str
    start: datetime
    end: datetime
    reason: str | None
    days: float


@dataclass(frozen=True)
class Pending:
    id: int
    member_id: int
    chat_id: int
    message_id: int
    text: str
    report: dict[str, Any]
    problem: str
    resolved: bool
    created_at: datetime | None = None


def _absence(row: aiosqlite.Row) -> Absence:
    return Absence(
        id=row["id"],
        member_id=row["member_id"],
        reporter_id=row["reporter_id"],
        kind=row["kind"],
        start=from_db_time(row["start_at"]),  # type: ignore[arg-type]
        end=from_db_time(row["end_at"]),  # type: ignore[arg-type]
        planned_end=from_db_time(row["planned_end_at"]),  # type: ignore[arg-type]
        reason=row["reason"],
        days=row["days"],
        status=row["status"],
        source_chat_id=row["source_chat_id"],
        source_message_id=row["source_message_id"],
        source_text=row["source_text"],
        reply_chat_id=row["reply_chat_id"],
        reply_message_id=row["reply_message_id"],
    )


def _pending(row: aiosqlite.Row) -> Pending:
    return Pending(
        id=row["id"],
        member_id=row["member_id"],
        chat_id=row["chat_id"],
        message_id=row["message_id"],
        text=row["text"],
        report=json.loads(row["report"]),
        problem=row["problem"],
        resolved=row["resolved_at"] is not None,
        created_at=from_db_time(row["created_at"]),
    )


def _new_row(
    absence_id: int,
    entry: NewAbsence,
    stored: tuple[str, str],
    origin: Origin,
    chat_id: int,
    message_id: int,
    text: str,
) -> Absence:
    """The row as :meth:`AbsenceRepo.record` has just inserted it, its times read back from
    the text stored (``stored``: start and end), as a read of the row would give them."""
    start, end = db_time(stored[0]), db_time(stored[1])
    return Absence(
        id=absence_id,
        member_id=entry.member_id,
        reporter_id=origin.actor_id,
        kind=entry.kind,
        start=start,
        end=end,
        planned_end=end,
        reason=entry.reason,
        days=entry.days,
        status="active",
        source_chat_id=chat_id,
        source_message_id=message_id,
        source_text=text,
        reply_chat_id=None,
        reply_message_id=None,
    )


def _set_reply_sql(
    ids: list[int], chat_id: int, message_id: int | None
) -> tuple[str, tuple[int | None, ...]]:
    marks = ", ".join("?" * len(ids))
    return (
        "UPDATE absences SET reply_chat_id = ?, reply_message_id = ?, confirmation_owed = 0"
        f" WHERE id IN ({marks})",
        (chat_id, message_id, *ids),
    )


_EFFECTIVE_SQL = sql_in(COUNTING_STATUSES)
_OVERLAP, _OVERLAP_CLOSED = "end_at > ? AND +start_at < ?", "end_at > ? AND +start_at <= ?"
# A person's effective records overlapping a new one's [start, end) (see overlap_clause).
_CLASH_SQL = f"SELECT * FROM absences WHERE member_id = ? AND {_OVERLAP} AND {_EFFECTIVE_SQL}"
# A year's annual-leave override and the 年假 days used between two instants, in one
# statement; the sum reads the covering index absences_member_kind (migration 0011).
_ANNUAL_SQL = (
    "SELECT (SELECT days FROM annual_leave_overrides WHERE member_id = ?1 AND year = ?2),"
    f" (SELECT COALESCE(SUM(days), 0) FROM absences WHERE member_id = ?1 AND kind = '年假'"
    f" AND {_EFFECTIVE_SQL} AND start_at >= ?3 AND start_at < ?4)"
)


@dataclass
class AnnualFigures:
    """The annual-leave figures a 事假 confirmation shows (its "annual leave first" line),
    asked for together with the record: :meth:`AbsenceRepo.record_unless_clash` fills
    ``override`` and ``used`` in the record's own trip to aiosqlite's thread, which costs
    more than the query itself. ``answered`` stays False when nothing was recorded."""

    member_id: int
    year: int
    first: datetime  # the year's first instant, in the office's time zone
    last: datetime  # the next year's first instant
    override: float | None = None
    used: float = 0.0
    answered: bool = False

    def params(self) -> tuple[int, int, str, str]:
        return self.member_id, self.year, to_db_time(self.first), to_db_time(self.last)

    def fill(self, row: Sequence[Any]) -> None:
        self.override = None if row[0] is None else float(row[0])
        self.used = float(row[1] or 0)
        self.answered = True


def overlap_clause(
    start: datetime, end: datetime, *, closed: bool = False
) -> tuple[str, tuple[str, str]]:
    """The SQL condition (and its two parameters) for an absence overlapping [start, end),
    or [start, end] when ``closed`` (a discipline note at 9:10 is the span [9:10, 9:10]).

    It reads through the end_at indexes (migration 0009): only absences that end after
    ``start`` are visited, so the cost does not grow with history. ``+start_at`` keeps the
    planner off the start_at index, which would visit everything that began before ``end``.
    """
    return _OVERLAP_CLOSED if closed else _OVERLAP, (to_db_time(start), to_db_time(end))


class AbsenceRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reads
    async def get(self, absence_id: int) -> Absence | None:
        row = await self._db.fetchone("SELECT * FROM absences WHERE id = ?", (absence_id,))
        return _absence(row) if row else None

    async def by_source(self, chat_id: int, message_id: int) -> list[Absence]:
        rows = await self._db.fetchall(
            "SELECT * FROM absences WHERE source_chat_id = ? AND source_message_id = ? ORDER BY id",
            (chat_id, message_id),
        )
        return [_absence(r) for r in rows]

    async def by_reply(self, chat_id: int, message_id: int) -> list[Absence]:
        rows = await self._db.fetchall(
            "SELECT * FROM absences WHERE reply_chat_id = ? AND reply_message_id = ? ORDER BY id",
            (chat_id, message_id),
        )
        return [_absence(r) for r in rows]

    async def for_member(self, member_id: int, limit: int = 50) -> list[Absence]:
        """Newest first: what "my latest absence" means for 销假, 取消 and 更正."""
        rows = await self._db.fetchall(
            f"SELECT * FROM absences WHERE member_id = ? AND {_EFFECTIVE_SQL}"
            " ORDER BY created_at DESC, id DESC LIMIT ?",
            (member_id, limit),
        )
        return [_absence(r) for r in rows]

    async def overlapping(self, start: datetime, end: datetime) -> list[Absence]:
        """Effective absences that overlap [start, end), earliest first."""
        overlap, params = overlap_clause(start, end)
        rows = await self._db.fetchall(
            f"SELECT * FROM absences WHERE {overlap} AND {_EFFECTIVE_SQL} ORDER BY start_at, id",
            params,
        )
        return [_absence(r) for r in rows]

    async def days_used(self, member_id: int, kind: str, first: datetime, last: datetime) -> float:
        value = await self._db.fetchval(
            f"SELECT COALESCE(SUM(days), 0) FROM absences WHERE member_id = ? AND kind = ?"
            f" AND {_EFFECTIVE_SQL} AND start_at >= ? AND start_at < ?",
            (member_id, kind, to_db_time(first), to_db_time(last)),
        )
        return float(value or 0)

    async def annual_figures(
        self, member_id: int, year: int, first: datetime, last: datetime
    ) -> tuple[float | None, float]:
        """The year's override (None when there is none) and the 年假 days used between
        ``first`` and ``last``, in one statement: a confirmation card asks for both, and each
        query is a trip to aiosqlite's thread."""
        figures = AnnualFigures(member_id, year, first, last)
        row = await self._db.fetchone(_ANNUAL_SQL, figures.params())
        assert row is not None  # a SELECT without FROM always gives its one row
        figures.fill(row)
        return figures.override, figures.used

    async def override(self, member_id: int, year: int) -> float | None:
        value = await self._db.fetchval(
            "SELECT days FROM annual_leave_overrides WHERE member_id = ? AND year = ?",
            (member_id, year),
        )
        return None if value is None else float(value)

    async def overdue_returns(self, now: datetime, since: datetime) -> list[Absence]:
        """Trips out whose return time passed (after ``since``) with no return reported."""
        rows = await self._db.fetchall(
            f"SELECT * FROM absences WHERE {sql_in(OPEN_STATUSES)}"
            " AND kind = '外出' AND return_reminded_at IS NULL AND end_at <= ? AND end_at > ?",
            (to_db_time(now), to_db_time(since)),
        )
        return [_absence(r) for r in rows]

    # ------------------------------------------------------------------ writes
    async def record(
        self,
        entries: list[NewAbsence],
        source_chat_id: int,
        source_message_id: int,
        source_text: str,
        origin: Origin,
        now: datetime,
        pending_id: int | None = None,
    ) -> tuple[list[Absence], bool]:
        """Insert all entries in one transaction. Returns (rows, created); ``created`` is False
        when this message had been recorded already (a re-delivered update), or when the
        question ``pending_id`` it answers was answered already (a double press)."""
        rows, outcome = await self.record_unless_clash(
            entries,
            source_chat_id,
            source_message_id,
            source_text,
            origin,
            now,
            pending_id,
            refuse_overlap=False,
        )
        return rows, outcome == "created"

    async def record_unless_clash(
        self,
        entries: list[NewAbsence],
        source_chat_id: int,
        source_message_id: int,
        source_text: str,
        origin: Origin,
        now: datetime,
        pending_id: int | None = None,
        *,
        refuse_overlap: bool = True,
        annual: AnnualFigures | None = None,
    ) -> tuple[list[Absence], str]:
        """:meth:`record`, checking in the same trip whether the message was recorded before
        (``duplicate``) and, with ``refuse_overlap``, whether a person already has a record
        overlapping it (``overlap``: nothing is written, the rows returned are the clashes).
        Otherwise ``created``, or ``answered`` when the question was answered already.
        ``annual``, when given, is filled in the same trip once the record is made."""

        # Each instant turned into stored text once, for the checks, the rows and the audit.
        now_at = to_db_time(now)
        stored = [(to_db_time(entry.start), to_db_time(entry.end)) for entry in entries]

        def work(conn: sqlite3.Connection) -> tuple[list[Absence], str]:
            if conn.execute(
                "SELECT 1 FROM absences WHERE source_chat_id = ? AND source_message_id = ? LIMIT 1",
                (source_chat_id, source_message_id),
            ).fetchone():
                return [], "duplicate"
            if refuse_overlap:
                clashes = []
                for entry, span in zip(entries, stored, strict=True):
                    clashes += [
                        _absence(row) for row in conn.execute(_CLASH_SQL, (entry.member_id, *span))
                    ]
                if clashes:
                    return clashes, "overlap"
            if pending_id is not None:
                resolved = conn.execute(
                    "UPDATE pending_reports SET resolved_at = ?"
                    " WHERE id = ? AND resolved_at IS NULL",
                    (now_at, pending_id),
                )
                if not resolved.rowcount:
                    return [], "answered"
            made = [
                self._insert(
                    conn,
                    entry,
                    span,
                    source_chat_id,
                    source_message_id,
                    source_text,
                    origin,
                    now_at,
                )
                for entry, span in zip(entries, stored, strict=True)
            ]
            if annual is not None:
                annual.fill(conn.execute(_ANNUAL_SQL, annual.params()).fetchone())
            return made, "created"

        return await self._db.in_one_trip(work)

    @staticmethod
    def _insert(
        conn: sqlite3.Connection,
        entry: NewAbsence,
        stored: tuple[str, str],
        chat_id: int,
        message_id: int,
        source_text: str,
        origin: Origin,
        now_at: str,
    ) -> Absence:
        """One new record and its audit row; ``stored``: its start and end as stored text."""
        start_at, end_at = stored
        cur = conn.execute(
            "INSERT INTO absences(member_id, reporter_id, kind, start_at, end_at,"
            " planned_end_at, reason, days, source_chat_id, source_message_id, source_text,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.member_id,
                origin.actor_id,
                entry.kind,
                start_at,
                end_at,
                end_at,
                entry.reason,
                entry.days,
                chat_id,
                message_id,
                source_text[:2000],
                now_at,
                now_at,
            ),
        )
        absence_id = int(cur.lastrowid or 0)
        audit.record_sync(
            conn,
            now_at,
            origin,
            "absence.new",
            "absence",
            absence_id,
            {
                "member_id": entry.member_id,
                "kind": entry.kind,
                "start": entry.start.isoformat(),
                "end": entry.end.isoformat(),
            },
        )
        return _new_row(absence_id, entry, stored, origin, chat_id, message_id, source_text[:2000])

    async def unconfirmed(self, since: datetime) -> dict[tuple[int, int], list[Absence]]:
        """Active records made since ``since`` whose confirmation failed to send, by source
        message (chat id, message id): their answer is owed."""
        rows = await self._db.fetchall(
            "SELECT * FROM absences WHERE confirmation_owed = 1 AND status = 'active'"
            " AND source_chat_id IS NOT NULL AND created_at >= ? ORDER BY created_at, id",
            (to_db_time(since),),
        )
        owed: dict[tuple[int, int], list[Absence]] = {}
        for row in rows:
            absence = _absence(row)
            key = (int(row["source_chat_id"]), int(row["source_message_id"]))
            owed.setdefault(key, []).append(absence)
        return owed

    async def owe_confirmation(self, ids: list[int]) -> None:
        """Sending these records' confirmation failed: the heartbeat and the next start try
        again (never a confirmation that may have gone out: see migration 0012)."""
        marks = ", ".join("?" * len(ids))
        await self._db.execute(
            f"UPDATE absences SET confirmation_owed = 1 WHERE id IN ({marks})", tuple(ids)
        )

    async def set_reply(self, ids: list[int], chat_id: int, message_id: int | None) -> None:
        """The confirmation is out (or given up: no message id); nothing is owed."""
        await self._db.execute(*_set_reply_sql(ids, chat_id, message_id))

    def set_reply_later(self, ids: list[int], chat_id: int, message_id: int) -> None:
        """:meth:`set_reply` deferred (:meth:`Database.defer`): written with the next trip
        to the database (the next report's record), so a report makes one trip fewer; every
        read of absences sees it. For records this update has just made, whose confirmation
        was never owed: a kill loses at most the reply id, and with it only the way from a
        reply to the confirmation back to its record (docs/reliability.md)."""
        sql, params = _set_reply_sql(ids, chat_id, message_id)
        self._db.defer(lambda conn: conn.execute(sql, params))

    async def cancel(self, absence_id: int, origin: Origin, now: datetime) -> bool:
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE absences SET status = 'cancelled', updated_at = ?"
                " WHERE id = ? AND status != 'cancelled'",
                (to_db_time(now), absence_id),
            )
            if cur.rowcount:
                await audit.record(conn, now, origin, "absence.cancel", "absence", absence_id)
            return bool(cur.rowcount)

    async def end_early(
        self, absence_id: int, at: datetime, days: float, origin: Origin, now: datetime
    ) -> bool:
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE absences SET status = 'ended', end_at = ?, days = ?, updated_at = ?"
                " WHERE id = ? AND status != 'cancelled' AND start_at < ?",
                (to_db_time(at), days, to_db_time(now), absence_id, to_db_time(at)),
            )
            if cur.rowcount:
                await audit.record(
                    conn,
                    now,
                    origin,
                    "absence.return",
                    "absence",
                    absence_id,
                    {"at": at.isoformat()},
                )
            return bool(cur.rowcount)

    async def amend(
        self,
        absence_id: int,
        change: NewAbsence,
        origin: Origin,
        now: datetime,
        status: str = "amended",
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE absences SET kind = ?, start_at = ?, end_at = ?, planned_end_at = ?,"
                " reason = ?, days = ?, status = ?, return_reminded_at = NULL, updated_at = ?"
                " WHERE id = ?",
                (
                    change.kind,
                    to_db_time(change.start),
                    to_db_time(change.end),
                    to_db_time(change.end),
                    change.reason,
                    change.days,
                    status,
                    to_db_time(now),
                    absence_id,
                ),
            )
            await audit.record(
                conn,
                now,
                origin,
                "absence.amend",
                "absence",
                absence_id,
                {
                    "kind": change.kind,
                    "start": change.start.isoformat(),
                    "end": change.end.isoformat(),
                },
            )

    async def set_override(
        self, member_id: int, year: int, days: float, origin: Origin, now: datetime
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO annual_leave_overrides(member_id, year, days) VALUES (?,?,?)"
                " ON CONFLICT(member_id, year) DO UPDATE SET days = excluded.days",
                (member_id, year, days),
            )
            await audit.record(
                conn,
                now,
                origin,
                "annual_leave.override",
                "member",
                member_id,
                {"year": year, "days": days},
            )

    async def claim_return_reminder(
        self,
        absence_id: int,
        posts: Sequence[tuple[str, int, Sequence[Part]]],
        now: datetime,
        expires_at: datetime,
    ) -> bool:
        """Mark the reminder owed and put it in the outbox, in one transaction: at most one
        per trip (and its end time), sent by the outbox even across a crash."""

        def work(conn: sqlite3.Connection) -> bool:
            cur = conn.execute(
                "UPDATE absences SET return_reminded_at = ?"
                " WHERE id = ? AND return_reminded_at IS NULL",
                (to_db_time(now), absence_id),
            )
            return bool(cur.rowcount) and insert_posts(conn, posts, now, expires_at, now)

        return await self._db.in_one_trip(work)

    # ------------------------------------------------------------------ pending questions
    async def add_pending(
        self,
        member_id: int,
        chat_id: int,
        message_id: int,
        text: str,
        report: dict[str, Any],
        problem: str,
        now: datetime,
    ) -> Pending | None:
        """None when this message already has a question (a re-delivered update)."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO pending_reports(member_id, chat_id, message_id, text, report, problem,"
                " created_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(chat_id, message_id) DO NOTHING",
                (
                    member_id,
                    chat_id,
                    message_id,
                    text[:2000],
                    json.dumps(report, ensure_ascii=False),
                    problem,
                    to_db_time(now),
                ),
            )
            if not cur.rowcount:
                return None
            pending_id = cur.lastrowid
        return await self.pending(int(pending_id))  # type: ignore[arg-type]

    async def set_question(self, pending_id: int, chat_id: int, message_id: int) -> None:
        """Where the bot asked, so a reply to the question finds its report."""
        await self._db.execute(
            "UPDATE pending_reports SET question_chat_id = ?, question_message_id = ? WHERE id = ?",
            (chat_id, message_id, pending_id),
        )

    async def open_question(
        self, member_id: int, chat_id: int, since: datetime, reply_to: int | None = None
    ) -> Pending | None:
        """The member's unanswered question in this chat: the one replied to, else the newest
        asked after ``since``."""
        if reply_to is not None:
            row = await self._db.fetchone(
                "SELECT * FROM pending_reports WHERE question_chat_id = ?"
                " AND question_message_id = ? AND member_id = ? AND resolved_at IS NULL",
                (chat_id, reply_to, member_id),
            )
        else:
            row = await self._db.fetchone(
                "SELECT * FROM pending_reports WHERE member_id = ? AND chat_id = ?"
                " AND resolved_at IS NULL AND created_at >= ? ORDER BY created_at DESC, id DESC",
                (member_id, chat_id, to_db_time(since)),
            )
        return None if row is None else _pending(row)

    async def pending(self, pending_id: int) -> Pending | None:
        row = await self._db.fetchone("SELECT * FROM pending_reports WHERE id = ?", (pending_id,))
        if row is None:
            return None
        return _pending(row)

    async def resolve_pending(self, pending_id: int, now: datetime) -> bool:
        """True for the one caller that resolves it (a double press resolves once)."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE pending_reports SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
                (to_db_time(now), pending_id),
            )
            return bool(cur.rowcount)
