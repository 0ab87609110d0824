"""What the absence handlers share: the repository, member lookups, and turning records
into the sentences and buttons people see."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from telegram import InlineKeyboardMarkup

from bot.domain.absence_rules import (
    DUTY_KINDS,
    PARTIAL_KINDS,
    PRIVATE_REASON_KINDS,
    annual_entitlement,
    is_office_span,
)
from bot.domain.callbacks import ABSENCE, encode
from bot.features.common import Buttons, markup
from bot.services import Services
from messages import absences as text
from messages import holidays as calendar_text
from storage.absences import Absence, AnnualFigures, NewAbsence
from storage.members import Member

CALLBACK_PREFIX = ABSENCE


def local(svc: Services, instant: datetime) -> datetime:
    return instant.astimezone(svc.tz)


def describe_period(svc: Services, start: datetime, end: datetime) -> str:
    return text.period_text(local(svc, start), local(svc, end), svc.office)


def describe_amount(svc: Services, kind: str, start: datetime, end: datetime, days: float) -> str:
    """Duty within one day, late arrival and leaving early in hours and minutes; leave,
    and duty in whole or half office days (a full-day meeting), in working days."""
    by_hours = kind in PARTIAL_KINDS or (
        kind in DUTY_KINDS and not is_office_span(start, end, svc.office, svc.tz)
    )
    return text.amount_text(local(svc, start), local(svc, end), days, by_hours)


def calendar_note(svc: Services, start: datetime, end: datetime, days: float) -> str:
    """A line for a count that rests on a year nobody has confirmed, else ""."""
    unsure = svc.calendar.unconfirmed_years(local(svc, start).date(), local(svc, end).date())
    return "\n" + calendar_text.unconfirmed(unsure) if unsure and days else ""


def shown_reason(kind: str, reason: str | None) -> str | None:
    """Group messages never carry the reasons for personal or sick leave."""
    return None if kind in PRIVATE_REASON_KINDS else reason


async def names_of(
    svc: Services, member_ids: Sequence[int], known: Mapping[int, Member] | None = None
) -> list[str]:
    """Names for member ids; ``known`` saves a query for members the caller holds already."""
    names = []
    for member_id in member_ids:
        member = (known or {}).get(member_id) or await svc.members.get(member_id)
        names.append(member.name if member else f"#{member_id}")
    return names


def annual_asked(svc: Services, entries: Sequence[NewAbsence]) -> AnnualFigures | None:
    """The annual-leave figures the confirmation of these entries will show (a single
    事假), to be read with the record in its one trip; None when it shows none."""
    if len(entries) != 1 or not offers_annual(entries[0].kind):
        return None
    year = local(svc, entries[0].start).year
    first = datetime(year, 1, 1, tzinfo=svc.tz)
    last = datetime(year + 1, 1, 1, tzinfo=svc.tz)
    return AnnualFigures(entries[0].member_id, year, first, last)


def offers_annual(kind: str) -> bool:
    """事假 is confirmed with "annual leave first" while annual leave is left."""
    return kind == "事假"


async def confirmation(
    svc: Services,
    rows: Sequence[Absence],
    known: Mapping[int, Member] | None = None,
    annual: AnnualFigures | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """:func:`confirmation_parts`, its buttons as python-telegram-bot's keyboard."""
    body, buttons = await confirmation_parts(svc, rows, known, annual)
    return body, markup(buttons)


async def confirmation_parts(
    svc: Services,
    rows: Sequence[Absence],
    known: Mapping[int, Member] | None = None,
    annual: AnnualFigures | None = None,
) -> tuple[str, Buttons]:
    """ "已记录：张三 事假 12月3日（周四）下午 14:30–17:30，0.5 个工作日" with 撤销/修改.

    "（李四代报）" names who wrote the report when it was for someone else; whoever presses
    a button later does not change that. ``annual``: figures read with the record
    (:func:`annual_asked`), which saves their own read. The buttons come as plain (label,
    data) pairs: a report's answer is sent without building PTB's keyboard objects.
    """
    first = rows[0]
    names = await names_of(svc, [r.member_id for r in rows], known)
    reporter = None
    if first.reporter_id is not None:
        reporter = (known or {}).get(first.reporter_id) or await svc.members.get(first.reporter_id)
    on_behalf = reporter is not None and any(r.member_id != reporter.id for r in rows)
    body = text.recorded(
        names,
        first.kind,
        describe_period(svc, first.start, first.end),
        describe_amount(svc, first.kind, first.start, first.end, first.days),
        shown_reason(first.kind, first.reason),
        reporter.name if on_behalf and reporter else None,
    )
    body += calendar_note(svc, first.start, first.end, first.days)
    from bot.features.approval import card_note  # 请假审批: who approves, or what they said

    body += await card_note(svc, rows)
    ids = [r.id for r in rows]
    buttons: Buttons = [
        [
            (text.BUTTON_UNDO, encode(ABSENCE, "undo", *ids)),
            (text.BUTTON_CHANGE, encode(ABSENCE, "chg", *ids)),
        ]
    ]
    if offers_annual(first.kind) and len(rows) == 1:
        remaining = await annual_remaining(
            svc,
            first.member_id,
            local(svc, first.start).year,
            (known or {}).get(first.member_id),
            annual,
        )
        if remaining >= first.days > 0:
            body += "\n" + text.annual_first(remaining)
            buttons.append([(text.BUTTON_TO_ANNUAL, encode(ABSENCE, "ann", *ids))])
    return body, buttons


async def annual_entitled(svc: Services, member: Member, year: int) -> tuple[float, bool]:
    override = await svc.absences.override(member.id, year)
    if override is not None:
        return override, True
    return annual_entitlement(member.hire_date, year), False


async def annual_used(svc: Services, member_id: int, year: int) -> float:
    first = datetime(year, 1, 1, tzinfo=svc.tz)
    last = datetime(year + 1, 1, 1, tzinfo=svc.tz)
    return await svc.absences.days_used(member_id, "年假", first, last)


async def annual_remaining(
    svc: Services,
    member_id: int,
    year: int,
    member: Member | None = None,
    figures: AnnualFigures | None = None,
) -> float:
    """Days of annual leave left; ``member`` (when the caller holds it) saves a read, and the
    override and the days used come in one query (a 事假 confirmation asks this), or with
    the record itself (``figures``, read in its trip)."""
    member = member if member is not None and member.id == member_id else None
    member = member or await svc.members.get(member_id)
    if member is None:
        return 0.0
    if (
        figures is not None
        and figures.answered
        and (figures.member_id, figures.year) == (member_id, year)
    ):
        override, used = figures.override, figures.used
    else:
        first = datetime(year, 1, 1, tzinfo=svc.tz)
        last = datetime(year + 1, 1, 1, tzinfo=svc.tz)
        override, used = await svc.absences.annual_figures(member_id, year, first, last)
    entitled = override if override is not None else annual_entitlement(member.hire_date, year)
    return max(entitled - used, 0.0)
