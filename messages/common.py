"""Sentences shared by every feature: refusals, apologies, help."""

from __future__ import annotations

from collections.abc import Iterable

from messages.html import esc

BOT_NAME = "工作群助手"

NOT_ALLOWED_PRIVATE = (
    "您好，本助手只为本单位工作群的成员服务。请先在工作群里发言一次，或请管理员把您加入名册。"
)
ERROR_APOLOGY = "抱歉，处理这条消息时出了问题，已记录在日志中。请稍后再试，或联系管理员。"
NEED_ROLE = {
    "leader": "这个命令只有领导可以使用。",
    "admin": "这个命令只有管理员可以使用。",
}
PRIVATE_ONLY = "这个命令请在与我的私聊中使用。"
GROUP_ONLY = "这个命令请在工作群中使用。"
TOO_LONG = "内容太长了（最多 {limit} 个字），请精简后再发。"

ROLE_NAMES = {"member": "成员", "leader": "领导", "admin": "管理员"}


def start(name: str) -> str:
    return (
        f"{esc(name)}，您好！我是{BOT_NAME}，负责记录请假和外出报备、作风督查记录、"
        "整改事项进度和各类提醒。\n发送 /help 查看您可以使用的命令。"
    )


def help_text(role: str, commands: Iterable[tuple[str, str]]) -> str:
    lines = [f"<b>{BOT_NAME}可用命令</b>（您的身份：{ROLE_NAMES.get(role, role)}）"]
    lines += [f"/{name} — {esc(description)}" for name, description in commands]
    lines.append("")
    lines.append("请假或外出，直接在群里说即可，例如：")
    lines.append("“明天下午请假半天，孩子家长会”")
    lines.append("“外出：姜畲大堤巡查，下午3点回”")
    return "\n".join(lines)


def need_role(role: str) -> str:
    return NEED_ROLE.get(role, NEED_ROLE["admin"])


def too_long(limit: int) -> str:
    return TOO_LONG.format(limit=limit)


# A button whose data we could not have issued (forged, cut, or from an old version).
BUTTON_UNKNOWN = "这个按钮已失效，请重新操作。"
