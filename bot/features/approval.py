"""请假审批: a leave report is recorded at once and its approver decides in two taps.

The absence feature calls :func:`card_note` when it renders a confirmation card; that makes
sure the record has a request for its current period and says who approves. Everything
else happens here: the approver's private message with 同意/驳回 (sent right after the
update, and by the scheduled work after a restart), the reminder, a withdrawn or changed
absence following through, /pending, /dept, and the line in the leaders' summary.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import outbox
from bot.domain.approval import ApprovalStatus, Level, choose_approver, may_decide, parse_level
from bot.domain.callbacks import APPROVAL, decode, encode
from bot.domain.roles import Role
from bot.features import absence_common as common
from bot.features.common import argument_text, origin, reply, require, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import approval as text
from messages import common as common_text
from messages import members as members_text
from storage.absences import Absence, AbsenceRepo
from storage.approvals import Approval
from storage.audit import SYSTEM, Origin
from storage.members import Member
from storage.outbox import Part

log = logging.getLogger(__name__)
PREFIX = APPROVAL
REASON_GROUP = 30  # free text in private: the reason after 驳回
AFTER_GROUP = 99  # after every other handler: tell approvers about new requests
MAX_REASON = 100
Context = CallbackContext[Any, Any, Any, Any]
App = Application[Any, Any, Any, Any, Any, Any]


def enabled(svc: Services) -> bool:
    return svc.settings.approval.enabled


# ---------------------------------------------------------------- the absence hook
async def card_note(svc: Services, rows: Sequence[Absence]) -> str:
    """The approval lines under a confirmation card ("" when approval is off or not
    needed); makes sure each record has a request for its current period first."""
    if not enabled(svc):
        return ""
    lines = []
    for row in rows:
        approval = await ensure(svc, row)
        if approval is not None:
            name = (await common.names_of(svc, [row.member_id]))[0] if len(rows) > 1 else None
            approver = await _name(svc, approval.decided_by or approval.approver_id)
            lines.append(text.card_line(approval.status, approver, approval.reason, name))
    return "".join(f"\n{line}" for line in lines)


async def ensure(svc: Services, absence: Absence, by: Origin = SYSTEM) -> Approval | None:
    """The live request for ``absence``'s current period, asked now if there is none."""
    settings = svc.settings.approval
    if not absence.effective or absence.kind not in settings.kinds:
        return None  # a live request left behind is withdrawn by deliver()
    live = (await svc.approvals.live_for([absence.id])).get(absence.id)
    if live is not None and live.matches(absence):
        return live
    subject = await svc.members.get(absence.member_id)
    org = await svc.approvals.org_for(subject.department if subject else None)
    day = svc.now().replace(hour=0, minute=0, second=0, microsecond=0)
    away = frozenset(a.member_id for a in await _absences(svc).overlapping(day, day + timedelta(1)))
    choice = choose_approver(
        absence.days,
        settings.tiers(),
        org,
        subject_id=absence.member_id,
        reporter_id=absence.reporter_id,
        away=away,
    )
    return await svc.approvals.request(absence, choice, svc.now(), by)


# ---------------------------------------------------------------- telling the approver
async def after_update(update: Update, context: Context) -> None:
    """Runs after the handlers of every update: new requests reach their approver at once."""
    svc = services(context)
    if enabled(svc):
        async with svc.due_lock:
            await deliver(context.application, svc.now())


async def due(app: App, now: datetime) -> None:
    """Scheduled work: what :func:`after_update` does, plus the reminders (once each)."""
    svc: Services = app.bot_data["services"]
    if not enabled(svc):
        return
    await deliver(app, now)
    after = timedelta(minutes=svc.settings.approval.remind_after_minutes)
    for approval in await svc.approvals.unreminded(now, after):
        await _send_notice(app, svc, approval, reminder=True)


