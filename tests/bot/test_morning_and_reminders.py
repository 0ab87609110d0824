"""Scheduled absence work with an injected clock: the morning roll call and 外出 reminders."""

from __future__ import annotations

from datetime import datetime

from bot.console import ConsoleSession
from tests.conftest import TZ, texts


def morning(outputs) -> list[str]:
    return [t for t in texts(outputs) if t.startswith("今日在岗情况")]


async def test_morning_post_once_on_workdays(chat, clock):
    await chat.say("张三", "明天请病假，发烧")
    await chat.say("李四", "明天外出：姜畲大堤巡查，下午3点回")
    clock.set(datetime(2026, 12, 1, 8, 19, tzinfo=TZ))
    assert morning(await chat.run_due()) == []  # not yet
    clock.set(datetime(2026, 12, 1, 8, 20, tzinfo=TZ))
    [post] = morning(await chat.run_due())
    assert post.startswith("今日在岗情况 · 12月1日（周二）\n病假（1人）")
    assert "病假（1人）\n· 张三 12月1日（周二）全天" in post
    assert "姜畲大堤巡查" in post and "发烧" not in post
    assert post.endswith("在岗 0 人，不在岗 2 人。")
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=TZ))
    assert morning(await chat.run_due()) == []  # once a day


async def test_no_morning_post_on_a_weekend_but_on_an_adjusted_workday(chat, clock):
    await chat.say("张三", "/start")
    clock.set(datetime(2026, 12, 5, 8, 30, tzinfo=TZ))  # an ordinary Saturday
    assert morning(await chat.run_due()) == []
    clock.set(datetime(2026, 10, 1, 8, 30, tzinfo=TZ))  # National Day
    assert morning(await chat.run_due()) == []
    clock.set(datetime(2026, 10, 10, 8, 30, tzinfo=TZ))  # Saturday, adjusted working day
    assert len(morning(await chat.run_due())) == 1


async def test_a_restart_does_not_repeat_the_morning_post(settings, clock):
    clock.set(datetime(2026, 12, 1, 8, 25, tzinfo=TZ))
    first = await ConsoleSession.open(settings, clock)
    try:
        await first.say("张三", "/start")
        assert len(morning(await first.run_due())) == 1
    finally:
        await first.close()
    clock.set(datetime(2026, 12, 1, 8, 40, tzinfo=TZ))
    second = await ConsoleSession.open(settings, clock)
    try:
        assert morning(await second.run_due()) == []
    finally:
        await second.close()


async def test_late_start_after_noon_skips_the_day(chat, clock):
    await chat.say("张三", "/start")
    clock.set(datetime(2026, 12, 1, 12, 5, tzinfo=TZ))
    assert morning(await chat.run_due()) == []


async def test_no_morning_post_for_a_group_nobody_spoke_in(chat, clock):
    clock.set(datetime(2026, 12, 1, 8, 30, tzinfo=TZ))
    assert morning(await chat.run_due()) == []


async def test_return_reminder_once_after_the_time_passes(chat, clock):
    await chat.say("李四", "外出：姜畲大堤巡查，下午3点回")
    clock.set(datetime(2026, 11, 30, 15, 9, tzinfo=TZ))
    assert await chat.run_due() == []
    clock.set(datetime(2026, 11, 30, 15, 11, tzinfo=TZ))
    [reminder] = await chat.run_due()
    assert reminder.chat_id == chat.people["李四"].tg_user_id  # privately
    assert texts([reminder])[0].startswith("李四，您报备的外出（姜畲大堤巡查）预计 15:00 返回")
    clock.set(datetime(2026, 11, 30, 16, 0, tzinfo=TZ))
    assert await chat.run_due() == []


async def test_no_return_reminder_after_returning(chat, clock):
    await chat.say("李四", "外出：水文站，下午3点回")
    clock.set(datetime(2026, 11, 30, 14, 0, tzinfo=TZ))
    await chat.say("李四", "我回来了")
    clock.set(datetime(2026, 11, 30, 15, 30, tzinfo=TZ))
    assert await chat.run_due() == []
