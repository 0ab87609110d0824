"""What the offline console prints around the chat itself."""

from __future__ import annotations

from datetime import datetime

BOT = "助手"


def no_such_message(message_id: str) -> str:
    return f"（没有您发的 #{message_id} 消息可编辑）"


def no_such_file(path: str) -> str:
    return f"（找不到文件 {path}）"


def pressed(label: str) -> str:
    return f"［按下 {label}］"


def toast(text: str) -> str:
    return f"{BOT}（提示）: {text}"


def deleted(message_id: int | None) -> str:
    return f"{BOT}: （撤回了 #{message_id}）"


def head(where: str, message_id: int | None, edited: bool) -> str:
    return f"{BOT}{where} #{message_id}" + ("（已修改）" if edited else "")


def private_to(name: str) -> str:
    return f" → {name}（私聊）"


def other_chat(chat_id: int) -> str:
    return f" → 会话 {chat_id}"


def file_saved(name: str, size: int, saved: str) -> str:
    return f"[文件 {name}，{size // 1024 + 1} KB，已保存到 {saved}]"


def bad_time() -> str:
    return "（时间格式应为 15:10 或 2026-11-30T15:10:00+08:00）"


def time_set(instant: datetime) -> str:
    weekday = "一二三四五六日"[instant.weekday()]
    return f"—— 时间：{instant.month}月{instant.day}日（周{weekday}）{instant:%H:%M} ——"
