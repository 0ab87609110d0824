"""The error handler: log with context, answer with a short apology, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from messages import common as text

log = logging.getLogger(__name__)


async def on_error(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        user = update.effective_user
        message = update.effective_message
        where = (
            f"update {update.update_id} chat {chat.id if chat else '-'} "
            f"user {user.id if user else '-'} text {(message.text or '')[:80] if message else ''!r}"
        )
    log.error("error while handling %s", where, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(text.ERROR_APOLOGY)
        except TelegramError:
            log.exception("could not send the apology")
