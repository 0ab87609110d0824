"""整改事项 (issue 5): /items /item /progress /measure /assign /deadline /status /close
/mine /overdue /stalled, evidence files, the card's buttons, and importing the report
that an admin sends in a private chat. Shared pieces live in ``rectification_cards``."""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import PurePath
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.domain.rectification import (
    DateError,
    MeasureStatus,
    Status,
    check_transition,
    is_overdue,
    is_stalled,
    matches_text,
    parse_deadline,
    parse_item_filter,
    parse_item_no,
    parse_measure_status,
    parse_status,
)
from bot.domain.roles import Role
from bot.features.common import MAX_ARGUMENT, UpdateCheck, origin, reply, require, speaker
from bot.features.rectification_cards import (
    Context,
    close_item,
    evidence_of,
    files_note,
    find_item,
    may_update,
    on_button,
    post_card,
    remind_deadlines,
    send_list,
    set_measure,
)
from bot.features.registry import CommandInfo, Feature
from bot.services import Services, services
from messages import common as common_text
from messages import rectification as text
from storage.members import Member
from storage.rectification import Evidence, Item

FILE_GROUP = 30  # media and documents: after absences (10) and other free text (20)
_ARGS = re.compile(r"^/\S+(?:\s+(\S+))?(?:\s+(.*))?$", re.S)
_CAPTION_PROGRESS = re.compile(r"^/progress(?:@\w+)?(?:\s|$)", re.I)
_ONLY_NEW = filters.UpdateType.MESSAGE  # an edited /close must not close twice


def _split(message_text: str | None) -> tuple[str | None, str]:
    """``/cmd 12 the rest`` → ("12", "the rest"), line breaks in the rest kept."""
    match = _ARGS.match((message_text or "").strip())
    if not match:
        return None, ""
    return match.group(1), (match.group(2) or "").strip()


ItemHandler = Callable[[Update, Context, Item, str, "Member | None"], Awaitable[None]]


def about_an_item(
    usage: str, *, role: Role | None = None
) -> Callable[[ItemHandler], Callable[[Update, Context], Coroutine[Any, Any, None]]]:
    """The preamble every ``/<verb> 12 …`` command shares: the caller's role when one is
    required, the item by its number (a clear line when there is none), and the rest of the
    line. The handler gets (update, context, item, rest, caller) or never runs; ``caller`` is
    the member who passed ``role``, or None when no role was asked."""

    def wrap(handler: ItemHandler) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
        @functools.wraps(handler)
        async def command(update: Update, context: Context) -> None:
            caller = None
            if role is not None:
                caller = await require(update, context, role)
                if caller is None:
                    return
            message = update.effective_message
            word, rest = _split(message.text if message else "")
            item = await find_item(update, context, word, usage)
            if item is None:
                return
            await handler(update, context, item, rest, caller)

        return command

    return wrap


async def _find_member(svc: Services, who: str) -> Member | None:
    found = await svc.members.find(who)
    if found is None and who.startswith("@"):
        found = await svc.members.find(who[1:])  # people write @张三 for a real name too
    return found


async def _may_update(update: Update, context: Context, item: Item) -> Member | None:
    member = await speaker(update, context)
    if may_update(member, item):
        return member
    await reply(update, text.not_allowed(item.number, item.owner_name))
    return None


# ---------------------------------------------------------------------- lists
async def items_command(update: Update, context: Context) -> None:
    svc = services(context)
    items = await svc.rectification.all()
    if not items:
        await reply(update, text.NOT_IMPORTED)
        return
    _word, rest = _split(update.effective_message.text if update.effective_message else "")
    query = " ".join(filter(None, [_word, rest]))[:50]
    wanted = parse_item_filter(query)
    today = svc.now().date()
    kind, value = wanted.kind, wanted.value
    if kind == "status":
        items = [i for i in items if i.status.value == value]
    elif kind == "overdue":
        items = [i for i in items if is_overdue(i.status, i.deadline, today)]
    elif kind == "open":
        items = [i for i in items if i.status != Status.CLOSED]
    elif kind in ("person", "text"):
        member = await _find_member(svc, value)
        if member is not None:
            kind, value = "person", member.name
            items = [i for i in items if member.id in (i.owner_id, i.leader_id)]
        elif kind == "person":
            await reply(update, text.unknown_person(value))
            return
        else:
            items = [
                i for i in items if matches_text(value, i.area, i.category, i.title, i.owner_unit)
            ]
    if not items:
        await reply(update, text.items_empty(kind, value))
        return
    await send_list(update, svc, text.items_heading(kind, value), items)


async def mine_command(update: Update, context: Context) -> None:
    svc = services(context)
    member = await speaker(update, context)
    items = [
        i
        for i in await svc.rectification.all()
        if member is not None and member.id in (i.owner_id, i.leader_id)
    ]
    if not items:
        await reply(update, text.items_empty("mine"))
        return
    await send_list(update, svc, text.items_heading("mine"), items)


