"""Leave approval: departments and posts (who approves), and one row per request.

A request references its absence and keeps the period it asked about; it never changes the
absence, so every query about who is away reads the absences table as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from bot.domain.approval import LIVE_STATUSES, ApprovalStatus, Choice, Level, Org
from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from storage import audit
from storage.absences import Absence
from storage.audit import SYSTEM, Origin
from storage.db import Database, from_db_time, to_db_time
from storage.outbox import Part, insert_posts

PENDING = ApprovalStatus.PENDING.value
_LIVE = f"status IN ({', '.join(repr(s.value) for s in LIVE_STATUSES)})"
# A change to a request older than this (by its end) no longer asks for approval again.
SWEEP_DAYS = 62


@dataclass(frozen=True)
class Approval:
    id: int
    absence_id: int
    approver_id: int | None
    level: Level
    kind: str
    start: datetime
    end: datetime
    days: float
    status: ApprovalStatus
    requested_at: datetime
    reminded_at: datetime | None
    decided_by: int | None
    decided_at: datetime | None
    reason: str | None

    @property
    def pending(self) -> bool:
        return self.status == ApprovalStatus.PENDING

    def matches(self, absence: Absence) -> bool:
        """Still about the absence's period (a return 销假 does not change the request)."""
        return (absence.kind, absence.start, absence.planned_end) == (
            self.kind,
            self.start,
            self.end,
        )


def _approval(row: aiosqlite.Row) -> Approval:
    return Approval(
        id=row["id"],
        absence_id=row["absence_id"],
        approver_id=row["approver_id"],
        level=Level(row["level"]),
        kind=row["kind"],
        start=from_db_time(row["start_at"]),  # type: ignore[arg-type]
        end=from_db_time(row["end_at"]),  # type: ignore[arg-type]
        days=row["days"],
        status=ApprovalStatus(row["status"]),
        requested_at=from_db_time(row["requested_at"]),  # type: ignore[arg-type]
        reminded_at=from_db_time(row["reminded_at"]),
        decided_by=row["decided_by"],
        decided_at=from_db_time(row["decided_at"]),
        reason=row["reason"],
    )


class ApprovalRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------ organisation
    async def org_for(self, department: str | None) -> Org:
        """Who holds each post for a member of ``department``, and every leader."""
        head = supervisor = None
        if department:
            row = await self._db.fetchone(
                "SELECT head_id, supervisor_id FROM departments WHERE name = ?", (department,)
            )
            if row is not None:
                head, supervisor = row["head_id"], row["supervisor_id"]
        chief = await self._db.fetchval("SELECT member_id FROM posts WHERE post = '局长'")
        leaders = await self._db.fetchall(
            "SELECT id FROM members WHERE role IN (?, ?) ORDER BY id",
            (Role.LEADER.value, Role.ADMIN.value),
        )
        return Org(department or None, head, supervisor, chief, tuple(r["id"] for r in leaders))

    async def departments(self) -> list[aiosqlite.Row]:
        return await self._db.fetchall("SELECT * FROM departments ORDER BY name")

    async def chief(self) -> int | None:
        return await self._db.fetchval("SELECT member_id FROM posts WHERE post = '局长'")

    async def set_post(
        self,
        level: Level,
        member_id: int,
        department: str | None,
        now: datetime,
        origin: Origin,
    ) -> bool:
        """Give ``member_id`` a post; False when they held it already."""
        async with self._db.transaction() as conn:
            changed = await _set_post(conn, level, member_id, department, now)
            if changed:
                detail = {"post": level.value, "department": department}
                await audit.record(conn, now, origin, "approval.post", "member", member_id, detail)
            return changed

    # ------------------------------------------------------------ requests
    async def live_for(self, absence_ids: Iterable[int]) -> dict[int, Approval]:
        ids = list(absence_ids)
        if not ids:
            return {}
        rows = await self._db.fetchall(
            f"SELECT * FROM approvals WHERE {_LIVE} AND absence_id IN ({','.join('?' * len(ids))})",
            ids,
        )
        return {r["absence_id"]: _approval(r) for r in rows}

    async def get(self, approval_id: int) -> Approval | None:
        row = await self._db.fetchone("SELECT * FROM approvals WHERE id = ?", (approval_id,))
        return _approval(row) if row else None

    async def request(
        self, absence: Absence, choice: Choice | None, now: datetime, origin: Origin
    ) -> Approval:
        """The absence's live request for its current period; a stale one is superseded."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                f"SELECT * FROM approvals WHERE absence_id = ? AND {_LIVE}", (absence.id,)
            ) as cur:
                row = await cur.fetchone()
            if row is not None:
                current = _approval(row)
                if current.matches(absence):
                    return current
                await conn.execute(
                    "UPDATE approvals SET status = '已失效' WHERE id = ?", (current.id,)
                )
            cur = await conn.execute(
                "INSERT INTO approvals(absence_id, approver_id, level, kind, start_at, end_at,"
                " days, requested_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    absence.id,
                    choice.approver_id if choice else None,
                    (choice.level if choice else Level.LEADER).value,
                    absence.kind,
                    to_db_time(absence.start),
                    to_db_time(absence.planned_end),
                    absence.days,
                    to_db_time(now),
                ),
            )
            new_id = cur.lastrowid
            detail = {"absence": absence.id, "approver": choice.approver_id if choice else None}
            if row is not None:
                detail["replaces"] = row["id"]
            await audit.record(conn, now, origin, "approval.request", "approval", new_id, detail)
            async with conn.execute("SELECT * FROM approvals WHERE id = ?", (new_id,)) as cur:
                created = await cur.fetchone()
            assert created is not None
            return _approval(created)

    async def stale(self, now: datetime) -> tuple[list[Approval], list[int]]:
        """Live requests whose absence was withdrawn, and the absences whose period changed
        under their request (they need asking again). Runs after every update, so it walks
        the end_at index (``+a.status`` keeps SQLite off the status index, which would read
        every decided request in history)."""
        rows = await self._db.fetchall(
            "SELECT a.*, b.status AS absence_status FROM approvals a"
            " JOIN absences b ON b.id = a.absence_id"
            f" WHERE +a.{_LIVE} AND a.end_at > ?"
            " AND (b.status = 'cancelled' OR b.kind != a.kind OR b.start_at != a.start_at"
            " OR b.planned_end_at != a.end_at)",
            (to_db_time(now - timedelta(days=SWEEP_DAYS)),),
        )
        withdrawn = [_approval(r) for r in rows if r["absence_status"] == "cancelled"]
        changed = [r["absence_id"] for r in rows if r["absence_status"] != "cancelled"]
        return withdrawn, changed

    async def withdraw(self, approval: Approval, now: datetime) -> bool:
        """A cancelled absence takes its pending request with it (a decided one stays)."""
        async with self._db.transaction() as conn:
            status = "已撤销" if approval.pending else "已失效"
            cur = await conn.execute(
                f"UPDATE approvals SET status = ? WHERE id = ? AND {_LIVE}", (status, approval.id)
            )
            if cur.rowcount == 0:
                return False
            await audit.record(
                conn, now, SYSTEM, "approval.withdraw", "approval", approval.id, {"to": status}
            )
            return approval.pending

    async def unnotified(self) -> list[Approval]:
        """Pending requests whose approver has not been told yet (a read: after every update
        it usually finds nothing and writes nothing)."""
        rows = await self._db.fetchall(
            "SELECT * FROM approvals WHERE status = '待审批' AND notified_at IS NULL"
            " AND approver_id IS NOT NULL ORDER BY id"
        )
        return [_approval(r) for r in rows]

    async def claim_notice(
        self, approval_id: int, posts: Sequence[tuple[str, int, Sequence[Part]]], now: datetime
    ) -> bool:
        """Mark the approver told and put the notice in the outbox, in one transaction: the
        outbox sends it, again after a network error or a restart; False when it was
        claimed before (or the request was decided meanwhile)."""

        def work(conn: sqlite3.Connection) -> bool:
            cur = conn.execute(
                "UPDATE approvals SET notified_at = ? WHERE id = ? AND status = '待审批'"
                " AND notified_at IS NULL",
                (to_db_time(now), approval_id),
            )
            return bool(cur.rowcount) and insert_posts(conn, posts, now, None, now)

        return await self._db.in_one_trip(work)

    async def unreminded(self, now: datetime, after: timedelta) -> list[Approval]:
        """Requests pending longer than ``after`` whose approver was told and not reminded."""
        rows = await self._db.fetchall(
            "SELECT * FROM approvals WHERE status = '待审批' AND reminded_at IS NULL"
            " AND notified_at IS NOT NULL AND approver_id IS NOT NULL AND requested_at <= ?"
            " ORDER BY id",
            (to_db_time(now - after),),
        )
        return [_approval(r) for r in rows]

    async def claim_reminder(
        self, approval_id: int, posts: Sequence[tuple[str, int, Sequence[Part]]], now: datetime
    ) -> bool:
        """Mark the request reminded and put the reminder in the outbox, in one transaction
        (at most one reminder per request, sent even across a crash)."""

        def work(conn: sqlite3.Connection) -> bool:
            cur = conn.execute(
                "UPDATE approvals SET reminded_at = ? WHERE id = ? AND status = '待审批'"
                " AND reminded_at IS NULL",
                (to_db_time(now), approval_id),
            )
            if not cur.rowcount or not insert_posts(conn, posts, now, None, now):
                return False
            audit.record_sync(conn, now, SYSTEM, "approval.remind", "approval", approval_id, {})
            return True

        return await self._db.in_one_trip(work)

    async def waiting(self, approver_id: int | None = None) -> list[Approval]:
        """Pending requests (of one approver, or all), oldest first."""
        where = "status = '待审批'" + (" AND approver_id = ?" if approver_id is not None else "")
        params = (approver_id,) if approver_id is not None else ()
        rows = await self._db.fetchall(
            f"SELECT * FROM approvals WHERE {where} ORDER BY requested_at, id", params
        )
        return [_approval(r) for r in rows]

    async def ask_reason(
        self, approval_id: int, member_id: int, until: datetime, now: datetime
    ) -> bool:
        """驳回 pressed: the member's next private message before ``until`` is the reason."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE approvals SET reason_by = NULL, reason_until = NULL"
                " WHERE reason_by = ? AND status = '待审批'",
                (member_id,),
            )
            cur = await conn.execute(
                "UPDATE approvals SET reason_by = ?, reason_until = ?"
                " WHERE id = ? AND status = '待审批'",
                (member_id, to_db_time(until), approval_id),
            )
            return cur.rowcount > 0

    async def awaiting_reason(self, member_id: int, now: datetime) -> Approval | None:
        row = await self._db.fetchone(
            "SELECT * FROM approvals WHERE reason_by = ? AND status = '待审批'"
            " AND reason_until > ? ORDER BY id DESC LIMIT 1",
            (member_id, to_db_time(now)),
        )
        return _approval(row) if row else None

    async def decide(
        self,
        approval_id: int,
        status: ApprovalStatus,
        member_id: int,
        reason: str | None,
        now: datetime,
        origin: Origin,
    ) -> bool:
        """Record a decision once: False when the request was no longer 待审批."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?, reason = ?,"
                " reason_by = NULL, reason_until = NULL WHERE id = ? AND status = '待审批'",
                (status.value, member_id, to_db_time(now), reason, approval_id),
            )
            if cur.rowcount == 0:
                return False
            detail = {"status": status.value, "reason": reason, "by": member_id}
            await audit.record(
                conn, now, origin, "approval.decide", "approval", approval_id, detail
            )
            return True

    async def for_absences(self, absence_ids: Sequence[int]) -> dict[int, Approval]:
        """For the workbook: each absence's live request."""
        found: dict[int, Approval] = {}
        for start in range(0, len(absence_ids), 500):
            found |= await self.live_for(absence_ids[start : start + 500])
        return found


