"""The audit trail: who changed what, when, from which message.

Callers write it with the same connection (and so in the same transaction) as the change.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.db import Database, from_db_time, to_db_time


@dataclass(frozen=True)
class Origin:
    """Who made a change and from which Telegram message (all optional for the system)."""

    actor_id: int | None = None
    chat_id: int | None = None
    message_id: int | None = None


SYSTEM = Origin()


_INSERT = (
    "INSERT INTO audit(at, actor_id, action, entity, entity_id, chat_id, message_id, detail)"
    " VALUES (?,?,?,?,?,?,?,?)"
)


def _values(
    at: datetime | str,
    origin: Origin,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any] | None,
) -> tuple[Any, ...]:
    return (
        at if isinstance(at, str) else to_db_time(at),
        origin.actor_id,
        action,
        entity,
        entity_id,
        origin.chat_id,
        origin.message_id,
        json.dumps(detail or {}, ensure_ascii=False, default=str),
    )


async def record(
    conn: aiosqlite.Connection,
    at: datetime,
    origin: Origin,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any] | None = None,
) -> None:
    await conn.execute(_INSERT, _values(at, origin, action, entity, entity_id, detail))


def record_sync(
    conn: sqlite3.Connection,
    at: datetime | str,
    origin: Origin,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any] | None = None,
) -> None:
    """:func:`record` for work done in one trip (:meth:`Database.in_one_trip`); ``at`` may
    be the instant as stored text already (a change that stores it elsewhere too)."""
    conn.execute(_INSERT, _values(at, origin, action, entity, entity_id, detail))


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor_id: int | None
    action: str
    entity: str
    entity_id: int | None
    chat_id: int | None
    message_id: int | None
    detail: dict[str, Any]


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def history(self, entity: str, entity_id: int | None = None) -> list[AuditEntry]:
        rows = await self._db.fetchall(
            "SELECT * FROM audit WHERE entity = ? AND (? IS NULL OR entity_id = ?) ORDER BY id",
            (entity, entity_id, entity_id),
        )
        return [
            AuditEntry(
                at=from_db_time(r["at"]),  # type: ignore[arg-type]
                actor_id=r["actor_id"],
                action=r["action"],
                entity=r["entity"],
                entity_id=r["entity_id"],
                chat_id=r["chat_id"],
                message_id=r["message_id"],
                detail=json.loads(r["detail"]),
            )
            for r in rows
        ]
