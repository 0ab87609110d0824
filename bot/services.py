"""What handlers need besides the update: settings, storage, the clock, the calendar.

One :class:`Services` lives in ``application.bot_data["services"]``; handlers fetch it with
:func:`services`. Feature modules may hang their own repositories on ``extra``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.config import Settings
from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar
from storage.audit import AuditRepo
from storage.calendar import CalendarRepo
from storage.db import Database
from storage.members import MemberRepo

if TYPE_CHECKING:
    from telegram.ext import Application, CallbackContext

DueWork = Callable[["Application", datetime], Awaitable[None]]


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    tz: ZoneInfo
    office: OfficeHours
    calendar: WorkCalendar
    members: MemberRepo
    audit: AuditRepo
    group_ids: frozenset[int]
    console: bool = False
    due_work: list[DueWork] = field(default_factory=list)
    due_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    extra: dict[str, Any] = field(default_factory=dict)

    def now(self) -> datetime:
        """The current instant, in the office's time zone."""
        return self.clock.now().astimezone(self.tz)


async def open_services(
    settings: Settings,
    clock: Clock,
    *,
    console: bool = False,
    extra_groups: frozenset[int] = frozenset(),
) -> Services:
    """Open (and migrate) the database and wire the repositories."""
    db = await Database.open(settings.database.path)
    office = settings.office
    calendar = WorkCalendar(office.extra_holidays, office.extra_workdays)
    # Days admins declared (/holiday, /workday) hold for the bot and every CLI command alike.
    calendar.declare(await CalendarRepo(db).all())
    return Services(
        settings=settings,
        db=db,
        clock=clock,
        tz=office.tz,
        office=office.hours(),
        calendar=calendar,
        members=MemberRepo(db),
        audit=AuditRepo(db),
        group_ids=frozenset(settings.telegram.group_ids) | extra_groups,
        console=console,
    )


def services(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    return context.application.bot_data["services"]
