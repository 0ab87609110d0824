"""The gate fails closed: while another process holds the database's write lock, nobody
outside is let in, and an update the gate cannot note is stopped, not handled."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from tests.conftest import texts


@pytest.fixture
def write_lock(settings) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding the write lock (BEGIN IMMEDIATE)."""
    holder = sqlite3.connect(settings.database.path, isolation_level=None)
    yield holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()


def _update(chat, update_id: int, chat_id: int, user_id: int, text: str) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": chat.api.chats[chat_id],
            "from": {"id": user_id, "is_bot": False, "first_name": "路人"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }


async def test_while_the_database_is_locked_outsiders_get_nothing(chat, write_lock):
    await chat.say("张三", "/start")  # the admin
    await chat.say("李四", "明天请假，看病")  # someone on sick leave, a private reason
    await chat.services.db.execute("PRAGMA busy_timeout=50")  # fail fast, not in 5 s
    chat.api.add_chat({"id": -999, "type": "supergroup", "title": "别的群"})
    chat.api.add_chat({"id": 4243, "type": "private", "first_name": "路人"})
    write_lock.execute("BEGIN IMMEDIATE")

    assert await chat.deliver(_update(chat, 20_001, -999, 4242, "/items")) == []
    assert await chat.deliver(_update(chat, 20_002, -999, 4242, "/whosout")) == []
    stranger = texts(await chat.deliver(_update(chat, 20_003, 4243, 4243, "/members")))
    assert len(stranger) == 1 and stranger[0].startswith("您好，本助手只为本单位工作群的成员服务")
    assert not any("李四" in t or "张三" in t for t in stranger)


async def test_members_are_admitted_by_reading_while_another_process_writes(chat, write_lock):
    """The gate decides with reads only (the update's "handled" mark is written with its
    first change), so a member's question is answered even while another process holds the
    write lock; nothing is half-written and no apology is sent."""
    await chat.say("张三", "/start")
    await chat.say("李四", "明天请假，看病")
    await chat.services.db.execute("PRAGMA busy_timeout=50")
    write_lock.execute("BEGIN IMMEDIATE")
    answered = texts(await chat.say("李四", "/whosout"))
    assert len(answered) == 1 and "不在岗" in answered[0]
    assert not any("抱歉" in t for t in answered)
    write_lock.execute("ROLLBACK")
    assert "李四" in texts(await chat.say("张三", "/members", private=True))[0]
