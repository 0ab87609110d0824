"""/remind, /reminders, /unremind, /pause, /resume, and posting reminders exactly once.

Who may set what: leaders and admins who write /remind in the group set a group reminder,
posted in the group. Everyone else's reminder, and any reminder set in a private chat, is
personal: it is sent to its creator privately, and if Telegram will not deliver that (they
never opened a private chat with the bot) the group where it was set gets a
mention of them asking them to open a private chat, without the text: a personal reminder's
text never appears in the group (not in answers, listings or deletions there either). Only
the creator, leaders or admins may pause, resume or delete a group reminder; a personal one
only its creator or an admin.

Firing: :func:`fire_due` is the one way reminders go out. The heartbeat, the console and
tests call it through ``run_due``; in a real run each active reminder also has a PTB
``run_once`` job at its next instant that calls the same function, so it goes out on time
rather than up to a heartbeat later. The jobs are rebuilt from the rows at start and re-armed
after every firing and change; a job firing twice, or together with the heartbeat, is harmless
because the repository claims each occurrence once (see :mod:`storage.reminders`).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.jobstores.base import JobLookupError
from telegram import Update
from telegram.ext import Application, CallbackContext, CommandHandler, Job, filters

from bot import outbox
from bot.domain.bounds import within
from bot.domain.roles import Role
from bot.features.common import MAX_ARGUMENT, is_private, origin, reply, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import common as common_text
from messages import reminders as text
from storage.outbox import Part
from storage.reminders import (
    ACTIVE,
    DELETED,
    DONE,
    PAUSED,
    Claim,
    Reminder,
    post_key,
)

if TYPE_CHECKING:
    from bot.domain.schedule_rules import Schedule

# The schedule grammar (bot.domain.schedule_rules, a dozen modules) is loaded when a
# reminder is first set, listed or due, not at start: most updates are none of these.

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]
Context = CallbackContext[Any, Any, Any, Any]
MAX_TEXT = 500  # characters of reminder text; a reminder is a line, not a document
JOB_PREFIX = "reminder:"
_NEW = filters.UpdateType.MESSAGE


def _jobs(svc: Services) -> dict[int, Job[Any]]:
    return svc.reminder_jobs


def _schedule(reminder: Reminder) -> Schedule:
    from bot.domain.schedule_rules import Schedule

    return Schedule.from_dict(reminder.schedule)


# --------------------------------------------------------------------------- commands
def _after_command(update: Update) -> str:
    """What follows /remind, line breaks kept (context.args would fold them)."""
    message = update.effective_message
    parts = (message.text or "").split(None, 1) if message else []
    return parts[1].strip() if len(parts) > 1 else ""


async def remind(update: Update, context: Context) -> None:
    member = await speaker(update, context)
    chat = update.effective_chat
    if member is None or chat is None or member.tg_user_id is None:
        return
    svc = services(context)
    raw = _after_command(update)
    if len(raw) > MAX_ARGUMENT:
        await reply(update, common_text.too_long(MAX_ARGUMENT))
        return
    from bot.domain.schedule_rules import ScheduleError, parse_reminder
    from messages.schedules import describe, error_text

    now = svc.now()
    try:
        parsed = parse_reminder(raw, now, svc.calendar)
    except ScheduleError as exc:
        await reply(update, text.usage(error_text(exc)))
        return
    if len(parsed.text) > MAX_TEXT:
        await reply(update, text.text_too_long(MAX_TEXT))
        return
    limit = svc.settings.reminders.max_per_person
    if await svc.reminders.count_by(member.id) >= limit:
        await reply(update, text.too_many(limit))
        return
    in_group = not is_private(update)
    personal = not in_group or not member.role.at_least(Role.LEADER)
    times = parsed.schedule.next_times(now, svc.tz, svc.calendar, 3)
    if times and not within(times[0], None):  # /remind 9999年12月31日: no year of ours
        await reply(update, text.OUT_OF_RANGE)
        return
    source = origin(update, member)
    if await svc.reminders.exists_from(source.chat_id, source.message_id):
        return  # Telegram delivered this /remind twice; it was answered the first time
    reminder = await svc.reminders.add(
        creator_id=member.id,
        chat_id=member.tg_user_id if personal else chat.id,
        personal=personal,
        mention_chat_id=chat.id if personal and in_group else None,
        schedule=parsed.schedule.to_dict(),
        text=parsed.text,
        next_fire_at=times[0] if times else None,
        now=now,
        origin=origin(update, member),
    )
    arm(context.application, reminder.id, reminder.next_fire_at)
    missing = (
        {t.year for t in times if not svc.calendar.knows_year(t.year)}
        if parsed.schedule.kind == "workdays"
        else set()
    )
    await reply(
        update,
        text.created(
            reminder.id,
            describe(parsed.schedule),
            _shown_text(update, reminder),
            times,
            personal=personal,
            in_group=in_group,
            missing_years=missing,
        ),
    )


async def list_reminders(update: Update, context: Context) -> None:
    member = await speaker(update, context)
    chat = update.effective_chat
    if member is None or chat is None:
        return
    svc = services(context)
    from bot.domain.schedule_rules import ScheduleError
    from messages.schedules import describe, error_text

    chats = svc.group_ids if is_private(update) else frozenset({chat.id})
    owners: dict[int, str] = {}
    items = []
    for r in await svc.reminders.listed(chats, member.id):
        if r.creator_id not in owners:
            owner = await svc.members.get(r.creator_id)
            owners[r.creator_id] = owner.name if owner else f"#{r.creator_id}"
        try:
            rule = describe(_schedule(r))
        except ScheduleError as exc:
            rule = error_text(exc)
        items.append(
            text.Listed(
                number=r.id,
                rule=rule,
                text=_shown_text(update, r),
                next_time=r.next_fire_at.astimezone(svc.tz) if r.next_fire_at else None,
                owner=owners[r.creator_id],
                personal=r.personal,
                paused=r.status == PAUSED,
            )
        )
    await reply(update, text.listing(items))


async def _target(update: Update, context: Context, command: str) -> Reminder | None:
    """The reminder named by the argument, if the speaker may change it; else says why not."""
    member = await speaker(update, context)
    if member is None:
        return None
    args = context.args or []
    number = args[0].lstrip("#＃") if len(args) == 1 else ""
    if not number.isdigit() or len(number) > 9:
        await reply(update, text.need_number(command))
        return None
    svc = services(context)
    reminder = await svc.reminders.get(int(number))
    if reminder is None:
        await reply(update, text.not_found(number))
        return None
    manager = Role.ADMIN if reminder.personal else Role.LEADER
    if reminder.creator_id != member.id and not member.role.at_least(manager):
        owner = await svc.members.get(reminder.creator_id)
        name = owner.name if owner else "他人"
        await reply(update, text.not_yours(reminder.id, name, personal=reminder.personal))
        return None
    return reminder


def _shown_text(update: Update, reminder: Reminder) -> str | None:
    """A reminder's text as an answer may quote it: a personal one's only in private."""
    return None if reminder.personal and not is_private(update) else reminder.text


async def _set_status(
    update: Update, context: Context, reminder_id: int, status: str, next_time: datetime | None
) -> None:
    """Store the new status (audited) and re-arm or disarm the reminder's job to match."""
    svc = services(context)
    member = await speaker(update, context)
    await svc.reminders.set_status(
        reminder_id, status, next_time, svc.now(), origin(update, member)
    )
    arm(context.application, reminder_id, next_time)


