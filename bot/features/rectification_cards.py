"""整改事项: what the command handlers share — finding an item, who may change it, the
/item card with its buttons, the lists — and the deadline reminders (due work)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext

from bot import outbox
from bot.domain import callbacks
from bot.domain.callbacks import RECT
from bot.domain.rectification import (
    Light,
    MeasureStatus,
    Status,
    light,
    parse_item_no,
    reminder_due,
    shorten,
)
from bot.domain.roles import Role
from bot.features.common import origin, reply, speaker
from bot.services import Services, services
from messages import common as common_text
from messages import rectification as text
from storage.members import Member
from storage.rectification import Evidence, Item

log = logging.getLogger(__name__)
MESSAGE_BUDGET = 3800  # Telegram allows 4096 characters; leave room for the entities
TITLE_WIDTH = 20
CARD_UPDATES = 3
CARD_MEASURE_WIDTH = 80
MEASURE_BUTTONS = 8

Context = CallbackContext[Any, Any, Any, Any]


def item_light(svc: Services, item: Item, today: Any) -> Light:
    return light(item.status, item.deadline, today, svc.settings.rectification.yellow_days)


def may_update(member: Member | None, item: Item) -> bool:
    """Owners (and the item's responsible leader) and leaders may change an item."""
    if member is None:
        return False
    return member.role.at_least(Role.LEADER) or member.id in (item.owner_id, item.leader_id)


async def find_item(update: Update, context: Context, word: str | None, usage: str) -> Item | None:
    """The item the argument names; otherwise replies why not and gives None."""
    if not word:
        await reply(update, usage)
        return None
    number = parse_item_no(word)
    if number is None:
        await reply(update, text.bad_item_no(word))
        return None
    r = services(context).rectification
    item = await r.get(number)
    if item is None:
        await reply(update, text.no_such_item(number, *await r.number_range()))
    return item


# ---------------------------------------------------------------------- lists
def list_messages(
    svc: Services, heading: str, items: list[Item], stalled: bool = False
) -> list[str]:
    """One line per item, grouped under its area, cut into messages a phone can show."""
    now = svc.now()
    today = now.date()
    lights = [item_light(svc, item, today) for item in items]
    counts = {
        kind.value: 0 for kind in (Light.RED, Light.YELLOW, Light.GREEN, Light.NONE, Light.CLOSED)
    }
    for value in lights:
        counts[value.value] += 1
    lines = [text.items_summary(heading, counts, len(items))]
    area: str | None = None
    for item, value in zip(items, lights, strict=True):
        if item.area != area and not stalled:
            area = item.area
            if area:
                lines.append(text.area_heading(shorten(area, 24)))
        title = shorten(item.title, TITLE_WIDTH)
        if stalled:
            days = (now - item.last_activity_at).days
            lines.append(text.stalled_line(item.number, title, item.owner_name, days))
        else:
            lines.append(
                text.item_line(
                    value.value,
                    item.number,
                    title,
                    item.status.value,
                    item.owner_name,
                    item.deadline,
                    today,
                )
            )
    lines.append(text.items_legend(svc.settings.rectification.yellow_days))
    return _chunks(lines)


def _chunks(lines: list[str]) -> list[str]:
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and size + len(line) + 1 > MESSAGE_BUDGET:
            messages.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        messages.append("\n".join(current))
    return messages


async def send_list(
    update: Update, svc: Services, heading: str, items: list[Item], **kw: Any
) -> None:
    for body in list_messages(svc, heading, items, **kw):
        await reply(update, body)


# ---------------------------------------------------------------------- the card
async def render_card(svc: Services, item: Item) -> tuple[str, InlineKeyboardMarkup | None]:
    r = svc.rectification
    today = svc.now().date()
    measures = await r.measures(item.id)
    updates = await r.last_updates(item.id, CARD_UPDATES)
    update_count, evidence_count = await r.counts(item.id)
    body = text.card(
        number=item.number,
        title=item.title,
        light=item_light(svc, item, today).value,
        status=item.status.value,
        area=item.area,
        category=(f"{item.category_no}. {item.category}" if item.category_no else item.category),
        owner=item.owner_name,
        owner_unit=item.owner_unit,
        leader=item.leader_name,
        deadline=item.deadline,
        deadline_text=item.deadline_text,
        today=today,
        measures=[
            (m.position, shorten(m.text, CARD_MEASURE_WIDTH), m.status.value) for m in measures
        ],
        updates=[
            (u.at.astimezone(svc.tz), u.author_name, shorten(u.text, 120), len(u.evidence))
            for u in updates
        ],
        update_count=update_count,
        evidence_count=evidence_count,
        report_progress=shorten(item.report_progress, 200) if item.report_progress else None,
    )
    if len(body) > MESSAGE_BUDGET:
        body = body[: MESSAGE_BUDGET - 1] + "…"
    if item.status == Status.CLOSED:
        return body, None
    rows = [
        [
            InlineKeyboardButton(
                text.LABEL_PROGRESS, callback_data=callbacks.encode(RECT, "hint", item.number)
            ),
            InlineKeyboardButton(
                text.LABEL_CLOSE, callback_data=callbacks.encode(RECT, "close", item.number)
            ),
        ]
    ]
    open_measures = [m.position for m in measures if m.status != MeasureStatus.DONE][
        :MEASURE_BUTTONS
    ]
    buttons = [
        InlineKeyboardButton(
            text.label_measure(p), callback_data=callbacks.encode(RECT, "m", item.number, p)
        )
        for p in open_measures
    ]
    rows += [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    return body, InlineKeyboardMarkup(rows)


def _balanced(body: str) -> str:
    """A cut card must not leave an HTML tag open."""
    return (
        body
        if body.count("<b>") == body.count("</b>")
        else body.replace("<b>", "").replace("</b>", "")
    )


async def post_card(update: Update, svc: Services, item: Item) -> Message | None:
    body, markup = await render_card(svc, item)
    sent = await reply(update, _balanced(body), reply_markup=markup)
    if sent is not None:
        await svc.rectification.remember_card(sent.chat_id, sent.message_id, item.id)
    return sent


async def refresh_card(message: Any, svc: Services, number: int) -> None:
    """Show the card's new state in place; "not modified" is not an error."""
    item = await svc.rectification.get(number)
    if item is None or message is None:
        return
    body, markup = await render_card(svc, item)
    try:
        await message.edit_text(_balanced(body), reply_markup=markup)
    except TelegramError as exc:
        if "not modified" not in str(exc):
            log.warning("could not refresh card %s: %s", number, exc)


def confirm_close_markup(number: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    text.LABEL_CONFIRM_CLOSE, callback_data=callbacks.encode(RECT, "cy", number)
                ),
                InlineKeyboardButton(
                    text.LABEL_CANCEL, callback_data=callbacks.encode(RECT, "cn", number)
                ),
            ]
        ]
    )


