"""作风督查: /note, /notes, /editnote, /delnote, the category buttons, and the leaders'
end-of-day summary. The reading of a note (time, people, category, cross-check) is
:mod:`bot.domain.notes`; this module turns updates into calls and replies."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackContext, CallbackQueryHandler, CommandHandler

from bot import outbox
from bot.domain import callbacks
from bot.domain.absence_rules import DUTY_KINDS
from bot.domain.notes import (
    CATEGORIES,
    PERSONAL_CATEGORIES,
    MonthError,
    NoteTimeError,
    category_of,
    covering,
    find_people,
    has_category_word,
    has_substance,
    read_checked_time,
    read_day,
    read_month,
)
from bot.domain.roles import Role
from bot.domain.vocabulary import OPEN_STATUSES
from bot.features.common import origin, pressed, reply, require, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from bot.usecases.notes import view_of
from messages import notes as text
from storage.members import Member
from storage.notes import NewNote, Note

log = logging.getLogger(__name__)
PREFIX = callbacks.NOTE
LIST_LIMIT = 30
SUMMARY_KIND = "notes.summary"  # outbox keys: notes.summary:<day>:<chat>

Context = CallbackContext[Any, Any, Any, Any]


def may_change(member: Member, note: Note) -> bool:
    return member.id == note.author_id or member.role.at_least(Role.ADMIN)


# ---------------------------------------------------------------------- reading a note
@dataclass(frozen=True)
class Refusal:
    message: str


def _body(message: Message) -> str:
    """The text after the command, spacing and line breaks as typed."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


async def _named(svc: Services, message: Message, body: str) -> tuple[list[int], list[str]]:
    """Members the note is about: the replied-to author, text mentions, @handles, names."""
    ids: list[int] = []
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and not replied.from_user.is_bot:
        member = await svc.members.by_tg(replied.from_user.id)
        if member is not None:
            ids.append(member.id)
    unknown: list[str] = []
    for entity in message.entities or ():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
            member = await svc.members.by_tg(entity.user.id)
            if member is None:
                unknown.append(entity.user.full_name)
            else:
                ids.append(member.id)
    members = await svc.members.all()
    names = {m.real_name: m.id for m in members if m.real_name}
    for m in members:
        if m.display_name and m.display_name not in names and len(m.display_name) >= 2:
            names.setdefault(m.display_name, m.id)
    usernames = {m.tg_username.lower(): m.id for m in members if m.tg_username}
    found = find_people(body, names, usernames)
    ids += found.member_ids
    unknown += found.unknown
    return list(dict.fromkeys(ids)), unknown


async def read_note(
    svc: Services,
    message: Message,
    body: str,
    author: Member,
    now: datetime,
    written_at: datetime,
    keep: Note | None = None,
) -> NewNote | Refusal:
    """The note a message makes, cross-checked; or why nothing is recorded.

    When editing (``keep``), what the new text does not say is kept from the note.
    """
    if not body and message.reply_to_message is None:
        return Refusal(text.NOTE_USAGE)
    if len(body) > text.MAX_TEXT:
        return Refusal(text.NOTE_TOO_LONG)
    try:
        checked = read_checked_time(body, now.astimezone(svc.tz), svc.office)
    except NoteTimeError as exc:
        return Refusal(text.time_error(exc.code, exc.value))
    at, until = checked.at, checked.until
    if keep is not None and not checked.said:
        at, until = keep.at, keep.until
    people, unknown = await _named(svc, message, body)
    if unknown:
        return Refusal(text.unknown_people(unknown))
    category = category_of(body)
    if keep is not None and not has_category_word(body):
        category = keep.category
    if not people and keep is not None:
        people = [p.member_id for p in keep.people]
    if not people and category in PERSONAL_CATEGORIES:
        return Refusal(text.NOBODY)
    if not body or (not people and not (has_substance(body) and has_category_word(body))):
        return Refusal(text.NOTE_USAGE)  # /note 哈哈哈: about nobody and nothing
    covers = await svc.notes.covers(people, at, until or at)
    subjects = tuple(
        (member_id, cover.absence_id if cover else None)
        for member_id in people
        for cover in [covering(covers, member_id, at, until, written_at)]
    )
    return NewNote(author.id, at, until, category, body, subjects)


