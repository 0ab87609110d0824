"""The same words mean the same day in every command (issue 11): /whosout, /duty and
/remind read their day through the one date engine, on Monday 2026-11-30."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.conftest import TZ, texts

MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("3号", "12月3日"),
        ("大后天", "12月3日"),
        ("下下周一", "12月14日"),
        ("十二月三日", "12月3日"),
        ("周3", "12月2日"),
        ("礼拜三", "12月2日"),
        ("12.7", "12月7日"),
        ("12/7", "12月7日"),
        ("2026-12-07", "12月7日"),
        ("12-7", "12月7日"),
        ("12-07", "12月7日"),
        ("下周一", "12月7日"),
    ],
)
async def test_whosout_duty_and_remind_agree_on_the_day(chat, clock, words: str, day: str) -> None:
    clock.set(MONDAY)
    [whosout] = texts(await chat.say("张三", f"/whosout {words}"))
    [duty] = [t for t in texts(await chat.say("张三", f"/duty {words}")) if "值班" in t]
    [remind] = texts(await chat.say("张三", f"/remind {words} 9点 核对台账"))
    assert day in whosout.splitlines()[0], whosout
    assert day in duty.splitlines()[0], duty
    assert f"提醒时间：2026年{day}（" in remind, remind


async def test_remind_refuses_a_day_that_does_not_exist(chat, clock) -> None:
    clock.set(MONDAY)
    [answer] = texts(await chat.say("张三", "/remind 2月30日 9点 开会"))
    assert answer.startswith("日期不对：2月没有30日。")
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 0


async def test_whosout_finds_an_absence_on_the_day_named(chat, clock) -> None:
    clock.set(MONDAY)
    await chat.say("李四", "3号请假")
    assert "李四" in texts(await chat.say("张三", "/whosout 3号"))[0]
    assert "李四" not in texts(await chat.say("张三", "/whosout 明天"))[0]
