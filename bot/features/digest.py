"""整改周报 (issue 7): the weekly rectification digest, posted by itself with a chart once per
group and ISO week (a post missed while the bot was down goes out at start, marked 补发);
``/digest [周]`` on demand; and ``bureau-bot digest`` offline."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from telegram import InputFile, Update
from telegram.ext import Application, CallbackContext, CommandHandler

from bot import outbox
from bot.domain.digest import (
    Digest,
    WeekError,
    latest_post,
    parse_week,
)
from bot.features.common import argument_text, reply
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import digest as text
from storage.outbox import Part

if TYPE_CHECKING:
    from bot.charts import Chart

# Building a digest and drawing its chart (bot.usecases.digest, bot.charts) load when one is
# first owed or asked for: a heartbeat that owes none reads one row and loads neither.

log = logging.getLogger(__name__)
POST_KIND = "digest"  # outbox keys: digest:<ISO week, e.g. 2026-W48>:<chat>
MAX_WEEK_ARGUMENT = 30


def _photo(digest: Digest, chart: Chart) -> InputFile:
    return InputFile(chart.png, filename=f"digest-{digest.week.label}.png")


# ---------------------------------------------------------------------- scheduled
async def weekly_post(app: Application[Any, Any, Any, Any, Any, Any], now: datetime) -> None:
    """Due work: the latest week whose posting time has come, once per group, ever."""
    svc: Services = app.bot_data["services"]
    settings = svc.settings.digest
    if not settings.enabled or not svc.group_ids:
        return
    post = latest_post(now, svc.tz, settings.weekday, settings.post_time, svc.calendar.is_workday)
    repo = svc.digest
    keys = {f"{POST_KIND}:{post.week.label}:{chat_id}": chat_id for chat_id in svc.group_ids}
    waiting = await outbox.unclaimed(svc, keys)
    if not waiting:
        return  # the usual case: a read, no write, every heartbeat
    first = await repo.first_item_at()
    if first is None or first > post.at:
        return  # no items then: nothing was owed (a fresh install owes no 补发)
    from bot.usecases.digest import build, chart_for

    digest = await build(svc, post.week, now)
    chart = await chart_for(digest)
    late_due = post.at.astimezone(svc.tz) if post.late(now) else None
    parts = parts_of(digest, chart, late_due)
    for key, chat_id in sorted(waiting.items()):
        await outbox.post(app, key, chat_id, parts, post.at)


def parts_of(digest: Digest, chart: Chart | None, late_due: datetime | None) -> list[Part]:
    """The digest as the outbox sends it: its text, then its chart. Both go out or the
    missing one is sent again; a text that says 补发 already gets no second mark."""
    late = late_due is not None
    parts = [Part("sendMessage", body, late_marked=late) for body in text.render(digest, late_due)]
    if chart is not None:
        caption = text.caption(digest.week, chart.cjk, chart.areas)
        parts.append(
            Part(
                "sendPhoto",
                caption,
                file=chart.png,
                file_name=f"digest-{digest.week.label}.png",
                late_marked=late,
            )
        )
    return parts


# ---------------------------------------------------------------------- /digest
async def digest_command(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    svc = services(context)
    argument = argument_text(context)
    try:
        if len(argument) > MAX_WEEK_ARGUMENT:
            raise WeekError("format", argument)
        week = parse_week(argument, svc.now().date())
    except WeekError as exc:
        await reply(update, text.bad_week(exc.code, exc.value))
        return
    from bot.usecases.digest import build, chart_for

    digest = await build(svc, week, svc.now())
    bodies = text.render(digest)
    await reply(update, bodies[0])
    chat = update.effective_chat
    if chat is None:
        return
    for body in bodies[1:]:
        await context.bot.send_message(chat.id, body)
    chart = await chart_for(digest)
    if chart is not None:
        caption = text.caption(digest.week, chart.cjk, chart.areas)
        await context.bot.send_photo(chat.id, _photo(digest, chart), caption=caption)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("digest", digest_command))


FEATURE = Feature(
    name="digest",
    register=register,
    commands=(CommandInfo("digest", text.CMD_DIGEST),),
    due_work=(weekly_post,),
)
