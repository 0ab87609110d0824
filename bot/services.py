"""What handlers need besides the update: settings, storage, the clock, the calendar.

One :class:`Services` lives in ``application.bot_data["services"]``; handlers fetch it with
:func:`services`. Every repository is a typed field made once in :func:`open_services`, and
what a feature keeps in memory between updates has a named field too: a type checker sees
every use, and nothing is hung on the object at run time.
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
from storage.absences import AbsenceRepo
from storage.approvals import ApprovalRepo
from storage.audit import AuditRepo
from storage.calendar import CalendarRepo
from storage.db import Database
from storage.digest import DigestRepo
from storage.duty import DutyRepo
from storage.inbox import InboxRepo
from storage.members import MemberRepo
from storage.notes import NoteRepo
from storage.outbox import OutboxRepo
from storage.rectification import RectificationRepo
from storage.reminders import ReminderRepo

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
    absences: AbsenceRepo
    approvals: ApprovalRepo
    calendar_days: CalendarRepo
    digest: DigestRepo
    duty: DutyRepo
    inbox: InboxRepo
    notes: NoteRepo
    outbox: OutboxRepo
    rectification: RectificationRepo
    reminders: ReminderRepo
    group_ids: frozenset[int]
    console: bool = False
    due_work: list[DueWork] = field(default_factory=list)
    due_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # In memory only, rebuilt at start:
    known_names: dict[int, tuple[str | None, str]] = field(default_factory=dict)  # the gate
    reminder_jobs: dict[int, Any] = field(default_factory=dict)  # reminder id → its PTB job
    calendar_warned: set[int] = field(default_factory=set)  # years the admins were told of
    outbox_known: set[str] = field(default_factory=set)  # notices known to be claimed
    outbox_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one sender at a time
    updates_forgotten_at: datetime | None = None

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
        absences=AbsenceRepo(db),
        approvals=ApprovalRepo(db),
        calendar_days=CalendarRepo(db),
        digest=DigestRepo(db),
        duty=DutyRepo(db),
        inbox=InboxRepo(db),
        notes=NoteRepo(db),
        outbox=OutboxRepo(db),
        rectification=RectificationRepo(db),
        reminders=ReminderRepo(db),
        group_ids=frozenset(settings.telegram.group_ids) | extra_groups,
        console=console,
    )


def services(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    return context.application.bot_data["services"]
