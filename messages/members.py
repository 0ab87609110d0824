"""Sentences about members and roles."""

from __future__ import annotations

from collections.abc import Iterable

from messages.common import ROLE_NAMES
from messages.html import esc

CMD_IAM = "登记实名，如 /iam 张三"
CMD_MEMBERS = "成员名单"
CMD_ROLE = "设置角色，如 /role @zhangsan 领导"
CMD_START = "开始使用"
CMD_HELP = "查看可用命令"

IAM_USAGE = "请在命令后写上您的真实姓名，例如：/iam 张三"
IAM_BAD = "姓名应为 2–20 个字，不含符号和空格，例如：/iam 张三"
ROLE_USAGE = (
    "用法：/role @用户名 领导（可选：成员、领导、管理员），或回复某人的消息发送 /role 领导；"
    "请假审批：/role @用户名 局长，/role @用户名 股室负责人 工程股"
)
ROLE_BAD = "“{value}”不是角色，请写 成员、领导 或 管理员。"
ROLE_UNKNOWN_PERSON = "找不到“{who}”。请用 @用户名 或已登记的真实姓名，或回复对方的消息。"
ROLE_SELF_DEMOTE = "不能取消自己的管理员身份，请让另一位管理员操作。"


def iam_done(result: str, name: str) -> str:
    return {
        "named": f"好的，已登记您的实名：{esc(name)}。",
        "claimed": f"好的，您已关联名册中的“{esc(name)}”。",
        "already": f"您已经登记为 {esc(name)}。",
        "taken": f"“{esc(name)}”已被另一个账号登记。如有误，请联系管理员。",
        "claimed_role_pending": (
            f"好的，您已关联名册中的“{esc(name)}”。名册中此人为领导或管理员，"
            "该身份需由管理员用 /role 确认后生效。"
        ),
        "reserved": (
            f"名册中的“{esc(name)}”登记了另一个 Telegram 用户名，不能由本账号认领。"
            "如有误，请联系管理员。"
        ),
        "named_otherwise": "您已经登记过实名。如需更改，请联系管理员。",
    }[result]


def role_set(name: str, role: str, changed: bool) -> str:
    role_name = ROLE_NAMES.get(role, role)
    if not changed:
        return f"{esc(name)} 已经是{role_name}。"
    return f"已将 {esc(name)} 设为{role_name}。"


def role_bad(value: str) -> str:
    return ROLE_BAD.format(value=esc(value[:20]))


def unknown_person(who: str) -> str:
    return ROLE_UNKNOWN_PERSON.format(who=esc(who[:30]))


def member_list(rows: Iterable[tuple[str, str | None, str, str | None, bool]]) -> str:
    """rows: (name, department, role, username, has a Telegram account)."""
    lines = ["<b>成员名单</b>"]
    count = 0
    for name, department, role, username, linked in rows:
        count += 1
        parts = [esc(name)]
        if department:
            parts.append(esc(department))
        if role != "member":
            parts.append(ROLE_NAMES.get(role, role))
        if username:
            parts.append("@" + esc(username))
        elif not linked:
            parts.append("（未关联账号）")
        lines.append(f"{count}. " + " · ".join(parts))
    if count == 0:
        return "还没有成员记录。"
    lines.append(f"共 {count} 人")
    return "\n".join(lines)
