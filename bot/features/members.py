"""/iam, /members and /role: who is who in the work group."""

from __future__ import annotations

import re
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, CommandHandler

from bot.domain.approval import parse_level
from bot.domain.roles import Role, parse_role
from bot.features import approval
from bot.features.common import argument_text, origin, reply, require, speaker
from bot.features.registry import CommandInfo, Feature
from bot.services import services
from messages import members as text
from storage.members import Member

_REAL_NAME = re.compile(r"^[\u4e00-\u9fa5A-Za-z·]{2,20}$")


async def iam(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    member = await speaker(update, context)
    if member is None:
        return
    name = argument_text(context)
    if not name:
        await reply(update, text.IAM_USAGE)
        return
    if not _REAL_NAME.match(name):
        await reply(update, text.IAM_BAD)
        return
    svc = services(context)
    result = await svc.members.claim_name(member, name, svc.now(), origin(update, member))
    await reply(update, text.iam_done(result.value, name))


async def members(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    rows = [
        (m.name, m.department, m.role.value, m.tg_username, m.tg_user_id is not None)
        for m in await services(context).members.all()
    ]
    await reply(update, text.member_list(rows))


async def role(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    admin = await require(update, context, Role.ADMIN)
    if admin is None:
        return
    args = list(context.args or [])
    replied = update.effective_message.reply_to_message if update.effective_message else None
    if replied is not None and replied.from_user is not None and len(args) in (1, 2):
        target = await services(context).members.by_tg(replied.from_user.id)
        who, words = replied.from_user.full_name, args
    elif len(args) in (2, 3):
        who, words = args[0], args[1:]
        target = await services(context).members.find(who)
    else:
        await reply(update, text.ROLE_USAGE)
        return
    post = parse_level(words[0]) is not None  # 局长, 股室负责人 工程股: who approves leave
    new_role = parse_role(words[0]) if len(words) == 1 else None
    if new_role is None and not post:
        await reply(update, text.role_bad(" ".join(words)))
        return
    if target is None:
        await reply(update, text.unknown_person(who))
        return
    if new_role is None:
        await approval.set_post(update, context, admin, target, words)
        return
    await _set_role(update, context, admin, target, new_role)


async def _set_role(
    update: Update,
    context: CallbackContext[Any, Any, Any, Any],
    admin: Member,
    target: Member,
    new_role: Role,
) -> None:
    if target.id == admin.id and new_role != Role.ADMIN:
        await reply(update, text.ROLE_SELF_DEMOTE)
        return
    svc = services(context)
    changed = await svc.members.set_role(target.id, new_role, svc.now(), origin(update, admin))
    await reply(update, text.role_set(target.name, new_role.value, changed))


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("iam", iam))
    app.add_handler(CommandHandler("members", members))
    app.add_handler(CommandHandler("role", role))


FEATURE = Feature(
    name="members",
    register=register,
    commands=(
        CommandInfo("iam", text.CMD_IAM),
        CommandInfo("members", text.CMD_MEMBERS),
        CommandInfo("role", text.CMD_ROLE, Role.ADMIN),
    ),
)
