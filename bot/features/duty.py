"""The flood-season duty roster: /duty, /checkin (值班登记), the morning post, the check-in
nudge and the warning when someone on duty is away.

Scheduled posts go through :func:`duty_due` (``run_due``), each claimed in the outbox before
it is sent, so it goes out once however often and wherever ``run_due`` runs (and again after
a network error or a restart, until Telegram has it). A post
missed while the bot was down is still sent later the same day (a duty post at 10:00 is
better than none), marked 补发. Outside the season only days with a roster are posted; in
the season a day without one tells the admins (only once a roster has ever been imported).
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, CommandHandler, MessageHandler, filters

from bot import outbox
from bot.domain.chinese_dates import FORWARD, read_day
from bot.domain.duty_roster import (
    DUTY,
    LEAD,
    ON_TIME,
    DutyRosterError,
    in_season,
)
from bot.domain.roles import Role
from bot.domain.schedules.model import wall_clock
from bot.features.common import UpdateCheck, argument_text, origin, reply, require, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from bot.tabular import MAX_BYTES, TableError, read_rows
from bot.usecases.duty_import import UnknownPeople, import_duty
from messages import duty as text
from messages.html import esc
from messages.reminders import mention
from storage.duty import DutyRow
from storage.members import Member

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]
Context = CallbackContext[Any, Any, Any, Any]
MAX_NOTE = 200
CHECKIN_GROUP = 23  # free-text "值班登记" (absences use 10)
IMPORT_GROUP = 24
_TABLE_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm"}
_NEW = filters.UpdateType.MESSAGE


async def import_file(update: Update, context: Context) -> None:
    """An admin sends the roster privately as a file captioned 值班表 (or /importduty)."""
    admin = await require(update, context, Role.ADMIN)
    message = update.effective_message
    if admin is None or message is None or message.document is None:
        return
    document = message.document
    suffix = Path(document.file_name or "").suffix.lower()
    if suffix not in _TABLE_SUFFIXES:
        await reply(update, text.file_error("bad_type"))
        return
    if (document.file_size or 0) > MAX_BYTES:
        await reply(update, text.file_error("too_large"))
        return
    svc = services(context)
    data = bytes(await (await document.get_file()).download_as_bytearray())
    try:
        rows = await asyncio.to_thread(_rows_of, data, suffix)
        result = await import_duty(svc.members, svc.duty, rows, svc.now())
    except TableError as exc:
        await reply(update, text.file_error(exc.problem))
        return
    except DutyRosterError as exc:
        await reply(update, esc(text.roster_error(exc.line, exc.field, exc.problem, exc.value)))
        return
    except UnknownPeople as exc:
        await reply(update, esc(text.unknown_people(exc.names)))
        return
    await reply(update, text.imported(result.days, result.added, result.removed, result.unchanged))


def _rows_of(data: bytes, suffix: str) -> list[list[object]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"roster{suffix}"
        path.write_bytes(data)
        return read_rows(path)


# --------------------------------------------------------------------------- commands
async def duty(update: Update, context: Context) -> None:
    svc = services(context)
    asked = argument_text(context)
    today = svc.now().date()
    day = read_day(asked[:40], today, FORWARD)
    if day is None:
        await reply(update, text.bad_day(asked))
        return
    rows = await svc.duty.day(day)
    leads = [r.name for r in rows if r.role == LEAD]
    duties = [
        (r.name, r.checkin_at.astimezone(svc.tz) if r.checkin_at else None)
        for r in rows
        if r.role == DUTY
    ]
    await reply(update, text.roster(day, leads, duties, today=today))


async def checkin(update: Update, context: Context) -> None:
    await _check_in(update, context, argument_text(context))


def _checkin_text(update: Update) -> bool:
    """A new message opening with 值班登记."""
    text = update.message.text if update.message is not None else None
    return bool(text) and (text or "").lstrip().startswith("值班登记")


async def checkin_text(update: Update, context: Context) -> None:
    message = update.effective_message
    note = (message.text or "").strip().removeprefix("值班登记").strip(" ：:，,") if message else ""
    await _check_in(update, context, note)


async def _check_in(update: Update, context: Context, note: str) -> None:
    member = await speaker(update, context)
    if member is None:
        return
    if len(note) > MAX_NOTE:
        await reply(update, text.note_too_long(MAX_NOTE))
        return
    svc = services(context)
    now = svc.now()
    mine = [r for r in await svc.duty.day(now.date()) if r.member_id == member.id]
    if not mine:
        await reply(update, text.not_on_duty(now.date()))
        return
    row = next((r for r in mine if r.role == DUTY), mine[0])
    if row.checkin_at is None and await svc.duty.check_in(
        row.id, now, note or None, origin(update, member)
    ):
        await reply(update, text.checkin_done(member.name, now, svc.settings.duty.checkin_deadline))
        return
    again = next(r for r in await svc.duty.day(now.date()) if r.id == row.id)
    assert again.checkin_at is not None
    await reply(update, text.checkin_again(again.checkin_at.astimezone(svc.tz)))


# --------------------------------------------------------------------------- scheduled
async def duty_due(app: App, now: datetime) -> None:
    svc: Services = app.bot_data["services"]
    cfg = svc.settings.duty
    duty_repo = svc.duty
    if now.time() < cfg.post_time or not await duty_repo.has_any():
        return
    today = now.date()
    rows = await duty_repo.day(today)
    if rows:
        await _morning_post(app, svc, rows, now)
    elif in_season(today, cfg.season_start_month, cfg.season_end_month):
        body = text.roster_missing(today)
        await _once(app, f"duty.missing:{today}", [(c, body) for c in await _admins(svc)], now)
    if now.time() >= cfg.checkin_deadline:
        await _nudge(app, svc, rows, now)
    for day in (today, today + timedelta(days=1)):
        day_rows = rows if day == today else await duty_repo.day(day)
        await _warn_absent(app, svc, day_rows, day, now)


async def _once(app: App, key: str, messages: list[tuple[int, str]], now: datetime) -> None:
    """A duty notice, once, through the outbox; stale after a day."""
    await outbox.notify_once(app, key, messages, now, now + timedelta(days=1))


async def _morning_post(app: App, svc: Services, rows: list[DutyRow], now: datetime) -> None:
    cfg = svc.settings.duty
    today = now.date()
    due = wall_clock(today, cfg.post_time, svc.tz)
    late = now - due > ON_TIME
    body = text.morning_post(
        today,
        [r.name for r in rows if r.role == LEAD],
        [r.name for r in rows if r.role == DUTY],
        cfg.checkin_deadline,
        late=late,
    )
    for chat_id in sorted(svc.group_ids):
        await outbox.notify_once(
            app,
            f"duty.post:{today}:{chat_id}",
            [(chat_id, body)],
            due,
            due + timedelta(days=1),
            late_marked=late,
        )


async def _nudge(app: App, svc: Services, rows: list[DutyRow], now: datetime) -> None:
    deadline = svc.settings.duty.checkin_deadline
    today = now.date()
    leads = [r for r in rows if r.role == LEAD]
    for row in rows:
        if row.role != DUTY or row.checkin_at is not None:
            continue
        group = text.nudge_group(mention(row.name, row.tg_user_id), deadline)
        tell = [r.tg_user_id for r in leads if r.tg_user_id and r.member_id != row.member_id]
        if not tell:
            tell = [
                m.tg_user_id
                for m in await _leaders(svc)
                if m.tg_user_id is not None and m.id != row.member_id
            ]
        private = text.nudge_lead(row.name, today, deadline)
        messages = [(c, group) for c in sorted(svc.group_ids)]
        messages += [(c, private) for c in tell if c is not None]
        await _once(app, f"duty.nudge:{today}:{row.member_id}", messages, now)


async def _warn_absent(
    app: App, svc: Services, rows: list[DutyRow], day: date, now: datetime
) -> None:
    if not rows:
        return
    start = wall_clock(day, time(0), svc.tz)
    end = wall_clock(day + timedelta(days=1), time(0), svc.tz)
    away = await svc.duty.absent(start, end, [r.member_id for r in rows])
    by_member = {r.member_id: r for r in rows}
    for absence in away:
        row = by_member[absence.member_id]
        leads = {r.tg_user_id for r in rows if r.role == LEAD and r.member_id != row.member_id}
        leaders = {m.tg_user_id for m in await _leaders(svc) if m.id != row.member_id}
        body = text.absence_warning(
            row.name,
            row.role,
            day,
            absence.kind,
            absence.start_at.astimezone(svc.tz),
            absence.end_at.astimezone(svc.tz),
            tomorrow=day > now.date(),
        )
        chats = sorted(t for t in leads | leaders if t)
        await _once(app, f"duty.absence:{day}:{absence.member_id}", [(c, body) for c in chats], now)


async def _leaders(svc: Services) -> list[Member]:
    """Members with the leader role; the admins when there are none."""
    everyone = [m for m in await svc.members.all() if m.tg_user_id is not None]
    leaders = [m for m in everyone if m.role == Role.LEADER]
    return leaders or [m for m in everyone if m.role == Role.ADMIN]


async def _admins(svc: Services) -> list[int]:
    return [
        m.tg_user_id
        for m in await svc.members.all()
        if m.role == Role.ADMIN and m.tg_user_id is not None
    ]


def register(app: App) -> None:
    # New messages only: an edited /remind must not answer (or act) a second time.
    app.add_handler(CommandHandler("duty", duty, filters=_NEW))
    app.add_handler(CommandHandler("checkin", checkin, filters=_NEW))
    # Every message of the group is asked this (every report): one check, not three filters.
    app.add_handler(
        MessageHandler(UpdateCheck(_checkin_text, "值班登记"), checkin_text), group=CHECKIN_GROUP
    )
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE
            & filters.Document.ALL
            & filters.CaptionRegex(r"^\s*(?:/importduty\b|值班表)"),
            import_file,
        ),
        group=IMPORT_GROUP,
    )


FEATURE = Feature(
    name="duty",
    register=register,
    commands=(
        CommandInfo("duty", text.CMD_DUTY),
        CommandInfo("checkin", text.CMD_CHECKIN),
    ),
    due_work=(duty_due,),
)
