"""Who is out over a week or a month: ``/whosout 本周|下周|12月|工程股`` answer day by day
(called from /whosout before its single-day path), and ``/calendar`` posts the picture.

Reasons of personal leave are shown only to leaders in a private chat, as on /whosout; the
calendar shows kinds only, so it may go to the group.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from telegram import InputFile, Update
from telegram.ext import Application, CallbackContext, CommandHandler, filters

from bot.domain.absence_rules import PRIVATE_REASON_KINDS
from bot.domain.roles import Role
from bot.features.common import is_private, reply, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import week_view as text
from storage.members import Member

if TYPE_CHECKING:
    from bot.domain.attendance import AbsenceItem
    from bot.domain.week_view import Span

# The week view's modules (spans, the day grid, the attendance marks) load when a week, a
# month or a department is first asked for: a plain /whosout and every report need none.

Context = CallbackContext[Any, Any, Any, Any]


async def _departments(svc: Services) -> tuple[list[Member], list[str]]:
    members = await svc.members.all()
    names = sorted({m.department for m in members if m.department})
    return members, names


async def read_argument(
    update: Update, svc: Services, argument: str
) -> tuple[Span | None, list[Member], bool]:
    """(span, members, answered): ``answered`` when a bad month or department was replied to;
    a None span and not answered means "a single day: not mine"."""
    from bot.domain.week_view import SpanError, read_span

    members, departments = await _departments(svc)
    try:
        return read_span(argument, svc.now().date(), departments), members, False
    except SpanError as exc:
        if exc.code == "month":
            await reply(update, text.bad_month(exc.value))
        else:
            await reply(update, text.unknown_department(exc.value, departments))
        return None, members, True


async def _absences(svc: Services, span: Span, members: list[Member]) -> list[AbsenceItem]:
    from bot.domain.attendance import AbsenceItem

    start = datetime.combine(span.first, datetime.min.time(), tzinfo=svc.tz)
    end = datetime.combine(span.last + timedelta(days=1), datetime.min.time(), tzinfo=svc.tz)
    wanted = {m.id for m in members if span.department is None or m.department == span.department}
    return [
        AbsenceItem(
            r.member_id, r.kind, r.start.astimezone(svc.tz), r.end.astimezone(svc.tz), r.reason
        )
        for r in await svc.absences.overlapping(start, end)
        if r.member_id in wanted
    ]


def _title(svc: Services, span: Span) -> str:
    return text.span_title(span.kind, span.first, span.last, svc.now().date(), span.department)


async def answer_span(update: Update, context: Context, argument: str) -> bool:
    """/whosout with a week, a month or a department; False leaves it to the day path."""
    svc = services(context)
    span, members, answered = await read_argument(update, svc, argument)
    if span is None:
        return answered
    from bot.domain.week_view import by_day

    member = await speaker(update, context)
    show_private = is_private(update) and member is not None and member.role.at_least(Role.LEADER)
    names = {m.id: m.name for m in members}
    days = by_day(
        await _absences(svc, span, members),
        span.days(),
        svc.calendar.is_workday,
        svc.office,
        svc.tz,
    )
    view = [
        (
            day,
            [
                text.DayLine(
                    names.get(s.member_id, f"#{s.member_id}"), s.kind, s.start, s.end, s.reason
                )
                for s in slices
            ],
        )
        for day, slices in days.items()
    ]
    await reply(
        update,
        text.days_view(
            _title(svc, span),
            view,
            show_private,
            PRIVATE_REASON_KINDS,
            svc.office,
            skip_quiet=span.kind == "month",
        ),
    )
    return True


async def calendar_command(update: Update, context: Context) -> None:
    from bot.calendar_chart import Column, render_calendar
    from bot.domain.week_view import grid

    svc = services(context)
    message = update.effective_message
    if message is None:
        return
    argument = " ".join(context.args or []).strip()[:40] or "本周"
    span, members, answered = await read_argument(update, svc, argument)
    if span is None:
        if not answered:
            await reply(update, text.CALENDAR_USAGE)
        return
    absences = await _absences(svc, span, members)
    title = _title(svc, span)
    if not absences:
        await reply(update, text.calendar_empty(title))
        return
    away = {a.member_id for a in absences}
    people = sorted(
        (m for m in members if m.id in away), key=lambda m: (m.department or "", m.name)
    )
    columns = [
        Column(day, svc.calendar.is_workday(day), day.weekday() >= 5)
        for day in span.days()
        if day.weekday() < 5 or svc.calendar.is_workday(day)
    ]
    cells = grid(
        [m.id for m in people],
        absences,
        [c.day for c in columns],
        svc.calendar.is_workday,
        svc.office,
        svc.tz,
    )
    png = render_calendar(title, [(m.id, m.name) for m in people], columns, cells)
    await message.reply_photo(
        InputFile(png, filename="calendar.png"),
        caption=text.calendar_caption(title, len(people)),
    )


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(
        CommandHandler("calendar", calendar_command, filters=filters.UpdateType.MESSAGE)
    )


FEATURE = Feature(
    name="whosout_week",
    register=register,
    commands=(CommandInfo("calendar", text.CMD_CALENDAR),),
)
