"""The buttons under absence confirmations and questions: 撤销, 修改, 改为年假, and the
answers to "请问是哪一天？"-style questions. Only the people concerned may press them."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackContext

from bot.domain.absence_reader import Report
from bot.domain.roles import Role
from bot.features import absence_common as common
from bot.features import absences
from bot.features.common import origin, speaker
from bot.services import Services, services
from messages import absences as text
from storage.absences import Absence, NewAbsence
from storage.members import Member


async def on_button(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    query = update.callback_query
    member = await speaker(update, context)
    if query is None or query.data is None or member is None:
        return
    svc = services(context)
    parts = query.data.split(":", 2)
    action = parts[1] if len(parts) > 1 else ""
    argument = parts[2] if len(parts) > 2 else ""
    if action == "q":
        await _answer_question(update, svc, member, argument)
        return
    rows = await _rows(svc, argument)
    if not rows or not all(r.effective for r in rows):
        await query.answer(text.ALREADY_DONE, show_alert=True)
        return
    if not all([await absences.may_change(svc, member, r) for r in rows]):
        await query.answer(text.NOT_YOURS, show_alert=True)
        return
    if action == "undo":
        await _undo(update, svc, member, rows)
    elif action == "chg":
        await query.answer(text.CHANGE_HINT, show_alert=True)
    elif action == "ann":
        await _to_annual(update, svc, member, rows)
    else:
        await query.answer()


async def _rows(svc: Services, argument: str) -> list[Absence]:
    rows = []
    for part in argument.split("."):
        if part.isdigit():
            row = await common.repo(svc).get(int(part))
            if row is not None:
                rows.append(row)
    return rows


async def _undo(update: Update, svc: Services, member: Member, rows: list[Absence]) -> None:
    assert update.callback_query is not None
    for row in rows:
        await common.repo(svc).cancel(row.id, origin(update, member), svc.now())
    names = await common.names_of(svc, [r.member_id for r in rows])
    period = common.describe_period(svc, rows[0].start, rows[0].end)
    await update.callback_query.answer()
    await _edit(update, text.undone(names, rows[0].kind, period))


async def _to_annual(update: Update, svc: Services, member: Member, rows: list[Absence]) -> None:
    assert update.callback_query is not None
    row = rows[0]
    remaining = await common.annual_remaining(svc, row.member_id, common.local(svc, row.start).year)
    if row.kind != "事假" or remaining < row.days:
        await update.callback_query.answer(text.ALREADY_DONE, show_alert=True)
        return
    change = NewAbsence(row.member_id, "年假", row.start, row.end, row.reason, row.days)
    await common.repo(svc).amend(row.id, change, origin(update, member), svc.now())
    await update.callback_query.answer()
    updated = await common.repo(svc).get(row.id)
    assert updated is not None
    body, keyboard = await common.confirmation(svc, [updated])
    await _edit(update, body, keyboard)


async def _answer_question(update: Update, svc: Services, member: Member, argument: str) -> None:
    query = update.callback_query
    assert query is not None
    pending_id, _, answer = argument.partition(":")
    pending = await common.repo(svc).pending(int(pending_id)) if pending_id.isdigit() else None
    if pending is None or pending.resolved:
        await query.answer(text.QUESTION_EXPIRED, show_alert=True)
        return
    if pending.member_id != member.id and not member.role.at_least(Role.ADMIN):
        await query.answer(text.NOT_YOURS, show_alert=True)
        return
    if answer == "no":
        if await common.repo(svc).resolve_pending(pending.id, svc.now()):
            await query.answer()
            await _edit(update, text.question_dropped())
        return
    report = _report(pending.report)
    if answer in ("today", "tmr"):
        report = _on_day(svc, report, 0 if answer == "today" else 1)
    await query.answer()
    await absences.record_new(
        update,
        svc,
        member,
        report,
        pending.text,
        pending_id=pending.id,
        source=(pending.chat_id, pending.message_id),
    )


def _report(data: dict[str, Any]) -> Report:
    def instant(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return Report(
        is_report=True,
        action=data.get("action") or "new",
        kind=data.get("kind"),
        start=instant(data.get("start")),
        end=instant(data.get("end")),
        reason=data.get("reason"),
        people=tuple(data.get("people") or ()),
        periods=tuple(
            (datetime.fromisoformat(p["start"]), datetime.fromisoformat(p["end"]))
            for p in data.get("periods") or ()
        ),
    )


def _on_day(svc: Services, report: Report, offset: int) -> Report:
    """The answer to "哪一天？": that whole working day (office hours)."""
    day = (svc.now() + timedelta(days=offset)).date()
    office = svc.office
    start = datetime.combine(day, office.day_start, tzinfo=svc.tz)
    end = datetime.combine(day, office.day_end, tzinfo=svc.tz)
    return Report(True, report.action, report.kind, start, end, report.reason, report.people)


async def _edit(update: Update, body: str, keyboard: Any = None) -> None:
    assert update.callback_query is not None
    # "message is not modified": a double press shows the same result.
    with contextlib.suppress(BadRequest):
        await update.callback_query.edit_message_text(body, reply_markup=keyboard)