# ---------------------------------------------------------------------- actions
def files_note(files: list[Evidence]) -> str:
    names = "、".join(f.file_name or ("照片" if f.kind == "photo" else "文件") for f in files)
    return f"（附件：{names}）"


async def set_measure(
    svc: Services, update: Update, member: Member, item: Item, position: int, status: MeasureStatus
) -> str:
    r = svc.rectification
    old = await r.set_measure(item.id, position, status, svc.now(), origin(update, member))
    if old is None:
        return text.measure_no_such(item.number, position, len(await r.measures(item.id)))
    all_done = all(m.status == MeasureStatus.DONE for m in await r.measures(item.id))
    return text.measure_set(
        item.number,
        position,
        old.value,
        status.value,
        all_done and old != status and item.status != Status.DONE,
    )


async def close_item(
    update: Update, context: Context, leader: Member, item: Item, *, confirmed: bool
) -> tuple[str, InlineKeyboardMarkup | None]:
    """销号 when there is evidence or the leader confirmed; else the question with buttons."""
    svc = services(context)
    if item.status == Status.CLOSED:
        return text.already_closed(item.number), None
    _updates, files = await svc.rectification.counts(item.id)
    if files == 0 and not confirmed:
        question = text.close_confirm(item.number, item.title, item.status.value)
        return question, confirm_close_markup(item.number)
    if not await svc.rectification.set_status(
        item.id, item.status, Status.CLOSED, svc.now(), origin(update, leader)
    ):
        return text.CHANGED_MEANWHILE.format(no=item.number), None
    return text.closed(item.number, item.title, leader.name), None


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None or not query.data:
        return
    press = callbacks.decode(query.data)
    if press is None or press.family != callbacks.RECT:
        await query.answer(common_text.BUTTON_UNKNOWN)
        return
    action, number = press.action, press.first
    svc = services(context)
    item = await svc.rectification.get(number)
    if item is None:
        await query.answer(
            text.no_such_item(number, *await svc.rectification.number_range()), show_alert=True
        )
        return
    member = await speaker(update, context)
    if action == "hint":
        await query.answer(text.progress_hint(number), show_alert=True)
        return
    if action in ("close", "cy", "cn"):
        if member is None or not member.role.at_least(Role.LEADER):
            await query.answer(text.LEADERS_ONLY_CLOSE, show_alert=True)
            return
        await query.answer()
        if action == "cn":
            await query.edit_message_text(text.close_cancelled(number))
            return
        body, markup = await close_item(update, context, member, item, confirmed=action == "cy")
        if action == "cy":
            await query.edit_message_text(body)
            return
        await reply(update, body, reply_markup=markup)
        await refresh_card(query.message, svc, number)
        return
    if action == "m":
        if not may_update(member, item):
            await query.answer(text.not_allowed(number, item.owner_name), show_alert=True)
            return
        assert member is not None
        position = press.numbers[1]
        answer = await set_measure(svc, update, member, item, position, MeasureStatus.DONE)
        await query.answer(answer[:190])
        await refresh_card(query.message, svc, number)


