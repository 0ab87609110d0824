"""The rectification items handed upward and evidence handed back: ``/export 台账``,
``/export 报告`` (leaders, private chat; dispatched from ``attendance_export``'s /export),
``bureau-bot export rectification --out PATH.xlsx|.docx``, and ``/evidence 12``."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InputFile, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext, CommandHandler, filters

from bot.features.attendance_export import private_leader
from bot.features.common import reply
from bot.features.rectification_cards import find_item
from bot.features.registry import CommandInfo, Feature
from bot.services import services
from messages import rectification_export as text
from storage.rectification import Evidence

log = logging.getLogger(__name__)
Context = CallbackContext[Any, Any, Any, Any]


def wanted(argument: str) -> str | None:
    """ "xlsx" for 台账, "docx" for 报告, None for anything else (a month, for attendance)."""
    word = argument.strip().lower()
    if word in text.LEDGER_WORDS:
        return "xlsx"
    if word in text.REPORT_WORDS:
        return "docx"
    return None


async def export_in_chat(update: Update, context: Context, kind: str) -> None:
    """/export 台账|报告: leaders, in their private chat only."""
    message = await private_leader(update, context, text.PRIVATE_ONLY)
    if message is None:
        return
    # The ledger's and the report's modules load on the first export, not at start.
    from bot.usecases.attendance import ExportError
    from bot.usecases.rectification_export import build

    svc = services(context)
    try:
        result = await build(svc, kind)
    except ExportError:
        await reply(update, text.NOT_IMPORTED)
        return
    today = svc.now().date()
    caption = (
        text.ledger_caption(today, result.items, result.updates)
        if kind == "xlsx"
        else text.report_caption(today, result.items)
    )
    await message.reply_document(InputFile(result.data, filename=result.file_name), caption=caption)


# ---------------------------------------------------------------------- /evidence
async def evidence_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    words = (message.text or "").split()
    word = words[1] if len(words) > 1 else None
    item = await find_item(update, context, word, text.EVIDENCE_USAGE)
    if item is None:
        return
    svc = services(context)
    updates = await svc.rectification.last_updates(item.id, limit=10_000)
    files = [(u, e) for u in updates for e in u.evidence]
    if not files:
        await reply(update, text.no_evidence(item.number))
        return
    shown = files[: text.EVIDENCE_LIMIT]
    await reply(update, text.evidence_heading(item.number, item.title, len(files), len(shown)))
    failed = 0
    for progress, evidence in shown:
        caption = text.evidence_caption(
            item.number, progress.author_name, progress.at.astimezone(svc.tz), progress.text
        )
        try:
            await _send(message, evidence, caption)
        except TelegramError:
            log.warning("evidence %s of item %s could not be sent", evidence.file_id, item.number)
            failed += 1
    if failed:
        await reply(update, text.evidence_failed(failed))


async def _send(message: Any, evidence: Evidence, caption: str) -> None:
    """Each kind by its own method: Telegram refuses a photo's file id sent as a document."""
    senders = {
        "photo": message.reply_photo,
        "video": message.reply_video,
        "voice": message.reply_voice,
        "audio": message.reply_audio,
    }
    send = senders.get(evidence.kind, message.reply_document)
    await send(evidence.file_id, caption=caption, do_quote=False)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(
        CommandHandler("evidence", evidence_command, filters=filters.UpdateType.MESSAGE)
    )


FEATURE = Feature(
    name="rectification_export",
    register=register,
    commands=(CommandInfo("evidence", text.CMD_EVIDENCE),),
)
