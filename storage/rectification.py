"""Rectification items: import, progress, measures, status history, reminder marks.

Every change is one transaction with its audit row. Import never deletes: a revised file
changes texts by number, and fields a person changed in the chat survive re-importing the
file that set them (each item keeps the fields as the last import read them in ``source``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import aiosqlite

from bot.domain.rectification import (
    OPEN_STATUSES,
    MeasureStatus,
    Status,
    status_after_import,
    status_after_progress,
)
from storage import audit
from storage.audit import Origin
from storage.db import Database, from_db_time, to_db_time
from storage.outbox import Part, insert_posts

if TYPE_CHECKING:  # the report parser is loaded by the import that hands one over
    from bot.domain.rectification_import import ParsedReport

# A 责任人 that reads as a person's name becomes a member row (linked when they /iam);
# a unit (办公室, 工程股) does not.
_PERSON = re.compile(r"^[\u4e00-\u9fa5·]{2,5}$")
_UNIT_SUFFIX = re.compile(r"(办公室|室|股|科|局|中心|部|组|支部|委|所|站|队|处|单位|公司)$")


@dataclass(frozen=True)
class Item:
    id: int
    number: int
    title: str
    area: str | None
    category_no: int | None
    category: str | None
    owner_unit: str | None
    owner_id: int | None
    owner_name: str | None
    leader_id: int | None
    leader_name: str | None
    deadline: date | None
    deadline_text: str | None
    report_progress: str | None
    status: Status
    last_activity_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class Measure:
    position: int
    text: str
    status: MeasureStatus


@dataclass(frozen=True)
class Evidence:
    file_id: str
    kind: str
    file_name: str | None = None
    file_unique_id: str | None = None


@dataclass(frozen=True)
class ProgressUpdate:
    id: int
    at: datetime
    author_name: str | None
    text: str
    evidence: list[Evidence]


@dataclass(frozen=True)
class ProgressResult:
    update_id: int
    created: bool  # False: the same message again (an edit), text corrected
    old_status: Status
    new_status: Status
    repeated: bool = False  # the very same message and text again: a re-delivered update


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    measures: int = 0
    duplicates: list[int] = field(default_factory=list)
    not_in_file: list[int] = field(default_factory=list)  # kept: import never deletes
    areas: int = 0
    categories: int = 0


@dataclass(frozen=True)
class StatusChange:
    number: int
    at: datetime
    old_status: Status | None
    new_status: Status


class _DryRun(Exception):
    pass


_ITEM_SELECT = (
    "SELECT i.*, o.real_name AS o_real, o.display_name AS o_disp, o.tg_username AS o_user,"
    " l.real_name AS l_real, l.display_name AS l_disp, l.tg_username AS l_user"
    " FROM rectification_items i"
    " LEFT JOIN members o ON o.id = i.owner_id LEFT JOIN members l ON l.id = i.leader_id"
)


_UPDATE_SELECT = (
    "SELECT u.id, u.item_id, u.at, u.text, m.real_name, m.display_name, m.tg_username"
    " FROM rectification_updates u LEFT JOIN members m ON m.id = u.author_id"
)


def _name(real: str | None, display: str | None, username: str | None) -> str | None:
    return real or display or (f"@{username}" if username else None)


def _item(row: aiosqlite.Row) -> Item:
    return Item(
        id=row["id"],
        number=row["number"],
        title=row["title"],
        area=row["area"],
        category_no=row["category_no"],
        category=row["category"],
        owner_unit=row["owner_unit"],
        owner_id=row["owner_id"],
        owner_name=_name(row["o_real"], row["o_disp"], row["o_user"]) if row["owner_id"] else None,
        leader_id=row["leader_id"],
        leader_name=_name(row["l_real"], row["l_disp"], row["l_user"])
        if row["leader_id"]
        else None,
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        deadline_text=row["deadline_text"],
        report_progress=row["report_progress"],
        status=Status(row["status"]),
        last_activity_at=from_db_time(row["last_activity_at"]),  # type: ignore[arg-type]
        closed_at=from_db_time(row["closed_at"]),
    )


def _source(report_area: str | None, cat_no: int | None, cat: str | None, item: Any) -> dict:
    return {
        "title": item.title,
        "area": report_area,
        "category_no": cat_no,
        "category": cat,
        "owner_unit": item.owner_unit,
        "owner": item.owner,
        "leader": getattr(item, "leader", None),
        "deadline": item.deadline_date.isoformat() if item.deadline_date else None,
        "deadline_text": item.deadline,
        "report_progress": item.progress,
        "status": item.status_hint,
    }


class RectificationRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reads
    async def get(self, number: int) -> Item | None:
        row = await self._db.fetchone(_ITEM_SELECT + " WHERE i.number = ?", (number,))
        return _item(row) if row else None

    async def all(self) -> list[Item]:
        return [_item(r) for r in await self._db.fetchall(_ITEM_SELECT + " ORDER BY i.number")]

    async def with_deadline_near(self, today: date, ahead: int, behind: int = 7) -> list[Item]:
        """Open items whose deadline is within ``behind`` days past to ``ahead`` days ahead."""
        rows = await self._db.fetchall(
            _ITEM_SELECT + " WHERE i.deadline BETWEEN ? AND ?"
            f" AND i.status IN ({', '.join(repr(s.value) for s in OPEN_STATUSES)})"
            " ORDER BY i.number",
            (
                date.fromordinal(today.toordinal() - behind).isoformat(),
                date.fromordinal(today.toordinal() + ahead).isoformat(),
            ),
        )
        return [_item(r) for r in rows]

    async def number_range(self) -> tuple[int, int, int]:
        """(count, lowest, highest) item numbers; (0, 0, 0) before any import."""
        row = await self._db.fetchone(
            "SELECT COUNT(*), MIN(number), MAX(number) FROM rectification_items"
        )
        return (int(row[0]), int(row[1] or 0), int(row[2] or 0)) if row else (0, 0, 0)

    async def measures(self, item_id: int) -> list[Measure]:
        rows = await self._db.fetchall(
            "SELECT position, text, status FROM rectification_measures"
            " WHERE item_id = ? AND in_report = 1 ORDER BY position",
            (item_id,),
        )
        return [Measure(r["position"], r["text"], MeasureStatus(r["status"])) for r in rows]

    async def all_measures(self) -> dict[int, list[Measure]]:
        """Every item's measures in the report, by item id: the ledger reads them at once."""
        rows = await self._db.fetchall(
            "SELECT item_id, position, text, status FROM rectification_measures"
            " WHERE in_report = 1 ORDER BY item_id, position"
        )
        out: dict[int, list[Measure]] = {}
        for r in rows:
            out.setdefault(r["item_id"], []).append(
                Measure(r["position"], r["text"], MeasureStatus(r["status"]))
            )
        return out

    async def last_updates(self, item_id: int, limit: int = 3) -> list[ProgressUpdate]:
        """An item's updates, newest first, with their evidence."""
        rows = await self._db.fetchall(
            _UPDATE_SELECT + " WHERE u.item_id = ? ORDER BY u.at DESC, u.id DESC LIMIT ?",
            (item_id, limit),
        )
        return (await self._with_evidence(rows)).get(item_id, [])

    async def all_updates(self) -> dict[int, list[ProgressUpdate]]:
        """Every item's updates by item id, newest first: the ledger's second sheet."""
        rows = await self._db.fetchall(_UPDATE_SELECT + " ORDER BY u.at DESC, u.id DESC")
        return await self._with_evidence(rows)

    async def _with_evidence(self, rows: list[aiosqlite.Row]) -> dict[int, list[ProgressUpdate]]:
        if not rows:
            return {}
        evidence: dict[int, list[Evidence]] = {}
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):  # SQLite caps bound parameters
            chunk = ids[start : start + 500]
            evidence_rows = await self._db.fetchall(
                "SELECT update_id, file_id, kind, file_name, file_unique_id"
                " FROM rectification_evidence"
                f" WHERE update_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            )
            for e in evidence_rows:
                evidence.setdefault(e["update_id"], []).append(
                    Evidence(e["file_id"], e["kind"], e["file_name"], e["file_unique_id"])
                )
        out: dict[int, list[ProgressUpdate]] = {}
        for r in rows:
            out.setdefault(r["item_id"], []).append(
                ProgressUpdate(
                    id=r["id"],
                    at=from_db_time(r["at"]),  # type: ignore[arg-type]
                    author_name=_name(r["real_name"], r["display_name"], r["tg_username"]),
                    text=r["text"],
                    evidence=evidence.get(r["id"], []),
                )
            )
        return out

    async def counts(self, item_id: int) -> tuple[int, int]:
        """(progress updates, evidence files) of one item."""
        row = await self._db.fetchone(
            "SELECT (SELECT COUNT(*) FROM rectification_updates WHERE item_id = ?),"
            " (SELECT COUNT(*) FROM rectification_evidence e JOIN rectification_updates u"
            "  ON u.id = e.update_id WHERE u.item_id = ?)",
            (item_id, item_id),
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def card_item(self, chat_id: int, message_id: int) -> int | None:
        """The item number whose card is message ``message_id`` in ``chat_id``."""
        return await self._db.fetchval(
            "SELECT i.number FROM rectification_cards c JOIN rectification_items i"
            " ON i.id = c.item_id WHERE c.chat_id = ? AND c.message_id = ?",
            (chat_id, message_id),
        )

    async def status_changes(self, since: datetime, until: datetime) -> list[StatusChange]:
        """Status changes in [since, until): the weekly digest's trend."""
        rows = await self._db.fetchall(
            "SELECT i.number, s.at, s.old_status, s.new_status FROM rectification_status_changes s"
            " JOIN rectification_items i ON i.id = s.item_id WHERE s.at >= ? AND s.at < ?"
            " ORDER BY s.at, s.id",
            (to_db_time(since), to_db_time(until)),
        )
        return [
            StatusChange(
                r["number"],
                from_db_time(r["at"]),  # type: ignore[arg-type]
                Status(r["old_status"]) if r["old_status"] else None,
                Status(r["new_status"]),
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ import
    async def import_report(
        self, report: ParsedReport, now: datetime, origin: Origin, *, dry_run: bool = False
    ) -> ImportResult:
        """Add new items, update changed ones by number; all or nothing.

        With ``dry_run`` the same work runs and is rolled back, so the summary is exact.
        """
        result = ImportResult(areas=len(report.areas))
        try:
            async with self._db.transaction() as conn:
                await self._import(conn, report, now, origin, result)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        return result

    async def _import(
        self,
        conn: aiosqlite.Connection,
        report: ParsedReport,
        now: datetime,
        origin: Origin,
        result: ImportResult,
    ) -> None:
        seen: set[int] = set()
        for area in report.areas:
            result.categories += len(area.categories)
            for cat in area.categories:
                for parsed in cat.items:
                    if parsed.no <= 0 or parsed.no in seen:
                        result.duplicates.append(parsed.no)
                        continue
                    seen.add(parsed.no)
                    result.measures += len(parsed.measures)
                    source = _source(area.title, cat.no, cat.title, parsed)
                    changed = await self._import_item(conn, parsed, source, now, origin)
                    if changed is None:
                        result.added += 1
                    elif changed:
                        result.updated += 1
                    else:
                        result.unchanged += 1
        async with conn.execute("SELECT number FROM rectification_items ORDER BY number") as cur:
            result.not_in_file = [r[0] for r in await cur.fetchall() if r[0] not in seen]
        if result.added or result.updated:
            await audit.record(
                conn,
                now,
                origin,
                "rectification.import",
                "rectification",
                None,
                {"added": result.added, "updated": result.updated, "unchanged": result.unchanged},
            )

    async def _import_item(
        self, conn: aiosqlite.Connection, parsed: Any, source: dict, now: datetime, origin: Origin
    ) -> bool | None:
        """None: added; True: changed; False: nothing to change."""
        t = to_db_time(now)
        async with conn.execute(
            "SELECT * FROM rectification_items WHERE number = ?", (parsed.no,)
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            status = _status(source["status"]) or Status.NOT_STARTED
            cur = await conn.execute(
                "INSERT INTO rectification_items(number, title, area, category_no, category,"
                " owner_unit, owner_id, leader_id, deadline, deadline_text, report_progress,"
                " status,"
                " source, last_activity_at, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    parsed.no,
                    source["title"],
                    source["area"],
                    source["category_no"],
                    source["category"],
                    source["owner_unit"],
                    await _person(conn, source["owner"], t),
                    await _person(conn, source["leader"], t),
                    source["deadline"],
                    source["deadline_text"],
                    source["report_progress"],
                    status.value,
                    json.dumps(source, ensure_ascii=False),
                    t,
                    t,
                    t,
                ),
            )
            item_id = int(cur.lastrowid)  # type: ignore[arg-type]
            measure_status = MeasureStatus.DONE if status == Status.DONE else MeasureStatus.OPEN
            await conn.executemany(
                "INSERT INTO rectification_measures(item_id, position, text, status, updated_at)"
                " VALUES (?,?,?,?,?)",
                [
                    (item_id, i, text, measure_status.value, t)
                    for i, text in enumerate(parsed.measures, 1)
                ],
            )
            await _status_change(conn, item_id, now, None, status, origin.actor_id)
            await audit.record(
                conn,
                now,
                origin,
                "rectification.add",
                "rectification",
                item_id,
                {"number": parsed.no, "title": source["title"]},
            )
            return None
        item_id = row["id"]
        old = json.loads(row["source"] or "{}")
        diff = {k: v for k, v in source.items() if old.get(k) != v}
        updates: dict[str, Any] = {}
        for key in (
            "title",
            "area",
            "category_no",
            "category",
            "owner_unit",
            "deadline",
            "deadline_text",
            "report_progress",
        ):
            if key in diff and (diff[key] is not None or key != "title"):
                updates[key] = diff[key]
        if diff.get("owner"):
            updates["owner_id"] = await _person(conn, diff["owner"], t)
        if diff.get("leader"):
            updates["leader_id"] = await _person(conn, diff["leader"], t)
        new_status = status_after_import(Status(row["status"]), _status(diff.get("status")))
        if new_status is not None:
            updates["status"] = new_status.value
            await _status_change(
                conn, item_id, now, Status(row["status"]), new_status, origin.actor_id
            )
        measures_changed = await _import_measures(conn, item_id, parsed.measures, t)
        if not diff and not measures_changed:
            return False
        updates["source"] = json.dumps(source, ensure_ascii=False)
        updates["updated_at"] = t
        await conn.execute(
            f"UPDATE rectification_items SET {', '.join(f'{k} = ?' for k in updates)} WHERE id = ?",
            (*updates.values(), item_id),
        )
        if diff or measures_changed:
            await audit.record(
                conn,
                now,
                origin,
                "rectification.reimport",
                "rectification",
                item_id,
                {"number": parsed.no, "fields": sorted(diff), "measures": measures_changed},
            )
        return True

    # ------------------------------------------------------------------ changes
    async def add_progress(
        self,
        item_id: int,
        author_id: int | None,
        text: str,
        now: datetime,
        origin: Origin,
        evidence: list[Evidence] = (),  # type: ignore[assignment]
    ) -> ProgressResult:
        """Record an update (and its files); a message seen before corrects its text."""
        t = to_db_time(now)
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT status FROM rectification_items WHERE id = ?", (item_id,)
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                raise LookupError(f"rectification item {item_id} is gone")
            old_status = Status(row["status"])
            existing = None
            if origin.chat_id is not None and origin.message_id is not None:
                async with conn.execute(
                    "SELECT id, text FROM rectification_updates"
                    " WHERE chat_id = ? AND message_id = ?",
                    (origin.chat_id, origin.message_id),
                ) as cur:
                    existing = await cur.fetchone()
            if existing is not None and existing["text"] == text:
                # The same message delivered again: nothing to record, nothing to say.
                return ProgressResult(existing["id"], False, old_status, old_status, True)
            if existing is not None:
                update_id = existing["id"]
                await conn.execute(
                    "UPDATE rectification_updates SET text = ? WHERE id = ?", (text, update_id)
                )
                await audit.record(
                    conn,
                    now,
                    origin,
                    "rectification.progress.edit",
                    "rectification",
                    item_id,
                    {"update_id": update_id, "text": text},
                )
                return ProgressResult(update_id, False, old_status, old_status)
            cur = await conn.execute(
                "INSERT INTO rectification_updates(item_id, author_id, at, text, chat_id,"
                " message_id)"
                " VALUES (?,?,?,?,?,?)",
                (item_id, author_id, t, text, origin.chat_id, origin.message_id),
            )
            update_id = int(cur.lastrowid)  # type: ignore[arg-type]
            await conn.executemany(
                "INSERT INTO rectification_evidence(update_id, file_id, file_unique_id, kind,"
                " file_name)"
                " VALUES (?,?,?,?,?)",
                [(update_id, e.file_id, e.file_unique_id, e.kind, e.file_name) for e in evidence],
            )
            new_status = status_after_progress(old_status)
            await conn.execute(
                "UPDATE rectification_items SET status = ?, last_activity_at = ?, updated_at = ?"
                " WHERE id = ?",
                (new_status.value, t, t, item_id),
            )
            if new_status != old_status:
                await _status_change(conn, item_id, now, old_status, new_status, author_id)
            await audit.record(
                conn,
                now,
                origin,
                "rectification.progress",
                "rectification",
                item_id,
                {"update_id": update_id, "text": text, "files": len(evidence)},
            )
            return ProgressResult(update_id, True, old_status, new_status)

    async def set_measure(
        self, item_id: int, position: int, status: MeasureStatus, now: datetime, origin: Origin
    ) -> MeasureStatus | None:
        """The measure's previous status, or None when there is no such measure."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT status FROM rectification_measures"
                " WHERE item_id = ? AND position = ? AND in_report = 1",
                (item_id, position),
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                return None
            old = MeasureStatus(row["status"])
            if old != status:
                t = to_db_time(now)
                await conn.execute(
                    "UPDATE rectification_measures SET status = ?, updated_at = ?"
                    " WHERE item_id = ? AND position = ?",
                    (status.value, t, item_id, position),
                )
                await conn.execute(
                    "UPDATE rectification_items SET last_activity_at = ?, updated_at = ?"
                    " WHERE id = ?",
                    (t, t, item_id),
                )
                await audit.record(
                    conn,
                    now,
                    origin,
                    "rectification.measure",
                    "rectification",
                    item_id,
                    {"position": position, "old": old.value, "new": status.value},
                )
            return old

    async def assign(
        self, item_id: int, member_id: int, now: datetime, origin: Origin, *, leader: bool = False
    ) -> bool:
        """Set the owner (or the responsible leader); False when it was already them."""
        column = "leader_id" if leader else "owner_id"
        async with self._db.transaction() as conn:
            t = to_db_time(now)
            cur = await conn.execute(
                f"UPDATE rectification_items SET {column} = ?, last_activity_at = ?, updated_at = ?"
                f" WHERE id = ? AND {column} IS NOT ?",
                (member_id, t, t, item_id, member_id),
            )
            if cur.rowcount == 0:
                return False
            await audit.record(
                conn,
                now,
                origin,
                f"rectification.{'leader' if leader else 'owner'}",
                "rectification",
                item_id,
                {"member_id": member_id},
            )
            return True

    async def set_deadline(
        self, item_id: int, day: date | None, now: datetime, origin: Origin
    ) -> bool:
        async with self._db.transaction() as conn:
            t = to_db_time(now)
            value = day.isoformat() if day else None
            cur = await conn.execute(
                "UPDATE rectification_items SET deadline = ?, updated_at = ?"
                " WHERE id = ? AND deadline IS NOT ?",
                (value, t, item_id, value),
            )
            if cur.rowcount == 0:
                return False
            await audit.record(
                conn,
                now,
                origin,
                "rectification.deadline",
                "rectification",
                item_id,
                {"deadline": value},
            )
            return True

    async def set_status(
        self, item_id: int, expect: Status, new: Status, now: datetime, origin: Origin
    ) -> bool:
        """Compare-and-set: False when the status is no longer ``expect`` (someone was faster)."""
        async with self._db.transaction() as conn:
            t = to_db_time(now)
            closed_at = t if new == Status.CLOSED else None
            cur = await conn.execute(
                "UPDATE rectification_items SET status = ?, closed_at = ?, last_activity_at = ?,"
                " updated_at = ? WHERE id = ? AND status = ?",
                (new.value, closed_at, t, t, item_id, expect.value),
            )
            if cur.rowcount == 0:
                return False
            await _status_change(conn, item_id, now, expect, new, origin.actor_id)
            await audit.record(
                conn,
                now,
                origin,
                "rectification.status",
                "rectification",
                item_id,
                {"old": expect.value, "new": new.value},
            )
            return True

    async def remember_card(self, chat_id: int, message_id: int, item_id: int) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR REPLACE INTO rectification_cards(chat_id, message_id, item_id)"
                " VALUES (?,?,?)",
                (chat_id, message_id, item_id),
            )

    async def unreminded(self, wanted: list[tuple[int, str, date]]) -> list[tuple[int, str, date]]:
        """The deadline reminders (item, stage, deadline) not sent yet: a read, so the
        heartbeat builds nothing once they are out."""
        return [
            w
            for w in wanted
            if await self._db.fetchval(
                "SELECT 1 FROM rectification_reminders_sent"
                " WHERE item_id = ? AND kind = ? AND deadline = ?",
                (w[0], w[1], w[2].isoformat()),
            )
            is None
        ]

    async def claim_reminders(
        self,
        wanted: list[tuple[int, str, date]],
        posts: Sequence[tuple[str, int, Sequence[Part]]],
        now: datetime,
        expires_at: datetime,
    ) -> bool:
        """Mark the reminders as owed and put their posts in the outbox, in one transaction;
        False, with nothing written, when any was marked before (a second run)."""

        def work(conn: sqlite3.Connection) -> bool:
            for item_id, kind, deadline in wanted:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO rectification_reminders_sent(item_id, kind, deadline,"
                    " sent_at) VALUES (?,?,?,?)",
                    (item_id, kind, deadline.isoformat(), to_db_time(now)),
                )
                if not cur.rowcount:
                    raise _Taken
            if not insert_posts(conn, posts, now, expires_at, now):
                raise _Taken
            return True

        try:
            return await self._db.in_one_trip(work)
        except _Taken:
            return False


class _Taken(Exception):
    """Rolls back a claim that another run made first."""


def _status(value: str | None) -> Status | None:
    return Status(value) if value in _STATUS_VALUES else None


_STATUS_VALUES = frozenset(s.value for s in Status)


async def _person(conn: aiosqlite.Connection, name: str | None, t: str) -> int | None:
    """The member called ``name``, created as a roster-style row when it reads as a person."""
    if not name:
        return None
    name = name.strip()
    async with conn.execute("SELECT id FROM members WHERE real_name = ?", (name,)) as cur:
        row = await cur.fetchone()
    if row is not None:
        return int(row[0])
    if not _PERSON.match(name) or _UNIT_SUFFIX.search(name):
        return None
    cur = await conn.execute(
        "INSERT INTO members(real_name, created_at, updated_at) VALUES (?,?,?)", (name, t, t)
    )
    return int(cur.lastrowid)  # type: ignore[arg-type]


async def _status_change(
    conn: aiosqlite.Connection,
    item_id: int,
    now: datetime,
    old: Status | None,
    new: Status,
    actor_id: int | None,
) -> None:
    await conn.execute(
        "INSERT INTO rectification_status_changes(item_id, at, old_status, new_status, actor_id)"
        " VALUES (?,?,?,?,?)",
        (item_id, to_db_time(now), old.value if old else None, new.value, actor_id),
    )


async def _import_measures(
    conn: aiosqlite.Connection, item_id: int, measures: list[str], t: str
) -> int:
    """Update measure texts by position; a dropped one is hidden, never deleted."""
    async with conn.execute(
        "SELECT position, text, in_report FROM rectification_measures WHERE item_id = ?",
        (item_id,),
    ) as cur:
        current = {r["position"]: (r["text"], r["in_report"]) for r in await cur.fetchall()}
    changed = 0
    for position, text in enumerate(measures, 1):
        if position not in current:
            await conn.execute(
                "INSERT INTO rectification_measures(item_id, position, text, updated_at)"
                " VALUES (?,?,?,?)",
                (item_id, position, text, t),
            )
            changed += 1
        elif current[position] != (text, 1):
            await conn.execute(
                "UPDATE rectification_measures SET text = ?, in_report = 1, updated_at = ?"
                " WHERE item_id = ? AND position = ?",
                (text, t, item_id, position),
            )
            changed += 1
    for position, (_text, in_report) in current.items():
        if position > len(measures) and in_report:
            await conn.execute(
                "UPDATE rectification_measures SET in_report = 0, updated_at = ?"
                " WHERE item_id = ? AND position = ?",
                (t, item_id, position),
            )
            changed += 1
    return changed
