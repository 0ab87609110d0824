"""The working-day calendar from the chat: admins declare holidays (/holiday) and adjusted
working days (/workday) for years the packaged data lacks or gets wrong; /holidays lists a
year. Declared days are stored and take effect in the shared calendar at once."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, CommandHandler

from bot.domain.roles import Role
from bot.features.common import argument_text, origin, reply, require
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import holidays as text

_DAY = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
Context = CallbackContext[Any, Any, Any, Any]


def read_day(value: str) -> date | None:
    m = _DAY.match(value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


async def load(svc: Services) -> None:
    """Put the stored declarations into the calendar every handler uses."""
    svc.calendar.declare(await svc.calendar_days.all())


async def _declare(update: Update, context: Context, workday: bool, usage: str) -> None:
    admin = await require(update, context, Role.ADMIN)
    if admin is None:
        return
    svc = services(context)
    words = argument_text(context).split(maxsplit=1)
    if not words:
        await reply(update, usage)
        return
    day = read_day(words[0])
    if day is None or not 2000 <= day.year <= 2100:
        await reply(update, text.bad_day(words[0]))
        return
    name = words[1].strip()[:20] if len(words) > 1 else None
    await svc.calendar_days.declare(day, workday, name, origin(update, admin), svc.now())
    await load(svc)
    await reply(update, text.declared(day, workday, name))


async def on_holiday(update: Update, context: Context) -> None:
    await _declare(update, context, False, text.HOLIDAY_USAGE)


async def on_workday(update: Update, context: Context) -> None:
    await _declare(update, context, True, text.WORKDAY_USAGE)


async def on_holidays(update: Update, context: Context) -> None:
    svc = services(context)
    argument = argument_text(context)
    year = svc.now().year
    if argument:
        if not (argument.isdigit() and 2000 <= int(argument) <= 2100):
            await reply(update, text.BAD_YEAR)
            return
        year = int(argument)
    calendar = svc.calendar
    holidays: list[tuple[date, str | None]] = []
    workdays: list[tuple[date, str | None]] = []
    day = date(year, 1, 1)
    while day.year == year:
        weekend = day.weekday() >= 5
        if calendar.is_workday(day) == weekend:  # a weekday off, or a weekend at work
            entry = (day, calendar.holiday_name(day))
            (workdays if weekend else holidays).append(entry)
        day += timedelta(days=1)
    await reply(
        update,
        text.listing(
            year, calendar.source(year), holidays, workdays, list(calendar.declared(year))
        ),
    )


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("holiday", on_holiday))
    app.add_handler(CommandHandler("workday", on_workday))
    app.add_handler(CommandHandler("holidays", on_holidays))


FEATURE = Feature(
    name="holidays",
    register=register,
    commands=(
        CommandInfo("holidays", text.CMD_HOLIDAYS),
        CommandInfo("holiday", text.CMD_HOLIDAY, Role.ADMIN),
        CommandInfo("workday", text.CMD_WORKDAY, Role.ADMIN),
    ),
)
