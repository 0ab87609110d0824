"""整改周报 (issue 7): the weekly rectification digest, posted by itself with a chart once per
group and ISO week (a post missed while the bot was down goes out at start, marked 补发);
``/digest [周]`` on demand; and ``bureau-bot digest`` offline."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram import InputFile, Update
from telegram.ext import Application, CallbackContext, CommandHandler

from bot import outbox
from bot.charts import Chart, render_digest_chart
from bot.domain.absence_rules import DUTY_KINDS, LEAVE_KINDS, PARTIAL_KINDS
from bot.domain.digest import (
    Digest,
    IsoWeek,
    WeekError,
    build_digest,
    cutoff,
    latest_post,
    parse_week,
)
from bot.features.common import argument_text, reply
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import digest as text
from storage.outbox import Part

log = logging.getLogger(__name__)
POST_KIND = "digest"  # outbox keys: digest:<ISO week, e.g. 2026-W48>:<chat>
MAX_WEEK_ARGUMENT = 30


async def build(svc: Services, week: IsoWeek, now: datetime) -> Digest:
    """The digest of ``week`` as it stands at ``now`` (at its end, once the week is past)."""
    repo = svc.digest
    start, end = week.start(svc.tz), week.end(svc.tz)
    limit = cutoff(week, now, svc.tz)
    return build_digest(
        week,
        now,
        svc.tz,
        await repo.items(),
        await repo.status_changes(limit),
        await repo.updates(start, limit),
        await repo.last_update_before(limit),
        await repo.attendance(start, end, LEAVE_KINDS, DUTY_KINDS, PARTIAL_KINDS),
        stalled_days=svc.settings.rectification.stalled_days,
        upcoming_days=svc.settings.digest.upcoming_days,
        trend_weeks=svc.settings.digest.trend_weeks,
    )


async def chart_for(digest: Digest) -> Chart | None:
    """The chart, drawn off the event loop; None without items or when drawing fails (the
    text still goes out)."""
    if digest.snapshot.total == 0:
        return None
    try:
        return await asyncio.to_thread(render_digest_chart, digest)
    except Exception:
        log.exception("the digest chart for %s could not be drawn", digest.week.label)
        return None


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


# ---------------------------------------------------------------------- command line
class DigestCliError(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class CliResult:
    stdout: str
    stderr: str = ""


async def digest_cli(
    settings: Any,
    week_text: str | None,
    *,
    as_json: bool,
    png: Path | None,
    now: datetime | None = None,
) -> CliResult:
    """``bureau-bot digest [--week W] [--json] [--png PATH]``: what to print."""
    from bot.clock import ShiftedClock, SystemClock
    from bot.console import plain
    from bot.services import open_services

    svc = await open_services(settings, ShiftedClock(now) if now else SystemClock())
    try:
        try:
            week = parse_week(week_text or "", svc.now().date())
        except WeekError as exc:
            raise DigestCliError(text.cli_bad_week(exc.code, exc.value), 2) from None
        digest = await build(svc, week, svc.now())
    finally:
        await svc.db.close()
    note = ""
    data = digest.to_json()
    if png is not None:
        chart = await chart_for(digest)
        if chart is None:
            note = text.cli_png_skipped()
        else:
            try:
                await asyncio.to_thread(_write, png, chart.png)
            except OSError as exc:
                raise DigestCliError(
                    text.cli_cannot_write(str(png), exc.strerror or str(exc))
                ) from None
            note = text.cli_png_written(str(png), chart.cjk)
            data["chart"] = {"path": str(png), "cjk_font": chart.cjk, "areas": chart.areas}
    if as_json:
        return CliResult(json.dumps(data, ensure_ascii=False, indent=1), note)
    body = "\n\n".join(plain(m) for m in text.render(digest))
    return CliResult(body + (f"\n\n{note}" if note else ""))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("digest", digest_command))


FEATURE = Feature(
    name="digest",
    register=register,
    commands=(CommandInfo("digest", text.CMD_DIGEST),),
    due_work=(weekly_post,),
)
