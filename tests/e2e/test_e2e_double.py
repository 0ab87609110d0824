"""The Bot API double itself: python-telegram-bot's own ``Bot`` (the client the bot uses)
against it over HTTP, and raw requests where the exact answer on the wire matters.

The reliability work builds its tests on these faults, so they must be answered exactly as
Telegram answers them: the HTTP status, ``ok: false``, ``error_code``, ``description`` and,
on 429, ``parameters.retry_after``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from tests.e2e.botapi_double import BotApiDouble
from tests.e2e.conftest import TOKEN

pytestmark = pytest.mark.e2e

ZHANG = {"id": 201, "is_bot": False, "first_name": "张三"}
LI = {"id": 202, "is_bot": False, "first_name": "李四"}
GROUP = {"id": -1001000000001, "type": "supergroup", "title": "区水利局工作群"}
OTHER = {"id": -1001000000002, "type": "supergroup", "title": "河堤事务中心"}


@pytest.fixture
def api(double: BotApiDouble) -> BotApiDouble:
    double.reset()
    return double


@pytest.fixture
async def bot(api: BotApiDouble) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=f"{api.url}/bot", base_file_url=f"{api.url}/file/bot") as b:
        yield b


def raw(api: BotApiDouble, method: str, token: str = TOKEN, **kwargs: Any) -> httpx.Response:
    """One request as it goes over the wire (the double runs in its own thread, so a
    blocking call from an async test is fine)."""
    return httpx.post(f"{api.url}/bot{token}/{method}", timeout=10, **kwargs)


# ---------------------------------------------------------------------- faults
async def test_429_twice_then_the_call_goes_through(api, bot):
    api.fail_next("sendMessage", status=429, retry_after=1, times=2)

    response = raw(api, "sendMessage", json={"chat_id": GROUP["id"], "text": "早"})
    assert response.status_code == 429
    assert response.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    with pytest.raises(RetryAfter, match=r"Retry in 1 seconds|Retry in 0:00:01"):
        await bot.send_message(GROUP["id"], "早")
    assert api.faults_left("sendMessage") == 0
    assert api.sent() == []  # a refused call does nothing

    message = await bot.send_message(GROUP["id"], "早")
    assert [s.text for s in api.sent()] == ["早"]
    assert message.message_id == api.sent()[0].message_id
    assert [c.status for c in api.calls("sendMessage")] == [429, 429, 200]


@pytest.mark.parametrize(
    ("status", "description", "error"),
    [
        (400, "Bad Request: chat not found", BadRequest),
        (403, "Forbidden: bot was blocked by the user", Forbidden),
        (502, "Bad Gateway", NetworkError),
    ],
)
async def test_other_errors_have_telegrams_body(api, bot, status, description, error):
    api.fail_next("editMessageText", status=status)
    response = raw(api, "editMessageText", data={"chat_id": "1", "message_id": "1", "text": "x"})
    assert response.status_code == status
    assert response.json() == {"ok": False, "error_code": status, "description": description}

    api.fail_next("sendMessage", status=status, description=f"{description} (injected)")
    with pytest.raises(error, match=r"injected"):
        await bot.send_message(GROUP["id"], "x")
    assert api.sent() == []


async def test_faults_are_per_method_and_in_order(api, bot):
    api.fail_next("sendMessage", status=403)
    api.fail_next("sendMessage", status=429, retry_after=5)
    await bot.get_me()  # another method is not affected
    with pytest.raises(Forbidden):
        await bot.send_message(GROUP["id"], "一")
    with pytest.raises(RetryAfter):
        await bot.send_message(GROUP["id"], "二")
    await bot.send_message(GROUP["id"], "三")
    assert [s.text for s in api.sent()] == ["三"]

    api.fail_next("sendMessage", times=3)
    api.clear_faults()
    await bot.send_message(GROUP["id"], "四")


async def test_a_dropped_connection_and_a_stall(api, bot):
    api.drop_next("sendMessage")
    with pytest.raises(NetworkError, match=r"disconnected"):
        await bot.send_message(GROUP["id"], "掉线")
    assert api.sent() == [] and [c.status for c in api.calls("sendMessage")] == [0]

    api.stall_next("getMe", seconds=30)
    with pytest.raises(TimedOut):
        await bot.get_me(read_timeout=0.3)


# ---------------------------------------------------------------------- Telegram's own errors
async def test_errors_telegram_itself_gives(api, bot):
    assert raw(api, "getMe", token="1:WRONG").json() == {
        "ok": False,
        "error_code": 401,
        "description": "Unauthorized",
    }
    unknown = raw(api, "sendTelepathy", json={})
    assert (unknown.status_code, unknown.json()["description"]) == (404, "Not Found")
    with pytest.raises(BadRequest, match=r"[Mm]essage text is empty"):
        await bot.send_message(GROUP["id"], " ")
    with pytest.raises(BadRequest, match=r"[Mm]essage to edit not found"):
        await bot.edit_message_text("x", GROUP["id"], 999)
    sent = await bot.send_message(GROUP["id"], "原文")
    with pytest.raises(BadRequest, match=r"[Mm]essage is not modified"):
        await bot.edit_message_text("原文", GROUP["id"], sent.message_id)


# ---------------------------------------------------------------------- people and the bot
async def test_people_in_several_chats_a_button_and_an_edit(api, bot):
    api.send_message(ZHANG, GROUP, "/start")
    api.send_message(LI, OTHER, "明天上午请假")
    first = await bot.get_updates(timeout=1, allowed_updates=["message", "callback_query"])
    assert [(u.message.chat.id, u.message.from_user.id) for u in first] == [
        (GROUP["id"], 201),
        (OTHER["id"], 202),
    ]
    assert first[0].message.text == "/start" and first[0].message.entities[0].type == "bot_command"
    # Not confirmed yet: delivered again; an offset confirms everything below it.
    assert [u.update_id for u in await bot.get_updates()] == [u.update_id for u in first]
    assert await bot.get_updates(offset=first[-1].update_id + 1) == ()

    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("撤销", callback_data="undo:1")]])
    answer = await bot.send_message(
        OTHER["id"], "已记录", reply_markup=keyboard, reply_to_message_id=first[1].message.id
    )
    api.press(LI, OTHER, "撤销")
    [press] = await bot.get_updates(offset=first[-1].update_id + 1, timeout=1)
    query = press.callback_query
    assert (query.data, query.from_user.id, query.message.message_id) == (
        "undo:1",
        202,
        answer.message_id,
    )
    await bot.answer_callback_query(query.id, "已撤销", show_alert=True)
    with pytest.raises(BadRequest, match=r"[Qq]uery is too old"):
        await bot.answer_callback_query(query.id)
    await bot.edit_message_text("已撤销", OTHER["id"], answer.message_id)

    # allowed_updates holds until changed, as in Telegram: an edit is not delivered...
    api.edit_message(LI, OTHER, first[1].message.id, "大后天上午请假")
    assert await bot.get_updates(offset=press.update_id + 1) == ()
    # ...until the bot asks for edits too.
    api.edit_message(LI, OTHER, first[1].message.id, "后天上午请假")
    [edit] = await bot.get_updates(
        offset=press.update_id + 1, timeout=1, allowed_updates=["message", "edited_message"]
    )
    assert edit.edited_message.text == "后天上午请假"
    assert edit.edited_message.message_id == first[1].message.id

    outputs = api.sent(OTHER["id"])
    assert [(s.method, s.text) for s in outputs] == [
        ("sendMessage", "已记录"),
        ("answerCallbackQuery", "已撤销"),
        ("editMessageText", "已撤销"),
    ]
    assert outputs[0].reply_to == first[1].message.id and outputs[0].buttons == ["撤销"]
    assert outputs[1].show_alert is True and outputs[2].buttons == []  # the keyboard went
    assert api.sent(GROUP["id"]) == []
    with pytest.raises(LookupError):
        api.press(LI, OTHER, "撤销")  # no such button any more


async def test_files_both_ways(api, bot):
    api.send_document(ZHANG, GROUP, "第一项\n".encode(), "整改通报.txt", caption="导入")
    api.send_photo(LI, GROUP, b"\xff\xd8photo", caption="现场照片")
    document, photo = await bot.get_updates(timeout=1)
    assert document.message.caption == "导入"
    assert document.message.document.file_name == "整改通报.txt"
    got = await (await document.message.document.get_file()).download_as_bytearray()
    assert bytes(got) == "第一项\n".encode()
    got = await (await photo.message.photo[-1].get_file()).download_as_bytearray()
    assert bytes(got) == b"\xff\xd8photo" and photo.message.caption == "现场照片"

    await bot.send_document(GROUP["id"], b"PK\x03\x04", filename="考勤.xlsx", caption="11月")
    await bot.send_photo(GROUP["id"], b"\x89PNG\r\n", caption="本周")
    sent_document, sent_photo = api.sent(GROUP["id"])
    assert (sent_document.method, sent_document.file_name) == ("sendDocument", "考勤.xlsx")
    assert sent_document.file_bytes == b"PK\x03\x04" and sent_document.text == "11月"
    assert (sent_photo.method, sent_photo.file_bytes) == ("sendPhoto", b"\x89PNG\r\n")
    with pytest.raises(BadRequest, match=r"[Ii]nvalid file_id"):
        await bot.get_file("no-such-file")


def test_parameters_as_json_form_or_multipart(api):
    chat = str(GROUP["id"])
    markup = '{"inline_keyboard": [[{"text": "好", "callback_data": "ok"}]]}'
    assert raw(api, "sendMessage", json={"chat_id": GROUP["id"], "text": "json"}).json()["ok"]
    form = {"chat_id": chat, "text": "form", "reply_markup": markup}
    assert raw(api, "sendMessage", data=form).json()["ok"]
    answer = raw(api, "sendMessage", data={"chat_id": chat, "text": "multi"}, files={"x": b"1"})
    assert answer.json()["result"]["chat"]["id"] == GROUP["id"]
    get = httpx.get(f"{api.url}/bot{TOKEN}/sendMessage", params={"chat_id": chat, "text": "get"})
    assert get.json()["ok"]
    sent = api.sent(GROUP["id"])
    assert [s.text for s in sent] == ["json", "form", "multi", "get"]
    assert sent[1].buttons == ["好"]
    assert all(s.params["chat_id"] == GROUP["id"] for s in sent)  # an int, however it came


async def test_menus_and_webhooks(api, bot):
    from telegram import BotCommand, BotCommandScopeChat

    await bot.delete_webhook(drop_pending_updates=False)
    await bot.set_my_commands([BotCommand("start", "开始")])
    await bot.set_my_commands([BotCommand("close", "销号")], scope=BotCommandScopeChat(101))
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    assert api.commands({"type": "chat", "chat_id": 101}) == [
        {"command": "close", "description": "销号"}
    ]
    api.send_message(ZHANG, GROUP, "旧消息")
    await bot.delete_webhook(drop_pending_updates=True)
    assert api.pending() == [] and await bot.get_updates() == ()
