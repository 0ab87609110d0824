"""Absence reports written as ordinary Chinese messages in the work group.

"明天下午请假半天，孩子家长会" is read by :mod:`bot.domain.absence_reader`, recorded for the
sender (or the colleagues it names), and answered with what was understood and buttons to
undo or change it. Doubtful reports get a question first; chatter gets silence.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import outbox, wire
from bot.context import BotContext
from bot.domain.absence_reader import Report, read_report
from bot.domain.absence_rules import (
    DUTY_KINDS,
    GENERIC_KIND,
    LEAVE_KINDS,
    Period,
    amendable,
    bare_cancellation,
    complete_period,
    count_days,
    doubt,
    from_office_start,
    kind_matches,
    merge_amendment,
    snap_to_office,
    withdraw,
)
from bot.domain.callbacks import ABSENCE, encode
from bot.domain.vocabulary import OPEN_STATUSES
from bot.features import absence_common as common
from bot.features.common import (
    UpdateCheck,
    markup,
    new_group_text,
    origin,
    reply,
    reply_for_ids,
    speaker,
)
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import absences as text
from storage.absences import Absence, AnnualFigures, NewAbsence
from storage.members import Member

log = logging.getLogger(__name__)
HANDLER_GROUP = 10
_CORRECTION = re.compile(r"改为|改成|改到|更正|说错|搞错")
MAX_REPORT = 300  # the reader treats longer texts as notices, not reports
ANSWER_MAX = 60  # a typed answer to a question is short; longer texts are read afresh
OVERDUE_HOURS = 12  # a late "我回来了" closes an outing that was due back within this
MAX_CHOICES = 5
PROBE = 120
OWED_WITHIN = timedelta(hours=1)  # a confirmation older than this is not worth sending late
_GROUPS = filters.ChatType.GROUPS


async def on_message(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    await handle_text(update, context, message.text, quiet=True)


async def on_leave(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    await _command(update, context, "请假", text.LEAVE_USAGE)


async def on_out(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    await _command(update, context, "外出：", text.OUT_USAGE)


async def _command(
    update: Update, context: CallbackContext[Any, Any, Any, Any], keyword: str, usage: str
) -> None:
    """/leave and /out, for groups that keep privacy mode on: the same reading, never silent."""
    if update.effective_chat is None or update.effective_chat.type == ChatType.PRIVATE:
        await reply(update, text.NOT_IN_GROUP)
        return
    body = " ".join(context.args or []).strip()
    if not body:
        await reply(update, usage)
        return
    svc = services(context)
    if not read_report(body[:PROBE], svc.now(), svc.office, svc.calendar).is_report:
        body = f"{keyword}{body}"
    await handle_text(update, context, body, quiet=False)


async def handle_text(
    update: Update, context: CallbackContext[Any, Any, Any, Any], body: str, *, quiet: bool
) -> None:
    svc = services(context)
    member = await speaker(update, context)
    message = update.effective_message
    if member is None or message is None:
        return
    if len(body) > MAX_REPORT:
        if read_report(body[:PROBE], svc.now(), svc.office, svc.calendar).is_report or not quiet:
            await reply(update, text.TOO_LONG)
        return
    # /leave and /out (quiet off) say it is a report: the learned second opinion, which
    # only doubts whether a message is a report at all, is for what is said in passing.
    report = read_report(body, svc.now(), svc.office, svc.calendar, second_opinion=quiet)
    # The gate read whether the speaker has a question unanswered; without one there is
    # nothing to look up (a trip to the database's thread saved on nearly every report).
    asked = context.asked if isinstance(context, BotContext) and context.speaker is member else None
    if asked is not False and await _answers_question(update, svc, member, message, report, body):
        return
    if not report.is_report and _CORRECTION.search(body):
        # "改为周二下午" says what it corrects only through the earlier message; read it as
        # a correction. Without such a word ("今天天气不错") chatter stays chatter.
        report = read_report(f"更正：{body}", svc.now(), svc.office, svc.calendar)
    target = await _replied_record(svc, message)
    if target is not None and report.is_report and report.action == "new":
        report = replace(report, action="amend")  # a new period in reply to a confirmation
    if not report.is_report:
        report = await _own_bare_cancellation(svc, member, body) or report
    if not report.is_report:
        if not quiet:
            await reply(update, text.NOT_UNDERSTOOD)
        return
    if report.out_of_range:  # 请假999999天, 9999年…: refused before any arithmetic
        await reply(update, text.OUT_OF_RANGE)
        return
    if report.action == "return":
        await _return(update, svc, member, report, quiet=quiet and not _private(update))
    elif report.action == "cancel":
        await _cancel(update, svc, member, report)
    elif report.action == "amend":
        await _amend(update, svc, member, report, target)
    elif _private(update):
        await reply(update, text.NOT_IN_GROUP)  # a report in private: never silence
    else:
        await record_new(update, svc, member, report, body)


async def _replied_record(svc: Services, message: Message) -> Absence | None:
    """The record whose confirmation this message replies to, if any."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or not replied.from_user.is_bot:
        return None
    rows = await svc.absences.by_reply(replied.chat.id, replied.message_id)
    return rows[0] if rows else None