def evidence_of(message: Any) -> list[Evidence]:
    if message.photo:
        best = message.photo[-1]
        return [Evidence(best.file_id, "photo", None, best.file_unique_id)]
    for kind in ("document", "video", "voice", "audio"):
        media = getattr(message, kind, None)
        if media is not None:
            return [
                Evidence(
                    media.file_id, kind, getattr(media, "file_name", None), media.file_unique_id
                )
            ]
    return []


# ---------------------------------------------------------------------- reminders
def notify_chat(svc: Services) -> int | None:
    """The work group reminders go to: the first configured one (the console's otherwise)."""
    if svc.settings.telegram.group_ids:
        return svc.settings.telegram.group_ids[0]
    return min(svc.group_ids) if svc.group_ids else None


async def remind_deadlines(app: Application[Any, Any, Any, Any, Any, Any], now: datetime) -> None:
    """7 days and 1 day before a deadline (configurable) and the day after a missed one, to
    the owner privately and to the group, once each: the marks are claimed in one
    transaction before anything is sent, so a second run or a restart repeats nothing."""
    svc: Services = app.bot_data["services"]
    cfg = svc.settings.rectification
    local = now.astimezone(svc.tz)
    if local.time() < cfg.remind_at:
        return
    today = local.date()
    days = tuple(cfg.remind_days_before)
    r = svc.rectification
    due = []
    for item in await r.with_deadline_near(today, max(days, default=1)):
        stage = reminder_due(item.status, item.deadline, today, days)
        if stage is not None and item.deadline is not None:
            due.append((item, stage))
    if not due:
        return
    fresh = set(await r.unreminded([(i.id, s.kind, i.deadline) for i, s in due]))  # type: ignore[misc]
    due = [(i, s) for i, s in due if (i.id, s.kind, i.deadline) in fresh]
    if not due:
        return
    lines = [
        text.reminder_line(i.number, shorten(i.title, TITLE_WIDTH), i.owner_name, s.kind, s.days)
        for i, s in due
    ]
    messages: list[tuple[int, str]] = []
    group = notify_chat(svc)
    if group is not None:
        messages.append((group, text.reminder_group(lines)))
    by_owner: dict[int, list[str]] = {}
    for (item, _stage), line in zip(due, lines, strict=True):
        if item.owner_id is not None:
            by_owner.setdefault(item.owner_id, []).append(line)
    for owner_id, owned in by_owner.items():
        owner = await svc.members.get(owner_id)
        if owner is not None and owner.tg_user_id is not None:
            messages.append((owner.tg_user_id, text.reminder_private(owned)))
    # The marks and the posts commit together; the outbox sends (and sends again).
    run = f"deadline:{now.astimezone(UTC).isoformat(timespec='seconds')}"
    posts = [(f"{run}@{chat}", chat, outbox.text_parts(body)) for chat, body in messages]
    marks = [(i.id, s.kind, i.deadline) for i, s in due]
    if await r.claim_reminders(marks, posts, now, now + timedelta(days=1)):  # type: ignore[arg-type]
        for key, _, _ in posts:
            await outbox.deliver(app, key)
