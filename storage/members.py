"""Members: one row per person, linked to a Telegram account once it is known.

A person can exist before their account does (imported from the roster, or named in a
report "代张三请假"); when the account claims the name (``/iam 张三``) the two rows become one
and every reference to the account's row is moved onto the roster row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

import aiosqlite

from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from storage import approvals, audit
from storage.audit import SYSTEM, Origin
from storage.db import Database, to_db_time

IMPORT_BATCH = 500  # rows per transaction of a roster import
# The gate's read (MemberRepo.note_update): whether the update was handled before, the
# sender's row and whether they have a question open, as one row whatever is found (three
# statements in a transaction before: 0.007 ms more per report).
_GATE_SQL = (
    "SELECT (SELECT 1 FROM seen_updates WHERE update_id = ?1) AS seen_before, m.*,"
    " EXISTS (SELECT 1 FROM pending_reports p WHERE p.member_id = m.id"
    " AND p.resolved_at IS NULL) AS asked"
    " FROM (SELECT 1) LEFT JOIN members m ON m.tg_user_id = ?2"
)


@dataclass(frozen=True)
class Member:
    id: int
    tg_user_id: int | None
    tg_username: str | None
    display_name: str
    real_name: str | None
    department: str | None
    hire_date: date | None
    role: Role

    @property
    def name(self) -> str:
        """What people call them: the real name when known."""
        return (
            self.real_name
            or self.display_name
            or (f"@{self.tg_username}" if self.tg_username else f"#{self.id}")
        )


class ClaimResult(StrEnum):
    NAMED = "named"  # no roster row had the name; it is now this member's
    CLAIMED = "claimed"  # the roster row with that name is now linked to this account
    CLAIMED_ROLE_PENDING = "claimed_role_pending"  # linked, but its leader/admin role is not
    ALREADY = "already"  # it was this member's name already
    TAKEN = "taken"  # another account has that name
    RESERVED = "reserved"  # the roster row names another Telegram username
    NAMED_OTHERWISE = "named_otherwise"  # this account has another real name already


def _member(row: aiosqlite.Row) -> Member:
    return Member(
        id=row["id"],
        tg_user_id=row["tg_user_id"],
        tg_username=row["tg_username"],
        display_name=row["display_name"],
        real_name=row["real_name"],
        department=row["department"],
        hire_date=date.fromisoformat(row["hire_date"]) if row["hire_date"] else None,
        role=Role(row["role"]),
    )


class MemberRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reads
    async def get(self, member_id: int) -> Member | None:
        row = await self._db.fetchone("SELECT * FROM members WHERE id = ?", (member_id,))
        return _member(row) if row else None

    async def by_tg(self, tg_user_id: int) -> Member | None:
        row = await self._db.fetchone("SELECT * FROM members WHERE tg_user_id = ?", (tg_user_id,))
        return _member(row) if row else None

    async def by_real_name(self, name: str) -> Member | None:
        row = await self._db.fetchone("SELECT * FROM members WHERE real_name = ?", (name,))
        return _member(row) if row else None

    async def by_username(self, username: str) -> Member | None:
        row = await self._db.fetchone(
            "SELECT * FROM members WHERE lower(tg_username) = lower(?)", (username.lstrip("@"),)
        )
        return _member(row) if row else None

    async def find(self, who: str) -> Member | None:
        """A member by ``@username``, real name, or display name (in that order)."""
        who = who.strip()
        if who.startswith("@"):
            return await self.by_username(who)
        found = await self.by_real_name(who)
        if found:
            return found
        rows = await self._db.fetchall(
            "SELECT * FROM members WHERE display_name = ? LIMIT 2", (who,)
        )
        return _member(rows[0]) if len(rows) == 1 else None

    async def all(self) -> list[Member]:
        rows = await self._db.fetchall(
            "SELECT * FROM members ORDER BY department IS NULL, department,"
            " real_name IS NULL, real_name, display_name, id"
        )
        return [_member(r) for r in rows]

    async def count(self) -> int:
        return int(await self._db.fetchval("SELECT COUNT(*) FROM members"))

    async def note_update(
        self, update_id: int, tg_user_id: int | None, now: datetime
    ) -> tuple[bool, Member | None, bool]:
        """Whether a Telegram update was handled before, its sender's row, and whether that
        sender has a question of the bot still unanswered, in one trip: (seen before,
        member, asked). Reads only: the "seen" mark is written with the update's first
        change (see :class:`storage.db.UpdateMark`), so a kill before that change leaves the
        update to be handled again. ``asked`` lets a report skip the open-question read (a
        trip of its own) when there is none, which is nearly always; it is read here rather
        than kept in memory, so a question created, answered or moved by a merge of member
        rows can never make it stale."""

        def work(conn: sqlite3.Connection) -> tuple[bool, Member | None, bool]:
            row = conn.execute(_GATE_SQL, (update_id, tg_user_id)).fetchone()
            member = None if row["id"] is None else _member(row)
            return row["seen_before"] is not None, member, bool(row["asked"])

        # One statement, so no transaction: it is its own snapshot. It reads no absence, so
        # it leaves a confirmation's deferred reply id for the record's write that follows.
        return await self._db.read_alone(work)

    # ------------------------------------------------------------------ writes
    async def seen(
        self, tg_user_id: int, username: str | None, display_name: str, now: datetime
    ) -> Member:
        """Create or refresh the row of an account seen in an allowed chat."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO members(tg_user_id, tg_username, display_name, created_at, updated_at)"
                " VALUES (?,?,?,?,?)"
                " ON CONFLICT(tg_user_id) DO UPDATE SET tg_username = excluded.tg_username,"
                " display_name = excluded.display_name, updated_at = excluded.updated_at"
                " WHERE tg_username IS NOT excluded.tg_username"
                " OR display_name IS NOT excluded.display_name",
                (tg_user_id, username, display_name, to_db_time(now), to_db_time(now)),
            )
            async with conn.execute(
                "SELECT * FROM members WHERE tg_user_id = ?", (tg_user_id,)
            ) as cur:
                row = await cur.fetchone()
        assert row is not None
        return _member(row)

    async def add_named(self, real_name: str, now: datetime, origin: Origin = SYSTEM) -> Member:
        """A person known only by name (e.g. named in a report), not yet linked to an account."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO members(real_name, created_at, updated_at) VALUES (?,?,?)",
                (real_name, to_db_time(now), to_db_time(now)),
            )
            member_id = cur.lastrowid
            await audit.record(
                conn, now, origin, "member.add", "member", member_id, {"real_name": real_name}
            )
        found = await self.get(int(member_id))  # type: ignore[arg-type]
        assert found is not None
        return found

    async def claim_name(
        self, member: Member, name: str, now: datetime, origin: Origin
    ) -> ClaimResult:
        """``/iam 张三``: this account is 张三; merge with an unclaimed roster row of that name.

        A claim never grants a role by itself: a roster row's leader or admin role passes to
        the account only when the roster names this account's Telegram username; otherwise
        an admin confirms it with /role. A row reserved for another username cannot be
        claimed, and a named account cannot rename itself (that would rename a roster row).
        """
        async with self._db.transaction() as conn:
            async with conn.execute("SELECT * FROM members WHERE real_name = ?", (name,)) as cur:
                row = await cur.fetchone()
            if row is not None and row["id"] == member.id:
                return ClaimResult.ALREADY
            if row is not None and row["tg_user_id"] is not None:
                return ClaimResult.TAKEN
            if member.real_name is not None:
                return ClaimResult.NAMED_OTHERWISE
            verified = (
                row is not None
                and row["tg_username"] is not None
                and (member.tg_username or "").lower() == row["tg_username"].lower()
            )
            if row is not None and row["tg_username"] is not None and not verified:
                return ClaimResult.RESERVED
            if row is None:
                await conn.execute(
                    "UPDATE members SET real_name = ?, updated_at = ? WHERE id = ?",
                    (name, to_db_time(now), member.id),
                )
                await audit.record(
                    conn, now, origin, "member.name", "member", member.id, {"real_name": name}
                )
                return ClaimResult.NAMED
            roster_id = row["id"]
            await _merge_into(conn, keep=roster_id, drop=member.id)
            roster_role = Role(row["role"])
            role = max(roster_role, member.role, key=lambda r: r.rank) if verified else member.role
            await conn.execute(
                "UPDATE members SET tg_user_id = ?, tg_username = ?, display_name = ?, role = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    member.tg_user_id,
                    member.tg_username,
                    member.display_name,
                    role.value,
                    to_db_time(now),
                    roster_id,
                ),
            )
            await audit.record(
                conn,
                now,
                Origin(roster_id, origin.chat_id, origin.message_id),
                "member.claim",
                "member",
                roster_id,
                {"real_name": name, "merged": member.id, "roster_role": roster_role.value},
            )
            if not verified and roster_role.rank > member.role.rank:
                return ClaimResult.CLAIMED_ROLE_PENDING
            return ClaimResult.CLAIMED

    async def set_role(self, member_id: int, role: Role, now: datetime, origin: Origin) -> bool:
        """Returns False when the role was already that."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE members SET role = ?, updated_at = ? WHERE id = ? AND role != ?",
                (role.value, to_db_time(now), member_id, role.value),
            )
            if cur.rowcount == 0:
                return False
            await audit.record(
                conn, now, origin, "member.role", "member", member_id, {"role": role.value}
            )
            return True

    async def apply_config_roles(
        self, admins: Iterable[int], leaders: Iterable[int], now: datetime
    ) -> None:
        """Roles named in the configuration win at every start, so no admin is locked out."""
        wanted = {tg: Role.LEADER for tg in leaders} | {tg: Role.ADMIN for tg in admins}
        async with self._db.transaction() as conn:
            for tg_user_id, role in wanted.items():
                created = await conn.execute(
                    "INSERT INTO members(tg_user_id, role, created_at, updated_at) VALUES (?,?,?,?)"
                    " ON CONFLICT(tg_user_id) DO NOTHING",
                    (tg_user_id, role.value, to_db_time(now), to_db_time(now)),
                )
                cur = await conn.execute(
                    "UPDATE members SET role = ?, updated_at = ?"
                    " WHERE tg_user_id = ? AND role != ?",
                    (role.value, to_db_time(now), tg_user_id, role.value),
                )
                if cur.rowcount or created.rowcount:
                    await audit.record(
                        conn,
                        now,
                        SYSTEM,
                        "member.role.config",
                        "member",
                        None,
                        {"tg_user_id": tg_user_id, "role": role.value},
                    )

    async def import_roster(
        self, entries: list[RosterEntry], now: datetime, batch: int = IMPORT_BATCH
    ) -> tuple[int, int, int]:
        """Upsert by real name; returns (added, updated, unchanged).

        The file is checked whole before this is called; the rows are then written in
        transactions of ``batch`` rows, so the bot's own writes (a report, a reminder) wait
        for one batch at most, never for the whole import. Running it again changes nothing,
        so an import cut short is finished by running it again."""
        totals = [0, 0, 0]
        for first in range(0, len(entries), batch):
            counts = await self._import_batch(entries[first : first + batch], now)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
        return totals[0], totals[1], totals[2]

    async def _import_batch(
        self, entries: list[RosterEntry], now: datetime
    ) -> tuple[int, int, int]:
        added = updated = unchanged = 0
        async with self._db.transaction() as conn:
            for entry in entries:
                async with conn.execute(
                    "SELECT * FROM members WHERE real_name = ?", (entry.name,)
                ) as cur:
                    row = await cur.fetchone()
                if row is None and entry.username:
                    async with conn.execute(
                        "SELECT * FROM members"
                        " WHERE lower(tg_username) = lower(?) AND real_name IS NULL",
                        (entry.username,),
                    ) as cur:
                        row = await cur.fetchone()
                values = {
                    "real_name": entry.name,
                    "department": entry.department,
                    "hire_date": entry.hire_date.isoformat() if entry.hire_date else None,
                    "role": entry.role.value,
                }
                if entry.username:
                    values["tg_username"] = entry.username
                if row is None:
                    columns = ", ".join(values)
                    cur = await conn.execute(
                        f"INSERT INTO members({columns}, created_at, updated_at)"
                        f" VALUES ({', '.join('?' * len(values))}, ?, ?)",
                        (*values.values(), to_db_time(now), to_db_time(now)),
                    )
                    await audit.record(
                        conn, now, SYSTEM, "member.import", "member", cur.lastrowid, values
                    )
                    added += 1
                    continue
                changed = {k: v for k, v in values.items() if row[k] != v}
                if not changed:
                    unchanged += 1
                    continue
                assignments = ", ".join(f"{k} = ?" for k in changed)
                await conn.execute(
                    f"UPDATE members SET {assignments}, updated_at = ? WHERE id = ?",
                    (*changed.values(), to_db_time(now), row["id"]),
                )
                await audit.record(conn, now, SYSTEM, "member.import", "member", row["id"], changed)
                updated += 1
            await approvals.apply_roster(conn, entries, now)  # 职务 and 分管股室, same change
        return added, updated, unchanged


async def _merge_into(conn: aiosqlite.Connection, keep: int, drop: int) -> None:
    """Point every foreign key that names member ``drop`` at ``keep``, then delete ``drop``.

    The referencing columns are read from SQLite itself, so tables added by later
    migrations are covered without this function knowing them.
    """
    async with conn.execute(
        'SELECT m.name, p."from" FROM sqlite_master m, pragma_foreign_key_list(m.name) p'
        " WHERE m.type = 'table' AND p.\"table\" = 'members'"
    ) as cur:
        references = list(await cur.fetchall())
    for table, column in references:
        await conn.execute(
            f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (keep, drop)
        )
    await conn.execute("UPDATE members SET tg_user_id = NULL WHERE id = ?", (drop,))
    await conn.execute("DELETE FROM members WHERE id = ?", (drop,))
