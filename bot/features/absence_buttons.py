"""The buttons under absence confirmations and questions: 撤销, 修改, 改为年假, and the
answers to "请问是哪一天？"-style questions. Only the people concerned may press them."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackContext

from bot.domain import callbacks
from bot.domain.absence_reader import Report, read_report
from bot.domain.absence_rules import GENERIC_KIND, yes_or_no
from bot.domain.roles import Role
from bot.features import absence_common as common
from bot.features import absences
from bot.features.common import origin, pressed, reply
from bot.services import Services, services
from messages import absences as text
from storage.absences import Absence, NewAbsence, Pending
from storage.members import Member

_NEEDS_TIME = ("no_date", "end_before_start")  # questions only a time can answer


async def on_button(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    found = await pressed(update, context, callbacks.ABSENCE)
    if found is None:
        return
    member, press = found
    query = update.callback_query
    assert query is not None
    svc = services(context)
    action = press.action
    if action == "q":
        await _answer_question(update, svc, member, press.first, press.word or "")
        return
    if action in ("cx", "cxno"):
        await _cancel_chosen(update, svc, member, press.numbers)
        return
    rows = await _rows(svc, press.numbers)
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


async def _rows(svc: Services, ids: tuple[int, ...]) -> list[Absence]:
    rows = []
    for absence_id in ids:
        row = await svc.absences.get(absence_id)
        if row is not None:
            rows.append(row)
    return rows


async def _undo(update: Update, svc: Services, member: Member, rows: list[Absence]) -> None:
    assert update.callback_query is not None
    for row in rows:
        await svc.absences.cancel(row.id, origin(update, member), svc.now())
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
    await svc.absences.amend(row.id, change, origin(update, member), svc.now())
    await update.callback_query.answer()
    updated = await svc.absences.get(row.id)
    assert updated is not None
    body, keyboard = await common.confirmation(svc, [updated])
    await _edit(update, body, keyboard)


async def _answer_question(
    update: Update, svc: Services, member: Member, pending_id: int, answer: str
) -> None:
    query = update.callback_query
    assert query is not None
    pending = await svc.absences.pending(pending_id)
    if pending is None or pending.resolved:
        await query.answer(text.QUESTION_EXPIRED, show_alert=True)
        return
    if pending.member_id != member.id and not member.role.at_least(Role.ADMIN):
        await query.answer(text.NOT_YOURS, show_alert=True)
        return
    if answer == "no":
        if await svc.absences.resolve_pending(pending.id, svc.now()):
            await query.answer()
            await _edit(update, text.question_dropped())
        return
    report = _report(pending.report)
    if answer in ("today", "tmr"):
        report = _on_day(svc, report, 0 if answer == "today" else 1)
    await query.answer()
    await _record_as_asked(update, svc, member, pending, report)


async def _record_as_asked(
    update: Update, svc: Services, member: Member, pending: Pending, report: Report
) -> None:
    """Record the report a question was about, as its answer (resolving it once)."""
    await absences.record_new(
        update,
        svc,
        member,
        report,
        pending.text,
        pending_id=pending.id,
        source=(pending.chat_id, pending.message_id),
    )


async def answer_typed(
    update: Update, svc: Services, member: Member, pending: Pending, report: Report, body: str
) -> bool:
    """The asker typed an answer instead of pressing a button: 不是/取消 drops the report,
    是/确认 records it, a day, a range or a time completes it. False when ``body`` is no
    answer (it is then read as a message of its own)."""
    repo = svc.absences
    verdict = yes_or_no(body)
    if verdict is False:
        if await repo.resolve_pending(pending.id, svc.now()):
            await reply(update, text.question_dropped())
        return True
    asked = _report(pending.report)
    if verdict is True:
        if pending.problem in _NEEDS_TIME:
            return False
        await _record_as_asked(update, svc, member, pending, asked)
        return True
    if report.is_report and report.action == "new" and report.start is not None:
        await repo.resolve_pending(pending.id, svc.now())  # a whole new report replaces it
        return False
    if pending.problem not in _NEEDS_TIME:
        return False
    kind = asked.kind or GENERIC_KIND
    answer = read_report(f"{kind}，{body}", svc.now(), svc.office, svc.calendar)
    if not answer.is_report or answer.action != "new" or answer.start is None:
        return False
    if not await repo.resolve_pending(pending.id, svc.now()):
        return True  # answered already (a re-delivered message)
    completed = Report(
        True, "new", kind, answer.start, answer.end, asked.reason or answer.reason, asked.people
    )
    # Read afresh: the answered period may itself be doubtful (too long, in the past).
    await absences.record_new(update, svc, member, completed, f"{pending.text}\n{body}")
    return True


async def _cancel_chosen(
    update: Update, svc: Services, member: Member, ids: tuple[int, ...]
) -> None:
    """The answer to "要取消哪一条？": a record's id, or none for 取消."""
    query = update.callback_query
    assert query is not None
    if not ids:
        await query.answer()
        await _edit(update, text.question_dropped())
        return
    rows = await _rows(svc, ids)
    if not rows or not rows[0].effective:
        await query.answer(text.ALREADY_DONE, show_alert=True)
        return
    row = rows[0]
    if not await absences.may_change(svc, member, row):
        await query.answer(text.NOT_YOURS, show_alert=True)
        return
    await svc.absences.cancel(row.id, origin(update, member), svc.now())
    [name] = await common.names_of(svc, [row.member_id])
    await query.answer()
    await _edit(
        update, text.cancelled(name, row.kind, common.describe_period(svc, row.start, row.end))
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
