"""Who is out: /whosout, the morning "今日在岗情况" post, 外出 return reminders, annual leave."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackContext, CommandHandler

from bot import outbox
from bot.domain.absence_rules import PRIVATE_REASON_KINDS
from bot.domain.chinese_dates import FORWARD, read_day
from bot.domain.roles import Role
from bot.features import absence_common as common
from bot.features import whosout_week
from bot.features.common import origin, reply, require, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import absences as text
from storage.outbox import Part

log = logging.getLogger(__name__)


def parse_day(svc: Services, argument: str) -> date | None:
    """A day as people write it (明天, 周三, 3号, 12月3日, 2026-12-03), read forward by the
    date engine every command shares, so /whosout and /duty mean the same day."""
    return read_day(argument, svc.now().astimezone(svc.tz).date(), FORWARD)


async def away_on(svc: Services, day: date) -> list[text.AwayLine]:
    start = datetime.combine(day, datetime.min.time(), tzinfo=svc.tz)
    rows = await svc.absences.overlapping(start, start + timedelta(days=1))
    names = await common.names_of(svc, [r.member_id for r in rows])
    return [
        text.AwayLine(name, r.kind, common.local(svc, r.start), common.local(svc, r.end), r.reason)
        for name, r in zip(names, rows, strict=True)
    ]


async def whosout(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    svc = services(context)
    member = await speaker(update, context)
    argument = " ".join(context.args or []).strip()
    if len(argument) > 30:
        await reply(update, text.bad_date(argument))
        return
    if argument and await whosout_week.answer_span(update, context, argument):
        return  # a week, a month or a department: answered day by day
    day = parse_day(svc, argument)
    if day is None:
        await reply(update, text.bad_date(argument))
        return
    private = update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE
    show_private = private and member is not None and member.role.at_least(Role.LEADER)
    lines = await away_on(svc, day)
    await reply(
        update,
        text.whos_out(
            text.whosout_title(day), lines, show_private, PRIVATE_REASON_KINDS, svc.office
        ),
    )


async def balance(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    svc = services(context)
    member = await speaker(update, context)
    if member is None:
        return
    who = " ".join(context.args or []).strip()
    target = member
    if who:
        if not member.role.at_least(Role.LEADER):
            await reply(update, text.NOT_YOURS)
            return
        found = await svc.members.find(who[:30])
        if found is None:
            await reply(update, text.unknown_person(who))
            return
        target = found
    year = svc.now().year
    entitled, overridden = await common.annual_entitled(svc, target, year)
    used = await common.annual_used(svc, target.id, year)
    await reply(
        update,
        text.balance(target.name, year, entitled, used, overridden, target.hire_date is not None),
    )


async def annual(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    admin = await require(update, context, Role.ADMIN)
    if admin is None:
        return
    svc = services(context)
    args = list(context.args or [])
    if len(args) not in (2, 3):
        await reply(update, text.ANNUAL_USAGE)
        return
    target = await svc.members.find(args[0][:30])
    if target is None:
        await reply(update, text.unknown_person(args[0]))
        return
    try:
        days = float(args[1])
    except ValueError:
        days = -1
    if not 0 <= days <= 365 or (days * 2) % 1:
        await reply(update, text.ANNUAL_BAD_DAYS)
        return
    year = svc.now().year
    if len(args) == 3:
        if not (args[2].isdigit() and len(args[2]) == 4):
            await reply(update, text.ANNUAL_BAD_YEAR)
            return
        year = int(args[2])
    await svc.absences.set_override(target.id, year, days, origin(update, admin), svc.now())
    await reply(update, text.annual_set(target.name, year, days))


async def morning_post(app: Application[Any, Any, Any, Any, Any, Any], now: datetime) -> None:
    """Working days (adjusted weekends too) after the post time, until noon: once a day."""
    svc: Services = app.bot_data["services"]
    settings = svc.settings.absences
    local = now.astimezone(svc.tz)
    if not settings.morning_post or not svc.calendar.is_workday(local.date()):
        return
    if not settings.morning_post_time <= local.time() < svc.office.am_end:
        return
    day = local.date()
    keys = {f"morning:{day.isoformat()}:{chat_id}": chat_id for chat_id in sorted(svc.group_ids)}
    waiting = await outbox.unclaimed(svc, keys)
    if not waiting:
        return  # out already: no post built, nothing written, every heartbeat till noon
    total = await svc.members.count()
    if total == 0:
        return  # a group nobody has spoken in yet: nothing to report
    lines = await away_on(svc, day)
    extra: list[str] = []
    present = max(total - len({line.name for line in lines}), 0)
    body = text.whos_out(
        text.morning_title(day), lines, False, PRIVATE_REASON_KINDS, svc.office, present, extra
    )
    due = datetime.combine(day, settings.morning_post_time, svc.tz)
    expires = datetime.combine(day + timedelta(days=1), time(), svc.tz)  # stale the next day
    for key, chat_id in waiting.items():
        await outbox.post(app, key, chat_id, outbox.text_parts(body), due, expires)


async def return_reminders(app: Application[Any, Any, Any, Any, Any, Any], now: datetime) -> None:
    """One reminder when a 外出 return time has passed without "我回来了"."""
    svc: Services = app.bot_data["services"]
    settings = svc.settings.absences
    if not settings.return_reminder:
        return
    due = now - timedelta(minutes=settings.return_reminder_after_minutes)
    for row in await svc.absences.overdue_returns(due, since=now - timedelta(hours=12)):
        member = await svc.members.get(row.member_id)
        if member is None:
            continue
        body = text.return_reminder(member.name, row.kind, common.local(svc, row.end), row.reason)
        # In private; to the group, under the report, for someone who never opened a
        # private chat with the bot.
        fallback = None
        if row.source_chat_id is not None:
            quote = {"reply_to_message_id": row.source_message_id}
            fallback = (row.source_chat_id, body, quote if row.source_message_id else {})
        chat_id = member.tg_user_id if member.tg_user_id is not None else row.source_chat_id
        if chat_id is None:
            continue
        key = f"return:{row.id}:{row.end.astimezone(UTC).isoformat(timespec='minutes')}"
        parts = [Part("sendMessage", body, fallback=fallback)]
        if chat_id == row.source_chat_id and fallback is not None:
            parts = [Part("sendMessage", body, options=fallback[2])]
        posts = [(key, chat_id, parts)]
        if await svc.absences.claim_return_reminder(row.id, posts, now, now + timedelta(hours=12)):
            await outbox.deliver(app, key)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("whosout", whosout))
    app.add_handler(CommandHandler("balance", balance))
    app.add_handler(CommandHandler("annual", annual))


FEATURE = Feature(
    name="whosout",
    register=register,
    commands=(
        CommandInfo("whosout", text.CMD_WHOSOUT),
        CommandInfo("balance", text.CMD_BALANCE),
        CommandInfo("annual", text.CMD_ANNUAL, Role.ADMIN),
    ),
    due_work=(morning_post, return_reminders),
)
