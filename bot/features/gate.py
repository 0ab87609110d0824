"""The gate every update passes first: allowed chats, de-duplication, member rows.

It runs in handler group -100, before any feature. A foreign group gets silence, a stranger
in private one short refusal; both are logged, and neither writes anything. Updates that
pass refresh the speaker's member row, so features can rely on it. When the gate itself
fails, the update stops there (``ApplicationHandlerStop``): it fails closed.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ApplicationHandlerStop, CallbackContext, TypeHandler

from bot.context import BotContext
from bot.features.common import GROUP_TYPES
from bot.features.registry import Feature
from bot.services import services
from messages import common as text
from storage.db import unmarked

log = logging.getLogger(__name__)
GATE_GROUP = -100


async def gate(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Let the update through, or stop it. Any failure here (the database locked by another
    process, a full disk, a bug) stops the update: the gate fails closed, never open."""
    try:
        await _admit(update, context)
    except ApplicationHandlerStop:
        raise
    except Exception:
        log.exception("the gate failed on update %s; update stopped", update.update_id)
        raise ApplicationHandlerStop from None


async def _admit(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    svc = services(context)
    chat, user = update.effective_chat, update.effective_user
    # Who may talk to the bot is decided before anything is written.
    if chat is None or user is None or user.is_bot:
        raise ApplicationHandlerStop
    if chat.type in GROUP_TYPES:
        if chat.id not in svc.group_ids:
            log.warning(
                "update from group %s (%s) that is not allowed; ignored", chat.id, chat.title
            )
            raise ApplicationHandlerStop
    elif chat.type == ChatType.PRIVATE:
        if await svc.members.by_tg(user.id) is None:
            log.warning(
                "private message from unknown user %s (%s); refused", user.id, user.full_name
            )
            if update.effective_message is not None:
                await update.effective_message.reply_text(text.NOT_ALLOWED_PRIVATE)
            raise ApplicationHandlerStop
    else:
        raise ApplicationHandlerStop
    seen, member, asked = await svc.members.note_update(update.update_id, user.id, svc.now())
    if seen:
        log.info("update %s delivered again; ignored", update.update_id)
        raise ApplicationHandlerStop
    # Refresh the member row only when the account's names changed: one write less per
    # message on the busiest path (every report passes here).
    known = svc.known_names
    names = (user.username, user.full_name)
    if member is None or known.get(user.id) != names:
        with unmarked():  # a refresh is no handling: the update's mark waits for its change
            member = await svc.members.seen(user.id, user.username, user.full_name, svc.now())
        known[user.id] = names
    if isinstance(context, BotContext):
        context.speaker = member  # read with this update: handlers need not read it again
        context.asked = asked  # whether they have a question of the bot unanswered


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)


FEATURE = Feature(name="gate", register=register)