async def deliver(app: App, now: datetime) -> None:
    """Follow withdrawn and changed absences, then send the notices not yet sent."""
    svc: Services = app.bot_data["services"]
    withdrawn, changed = await svc.approvals.stale(now)
    for approval in withdrawn:
        if await svc.approvals.withdraw(approval, now):
            await _edit_notice(app, svc, approval, text.notice_withdrawn)
    for absence_id in changed:
        absence = await _absences(svc).get(absence_id)
        old = (await svc.approvals.live_for([absence_id])).get(absence_id)
        if absence is None or old is None:
            continue
        if await ensure(svc, absence) is None:  # now a kind that is only reported (外出…)
            await svc.approvals.withdraw(old, now)
        if old.pending:
            await _edit_notice(app, svc, old, text.notice_withdrawn)
        await _refresh_card(app, svc, absence)
    for approval in await svc.approvals.unnotified():
        await _send_notice(app, svc, approval, reminder=False)


def _notice_key(approval_id: int, reminder: bool) -> str:
    return f"approval:{approval_id}:{'remind' if reminder else 'notice'}"


async def _send_notice(app: App, svc: Services, approval: Approval, *, reminder: bool) -> None:
    """The approver's private message with 同意/驳回, through the outbox: claimed together
    with its mark on the request, retried after flood control, a dropped connection or a
    restart. An approver the bot cannot reach yet is told once it can (no mark till then)."""
    approver = await svc.members.get(approval.approver_id) if approval.approver_id else None
    view = await _view(svc, approval)
    if approver is None or approver.tg_user_id is None or view is None:
        return
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=encode(APPROVAL, action, approval.id))
                for label, action in ((text.BUTTON_APPROVE, "ok"), (text.BUTTON_REJECT, "no"))
            ]
        ]
    )
    key = _notice_key(approval.id, reminder)
    part = Part("sendMessage", text.notice(view, reminder), options={"reply_markup": keyboard})
    posts = [(key, approver.tg_user_id, [part])]
    claim = svc.approvals.claim_reminder if reminder else svc.approvals.claim_notice
    if await claim(approval.id, posts, svc.now()):
        await outbox.deliver(app, key)


# ---------------------------------------------------------------- deciding
async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    member = await speaker(update, context)
    if query is None or query.data is None or member is None:
        return
    svc = services(context)
    press = decode(query.data)
    if press is None or press.family != APPROVAL:
        await query.answer(common_text.BUTTON_UNKNOWN)
        return
    action = press.action
    approval = await svc.approvals.get(press.first)
    refusal = await _refusal(svc, member, approval)
    if refusal is not None or approval is None:
        await query.answer(refusal or text.ALREADY_DECIDED, show_alert=True)
        return
    if action == "ok":
        await _decide(update, context, member, approval, ApprovalStatus.APPROVED, None)
    elif action == "no":
        until = svc.now() + timedelta(minutes=svc.settings.approval.reason_minutes)
        await svc.approvals.ask_reason(approval.id, member.id, until, svc.now())
        await query.answer()
        await context.bot.send_message(
            member.tg_user_id or query.from_user.id,
            text.ask_reason(svc.settings.approval.reason_minutes),
        )
    else:
        await query.answer()


async def _refusal(svc: Services, member: Member, approval: Approval | None) -> str | None:
    """Why ``member`` may not decide ``approval`` now, or None when they may."""
    if approval is None or approval.status in (ApprovalStatus.APPROVED, ApprovalStatus.REJECTED):
        return text.ALREADY_DECIDED
    if not approval.pending:
        return text.WITHDRAWN
    absence = await _absences(svc).get(approval.absence_id)
    if absence is None or not absence.effective or not approval.matches(absence):
        return text.WITHDRAWN
    if member.id == absence.member_id:
        return text.OWN_REQUEST
    subject = await svc.members.get(absence.member_id)
    org = await svc.approvals.org_for(subject.department if subject else None)
    is_admin = member.role.at_least(Role.ADMIN)
    if not may_decide(member.id, is_admin, approval.approver_id, approval.level, org):
        return text.NOT_APPROVER
    return None