async def overdue_command(update: Update, context: Context) -> None:
    svc = services(context)
    today = svc.now().date()
    items = [i for i in await svc.rectification.all() if is_overdue(i.status, i.deadline, today)]
    if not items:
        await reply(update, text.items_empty("overdue"))
        return
    await send_list(update, svc, text.items_heading("overdue"), items)


async def stalled_command(update: Update, context: Context) -> None:
    svc = services(context)
    days = svc.settings.rectification.stalled_days
    now = svc.now()
    items = [
        i
        for i in await svc.rectification.all()
        if is_stalled(i.status, i.last_activity_at, now, days)
    ]
    if not items:
        await reply(update, text.items_empty("stalled", str(days)))
        return
    items.sort(key=lambda i: (i.last_activity_at, i.number))
    await send_list(update, svc, text.items_heading("stalled", str(days)), items, stalled=True)


# ---------------------------------------------------------------------- one item
@about_an_item(text.ITEM_USAGE)
async def item_command(
    update: Update, context: Context, item: Item, _rest: str, _caller: Member | None
) -> None:
    await post_card(update, services(context), item)


async def progress_command(update: Update, context: Context) -> None:
    message = update.effective_message
    word, rest = _split(message.text if message else "")
    await _progress(update, context, word, rest, [])


async def _progress(
    update: Update, context: Context, word: str | None, body: str, files: list[Evidence]
) -> None:
    item = await find_item(update, context, word, text.PROGRESS_USAGE)
    if item is None:
        return
    if not body and not files:
        await reply(update, text.PROGRESS_EMPTY.format(no=item.number))
        return
    if len(body) > MAX_ARGUMENT:
        await reply(update, common_text.too_long(MAX_ARGUMENT))
        return
    member = await _may_update(update, context, item)
    if member is None:
        return
    if item.status == Status.CLOSED:
        await reply(update, text.progress_on_closed(item.number))
        return
    svc = services(context)
    result = await svc.rectification.add_progress(
        item.id, member.id, body or files_note(files), svc.now(), origin(update, member), files
    )
    if result.repeated:
        return  # Telegram delivered this message twice; it was answered the first time
    if not result.created:
        await reply(update, text.progress_corrected(item.number))
        return
    await reply(
        update,
        text.progress_recorded(
            item.number, item.title, len(files), result.old_status.value, result.new_status.value
        ),
    )


@about_an_item(text.MEASURE_USAGE)
async def measure_command(
    update: Update, context: Context, item: Item, rest: str, _caller: Member | None
) -> None:
    parts = rest.split()
    position = parse_item_no(parts[0]) if parts else None
    if position is None or len(parts) > 2:
        await reply(update, text.MEASURE_USAGE)
        return
    status = parse_measure_status(parts[1]) if len(parts) == 2 else MeasureStatus.DONE
    if status is None:
        await reply(update, text.measure_bad_status(parts[1]))
        return
    member = await _may_update(update, context, item)
    if member is not None:
        await reply(
            update, await set_measure(services(context), update, member, item, position, status)
        )


@about_an_item(text.ASSIGN_USAGE, role=Role.LEADER)
async def assign_command(
    update: Update, context: Context, item: Item, rest: str, leader: Member | None
) -> None:
    assert leader is not None
    parts = rest.split()
    as_leader = len(parts) == 2 and parts[1] in ("领导", "责任领导", "leader")
    if not parts or (len(parts) == 2 and not as_leader) or len(parts) > 2:
        await reply(update, text.ASSIGN_USAGE)
        return
    svc = services(context)
    target = await _find_member(svc, parts[0])
    if target is None:
        await reply(update, text.unknown_person(parts[0]))
        return
    changed = await svc.rectification.assign(
        item.id, target.id, svc.now(), origin(update, leader), leader=as_leader
    )
    await reply(update, text.assigned(item.number, target.name, as_leader, changed))


@about_an_item(text.DEADLINE_USAGE, role=Role.LEADER)
async def deadline_command(
    update: Update, context: Context, item: Item, rest: str, leader: Member | None
) -> None:
    assert leader is not None
    if not rest:
        await reply(update, text.DEADLINE_USAGE)
        return
    svc = services(context)
    today = svc.now().date()
    try:
        day = parse_deadline(rest, today)
    except DateError:
        await reply(update, text.bad_date(rest))
        return
    changed = await svc.rectification.set_deadline(item.id, day, svc.now(), origin(update, leader))
    await reply(update, text.deadline_set(item.number, day, changed, today))


@about_an_item(text.STATUS_USAGE)
async def status_command(
    update: Update, context: Context, item: Item, rest: str, _caller: Member | None
) -> None:
    if not rest:
        await reply(update, text.STATUS_USAGE)
        return
    new = parse_status(rest)
    if new is None:
        await reply(update, text.bad_status(rest))
        return
    member = await _may_update(update, context, item)
    if member is None:
        return
    refusal = check_transition(item.status, new, is_leader=member.role.at_least(Role.LEADER))
    if refusal is not None:
        await reply(update, text.status_refused(refusal.value, item.number, item.status.value))
        return
    svc = services(context)
    if not await svc.rectification.set_status(
        item.id, item.status, new, svc.now(), origin(update, member)
    ):
        await reply(update, text.CHANGED_MEANWHILE.format(no=item.number))
        return
    await reply(update, text.status_set(item.number, item.status.value, new.value))