async def record_new(
    update: Update,
    svc: Services,
    member: Member,
    report: Report,
    body: str,
    *,
    pending_id: int | None = None,
    source: tuple[int, int] | None = None,
) -> None:
    """Record a new absence, or ask first when it is doubtful (nothing recorded until then)."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    chat_id, message_id = source or (chat.id, message.message_id)
    subjects: list[Member] = []
    for name in report.people:
        found = await svc.members.find(name)
        if found is None:
            if pending_id is None:
                await _ask(
                    update, svc, member, report, body, "unknown_person", name, (chat_id, message_id)
                )
                return
            found = await svc.members.add_named(name, svc.now(), origin(update, member))
        subjects.append(found)
    subjects = subjects or [member]
    start, end = complete_period(report.start, report.end, svc.now(), svc.office, report.kind)
    days = 0.0
    if start and end and end > start:
        start = from_office_start(start, end, svc.office, svc.tz)
        days = count_days(start, end, svc.office, svc.calendar, svc.tz)
    problem = doubt(start, end, svc.now(), days, svc.settings.absences.max_working_days)
    if problem is None and (report.kind or GENERIC_KIND) in LEAVE_KINDS and days == 0:
        problem = "no_workday"  # leave on days that are all holidays or weekends
    if problem is None and report.ask:
        problem = "doubtful"  # the reader's own doubt: one tap records it
    if problem is not None and pending_id is None:
        await _ask(update, svc, member, report, body, problem, None, (chat_id, message_id))
        return
    if start is None or end is None or end <= start:
        await reply(update, text.NOT_UNDERSTOOD)
        return
    entries = [
        NewAbsence(s.id, report.kind or GENERIC_KIND, start, end, report.reason, days)
        for s in subjects
    ]
    # An overlap with an existing record (usually a correction written as a new report) is
    # asked about, unless this is the answer to that question already.
    annual = common.annual_asked(svc, entries)  # read with the record, in its one trip
    rows, outcome = await svc.absences.record_unless_clash(
        entries,
        chat_id,
        message_id,
        body,
        origin(update, member),
        svc.now(),
        pending_id,
        refuse_overlap=pending_id is None,
        annual=annual,
    )
    if outcome == "overlap":
        await _ask(update, svc, member, report, body, "overlap", None, (chat_id, message_id))
        return
    if outcome != "created":
        log.info("report %s/%s: %s; nothing recorded", chat_id, message_id, outcome)
        return
    await send_confirmation(
        update, svc, rows, {m.id: m for m in [member, *subjects]}, annual, fresh=True
    )
    if len(report.periods) > 1:  # one record per message: the other periods are asked for
        later = [common.describe_period(svc, a, b) for a, b in report.periods[1:]]
        await reply(update, text.other_periods(later))


async def send_confirmation(
    update: Update,
    svc: Services,
    rows: list[Absence],
    known: dict[int, Member] | None = None,
    annual: AnnualFigures | None = None,
    *,
    fresh: bool = False,
) -> None:
    """Reply with what was recorded; when answering a question, the question becomes it.

    ``fresh``: the rows were made by this update (never owed), so their reply id may be
    written with the next trip to the database instead of one of its own.

    The record is committed: the answer is tried again after flood control and network
    errors, and if it still fails it is owed (the heartbeat and the next start send it). A
    kill while it is on its way leaves it unsent: it may already be in the chat, and a
    confirmation shown twice is what issue 13 rules out (docs/reliability.md)."""
    body, buttons = await common.confirmation_parts(svc, rows, known, annual)
    ids = [r.id for r in rows]
    with wire.attempt() as attempt:
        try:
            if update.callback_query is not None and update.callback_query.message is not None:
                question = update.callback_query.message
                query = update.callback_query
                keyboard = markup(buttons)
                await outbox.retrying(lambda: query.edit_message_text(body, reply_markup=keyboard))
                chat_id, message_id = question.chat.id, question.message_id
            else:
                sent = await outbox.retrying(lambda: reply_for_ids(update, body, buttons))
                if sent is None:
                    return
                chat_id, message_id = sent
        except (BadRequest, Forbidden):
            raise  # refused, not lost: sending it again would be refused again
        except TelegramError as exc:
            log.warning("confirmation of absences %s not sent (%s); owed", ids, exc)
            await svc.absences.owe_confirmation(ids)
            return
        except asyncio.CancelledError:
            # The end of a stop's grace period: owed if it never left (the rate limiter held
            # it); if it did, Telegram may show it, and it is not sent again.
            if not attempt.on_wire:
                await asyncio.shield(svc.absences.owe_confirmation(ids))
            raise
    if fresh:
        svc.absences.set_reply_later(ids, chat_id, message_id)
    else:
        await svc.absences.set_reply(ids, chat_id, message_id)


async def owed_confirmations(app: Application[Any, Any, Any, Any, Any, Any], svc: Services) -> None:
    """Reports recorded lately whose confirmation failed to send (Telegram unreachable) are
    answered now: at start and on every heartbeat, a read of an index that is empty but for
    such failures. One try each; the first network error ends the round (Telegram is still
    out of reach, the next heartbeat tries again); a refusal gives that answer up."""
    owed = await svc.absences.unconfirmed(svc.now() - OWED_WITHIN)
    for (chat_id, message_id), rows in owed.items():
        body, keyboard = await common.confirmation(svc, rows)
        ids = [r.id for r in rows]
        try:
            sent = await app.bot.send_message(
                chat_id,
                body,
                reply_markup=keyboard,
                reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True),
            )
        except (BadRequest, Forbidden) as exc:
            log.warning("confirmation of %s/%s refused (%s); given up", chat_id, message_id, exc)
            await svc.absences.set_reply(ids, chat_id, None)
            continue
        except TelegramError as exc:
            log.info("confirmation of report %s/%s still not sent: %s", chat_id, message_id, exc)
            return
        await svc.absences.set_reply(ids, sent.chat_id, sent.message_id)


async def owed_confirmations_due(
    app: Application[Any, Any, Any, Any, Any, Any], now: datetime
) -> None:
    """The heartbeat's turn: an outage over, the owed answers go out without a restart."""
    await owed_confirmations(app, app.bot_data["services"])


