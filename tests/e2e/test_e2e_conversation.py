"""Issue 12 over HTTP: the bot's question answered by typing, and a return after the
planned time, with `bureau-bot run` as its own process against the Bot API double."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage.db import to_db_time
from tests.e2e.group import SILENCE, Group, Person, buttons, database_path

pytestmark = pytest.mark.e2e

OFFICE_TZ = ZoneInfo("Asia/Shanghai")
ZHANG = Person(211, "张三", "zhangsan2")
LI = Person(212, "李四", "lisi2")
FANG = Person(213, "王芳", "wangfang")


def test_a_typed_answer_completes_the_report(double, running_bot):
    group = Group(double)
    [question] = group.say(ZHANG, "请假")
    assert question.text.startswith("收到。请问是哪一天？")
    assert buttons(question) == ["今天", "明天", "取消"]
    # Someone else's 周五 is not an answer to 张三's question.
    assert group.say(LI, "周五", expect=0, timeout=SILENCE) == []
    [recorded] = group.say(ZHANG, "周五")
    assert recorded.text.startswith("已记录：张三 请假 ")
    assert "（周五）全天" in recorded.text
    assert "Traceback" not in running_bot.stop()


def test_a_late_return_closes_the_outing(double, running_bot, tmp_path):
    group = Group(double)
    # The bot runs on the real clock: a period that does not depend on the hour of the run
    # (at night "半小时回" would end before office hours begin, and be asked about).
    [confirmation] = group.say(FANG, "外出：明天上午9点到11点，姜畲大堤巡查")
    assert confirmation.text.startswith("已记录：王芳 外出")
    # Time travel for the arrangement only: she left three hours ago, due back 20 minutes ago.
    now = datetime.now(UTC).replace(microsecond=0)
    with closing(sqlite3.connect(database_path(tmp_path))) as db, db:
        db.execute(
            "UPDATE absences SET start_at = ?, end_at = ?, planned_end_at = ?,"
            " return_reminded_at = ?",
            (
                to_db_time(now - timedelta(hours=3)),
                to_db_time(now - timedelta(minutes=20)),
                to_db_time(now - timedelta(minutes=20)),
                to_db_time(now),  # the private nudge went out already
            ),
        )
    [welcome] = group.say(FANG, "我回来了")
    said = datetime.now(OFFICE_TZ)
    expected = {f"{t:%H:%M}" for t in (said - timedelta(minutes=1), said)}
    assert welcome.text.startswith("欢迎回来，王芳！外出已于 ")
    assert welcome.text[len("欢迎回来，王芳！外出已于 ") :][:5] in expected
    with closing(sqlite3.connect(database_path(tmp_path))) as db:
        [(status, end_at)] = db.execute("SELECT status, end_at FROM absences").fetchall()
    assert status == "ended" and end_at > to_db_time(now - timedelta(minutes=1))
    # Nothing open any more: a second 我回来了 is silence in the group.
    assert group.say(FANG, "我回来了", expect=0, timeout=SILENCE) == []
    assert "Traceback" not in running_bot.stop()