async def on_reason(update: Update, context: Context) -> None:
    """The approver's private message after 驳回: the reason, and with it the decision."""
    svc = services(context)
    member = await speaker(update, context)
    message = update.effective_message
    if not enabled(svc) or member is None or message is None or not message.text:
        return
    approval = await svc.approvals.awaiting_reason(member.id, svc.now())
    if approval is None:
        return
    reason = message.text.strip()
    if len(reason) > MAX_REASON:
        await reply(update, text.REASON_TOO_LONG)
        return
    refusal = await _refusal(svc, member, approval)
    if refusal is not None:
        await reply(update, refusal)
        return
    await _decide(update, context, member, approval, ApprovalStatus.REJECTED, reason)


async def _decide(
    update: Update,
    context: Context,
    member: Member,
    approval: Approval,
    status: ApprovalStatus,
    reason: str | None,
) -> None:
    svc = services(context)
    query = update.callback_query
    if not await svc.approvals.decide(
        approval.id, status, member.id, reason, svc.now(), origin(update, member)
    ):
        if query is not None:
            await query.answer(text.ALREADY_DECIDED, show_alert=True)
        else:
            await reply(update, text.ALREADY_DECIDED)
        return
    if query is not None:
        await query.answer(text.APPROVED_ALERT)
    decided = await svc.approvals.get(approval.id)
    absence = await _absences(svc).get(approval.absence_id)
    view = await _view(svc, approval)
    if decided is None or absence is None or view is None:
        return
    app = context.application
    await _edit_notice(
        app, svc, decided, lambda v: text.notice_decided(v, status, member.name, reason)
    )
    if query is None:
        await reply(update, text.REJECTED_DONE)
    await _refresh_card(app, svc, absence)
    told = text.told_reporter(view, status, member.name, reason)
    for person_id in {absence.member_id, absence.reporter_id} - {None, member.id}:
        person = await svc.members.get(person_id) if person_id is not None else None
        if person is not None and person.tg_user_id is not None:
            try:
                await app.bot.send_message(person.tg_user_id, told)
            except TelegramError as exc:
                log.info("could not tell member %s of the decision: %s", person_id, exc)


async def _edit_notice(app: App, svc: Services, approval: Approval, render: Any) -> None:
    """The approver's notice and reminder, as the outbox recorded them sent, lose their
    buttons and say what happened (one not sent yet shows its buttons, which answer)."""
    view = await _view(svc, approval)
    if view is None:
        return
    keys = [_notice_key(approval.id, reminder) for reminder in (False, True)]
    for chat_id, message_id in await svc.outbox.sent_messages(keys):
        try:
            await app.bot.edit_message_text(render(view), chat_id=chat_id, message_id=message_id)
        except BadRequest as exc:
            log.info("could not edit approval notice %s: %s", approval.id, exc)


async def _refresh_card(app: App, svc: Services, absence: Absence) -> None:
    """The group card of ``absence`` shows the request's current state."""
    if absence.reply_chat_id is None or absence.reply_message_id is None:
        return
    rows = await _absences(svc).by_reply(absence.reply_chat_id, absence.reply_message_id)
    rows = [r for r in rows if r.effective]
    if not rows:
        return
    body, keyboard = await common.confirmation(svc, rows)
    try:
        await app.bot.edit_message_text(
            body,
            chat_id=absence.reply_chat_id,
            message_id=absence.reply_message_id,
            reply_markup=keyboard,
        )
    except BadRequest as exc:
        log.info("could not edit the card of absence %s: %s", absence.id, exc)


# ---------------------------------------------------------------- lists
async def on_pending(update: Update, context: Context) -> None:
    svc = services(context)
    member = await speaker(update, context)
    if member is None:
        return
    if not enabled(svc):
        await reply(update, text.DISABLED)
        return
    waiting = await svc.approvals.waiting()
    if not member.role.at_least(Role.LEADER):
        mine = []
        for approval in waiting:
            absence = await _absences(svc).get(approval.absence_id)
            if approval.approver_id == member.id or (
                absence is not None and member.id in (absence.member_id, absence.reporter_id)
            ):
                mine.append(approval)
        waiting = mine
    await reply(update, text.pending_list(await _listing(svc, waiting)))