@about_an_item(text.CLOSE_USAGE, role=Role.LEADER)
async def close_command(
    update: Update, context: Context, item: Item, _rest: str, leader: Member | None
) -> None:
    assert leader is not None
    body, markup = await close_item(update, context, leader, item, confirmed=False)
    await reply(update, body, reply_markup=markup)


# ---------------------------------------------------------------------- files
async def on_file(update: Update, context: Context) -> None:
    """A photo or document: evidence (caption /progress N, or a reply to a card), or, from
    an admin in a private chat, a report to import."""
    message = update.effective_message
    if message is None:
        return
    caption = (message.caption or "").strip()
    evidence = evidence_of(message)
    if _CAPTION_PROGRESS.match(caption):
        word, rest = _split(caption)
        await _progress(update, context, word, rest, evidence)
        return
    replied = message.reply_to_message
    if replied is not None and message.chat is not None:
        number = await services(context).rectification.card_item(
            message.chat.id, replied.message_id
        )
        if number is not None:
            await _progress(update, context, str(number), caption[: MAX_ARGUMENT + 1], evidence)
            return
    if message.document is not None and message.chat.type == "private":
        await _import_file(update, context)


async def _import_file(update: Update, context: Context) -> None:
    message = update.effective_message
    document = message.document if message is not None else None
    if document is None:
        return
    suffix = PurePath(document.file_name or "").suffix.lower()
    if suffix not in (".txt", ".text", ".docx"):
        return  # other features may want other files; a report is .txt or .docx
    admin = await speaker(update, context)
    if admin is None or not admin.role.at_least(Role.ADMIN):
        await reply(update, text.IMPORT_ADMIN_ONLY)
        return
    # The report parser (a dozen modules) is loaded by the first import, not at start.
    from bot.domain.rectification_import import NotAReportError
    from bot.usecases.rectification_import import MAX_FILE_BYTES, read_report_file, summary
    from bot.zipbudget import TooLarge
    from messages import rectification_import as import_text

    if (document.file_size or 0) > MAX_FILE_BYTES:
        await reply(update, text.import_too_big(MAX_FILE_BYTES // (1024 * 1024)))
        return
    try:
        data = bytes(await (await document.get_file()).download_as_bytearray())
    except Exception:
        await reply(update, text.import_unreadable("download"))
        return
    try:
        # Unpacking and parsing run in a worker thread: the chat keeps answering meanwhile.
        report = await asyncio.to_thread(read_report_file, data, suffix)
    except TooLarge:
        await reply(update, text.import_unreadable("unpacked"))
        return
    except NotAReportError as exc:
        await reply(update, import_text.render_error(exc.code))
        return
    except ValueError:  # not a .docx, or bytes that are no text encoding
        await reply(update, text.import_unreadable("docx" if suffix == ".docx" else "encoding"))
        return
    svc = services(context)
    result = await svc.rectification.import_report(report, svc.now(), origin(update, admin))
    await reply(update, summary(report, result))


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    commands = {
        "items": items_command,
        "item": item_command,
        "progress": progress_command,
        "measure": measure_command,
        "assign": assign_command,
        "deadline": deadline_command,
        "status": status_command,
        "close": close_command,
        "mine": mine_command,
        "overdue": overdue_command,
        "stalled": stalled_command,
    }
    for name, handler in commands.items():
        # /progress takes edits too: an edited report corrects the recorded text
        app.add_handler(
            CommandHandler(name, handler, filters=None if name == "progress" else _ONLY_NEW)
        )
    app.add_handler(CallbackQueryHandler(on_button, pattern=r"^rect:"))
    # Every message of the group is asked this (every report): one check, not six filters.
    app.add_handler(MessageHandler(UpdateCheck(_new_media, "new media"), on_file), group=FILE_GROUP)


def _new_media(update: Update) -> bool:
    """``(PHOTO | Document.ALL | VIDEO | VOICE | AUDIO) & UpdateType.MESSAGE``."""
    m = update.message
    return m is not None and bool(m.photo or m.document or m.video or m.voice or m.audio)


FEATURE = Feature(
    name="rectification",
    register=register,
    commands=(
        CommandInfo("items", text.CMD_ITEMS),
        CommandInfo("item", text.CMD_ITEM),
        CommandInfo("progress", text.CMD_PROGRESS),
        CommandInfo("mine", text.CMD_MINE),
        CommandInfo("overdue", text.CMD_OVERDUE),
        CommandInfo("stalled", text.CMD_STALLED),
        CommandInfo("measure", text.CMD_MEASURE),
        CommandInfo("status", text.CMD_STATUS),
        CommandInfo("assign", text.CMD_ASSIGN, Role.LEADER),
        CommandInfo("deadline", text.CMD_DEADLINE, Role.LEADER),
        CommandInfo("close", text.CMD_CLOSE, Role.LEADER),
    ),
    due_work=(remind_deadlines,),
)
