"""A report Telegram delivers more than once (same message, new update ids) is recorded and
confirmed once, whether the copies arrive together or after the bot has answered."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tests.e2e.group import SEED, Group, Person, bot_process, cli, database_path, replied_to, texts

pytestmark = pytest.mark.e2e

ZHANG = Person(201, "张三", "zhangsan")
LI = Person(202, "李四", "lisi")
REPORT_ID = 880001  # far above the ids the double hands out in a test session


def test_the_same_report_delivered_three_times_is_recorded_once(double, tmp_path, running_bot):
    group = Group(double)
    report = {"message": group.message(ZHANG, "明天上午请假半天，去银行办事", REPORT_ID)}

    # Two copies queued back to back (usually fetched by the same poll).
    first, second = group.send_raw(report), group.send_raw(report)
    assert first != second
    [confirmation] = group.collect(expect=1)
    assert confirmation.text.startswith("已记录：张三 ")
    assert replied_to(confirmation) == REPORT_ID
    assert group.collect(expect=0, timeout=2) == []

    # A third copy after the answer went out (a retry after a lost acknowledgement).
    third = group.send_raw(report)
    assert group.collect(expect=0, timeout=2) == []

    [whosout] = group.say(LI, "/whosout 明天")
    assert whosout.text.count("张三") == 1
    assert len(texts(group.outputs)) == 2

    log = running_bot.stop()
    assert "Traceback" not in log
    with closing(sqlite3.connect(database_path(tmp_path))) as db:
        rows = db.execute(
            "SELECT member_id, status FROM absences WHERE source_message_id = ?", (REPORT_ID,)
        ).fetchall()
        total = db.execute("SELECT count(*) FROM absences").fetchone()[0]
        seen = {u for (u,) in db.execute("SELECT update_id FROM seen_updates")}
    assert len(rows) == 1 and rows[0][1] == "active"
    assert total == 1
    assert {first, second, third} <= seen  # every copy reached the bot; none was lost


def test_a_redelivered_progress_report_is_answered_once(double, tmp_path):
    leader = Person(101, "王局长", "wangjuzhang")
    with bot_process(double, tmp_path, BUREAU_BOT_ROLES__LEADERS=f"[{leader.id}]") as bot:
        assert cli(double, tmp_path, "import-rectification", str(SEED)).returncode == 0
        group = Group(double)
        progress = {"message": group.message(leader, "/progress 12 已完成3个村的资金抽查", 880002)}
        group.send_raw(progress)
        [answer] = group.collect(expect=1)
        group.send_raw(progress)
        again = group.collect(expect=0, timeout=2)
        assert "Traceback" not in bot.stop()
    assert answer.text.startswith("已记录第 12 项进展")
    with closing(sqlite3.connect(database_path(tmp_path))) as db:
        updates = db.execute("SELECT count(*) FROM rectification_updates").fetchone()[0]
        edits = db.execute(
            "SELECT count(*) FROM audit WHERE action = 'rectification.progress.edit'"
        ).fetchone()[0]
    assert updates == 1  # recorded once: this part holds
    assert again == [], texts(again)
    assert edits == 0