async def _ask(
    update: Update,
    svc: Services,
    member: Member,
    report: Report,
    body: str,
    problem: str,
    name: str | None,
    source: tuple[int, int],
) -> None:
    pending = await svc.absences.add_pending(
        member.id, source[0], source[1], body, report.to_json(), problem, svc.now()
    )
    if pending is None:
        return  # asked already: this update was delivered twice
    if problem == "no_date":
        options = [
            (text.BUTTON_TODAY, "today"),
            (text.BUTTON_TOMORROW, "tmr"),
            (text.BUTTON_CANCEL, "no"),
        ]
    elif problem == "end_before_start":
        options = [(text.BUTTON_CANCEL, "no")]
    elif problem == "unknown_person":
        options = [(text.BUTTON_ADD_PERSON, "ok"), (text.BUTTON_CANCEL, "no")]
    elif problem == "doubtful":
        options = [(text.BUTTON_RECORD, "ok"), (text.BUTTON_NOT_REPORT, "no")]
    else:
        options = [(text.BUTTON_CONFIRM, "ok"), (text.BUTTON_CANCEL, "no")]
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label, callback_data=encode(ABSENCE, "q", pending.id, word=answer)
                )
                for label, answer in options
            ]
        ]
    )
    summary = name or _summary(svc, report)
    asked = await reply(update, text.question(problem, summary), reply_markup=keyboard)
    if asked is not None:
        await svc.absences.set_question(pending.id, asked.chat.id, asked.message_id)