async def unremind(update: Update, context: Context) -> None:
    reminder = await _target(update, context, "unremind")
    if reminder is None:
        return
    await _set_status(update, context, reminder.id, DELETED, None)
    await reply(update, text.deleted(reminder.id, _shown_text(update, reminder)))


async def pause(update: Update, context: Context) -> None:
    reminder = await _target(update, context, "pause")
    if reminder is None:
        return
    if reminder.status == PAUSED:
        await reply(update, text.already_paused(reminder.id))
        return
    if reminder.status == DONE:
        await reply(update, text.finished(reminder.id))
        return
    await _set_status(update, context, reminder.id, PAUSED, None)
    await reply(update, text.paused(reminder.id))


async def resume(update: Update, context: Context) -> None:
    reminder = await _target(update, context, "resume")
    if reminder is None:
        return
    if reminder.status == ACTIVE:
        await reply(update, text.not_paused(reminder.id))
        return
    if reminder.status == DONE:
        await reply(update, text.finished(reminder.id))
        return
    svc = services(context)
    # Occurrences that fell in the pause are not caught up: pausing means "not those".
    next_time = _schedule(reminder).next_after(svc.now(), svc.tz, svc.calendar)
    status = ACTIVE if next_time is not None else DONE
    await _set_status(update, context, reminder.id, status, next_time)
    if next_time is None:
        await reply(update, text.resumed_never(reminder.id))
    else:
        await reply(update, text.resumed(reminder.id, next_time))


# --------------------------------------------------------------------------- firing
async def fire_due(app: App, now: datetime) -> None:
    """Post every reminder due at ``now``: once, late-marked if missed within the grace period,
    skipped (and logged) if missed by more. Idempotent; safe to call from anywhere."""
    svc: Services = app.bot_data["services"]
    reminders = svc.reminders
    due = await reminders.due(now)
    if not due:
        return
    grace = timedelta(minutes=svc.settings.reminders.grace_minutes)
    claims = [_decide(svc, r, now, grace) for r in due]
    posts = {c.reminder.id: await _message(svc, c) for c in claims if c.send_at is not None}
    # The claim puts each message in the outbox in the same transaction; the outbox sends it
    # (again after a network error or a restart, within the grace period).
    for claim in await reminders.claim(claims, now, posts, grace):
        if claim.skipped_from is not None:
            log.warning(
                "reminder %s: occurrence(s) from %s skipped (missed by more than %s, or"
                " superseded by a newer one)",
                claim.reminder.id,
                claim.skipped_from,
                grace,
            )
        if claim.send_at is not None:
            await outbox.deliver(app, post_key(claim.reminder.id, claim.send_at))
        arm(app, claim.reminder.id, claim.next_fire_at)


