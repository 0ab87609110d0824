"""Small helpers every feature handler uses: who is speaking, may they, and replying."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import CallbackContext, filters
from telegram.warnings import PTBUserWarning

from bot.context import BotContext
from bot.domain import callbacks
from bot.domain.callbacks import Press
from bot.domain.roles import Role
from bot.services import Services, services
from messages import common as text
from messages.paging import TELEGRAM_LIMIT, split_message
from storage.audit import Origin
from storage.members import Member

MAX_ARGUMENT = 1000  # characters a command argument may have before we refuse it
# reply_for_ids sends with Bot.do_api_request on purpose (see there); PTB advises
# send_message for "sendMessage", which would decode Telegram's whole answer.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)


class UpdateCheck(filters.UpdateFilter):
    """One plain function as a handler's filter. PTB's filters joined by ``&`` and ``|``
    check the update once each (the message's presence, then its field), and every report
    passes the filters of every handler group: the report path's filters, each written as one
    function, cost a fifth of the chain they replace (docs/performance.md, "Seventh look")."""

    __slots__ = ("_check",)

    def __init__(self, check: Callable[[Update], bool], name: str) -> None:
        super().__init__(name=name)
        self._check = check

    def filter(self, update: Update) -> bool:
        return self._check(update)


GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)  # the chats the gate lets in as groups


def is_command(message: Message) -> bool:
    """What ``filters.COMMAND`` asks: the message opens with a bot command."""
    if not message.entities:
        return False
    first = message.entities[0]
    return first.offset == 0 and first.type == MessageEntity.BOT_COMMAND


def new_group_text(update: Update) -> bool:
    """``ChatType.GROUPS & TEXT & ~COMMAND & UpdateType.MESSAGE`` in one function."""
    message = update.message
    return (
        message is not None
        and bool(message.text)
        and message.chat.type in GROUP_TYPES
        and not is_command(message)
    )


async def speaker(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> Member | None:
    """The member behind this update (the gate has created the row in allowed chats)."""
    user = update.effective_user
    if user is None:
        return None
    known = context.speaker if isinstance(context, BotContext) else None  # set by the gate
    if known is not None and known.tg_user_id == user.id:
        return known
    return await services(context).members.by_tg(user.id)


def origin(update: Update, member: Member | None) -> Origin:
    message = update.effective_message
    return Origin(
        actor_id=member.id if member else None,
        chat_id=update.effective_chat.id if update.effective_chat else None,
        message_id=message.message_id if message else None,
    )


async def reply(update: Update, body: str, **kwargs: Any) -> Message | None:
    """Answer the message this update carries, in HTML; a long answer goes out in parts
    (the keyboard, if any, under the last). Returns the last message sent."""
    message = update.effective_message
    if message is None:
        return None
    kwargs.setdefault("parse_mode", ParseMode.HTML)
    kwargs.setdefault(
        "do_quote",
        update.effective_chat is not None and update.effective_chat.type != ChatType.PRIVATE,
    )
    markup = kwargs.pop("reply_markup", None)
    parts = split_message(body)
    sent = None
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        sent = await message.reply_text(part, reply_markup=markup if last else None, **kwargs)
    return sent


Buttons = list[list[tuple[str, str]]]  # rows of (label, callback_data)


def markup(buttons: Buttons) -> InlineKeyboardMarkup:
    """Plain (label, data) rows as python-telegram-bot's keyboard."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=data) for label, data in row]
            for row in buttons
        ]
    )


async def reply_for_ids(update: Update, body: str, buttons: Buttons) -> tuple[int, int] | None:
    """:func:`reply` for a short answer whose sender needs only where it went (chat id,
    message id): the same request, but Telegram's answer (a Message with the quoted one
    inside) is not decoded, 0.13 ms of a report's path (docs/performance.md, issue 17).
    The keyboard goes as the JSON Telegram reads, not through PTB's objects (0.03 ms more).
    What ``reply`` would send with more fields (a forum topic, a business chat, a channel's
    direct messages) or in parts goes through ``reply`` itself."""
    message = update.effective_message
    if message is None:
        return None
    if (
        len(body) > TELEGRAM_LIMIT
        or message.is_topic_message
        or message.business_connection_id is not None
        or message.direct_messages_topic is not None
    ):
        sent = await reply(update, body, reply_markup=markup(buttons))
        return None if sent is None else (sent.chat.id, sent.message_id)
    params: dict[str, Any] = {
        "chat_id": message.chat_id,
        "text": body,
        "parse_mode": ParseMode.HTML,
        "reply_markup": {
            "inline_keyboard": [
                [{"text": label, "callback_data": data} for label, data in row] for row in buttons
            ]
        },
    }
    if message.chat.type != ChatType.PRIVATE:  # reply's do_quote, with the bot's Defaults
        params["reply_parameters"] = {
            "message_id": message.message_id,
            "quote_parse_mode": ParseMode.HTML,
        }
    answer = await message.get_bot().do_api_request("sendMessage", params)
    return int(answer["chat"]["id"]), int(answer["message_id"])


async def require(
    update: Update, context: CallbackContext[Any, Any, Any, Any], role: Role
) -> Member | None:
    """The speaker if their role is at least ``role``; otherwise replies why not and gives None."""
    member = await speaker(update, context)
    if member is not None and member.role.at_least(role):
        return member
    await reply(update, text.need_role(role.value))
    return None


def argument_text(context: CallbackContext[Any, Any, Any, Any]) -> str:
    """Everything after the command, spaces kept as typed between words."""
    return " ".join(context.args or []).strip()


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def svc(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    return services(context)


async def pressed(
    update: Update, context: CallbackContext[Any, Any, Any, Any], family: str
) -> tuple[Member, Press] | None:
    """A button press of ``family`` by a member, decoded; None when there is nothing to do.
    A press whose data we could not have issued is answered with one short line here."""
    query = update.callback_query
    member = await speaker(update, context)
    if query is None or query.data is None or member is None:
        return None
    press = callbacks.decode(query.data)
    if press is None or press.family != family:
        await query.answer(text.BUTTON_UNKNOWN)
        return None
    return member, press