def _summary(svc: Services, report: Report) -> str:
    kind = report.kind or GENERIC_KIND
    if report.people:
        kind = f"{'、'.join(report.people)} {kind}"
    start, end = complete_period(report.start, report.end, svc.now(), svc.office, report.kind)
    if start and end and end > start:
        return f"{kind} {common.describe_period(svc, start, end)}"
    return kind


def _private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


async def _answers_question(
    update: Update, svc: Services, member: Member, message: Message, report: Report, body: str
) -> bool:
    """A typed answer to the bot's question (周五, 不是, a range, a time), or a reply to it,
    from the one who was asked and within a while, completes the report. True if it did."""
    chat = update.effective_chat
    if chat is None or len(body) > ANSWER_MAX:
        return False
    replied = message.reply_to_message
    from_bot = replied is not None and replied.from_user is not None and replied.from_user.is_bot
    since = svc.now() - timedelta(minutes=svc.settings.absences.answer_minutes)
    pending = await svc.absences.open_question(
        member.id, chat.id, since, replied.message_id if from_bot and replied else None
    )
    if pending is None:
        return False
    from bot.features.absence_buttons import answer_typed  # it builds on this module

    return await answer_typed(update, svc, member, pending, report, body)


def _current(rows: list[Absence], at: datetime) -> Absence | None:
    for row in rows:
        if row.start <= at < row.end:
            return row
    return None


def _overdue(rows: list[Absence], now: datetime) -> Absence | None:
    """The latest duty absence whose planned return passed (today) without a return."""
    late = [
        r
        for r in rows
        if r.kind in DUTY_KINDS
        and r.status in OPEN_STATUSES
        and now - timedelta(hours=OVERDUE_HOURS) < r.end <= now
    ]
    return max(late, key=lambda r: r.end, default=None)


async def _subject(update: Update, svc: Services, member: Member, report: Report) -> Member | None:
    """Whose record a return or a cancellation is about: the speaker, or the one colleague
    it names (代刘洋销假). None when the name is unknown, with a reply unless the reading
    is only asked about (老王回来了 of someone not in the group is chat, not a report)."""
    if not report.people:
        return member
    found = await svc.members.find(report.people[0])
    if found is None and not report.ask:
        await reply(update, text.unknown_person(report.people[0]))
    return found


async def _return(
    update: Update, svc: Services, member: Member, report: Report, *, quiet: bool
) -> None:
    """The speaker's own open absence ends (or, 代刘洋销假, the one named); one whose return
    time passed ends now (a late return, 15:20 for "下午3点回"). Nothing open: silence in
    the group, a word in private."""
    subject = await _subject(update, svc, member, report)
    if subject is None:
        return
    now = svc.now()
    at = report.end or now
    rows = await svc.absences.for_member(subject.id)
    current = _current(rows, at) or _current(rows, now) or _overdue(rows, now)
    if current is None:
        if not quiet:
            await reply(update, text.NOTHING_TO_RETURN)
        return
    if not await may_change(svc, member, current):
        if not report.ask:  # 老王回来了 from anyone else is news of him: no refusal to it
            await reply(update, text.NOT_YOURS)
        return
    at = max(at, current.start)
    days = 0.0
    if at > current.start:
        days = count_days(current.start, at, svc.office, svc.calendar, svc.tz)
    if at <= current.start:
        await svc.absences.cancel(current.id, origin(update, member), now)
    else:
        await svc.absences.end_early(current.id, at, days, origin(update, member), now)
    await reply(update, text.returned(subject.name, common.local(svc, at), current.kind))


async def _own_bare_cancellation(svc: Services, member: Member, body: str) -> Report | None:
    """ "取消培训" from someone whose training is still to come is their cancellation; from
    anyone else it is news and stays quiet."""
    kind = bare_cancellation(body)
    if kind is None:
        return None
    for row in await svc.absences.for_member(member.id):
        if row.end > svc.now() and kind_matches(kind, row.kind):
            return Report(True, "cancel", kind, None, None, None, ())
    return None


