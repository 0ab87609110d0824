"""The same words mean the same day in every command (issue 11): /whosout and /duty read
their day through the one date engine, on Monday 2026-11-30."""

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
    ],
)
async def test_whosout_and_duty_agree_on_the_day(chat, clock, words: str, day: str) -> None:
    clock.set(MONDAY)
    [whosout] = texts(await chat.say("张三", f"/whosout {words}"))
    [duty] = [t for t in texts(await chat.say("张三", f"/duty {words}")) if "值班" in t]
    assert day in whosout.splitlines()[0], whosout
    assert day in duty.splitlines()[0], duty


async def test_whosout_finds_an_absence_on_the_day_named(chat, clock) -> None:
    clock.set(MONDAY)
    await chat.say("李四", "3号请假")
    assert "李四" in texts(await chat.say("张三", "/whosout 3号"))[0]
    assert "李四" not in texts(await chat.say("张三", "/whosout 明天"))[0]