def main_keyboard(note_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    text.BUTTON_CATEGORY, callback_data=callbacks.encode(PREFIX, "cat", note_id)
                ),
                InlineKeyboardButton(
                    text.BUTTON_DELETE, callback_data=callbacks.encode(PREFIX, "del", note_id)
                ),
            ]
        ]
    )


def category_keyboard(note_id: int) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(category, callback_data=callbacks.encode(PREFIX, "set", note_id, i))
        for i, category in enumerate(CATEGORIES)
    ]
    back = InlineKeyboardButton(
        text.BUTTON_BACK, callback_data=callbacks.encode(PREFIX, "back", note_id)
    )
    return InlineKeyboardMarkup([buttons[:3], buttons[3:], [back]])


async def _confirm(update: Update, svc: Services, note: Note, edited: bool = False) -> None:
    body = text.recorded(await view_of(svc, note), edited)
    sent = await reply(update, body, reply_markup=main_keyboard(note.id))
    if sent is not None:
        await svc.notes.set_reply(note.id, sent.chat_id, sent.message_id)


async def _edit_reply(context: Context, svc: Services, note: Note) -> None:
    if note.reply_chat_id is None or note.reply_message_id is None:
        return
    body = text.recorded(await view_of(svc, note), edited=True)
    try:
        await context.bot.edit_message_text(
            body,
            chat_id=note.reply_chat_id,
            message_id=note.reply_message_id,
            reply_markup=main_keyboard(note.id),
        )
    except BadRequest as exc:  # deleted, or nothing changed
        log.info("could not edit the reply to note %s: %s", note.id, exc)


# ---------------------------------------------------------------------- commands
async def on_note(update: Update, context: Context) -> None:
    svc = services(context)
    message = update.effective_message
    if message is None:
        return
    if update.edited_message is not None:
        await _on_edited(update, context, message)
        return
    author = await require(update, context, Role.LEADER)
    if author is None:
        return
    now = svc.now()
    new = await read_note(svc, message, _body(message), author, now, now)
    if isinstance(new, Refusal):
        await reply(update, new.message)
        return
    note, created = await svc.notes.create(new, origin(update, author), now)
    if created:
        await _confirm(update, svc, note)


async def _on_edited(update: Update, context: Context, message: Message) -> None:
    """An edited /note is read again; the record and the bot's reply follow."""
    svc = services(context)
    member = await speaker(update, context)
    if member is None or not member.role.at_least(Role.LEADER):
        return
    note = await svc.notes.by_source(message.chat_id, message.message_id)
    if note is None or not note.active or not may_change(member, note):
        return
    new = await read_note(svc, message, _body(message), member, svc.now(), note.created_at, note)
    if isinstance(new, Refusal):
        await reply(update, new.message)
        return
    await svc.notes.update(note.id, new, origin(update, member), svc.now())
    updated = await svc.notes.get(note.id)
    assert updated is not None
    await _edit_reply(context, svc, updated)


async def _own_note(
    update: Update, context: Context, usage: str
) -> tuple[Member, Note, str] | None:
    member = await require(update, context, Role.LEADER)
    message = update.effective_message
    if member is None or message is None:
        return None
    number, _, rest = _body(message).partition(" ")
    number = number.lstrip("#")
    if not number.isdigit() or len(number) > 9:
        await reply(update, usage)
        return None
    note = await services(context).notes.get(int(number))
    if note is None or not note.active:
        await reply(update, text.GONE)
        return None
    if not may_change(member, note):
        await reply(update, text.NOT_YOURS)
        return None
    return member, note, rest.strip()


async def on_editnote(update: Update, context: Context) -> None:
    if update.edited_message is not None:
        return
    found = await _own_note(update, context, text.EDIT_USAGE)
    if found is None:
        return
    member, note, body = found
    if not body:
        await reply(update, text.EDIT_USAGE)
        return
    svc = services(context)
    message = update.effective_message
    assert message is not None
    new = await read_note(svc, message, body, member, svc.now(), note.created_at, note)
    if isinstance(new, Refusal):
        await reply(update, new.message)
        return
    new = NewNote(note.author_id, new.at, new.until, new.category, new.text, new.people)
    await svc.notes.update(note.id, new, origin(update, member), svc.now())
    updated = await svc.notes.get(note.id)
    assert updated is not None
    await _edit_reply(context, svc, updated)
    await reply(update, text.recorded(await view_of(svc, updated), edited=True))