def _decide(svc: Services, reminder: Reminder, now: datetime, grace: timedelta) -> Claim:
    from bot.domain.duty_roster import catch_up
    from bot.domain.schedule_rules import ScheduleError

    assert reminder.next_fire_at is not None
    try:
        schedule = _schedule(reminder)
    except ScheduleError:
        log.error("reminder %s has a damaged schedule %r; ended", reminder.id, reminder.schedule)
        return Claim(reminder, None, False, reminder.next_fire_at, None)

    def following(instant: datetime) -> datetime | None:
        return schedule.next_after(instant, svc.tz, svc.calendar)

    plan = catch_up(reminder.next_fire_at.astimezone(svc.tz), now, grace, following)
    return Claim(reminder, plan.send, plan.late, plan.skipped_from, following(now))


async def _message(svc: Services, claim: Claim) -> list[Part]:
    """The occurrence's message; a personal reminder whose creator never opened a private
    chat with the bot goes to the group instead, mentioning them."""
    r = claim.reminder
    assert claim.send_at is not None
    late_from = claim.send_at.astimezone(svc.tz) if claim.late else None
    fallback: tuple[int, str, dict[str, Any]] | None = None
    if r.personal and r.mention_chat_id:
        # In the group only a nudge to open the private chat, never the reminder's text.
        creator = await svc.members.get(r.creator_id)
        who = text.mention(creator.name, creator.tg_user_id) if creator else ""
        fallback = (r.mention_chat_id, text.personal_fallback(r.id, who), {})
    body = text.reminder(r.id, r.text, late_from=late_from)
    return [Part("sendMessage", body, late_marked=claim.late, fallback=fallback)]


def arm(app: App, reminder_id: int, next_fire: datetime | None) -> None:
    """(Re)place the reminder's precise job; None just cancels it.

    Not in the console or tests: there the injected clock does not follow real time, and
    ``run_due`` is what moves things on.
    """
    svc: Services = app.bot_data["services"]
    if app.job_queue is None or svc.console:
        return
    jobs = _jobs(svc)
    old = jobs.pop(reminder_id, None)
    if old is not None and not old.removed:
        with contextlib.suppress(JobLookupError):  # it ran: one-shot jobs leave the scheduler
            old.schedule_removal()
    if next_fire is None:
        return
    delay = max(0.0, (next_fire - svc.now()).total_seconds())
    jobs[reminder_id] = app.job_queue.run_once(
        _on_time,
        when=delay,
        data=(reminder_id, next_fire),
        name=f"{JOB_PREFIX}{reminder_id}",
        job_kwargs={"misfire_grace_time": None},  # late is still better than never
    )


async def _on_time(context: Context) -> None:
    app = context.application
    svc: Services = app.bot_data["services"]
    reminder_id, target = context.job.data  # type: ignore[union-attr,misc]
    async with svc.due_lock:
        if svc.now() < target:  # woke a hair early: sleep the rest
            arm(app, reminder_id, target)
            return
        await fire_due(app, svc.now())


async def on_startup(app: App, svc: Services) -> None:
    reminders = svc.reminders
    _jobs(svc).clear()
    for reminder in await reminders.armed():
        arm(app, reminder.id, reminder.next_fire_at)


# --------------------------------------------------------------------------- calendar
async def warn_missing_calendar(app: App, now: datetime) -> None:
    """A year the holiday data lacks → one private warning to the admins, ever."""
    svc: Services = app.bot_data["services"]
    # Only this year and the next matter for what the bot decides; a report far ahead (or a
    # hostile 请假9999天) must not send one warning per year it touched.
    soon = {now.year, now.year + 1}
    years = set(svc.calendar.missing_years) & soon
    if not svc.calendar.knows_year(now.year):
        years.add(now.year)
    warned = svc.calendar_warned
    years -= warned
    if not years:
        return
    admins = [
        m.tg_user_id
        for m in await svc.members.all()
        if m.role == Role.ADMIN and m.tg_user_id is not None
    ]
    for year in sorted(years):
        warned.add(year)
        body = text.calendar_missing(year)
        if await outbox.notify_once(app, f"calendar:{year}", [(c, body) for c in admins], now):
            log.warning("the holiday calendar lacks %s; admins told", year)


def register(app: App) -> None:
    # New messages only: an edited /remind must not answer (or act) a second time.
    app.add_handler(CommandHandler("remind", remind, filters=_NEW))
    app.add_handler(CommandHandler("reminders", list_reminders, filters=_NEW))
    app.add_handler(CommandHandler("unremind", unremind, filters=_NEW))
    app.add_handler(CommandHandler("pause", pause, filters=_NEW))
    app.add_handler(CommandHandler("resume", resume, filters=_NEW))


FEATURE = Feature(
    name="reminders",
    register=register,
    commands=(
        CommandInfo("remind", text.CMD_REMIND),
        CommandInfo("reminders", text.CMD_REMINDERS),
        CommandInfo("unremind", text.CMD_UNREMIND),
        CommandInfo("pause", text.CMD_PAUSE),
        CommandInfo("resume", text.CMD_RESUME),
    ),
    startup=on_startup,
    due_work=(fire_due, warn_missing_calendar),
)
