"""Delivery when Telegram fails: the outbox (scheduled posts) and the answers to reports,
through the real Application with the in-process Bot API made to fail (429 flood control,
a dropped connection, 403 Forbidden), and a restart over the same database file with
updates left in the inbox and a post half sent."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta

import pytest

from bot import outbox as delivery
from bot.console import ConsoleSession
from bot.inbox import drain, resume
from messages import outbox as outbox_text
from storage.inbox import InboxRepo, Stored
from storage.outbox import OutboxRepo, Part
from tests.bot.test_digest import FRIDAY_POST, HEAD, PNG, at, import_seed
from tests.conftest import texts


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Flood-control waits are recorded instead of slept (time is never slept in tests)."""
    waited: list[float] = []

    async def record(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(delivery, "sleep", record)
    return waited


async def open_digest_week(settings, clock) -> ConsoleSession:
    clock.set(at(11, 16, 9))
    chat = await ConsoleSession.open(settings, clock)
    await chat.say("张三", "/start")  # the admin
    await import_seed(chat)
    clock.set(FRIDAY_POST)
    return chat


def digest_key(chat: ConsoleSession) -> str:
    return f"digest:2026-W49:{chat.group_id}"


# ---------------------------------------------------------------------- scheduled posts
async def test_digest_text_out_chart_failed_only_the_chart_is_sent_again(settings, clock, waits):
    chat = await open_digest_week(settings, clock)
    try:
        chat.api.fail("sendPhoto", "network", times=2)  # the due run and its retry
        first = await chat.run_due()
        assert [o.method for o in first] == ["sendMessage"]
        assert texts(first)[0].startswith(HEAD)
        parts = await OutboxRepo(chat.services.db).parts(digest_key(chat))
        assert [p["state"] for p in parts] == ["sent", "pending"]

        clock.set(FRIDAY_POST + timedelta(minutes=30))  # Telegram reachable again
        again = await chat.run_due()
        assert [o.method for o in again] == ["sendPhoto"]  # the text is not repeated
        assert again[0].file_bytes is not None and again[0].file_bytes.startswith(PNG)
        assert (again[0].text or "").startswith(outbox_text.LATE_MARK)
        parts = await OutboxRepo(chat.services.db).parts(digest_key(chat))
        assert [p["state"] for p in parts] == ["sent", "sent"]
        assert await chat.run_due() == []
    finally:
        await chat.close()


async def test_flood_control_on_the_morning_post_waits_and_posts_once(chat, clock, waits):
    await chat.say("张三", "明天请病假，发烧")
    clock.set(clock.now() + timedelta(days=1))
    clock.set(clock.now().replace(hour=8, minute=30))
    chat.api.fail("sendMessage", "retry_after", chat_id=chat.group_id, retry_after=7)
    outputs = await chat.run_due()
    assert [t for t in texts(outputs) if t.startswith("今日在岗情况")] != []
    assert len([o for o in outputs if o.chat_id == chat.group_id]) == 1
    assert waits == [7.0]
    assert await chat.run_due() == []


async def test_forbidden_gives_up_with_one_log_line_and_one_admin_notice(
    chat, clock, waits, caplog
):
    await chat.say("张三", "/start")  # the admin, with a private chat
    admin = chat.people["张三"].tg_user_id
    clock.set(clock.now().replace(hour=8, minute=30))
    chat.api.fail("sendMessage", "forbidden", times=5, chat_id=chat.group_id)
    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        outputs = await chat.run_due()
    refused = [r for r in caplog.records if "refused by Telegram" in r.getMessage()]
    assert len(refused) == 1
    [notice] = [o for o in outputs if o.chat_id == admin]
    assert "定时消息未能发出" in (notice.text or "") and "Forbidden" in (notice.text or "")
    assert await chat.run_due() == []  # given up: not tried again, no second notice
    assert chat.api.faults[0].times == 4


async def test_a_duty_notice_sent_after_a_dropped_connection(chat, clock, waits):
    """Duty posts go through the same outbox: a network error leaves them pending, the next
    heartbeat sends them once."""
    await chat.say("张三", "/start")
    key = "duty.post:2026-11-30"
    parts = [Part("sendMessage", "【今日值班】带班：赵局")]
    chat.api.fail("sendMessage", "network", times=1)
    done = await delivery.post(
        chat.app, f"{key}:{chat.group_id}", chat.group_id, parts, clock.now()
    )
    assert not done and chat.api.outputs[-1].text != "【今日值班】带班：赵局"
    outputs = await chat.run_due()
    assert [o.text for o in outputs].count("【今日值班】带班：赵局") == 1
    assert "【今日值班】带班：赵局" not in [o.text for o in await chat.run_due()]


# ---------------------------------------------------------------------- answers to reports
async def test_a_confirmation_is_retried_after_flood_control_and_a_dropped_connection(chat, waits):
    await chat.say("张三", "/start")
    chat.api.fail("sendMessage", "retry_after", retry_after=2)
    chat.api.fail("sendMessage", "network")
    outputs = await chat.say("张三", "明天下午请假半天，孩子家长会")
    assert [t for t in texts(outputs) if t.startswith("已记录")] != []
    assert len(outputs) == 1 and waits == [2.0, 1.0]
    assert not [t for t in texts(outputs) if "抱歉" in t]


async def test_no_apology_for_a_recorded_report_and_its_answer_owed_at_start(settings, clock):
    first = await ConsoleSession.open(settings, clock)
    await first.say("张三", "/start")
    first.api.fail("sendMessage", "network", times=10)
    delivery_sleep, delivery.sleep = delivery.sleep, _no_wait
    try:
        outputs = await first.say("张三", "明天下午请假半天，孩子家长会")
    finally:
        delivery.sleep = delivery_sleep
    assert outputs == []  # neither the confirmation (network down) nor "请稍后再试"
    rows = await first.services.db.fetchall("SELECT reply_message_id FROM absences")
    assert [r[0] for r in rows] == [None]
    source = first.last_message_id
    await first.close()

    second = await ConsoleSession.open(settings, clock)  # Telegram reachable, bot restarted
    try:
        [answer] = [o for o in second.api.outputs if o.reply_to == source]
        assert (answer.text or "").startswith("已记录")
        rows = await second.services.db.fetchall("SELECT reply_message_id FROM absences")
        assert [r[0] for r in rows] == [answer.message_id]
    finally:
        await second.close()


async def test_an_owed_confirmation_goes_out_on_the_heartbeat_once_telegram_is_back(chat, waits):
    await chat.say("张三", "/start")
    chat.api.fail("sendMessage", "network", times=4)  # the first try and its three retries
    assert await chat.say("张三", "明天下午请假半天，孩子家长会") == []
    source = chat.last_message_id
    # The outage is over: the heartbeat answers, no restart needed.
    outputs = [o for o in await chat.run_due() if o.reply_to == source]
    assert len(outputs) == 1 and (outputs[0].text or "").startswith("已记录")
    rows = await chat.services.db.fetchall(
        "SELECT reply_message_id, confirmation_owed FROM absences"
    )
    assert [tuple(r) for r in rows] == [(outputs[0].message_id, 0)]
    assert [o for o in await chat.run_due() if o.reply_to == source] == []


async def test_a_confirmation_a_kill_caught_on_its_way_is_not_sent_twice(settings, clock):
    """What a kill between Telegram's answer and its record leaves: a record with no reply
    id, the confirmation already in the chat. The next start must not send it again."""
    first = await ConsoleSession.open(settings, clock)
    await first.say("张三", "/start")
    [shown] = await first.say("张三", "明天下午请假半天，孩子家长会")
    source = first.last_message_id
    assert shown.reply_to == source and (shown.text or "").startswith("已记录")
    await first.services.db.execute(
        "UPDATE absences SET reply_chat_id = NULL, reply_message_id = NULL"
    )
    await first.close()

    second = await ConsoleSession.open(settings, clock)
    try:
        assert [o for o in second.api.outputs if o.reply_to == source] == []
        assert [o for o in await second.run_due() if o.reply_to == source] == []
        [row] = await second.services.db.fetchall("SELECT status FROM absences")
        assert row[0] == "active"
    finally:
        await second.close()


async def _no_wait(seconds: float) -> None:
    return None


# ---------------------------------------------------------------------- a restart
async def test_a_restart_handles_what_the_inbox_holds_and_finishes_a_half_sent_post(
    settings, clock
):
    chat = await open_digest_week(settings, clock)
    me = await chat.person("张三")
    group = chat.group_id
    clock.set(FRIDAY_POST - timedelta(hours=1))
    await chat.close()
    clock.set(FRIDAY_POST)

    # What a kill leaves: two updates stored but not handled, a digest with its text out.
    from storage.db import Database

    db = await Database.open(settings.database.path)
    try:
        message = {
            "message_id": 900,
            "date": int(clock.now().timestamp()),
            "chat": {"id": group, "type": "supergroup", "title": "工作群"},
            "from": {"id": me.tg_user_id, "is_bot": False, "first_name": "张三"},
            "text": "下周一请事假，家里有事",
        }
        chatter = dict(message, message_id=901, text="收到")
        await InboxRepo(db).store(
            [
                Stored(7001, json.dumps({"update_id": 7001, "message": message})),
                Stored(7002, json.dumps({"update_id": 7002, "message": chatter})),
            ],
            7003,
            clock.now(),
        )
        outbox = OutboxRepo(db)
        text_part = Part("sendMessage", "📊 整改周报（正文）")
        chart = Part("sendPhoto", "周报图", file=PNG, file_name="digest.png")
        key = f"digest:2026-W49:{group}"
        await outbox.claim([(key, group, [text_part, chart])], FRIDAY_POST, None, clock.now())
        await outbox.sent((await outbox.waiting(key))[0].id, 41, clock.now())
    finally:
        await db.close()

    again = await ConsoleSession.open(settings, clock)  # a new Application, same file
    try:
        started = list(again.api.outputs)
        assert [o.method for o in started] == ["sendPhoto"]  # only the part not sent
        assert await resume(again.app) == 2
        answers = texts(again.api.outputs[len(started) :])
        assert len(answers) == 1 and answers[0].startswith("已记录")
        assert await resume(again.app) == 0
        rows = await again.services.db.fetchall(
            "SELECT source_message_id FROM absences WHERE source_message_id = 900"
        )
        assert len(rows) == 1
        assert await again.run_due() == []  # the digest is done: not posted again
    finally:
        await again.close()


async def test_a_return_reminder_refused_in_private_goes_under_the_report(chat, clock, waits):
    await chat.say("张三", "/start")  # the admin
    await chat.say("李四", "外出：姜畲大堤巡查，下午3点回")
    source = chat.last_message_id
    chat.api.fail("sendMessage", "forbidden", chat_id=chat.people["李四"].tg_user_id)
    clock.set(clock.now().replace(hour=15, minute=11))
    [reminder] = await chat.run_due()  # no notice to the admins: it reached 李四
    assert reminder.chat_id == chat.group_id and reminder.reply_to == source
    assert texts([reminder])[0].startswith("李四，您报备的外出（姜畲大堤巡查）预计 15:00 返回")
    clock.set(clock.now().replace(hour=16))
    assert await chat.run_due() == []


async def test_the_admins_hear_once_of_a_chat_that_refuses(chat, clock, waits):
    await chat.say("张三", "/start")  # the admin
    admin = chat.people["张三"].tg_user_id
    chat.api.fail("sendMessage", "forbidden", times=10, chat_id=chat.group_id)
    clock.set(clock.now().replace(hour=8, minute=30))
    first = await chat.run_due()
    clock.set(clock.now() + timedelta(days=1))  # Tuesday's roll call is refused too
    second = await chat.run_due()
    assert len([o for o in first if o.chat_id == admin]) == 1
    assert [o for o in second if o.chat_id == admin] == []
    assert chat.api.faults[0].times == 8  # each day's post tried once, then given up


def report_update(chat: ConsoleSession, tg_user_id: int, update_id: int, text: str) -> Stored:
    message = {
        "message_id": 800 + update_id % 100,
        "date": int(chat.services.clock.now().timestamp()),
        "chat": {"id": chat.group_id, "type": "supergroup", "title": "工作群"},
        "from": {"id": tg_user_id, "is_bot": False, "first_name": "李四"},
        "text": text,
    }
    return Stored(update_id, json.dumps({"update_id": update_id, "message": message}))


async def test_a_stop_leaves_the_rest_in_the_inbox(chat):
    me = await chat.person("李四")
    inbox = InboxRepo(chat.services.db)
    texts_ = ["明天请事假，家里有事", "后天上午请病假", "收到"]
    batch = [report_update(chat, me.tg_user_id, 9001 + i, t) for i, t in enumerate(texts_)]
    await inbox.store(batch, 9004, chat.services.now())
    stop = asyncio.Event()
    stop.set()  # SIGTERM before the batch is handled
    assert await drain(chat.app, stop=stop) == 0
    assert await inbox.count_waiting() == 3
    assert await drain(chat.app) == 3  # the next start
    assert await inbox.count_waiting() == 0
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM absences") == 2


async def test_killed_between_the_record_and_its_answer(settings, clock):
    """The record and the update's mark commit together: the update is not handled again
    (nothing recorded twice). Its answer was on its way: Telegram may have shown it, so the
    next start does not send it again (at most once after a kill; docs/reliability.md)."""
    first = await ConsoleSession.open(settings, clock)
    me = await first.person("李四")
    await InboxRepo(first.services.db).store(
        [report_update(first, me.tg_user_id, 9101, "明天请事假，家里有事")], 9102, clock.now()
    )
    first.api.fail("sendMessage", "hang")
    handling = asyncio.ensure_future(drain(first.app))
    await first.api.hanging.wait()  # the record committed, its answer on its way
    handling.cancel()  # the kill
    with pytest.raises(asyncio.CancelledError):
        await handling
    assert await InboxRepo(first.services.db).count_waiting() == 0  # marked with the record
    first.api.faults.clear()
    await first.close()

    again = await ConsoleSession.open(settings, clock)
    try:
        assert await resume(again.app) == 0
        assert [o for o in again.api.outputs if o.method == "sendMessage"] == []
        assert [o for o in await again.run_due() if o.method == "sendMessage"] == []
        assert await again.services.db.fetchval("SELECT COUNT(*) FROM absences") == 1
    finally:
        await again.close()
