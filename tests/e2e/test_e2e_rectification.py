"""The 25 rectification items, end to end: the seed report is imported with the command line
into the database of a bot that is already running, and the group sees it at once; only a
leader (configured through the environment) may close an item."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

import pytest

from tests.e2e.group import SEED, Group, Person, bot_process, buttons, cli, database_path, texts

pytestmark = pytest.mark.e2e

LEADER = Person(101, "王局长", "wangjuzhang")
ZHANG = Person(201, "张三", "zhangsan")
LI = Person(202, "李四", "lisi")
ITEM_12 = "下拨水利资金使用管理漏洞较多"  # the seed's item 12
LEGEND = "/item 编号 看详情"  # the last line of an /items answer


@pytest.fixture
def bot_with_leader(double, tmp_path):
    with bot_process(double, tmp_path, BUREAU_BOT_ROLES__LEADERS=f"[{LEADER.id}]") as bot:
        yield bot


def test_import_items_card_and_who_may_close(double, tmp_path, bot_with_leader):
    assert SEED.is_file(), f"the seed report is missing at {SEED}"
    group = Group(double)

    [before] = group.say(ZHANG, "/items")
    assert "还没有导入整改事项" in before.text

    result = cli(double, tmp_path, "import-rectification", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "25 项问题" in result.stdout

    # The running bot reads the imported items: all 25, in one or more messages.
    listing = group.say(ZHANG, "/items", until=lambda got: any(LEGEND in t for t in texts(got)))
    body = "\n".join(texts(listing))
    assert len(texts(listing)) == len(listing)
    assert "<b>整改事项</b>（25 项）" in body
    numbers = [int(n) for n in re.findall(r"^\S+ <b>(\d+)</b> ", body, flags=re.M)]
    assert sorted(numbers) == list(range(1, 26))

    [card] = group.say(LI, "/item 12")
    assert f"第 12 项　{ITEM_12}" in card.text
    assert "整改措施" in card.text and "整改时限" in card.text
    assert "状态：已销号" not in card.text

    # A member may not close it, neither by command nor by the leader's button.
    [refused] = group.say(ZHANG, "/close 12")
    assert refused.text == "这个命令只有领导可以使用。"
    assert not buttons(refused)

    [question] = group.say(LEADER, "/close 12")
    assert f"第 12 项（{ITEM_12}）还没有任何佐证材料" in question.text
    assert {"确认销号", "取消"} <= set(buttons(question))

    [alert] = group.press(ZHANG, "确认销号", question.message_id)
    assert alert.method == "answerCallbackQuery" and alert.show_alert is True
    assert "只有领导" in alert.text

    outputs = group.press(LEADER, "确认销号", question.message_id, expect=2)
    [closed] = [o for o in outputs if o.method == "editMessageText"]
    assert closed.text == f"✅ 第 12 项（{ITEM_12}）已销号（王局长）。"

    [after] = group.say(LI, "/item 12")
    assert "状态：已销号" in after.text
    assert not buttons(after)

    assert group.collect(expect=0, timeout=1) == []
    log = bot_with_leader.stop()
    assert "Traceback" not in log
    with closing(sqlite3.connect(database_path(tmp_path))) as db:
        assert db.execute("SELECT count(*) FROM rectification_items").fetchone() == (25,)
        status = db.execute("SELECT status FROM rectification_items WHERE number = 12").fetchone()
    assert status == ("已销号",)
