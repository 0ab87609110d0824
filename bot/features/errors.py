"""The error handler: log with context, answer with a short apology, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import CallbackContext

from messages import common as text
from storage.db import current_update

log = logging.getLogger(__name__)


async def on_error(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
    if isinstance(context.error, BadRequest) and "not modified" in str(context.error).lower():
        # A double tap on a button edits a message into what it already says: nothing to
        # apologise for (Telegram refuses the second, identical edit).
        log.info("edit that changed nothing: %s", context.error)
        return
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
    mark = current_update.get()
    if mark is not None and mark.done:
        # The update's change is committed (a report recorded): "please try again" would
        # be untrue and invite a second report. The log says what failed after it.
        log.info("update %s changed the database before failing; no apology", where)
        return
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(text.ERROR_APOLOGY)
        except TelegramError:
            log.exception("could not send the apology")