async def _set_post(
    conn: aiosqlite.Connection,
    level: Level,
    member_id: int,
    department: str | None,
    now: datetime,
) -> bool:
    if level == Level.CHIEF:
        cur = await conn.execute(
            "INSERT INTO posts(post, member_id, updated_at) VALUES ('局长', ?, ?)"
            " ON CONFLICT(post) DO UPDATE SET member_id = excluded.member_id,"
            " updated_at = excluded.updated_at WHERE posts.member_id != excluded.member_id",
            (member_id, to_db_time(now)),
        )
        return cur.rowcount > 0
    column = "head_id" if level == Level.HEAD else "supervisor_id"
    cur = await conn.execute(
        f"INSERT INTO departments(name, {column}, updated_at) VALUES (?, ?, ?)"
        f" ON CONFLICT(name) DO UPDATE SET {column} = excluded.{column},"
        f" updated_at = excluded.updated_at"
        f" WHERE departments.{column} IS NOT excluded.{column}",
        (department, member_id, to_db_time(now)),
    )
    return cur.rowcount > 0


async def apply_roster(
    conn: aiosqlite.Connection, entries: Sequence[RosterEntry], now: datetime
) -> None:
    """The roster's 职务 and 分管股室 columns, in the import's own transaction."""
    for entry in entries:
        if entry.post is None and not entry.supervises:
            continue
        async with conn.execute("SELECT id FROM members WHERE real_name = ?", (entry.name,)) as cur:
            row = await cur.fetchone()
        if row is None:
            continue
        changes = []
        if entry.post is not None:
            changes.append((entry.post, entry.department))
        changes.extend((Level.SUPERVISOR, d) for d in entry.supervises)
        for level, department in changes:
            if await _set_post(conn, level, row["id"], department, now):
                detail = {"post": level.value, "department": department}
                await audit.record(conn, now, SYSTEM, "approval.post", "member", row["id"], detail)
