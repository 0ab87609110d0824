"""Sentences of the outbox: the mark on a post that went out late, the admin's notice."""

from __future__ import annotations

from messages.html import esc

LATE_MARK = "【补发】"


def late(body: str) -> str:
    """A post sent well after its time (Telegram was unreachable, or the bot was down)."""
    return f"{LATE_MARK}{body}"


def refused(chat: str, what: str, reason: str) -> str:
    """To the admins, once per refused post: who refused and why, so someone can fix it."""
    return (
        f"⚠️ 定时消息未能发出：{esc(what)}\n目标：{esc(chat)}\nTelegram 拒绝：{esc(reason)}\n"
        "请检查助手是否仍在该群中、或对方是否已与助手私聊过。"
    )
