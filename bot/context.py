"""The context every handler gets: python-telegram-bot's, plus what this bot adds to it.

Declared as a class (PTB's ``ContextTypes``) rather than attributes set on the fly, so a type
checker knows each one: the gate hands handlers the speaker's member row through
:attr:`BotContext.speaker`, and whether they have an unanswered question through
:attr:`BotContext.asked`, read once per update.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

if TYPE_CHECKING:
    from bot.services import Services
    from storage.members import Member


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        self.speaker: Member | None = None  # set by the gate for this very update
        # Set by the gate with the speaker: False when they have no question of the bot
        # unanswered, so a report need not look for one (None: not known, look).
        self.asked: bool | None = None

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]


CONTEXT_TYPES = ContextTypes(context=BotContext)
