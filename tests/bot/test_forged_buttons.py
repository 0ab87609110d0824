"""Forged or damaged button presses get one short line, never an exception or an apology."""

from __future__ import annotations

import pytest

from tests.conftest import texts

FORGED = [
    "rect:close:abc",
    "rect:",
    "rect:close:" + "9" * 30,
    "rect:m:1:" + "9" * 30,
    "abs:undo:" + "9" * 30,
    "abs:q:" + "9" * 30 + ":ok",
    "abs:q:1:maybe",
    "note:del:" + "9" * 30,
    "note:set:1:x",
    "apv:ok:abc",
    "apv:ok:" + "9" * 30,
    "apv:zz:1",
    "abs:cx:abc",
    "abs:cxno:maybe",
    "zzz:anything",
    "",
]


async def _press(chat, name: str, data: str) -> list:
    person = await chat.person(name)
    message = chat._message(person, chat.group_id, "卡片")
    chat.api.remember(chat.group_id, message)
    update = {
        "update_id": chat._next_update_id(),
        "callback_query": {
            "id": str(chat._update_id),
            "from": person.user(),
            "chat_instance": "forged",
            "data": data,
            "message": message,
        },
    }
    return await chat.deliver(update)


@pytest.mark.parametrize("data", FORGED)
async def test_a_forged_press_is_answered_quietly(chat, caplog, data):
    await chat.say("张三", "/start")  # the admin: allowed everything that exists
    outputs = await _press(chat, "张三", data)
    assert [o.method for o in outputs] == ["answerCallbackQuery"]
    assert texts(outputs) == ["这个按钮已失效，请重新操作。"]
    assert "error while handling" not in caplog.text


async def test_a_genuine_press_still_works(chat):
    await chat.say("李四", "明天下午请假半天")
    undone = texts(await chat.press("李四", "撤销"))
    assert any("已撤销" in t for t in undone)