async def _cancel(update: Update, svc: Services, member: Member, report: Report) -> None:
    """培训不去了, 周三的培训取消了: the member's record of that kind (on that day) ends;
    when more than one could be meant, the member picks."""
    subject = await _subject(update, svc, member, report)
    if subject is None:
        return
    withdrawn = Period(report.start, report.end) if report.start and report.end else None
    found: list[tuple[Absence, Period | str]] = []
    for row in await svc.absences.for_member(subject.id):
        if not kind_matches(report.kind, row.kind):
            continue
        if withdrawn is None and row.end <= svc.now():
            continue
        outcome = withdraw(Period(row.start, row.end), withdrawn)
        if outcome is not None:
            found.append((row, outcome))
    if not found:
        await reply(update, text.NOTHING_TO_CANCEL)
        return
    if len(found) > 1:
        await _ask_which(update, svc, [row for row, _ in found[:MAX_CHOICES]])
        return
    row, outcome = found[0]
    if not await may_change(svc, member, row):
        await reply(update, text.NOT_YOURS)
        return
    if isinstance(outcome, Period):
        outcome = snap_to_office(outcome, svc.office, svc.calendar, svc.tz)
        days = count_days(outcome.start, outcome.end, svc.office, svc.calendar, svc.tz)
        change = NewAbsence(row.member_id, row.kind, outcome.start, outcome.end, row.reason, days)
        await svc.absences.amend(row.id, change, origin(update, member), svc.now())
        period = common.describe_period(svc, outcome.start, outcome.end)
        await reply(update, text.trimmed(subject.name, row.kind, period))
        return
    await svc.absences.cancel(row.id, origin(update, member), svc.now())
    period = common.describe_period(svc, row.start, row.end)
    await reply(
        update,
        text.SPLIT_CANCEL if outcome == "split" else text.cancelled(subject.name, row.kind, period),
    )


async def _ask_which(update: Update, svc: Services, rows: list[Absence]) -> None:
    """One button per record that could be meant, and 取消."""
    buttons = [
        [
            InlineKeyboardButton(
                f"{row.kind} {common.describe_period(svc, row.start, row.end)}"[:60],
                callback_data=encode(ABSENCE, "cx", row.id),
            )
        ]
        for row in rows
    ]
    buttons.append(
        [InlineKeyboardButton(text.BUTTON_CANCEL, callback_data=encode(ABSENCE, "cxno", word="no"))]
    )
    await reply(update, text.which_to_cancel(len(rows)), reply_markup=InlineKeyboardMarkup(buttons))


async def _amend(
    update: Update, svc: Services, member: Member, report: Report, target: Absence | None
) -> None:
    """A correction moves the record whose confirmation it replies to, or else the latest
    one of whoever it is about that its kind may move (never a leave by a meeting's move)."""
    replied = target is not None
    if target is None:
        # No confirmation replied to: the latest record of whoever the correction is about
        # (管工的时间改到… is 管工's, not the speaker's) that the kind it names may move.
        subject = await _subject(update, svc, member, report)
        if subject is None:
            return
        rows = await svc.absences.for_member(subject.id)
        target = next((r for r in rows if amendable(report.kind, r.kind)), None)
    if target is None:
        if not report.ask:  # a correction only asked about, of nothing on record: chat
            await reply(update, text.NOTHING_TO_AMEND)
        return
    if not await may_change(svc, member, target):
        if replied or not report.ask:  # a reply to a confirmation is always answered
            await reply(update, text.NOT_YOURS)
        return
    await apply_amendment(update, svc, member, target, report)


async def apply_amendment(
    update: Update, svc: Services, member: Member, target: Absence, report: Report
) -> None:
    kind, period, reason = merge_amendment(
        target.kind,
        Period(target.start, target.end),
        target.reason,
        report.kind,
        report.start,
        report.end,
        report.reason,
    )
    if period.end <= period.start:
        await reply(update, text.question("end_before_start", _summary(svc, report)))
        return
    names = await common.names_of(svc, [target.member_id])
    if (kind, period) == (target.kind, Period(target.start, target.end)):
        # Nothing the correction says could be applied: say what was read, and ask.
        understood = common.describe_period(svc, period.start, period.end)
        await reply(update, text.amend_unchanged(names[0], kind, understood))
        return
    days = count_days(period.start, period.end, svc.office, svc.calendar, svc.tz)
    change = NewAbsence(target.member_id, kind, period.start, period.end, reason, days)
    await svc.absences.amend(target.id, change, origin(update, member), svc.now())
    await reply(
        update,
        text.amended(
            names[0],
            kind,
            common.describe_period(svc, period.start, period.end),
            common.describe_amount(svc, kind, period.start, period.end, days),
        )
        + common.calendar_note(svc, period.start, period.end, days),
    )


