"""/start and /help, and the command menus Telegram shows (setMyCommands)."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext, CallbackQueryHandler, CommandHandler

from bot.domain import callbacks
from bot.domain.roles import Role
from bot.features.common import reply, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import Services
from messages import common as text
from messages import members as member_text

log = logging.getLogger(__name__)


def all_commands(app: Application[Any, Any, Any, Any, Any, Any]) -> list[CommandInfo]:
    features: list[Feature] = app.bot_data.get("features", [])
    return [command for feature in features for command in feature.commands]


def commands_for(app: Application[Any, Any, Any, Any, Any, Any], role: Role) -> list[CommandInfo]:
    return [c for c in all_commands(app) if role.at_least(c.role)]


async def start(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    member = await speaker(update, context)
    name = (
        member.name
        if member
        else (update.effective_user.full_name if update.effective_user else "")
    )
    await reply(update, text.start(name))


async def help_command(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    member = await speaker(update, context)
    role = member.role if member else Role.MEMBER
    listed = [(c.name, c.description) for c in commands_for(context.application, role)]
    await reply(update, text.help_text(role.value, listed))


async def publish_menus(app: Application[Any, Any, Any, Any, Any, Any], svc: Services) -> None:
    """Everyone sees the member commands; leaders and admins see theirs in private chats."""

    def menu(role: Role) -> list[BotCommand]:
        return [BotCommand(c.name, c.description) for c in commands_for(app, role)]

    try:
        await app.bot.set_my_commands(menu(Role.MEMBER), scope=BotCommandScopeDefault())
        for member in await svc.members.all():
            if member.tg_user_id and member.role != Role.MEMBER:
                await app.bot.set_my_commands(
                    menu(member.role), scope=BotCommandScopeChat(member.tg_user_id)
                )
    except TelegramError as exc:  # menus are a convenience; never a reason not to start
        log.warning("setMyCommands failed: %s", exc)


async def unknown_button(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """A press whose data names no family of ours: one short line, nothing else."""
    if update.callback_query is not None:
        await update.callback_query.answer(text.BUTTON_UNKNOWN)


def _not_ours(data: object) -> bool:
    return not isinstance(data, str) or data.partition(":")[0] not in callbacks.SHAPES


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CallbackQueryHandler(unknown_button, pattern=_not_ours))


FEATURE = Feature(
    name="basics",
    register=register,
    commands=(
        CommandInfo("start", member_text.CMD_START),
        CommandInfo("help", member_text.CMD_HELP),
    ),
    startup=publish_menus,
)