async def summary_section(svc: Services) -> str:
    """For the leaders' daily summary: the requests still waiting ("" when none or off)."""
    if not enabled(svc):
        return ""
    return text.summary_section(await _listing(svc, await svc.approvals.waiting()))


async def _listing(svc: Services, approvals: Sequence[Approval]) -> list[tuple[Any, str]]:
    items = []
    for approval in approvals:
        view = await _view(svc, approval)
        if view is not None:
            minutes = int((svc.now() - approval.requested_at).total_seconds() // 60)
            items.append((view, text.waited(max(minutes, 0))))
    return items


# ---------------------------------------------------------------- posts
async def set_post(
    update: Update, context: Context, admin: Member, target: Member, args: Sequence[str]
) -> None:
    """/role @user 局长 | /role @user 股室负责人 工程股 (called from /role)."""
    svc = services(context)
    level = parse_level(args[0])
    assert level is not None
    department = args[1].strip() if len(args) > 1 else None
    if level == Level.HEAD and department is None:
        department = target.department
    if level != Level.CHIEF and not department:
        await reply(update, text.POST_NEEDS_DEPT)
        return
    if department is not None and not 2 <= len(department) <= 20:
        await reply(update, text.DEPT_BAD_NAME)
        return
    if level == Level.CHIEF:
        department = None
    changed = await svc.approvals.set_post(
        level, target.id, department, svc.now(), origin(update, admin)
    )
    await reply(update, text.post_set(target.name, level.value, department, changed))


async def on_dept(update: Update, context: Context) -> None:
    """/dept lists the departments; /dept 工程股 分管 @赵局 or 负责人 @王股长 sets one."""
    svc = services(context)
    args = argument_text(context).split()
    if not args:
        rows = []
        for row in await svc.approvals.departments():
            head, supervisor = row["head_id"], row["supervisor_id"]
            rows.append((row["name"], await _name(svc, head), await _name(svc, supervisor)))
        await reply(update, text.departments(rows, await _name(svc, await svc.approvals.chief())))
        return
    admin = await require(update, context, Role.ADMIN)
    if admin is None:
        return
    level = parse_level(args[1]) if len(args) == 3 else None
    if level not in (Level.HEAD, Level.SUPERVISOR):
        await reply(update, text.DEPT_USAGE)
        return
    target = await svc.members.find(args[2])
    if target is None:
        await reply(update, members_text.unknown_person(args[2]))
        return
    await set_post(update, context, admin, target, [args[1], args[0]])


# ---------------------------------------------------------------- shared
def _absences(svc: Services) -> AbsenceRepo:
    return svc.absences


async def _name(svc: Services, member_id: int | None) -> str | None:
    if member_id is None:
        return None
    member = await svc.members.get(member_id)
    return member.name if member else None


async def _view(svc: Services, approval: Approval) -> text.RequestView | None:
    absence = await _absences(svc).get(approval.absence_id)
    if absence is None:
        return None
    subject = (await common.names_of(svc, [absence.member_id]))[0]
    start, end = approval.start, approval.end
    return text.RequestView(
        name=subject,
        kind=approval.kind,
        period=common.describe_period(svc, start, end),
        amount=common.describe_amount(svc, approval.kind, start, end, approval.days),
        reason=absence.reason,
        approver=await _name(svc, approval.approver_id),
        level=approval.level.value,
    )


def register(app: App) -> None:
    app.add_handler(CommandHandler("pending", on_pending))
    app.add_handler(CommandHandler("dept", on_dept))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    app.add_handler(
        MessageHandler(private_text & filters.UpdateType.MESSAGE, on_reason), group=REASON_GROUP
    )
    if enabled(app.bot_data["services"]):  # settings are read once, at start
        # Off, it would cost every update a handler call for nothing (issue 17).
        app.add_handler(TypeHandler(Update, after_update), group=AFTER_GROUP)


FEATURE = Feature(
    name="approval",
    register=register,
    commands=(CommandInfo("pending", text.CMD_PENDING), CommandInfo("dept", text.CMD_DEPT)),
    due_work=(due,),
)