async def may_change(svc: Services, member: Member, absence: Absence) -> bool:
    from bot.domain.roles import Role

    return member.id in (absence.member_id, absence.reporter_id) or member.role.at_least(Role.ADMIN)


async def on_edit(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """An edited report is read again; its record and the bot's reply follow."""
    svc = services(context)
    message = update.edited_message
    member = await speaker(update, context)
    if message is None or member is None or not message.text:
        return
    rows = await svc.absences.by_source(message.chat.id, message.message_id)
    report = read_report(
        message.text[:MAX_REPORT], message.date.astimezone(svc.tz), svc.office, svc.calendar
    )
    if report.out_of_range:  # the earlier record, if any, stays as it was
        await reply(update, text.OUT_OF_RANGE)
        return
    if not rows:
        if report.is_report and report.action == "new":
            await record_new(update, svc, member, report, message.text)
        return
    live = [r for r in rows if r.effective]
    if not report.is_report or report.action != "new":
        if not live:
            return
        for row in live:
            await svc.absences.cancel(row.id, origin(update, member), svc.now())
        await _edit_reply(
            context,
            live[0],
            text.undone(
                await common.names_of(svc, [r.member_id for r in live]),
                live[0].kind,
                common.describe_period(svc, live[0].start, live[0].end),
            ),
            None,
        )
        return
    start, end = complete_period(
        report.start, report.end, message.date.astimezone(svc.tz), svc.office, report.kind
    )
    if start is None or end is None or end <= start:
        await reply(update, text.NOT_UNDERSTOOD)  # the old record stays as it was
        return
    days = count_days(start, end, svc.office, svc.calendar, svc.tz)
    # Rows cancelled by an earlier edit come back: the message is a report again.
    for row in live or rows:
        change = NewAbsence(row.member_id, report.kind or row.kind, start, end, report.reason, days)
        await svc.absences.amend(row.id, change, origin(update, member), svc.now())
    updated = [await svc.absences.get(r.id) for r in live or rows]
    body, keyboard = await common.confirmation(svc, [u for u in updated if u])
    if not await _edit_reply(context, (live or rows)[0], body, keyboard):
        await send_confirmation(update, svc, [u for u in updated if u])


async def _edit_reply(
    context: CallbackContext[Any, Any, Any, Any],
    row: Absence,
    body: str,
    keyboard: InlineKeyboardMarkup | None,
) -> bool:
    """Edit the bot's reply to ``row``'s report; False when there is none to edit."""
    if row.reply_chat_id is None or row.reply_message_id is None:
        return False
    try:
        await context.bot.edit_message_text(
            body, chat_id=row.reply_chat_id, message_id=row.reply_message_id, reply_markup=keyboard
        )
    except BadRequest as exc:  # the reply was deleted, or nothing changed
        log.info("could not edit the reply to absence %s: %s", row.id, exc)
        return "not modified" in str(exc).lower()
    return True


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    text_in_group = _GROUPS & filters.TEXT & ~filters.COMMAND
    # Every report passes here: one check instead of four filters.
    new_text = UpdateCheck(new_group_text, "new text in a group")
    app.add_handler(MessageHandler(new_text, on_message), group=HANDLER_GROUP)
    app.add_handler(
        MessageHandler(text_in_group & filters.UpdateType.EDITED_MESSAGE, on_edit),
        group=HANDLER_GROUP,
    )
    private_text = (
        filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    )
    # In private a report is answered (a return done, a new report sent to the group).
    app.add_handler(MessageHandler(private_text, on_message), group=HANDLER_GROUP)
    app.add_handler(CommandHandler("leave", on_leave))
    app.add_handler(CommandHandler("out", on_out))
    from bot.features.absence_buttons import on_button  # it builds on this module

    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{common.CALLBACK_PREFIX}:"))


FEATURE = Feature(
    name="absences",
    register=register,
    commands=(CommandInfo("leave", text.CMD_LEAVE), CommandInfo("out", text.CMD_OUT)),
    startup=owed_confirmations,
    due_work=(owed_confirmations_due,),
)