async def on_delnote(update: Update, context: Context) -> None:
    if update.edited_message is not None:
        return
    found = await _own_note(update, context, text.DELETE_USAGE)
    if found is None:
        return
    member, note, _ = found
    svc = services(context)
    if await svc.notes.delete(note.id, origin(update, member), svc.now()):
        await reply(update, text.deleted(note.id))
        if note.reply_chat_id and note.reply_message_id:
            try:
                await context.bot.edit_message_text(
                    text.deleted(note.id),
                    chat_id=note.reply_chat_id,
                    message_id=note.reply_message_id,
                )
            except BadRequest as exc:
                log.info("could not edit the reply to note %s: %s", note.id, exc)
    else:
        await reply(update, text.GONE)


async def on_notes(update: Update, context: Context) -> None:
    if update.edited_message is not None:
        return
    member = await require(update, context, Role.LEADER)
    message = update.effective_message
    if member is None or message is None:
        return
    svc = services(context)
    argument = _body(message)[:40]
    now = svc.now()
    found = await _listing(svc, message, argument, now)
    if isinstance(found, Refusal):
        await reply(update, found.message)
        return
    title, notes = found
    views = [await view_of(svc, n) for n in notes[:LIST_LIMIT]]
    await reply(update, text.listing(title, views, max(len(notes) - LIST_LIMIT, 0)))


async def _listing(
    svc: Services, message: Message, argument: str, now: datetime
) -> tuple[str, list[Note]] | Refusal:
    today = now.date()
    if not argument:
        start = _midnight(svc, today)
        return text.list_title_day(today), await svc.notes.between(start, start + timedelta(days=1))
    people, unknown = await _named(svc, message, argument)
    if unknown:
        return Refusal(text.unknown_people(unknown))
    if people:
        rest = argument
        year, month = today.year, today.month
        for word in rest.split():
            try:
                year, month = read_month(word, today)
            except MonthError:
                continue
        start, end = _month_bounds(svc, year, month)
        member = await svc.members.get(people[0])
        name = member.name if member else f"#{people[0]}"
        notes = await svc.notes.between(start, end, people[0])
        return text.list_title_person(name, year, month), notes
    try:
        year, month = read_month(argument, today)
    except MonthError:
        pass
    else:
        start, end = _month_bounds(svc, year, month)
        return text.list_title_month(year, month), await svc.notes.between(start, end)
    try:
        day = read_day(argument, today)
    except NoteTimeError:
        day = None
    if day is None:
        return Refusal(text.bad_listing(argument))
    start = _midnight(svc, day)
    return text.list_title_day(day), await svc.notes.between(start, start + timedelta(days=1))


def _midnight(svc: Services, day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=svc.tz)


def _month_bounds(svc: Services, year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1, tzinfo=svc.tz)
    return start, datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=svc.tz)


# ---------------------------------------------------------------------- buttons
async def on_button(update: Update, context: Context) -> None:
    found = await pressed(update, context, callbacks.NOTE)
    if found is None:
        return
    member, press = found
    query = update.callback_query
    assert query is not None
    svc = services(context)
    action = press.action
    note = await svc.notes.get(press.first)
    if note is None or not note.active:
        await query.answer(text.GONE, show_alert=True)
        return
    if not may_change(member, note):
        await query.answer(text.NOT_YOURS, show_alert=True)
        return
    if action == "cat":
        await query.answer(text.CHOOSE_CATEGORY)
        await _markup(query, category_keyboard(note.id))
    elif action == "back":
        await query.answer()
        await _markup(query, main_keyboard(note.id))
    elif action == "set" and press.numbers[1] < len(CATEGORIES):
        category = CATEGORIES[press.numbers[1]]
        await svc.notes.set_category(note.id, category, origin(update, member), svc.now())
        await query.answer(text.category_set(category))
        updated = await svc.notes.get(note.id)
        assert updated is not None
        await _edit_query(
            query, text.recorded(await view_of(svc, updated), edited=True), main_keyboard(note.id)
        )
    elif action == "del":
        await svc.notes.delete(note.id, origin(update, member), svc.now())
        await query.answer()
        await _edit_query(query, text.deleted(note.id), None)
    else:
        await query.answer()


