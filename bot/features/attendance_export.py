"""The monthly attendance workbook: ``/export 2026-11`` (leaders, private chat only) and
``bureau-bot export attendance --month 2026-11``. Figures come from
:mod:`bot.domain.attendance`; the file from :mod:`bot.workbook`."""

from __future__ import annotations

from typing import Any

from telegram import InputFile, Message, Update
from telegram.ext import Application, CallbackContext, CommandHandler

from bot.domain.roles import Role
from bot.features.common import is_private, reply, require
from bot.features.registry import CommandInfo, Feature
from bot.services import services
from messages import attendance as text


# ---------------------------------------------------------------------- chat
async def private_leader(
    update: Update, context: CallbackContext[Any, Any, Any, Any], refusal: str
) -> Message | None:
    """The message to answer with a file when a leader asked in private; otherwise replies
    why not (``refusal`` in a group: files with personal data never go there)."""
    if not is_private(update):
        await reply(update, refusal)
        return None
    leader = await require(update, context, Role.LEADER)
    if leader is None:
        return None
    return update.effective_message


async def on_export(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    if update.edited_message is not None:
        return
    from bot.features import rectification_export  # it imports this module

    asked = update.effective_message
    parts = (asked.text or "").split(maxsplit=1) if asked is not None else []
    argument = parts[1].strip()[:40] if len(parts) > 1 else "本月"
    document = rectification_export.wanted(argument)
    if document is not None:
        await rectification_export.export_in_chat(update, context, document)
        return
    message = await private_leader(update, context, text.PRIVATE_ONLY)
    if message is None:
        return
    # The workbook's modules (figures, sheets, openpyxl's writer) load on the first export.
    from bot.domain.notes import MonthError, read_month
    from bot.usecases.attendance import ExportError, export_month

    svc = services(context)
    try:
        year, month = read_month(argument, svc.now().date())
        result = await export_month(svc, year, month)
    except MonthError as exc:
        await reply(update, text.month_error(exc.code, exc.value))
        return
    except ExportError as exc:
        await reply(update, str(exc))
        return
    await message.reply_document(
        InputFile(result.data, filename=result.file_name),
        caption=text.caption(f"{year}-{month:02d}", result.members, result.records),
    )


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("export", on_export))


FEATURE = Feature(
    name="attendance_export",
    register=register,
    commands=(CommandInfo("export", text.CMD_EXPORT, Role.LEADER),),
)