async def _markup(query: Any, keyboard: InlineKeyboardMarkup) -> None:
    try:
        await query.edit_message_reply_markup(reply_markup=keyboard)
    except BadRequest as exc:
        log.info("could not change the keyboard: %s", exc)


async def _edit_query(query: Any, body: str, keyboard: InlineKeyboardMarkup | None) -> None:
    try:
        await query.edit_message_text(body, reply_markup=keyboard)
    except BadRequest as exc:
        log.info("could not edit the note reply: %s", exc)


# ---------------------------------------------------------------------- daily summary
async def summary_for(svc: Services, now: datetime) -> str:
    """The day's notes, the people found 未报备, and who is still out at ``now``."""
    local = now.astimezone(svc.tz)
    day = local.date()
    start = _midnight(svc, day)
    notes = await svc.notes.between(start, start + timedelta(days=1))
    views = [await view_of(svc, n) for n in notes]
    unreported = []
    for note, view in zip(notes, views, strict=True):
        for person, line in zip(note.people, view.people, strict=True):
            if line.checked and not person.covered:
                unreported.append((line.name, view.when[-5:], note.category))
    out = []
    for row in await svc.absences.overlapping(start, start + timedelta(days=1)):
        here_now = row.start <= now < row.end
        overdue = row.kind in DUTY_KINDS and row.status in OPEN_STATUSES and row.end <= now
        if here_now or overdue:
            member = await svc.members.get(row.member_id)
            out.append(
                text.OutLine(
                    member.name if member else f"#{row.member_id}",
                    row.kind,
                    row.end.astimezone(svc.tz),
                    overdue and not here_now,
                )
            )
    from bot.features.approval import summary_section  # leave still waiting for approval

    return text.summary(day, views, unreported, out) + await summary_section(svc)


async def summary_chats(svc: Services) -> list[int]:
    configured = svc.settings.notes.leaders_chat_id
    if configured is not None:
        return [configured]
    return sorted(
        m.tg_user_id
        for m in await svc.members.all()
        if m.tg_user_id is not None and m.role.at_least(Role.LEADER)
    )


async def leaders_summary(app: Application[Any, Any, Any, Any, Any, Any], now: datetime) -> None:
    """Once per working day at or after the summary time; claimed before sending."""
    svc: Services = app.bot_data["services"]
    settings = svc.settings.notes
    local = now.astimezone(svc.tz)
    if not settings.leaders_summary or not svc.calendar.is_workday(local.date()):
        return
    if local.time() < settings.leaders_summary_time:
        return
    period = local.date().isoformat()
    keys = {f"{SUMMARY_KIND}:{period}:{chat_id}": chat_id for chat_id in await summary_chats(svc)}
    waiting = await outbox.unclaimed(svc, keys)
    if not waiting:
        return
    body = await summary_for(svc, now)
    due = datetime.combine(local.date(), settings.leaders_summary_time, svc.tz)
    expires = due + timedelta(days=1)
    for key, chat_id in waiting.items():
        # A leader who never opened a private chat with the bot is refused (Forbidden):
        # the outbox logs it once and tells the admins once.
        await outbox.post(app, key, chat_id, outbox.text_parts(body), due, expires)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("note", on_note))
    app.add_handler(CommandHandler("notes", on_notes))
    app.add_handler(CommandHandler("editnote", on_editnote))
    app.add_handler(CommandHandler("delnote", on_delnote))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))


FEATURE = Feature(
    name="notes",
    register=register,
    commands=(
        CommandInfo("note", text.CMD_NOTE, Role.LEADER),
        CommandInfo("notes", text.CMD_NOTES, Role.LEADER),
        CommandInfo("editnote", text.CMD_EDITNOTE, Role.LEADER),
        CommandInfo("delnote", text.CMD_DELNOTE, Role.LEADER),
    ),
    due_work=(leaders_summary,),
)
