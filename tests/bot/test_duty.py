"""The duty roster through the real Application and the CLI: import, /duty, /checkin, the
08:00 post, the 09:00 nudge, and the warning when someone on duty is away."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.console import ConsoleSession
from bot.domain.roles import Role
from bot.usecases.duty_import import import_duty
from storage.audit import SYSTEM
from tests.conftest import TZ, texts

ROSTER = """日期,姓名,角色
2026-06-01,王局长,带班
2026-06-01,李四,值班
2026-06-01,赵六,值班
2026-06-02,孙局长,带班
2026-06-02,李四,值班
"""


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ)


async def setup_roster(chat: ConsoleSession, text: str = ROSTER) -> None:
    """张三 (admin), 王局长 and 孙局长 (leaders), 李四 and 赵六 (members), and the roster."""
    svc = chat.services
    for name in ("张三", "王局长", "孙局长", "李四", "赵六"):
        await chat.person(name)
    for name in ("王局长", "孙局长"):
        member = await svc.members.find(name)
        await svc.members.set_role(member.id, Role.LEADER, svc.now(), SYSTEM)
    rows = [line.split(",") for line in text.strip().splitlines()]
    await import_duty(svc.members, svc.duty, rows, svc.now())


def mine(outputs) -> list:
    """Duty outputs only: other features post on their own schedules (e.g. 今日在岗情况)."""
    return [o for o in outputs if "值班" in (o.text or "")]


def private(chat: ConsoleSession, outputs, name: str) -> list[str]:
    return texts([o for o in mine(outputs) if o.chat_id == chat.people[name].tg_user_id])


def group(chat: ConsoleSession, outputs) -> list[str]:
    return texts([o for o in mine(outputs) if o.chat_id == chat.group_id])


# --- /duty and /checkin ---------------------------------------------------------------------


async def test_duty_shows_a_day(chat, clock):
    await setup_roster(chat)
    clock.set(at(2026, 5, 31, 18, 0))
    [tomorrow] = texts(await chat.say("李四", "/duty 明天"))
    assert tomorrow == "2026年6月1日（周一）值班\n带班：王局长\n值班：李四、赵六"
    [empty] = texts(await chat.say("李四", "/duty"))
    assert empty == "2026年5月31日（周日）没有值班安排。"
    [bad] = texts(await chat.say("李四", "/duty 下个月"))
    assert bad.startswith("没看懂日期“下个月”")
    [escaped] = (await chat.say("李四", "/duty <b>")) or [None]
    assert "&lt;b&gt;" in escaped.text


async def test_checkin_once_by_the_person_on_duty(chat, clock):
    await setup_roster(chat)
    clock.set(at(2026, 6, 1, 8, 41))
    assert texts(await chat.say("李四", "/checkin 已到岗，水位正常")) == [
        "李四 值班登记成功（08:41）。"
    ]
    clock.set(at(2026, 6, 1, 8, 50))
    assert texts(await chat.say("李四", "/checkin")) == ["您今天已于 08:41 登记过了。"]
    assert texts(await chat.say("张三", "/checkin"))[0].startswith(
        "您今天（6月1日（周一））不在值班表上"
    )
    clock.set(at(2026, 6, 1, 9, 12))
    assert texts(await chat.say("赵六", "值班登记：到岗")) == [
        "赵六 值班登记成功（09:12，晚于 09:00）。"
    ]
    [day] = texts(await chat.say("王局长", "/duty"))
    assert "值班：李四（已登记 08:41）、赵六（已登记 09:12）" in day
    rows = await chat.services.duty.day(date(2026, 6, 1))
    assert [(r.name, r.checkin_note) for r in rows if r.checkin_at] == [
        ("李四", "已到岗，水位正常"),
        ("赵六", "到岗"),
    ]


# --- scheduled posts ------------------------------------------------------------------------


async def test_morning_post_goes_out_once_even_across_a_restart(settings, clock):
    clock.set(at(2026, 5, 31, 20, 0))
    session = await ConsoleSession.open(settings, clock)
    try:
        await setup_roster(session)
        clock.set(at(2026, 6, 1, 7, 59))
        assert group(session, await session.run_due()) == []
        clock.set(at(2026, 6, 1, 8, 0, 10))
        [post] = group(session, await session.run_due())
        assert post.startswith("【今日值班】2026年6月1日（周一）\n带班：王局长\n值班：李四、赵六")
        assert "请发送 /checkin 登记（09:00 前）" in post
        assert group(session, await session.run_due()) == []
    finally:
        await session.close()
    session = await ConsoleSession.open(settings, clock)
    try:
        assert group(session, await session.run_due()) == []
    finally:
        await session.close()


async def test_morning_post_after_downtime_is_marked_late(chat, clock):
    await setup_roster(chat)
    clock.set(at(2026, 6, 1, 8, 45))
    [post] = group(chat, await chat.run_due())
    assert post.startswith("【今日值班】（补发）2026年6月1日")


async def test_no_checkin_by_nine_reminds_them_and_tells_the_leader(chat, clock):
    await setup_roster(chat)
    clock.set(at(2026, 6, 1, 8, 0))
    await chat.run_due()
    clock.set(at(2026, 6, 1, 8, 30))
    await chat.say("李四", "/checkin")
    clock.set(at(2026, 6, 1, 9, 0))
    outputs = await chat.run_due()
    [nudge] = [o for o in mine(outputs) if o.chat_id == chat.group_id]
    assert f"tg://user?id={chat.people['赵六'].tg_user_id}" in nudge.text
    assert texts([nudge]) == ["赵六 您今天值班，截至 09:00 还没有值班登记，请到岗后发送 /checkin。"]
    assert private(chat, outputs, "王局长") == [
        "提示：赵六 今天（6月1日（周一））值班，截至 09:00 还没有值班登记。"
    ]
    assert private(chat, outputs, "孙局长") == []  # not leading that day
    clock.set(at(2026, 6, 1, 9, 30))
    assert mine(await chat.run_due()) == []


async def _li_reports(chat: ConsoleSession, clock, *lines: str) -> None:
    """李四 reports (and maybe corrects) his absence in the group, on Friday 29 May."""
    clock.set(at(2026, 5, 29, 10, 0))
    for line in lines:
        await chat.say("李四", line)


async def _assert_warned_about_li(chat: ConsoleSession, clock, period: str) -> None:
    clock.set(at(2026, 6, 1, 8, 0))
    outputs = await chat.run_due()
    warning = f"提示：李四 明天（6月2日（周二））值班，但已报备事假（{period}）。"
    for leader in ("孙局长", "王局长"):  # the day's 带班 and every leader
        [said] = private(chat, outputs, leader)
        assert said.startswith(warning)
    clock.set(at(2026, 6, 2, 8, 0))
    assert not any("已报备" in t for t in texts(await chat.run_due()))


async def test_leaders_are_warned_the_day_before_an_absence(chat, clock):
    await setup_roster(chat)
    await _li_reports(chat, clock, "6月2日请事假，家里有事")
    await _assert_warned_about_li(chat, clock, "6月2日 08:30 至 6月2日 17:30")


async def test_the_warning_holds_after_the_absence_is_corrected(chat, clock):
    """A corrected report is still an absence: the duty check once forgot ``amended``."""
    await setup_roster(chat)
    await _li_reports(chat, clock, "6月2日请事假，家里有事", "说错了，是6月2日下午")
    li = await chat.services.members.find("李四")
    [row] = await chat.services.db.fetchall(
        "SELECT status FROM absences WHERE member_id = ?", (li.id,)
    )
    assert row["status"] == "amended"
    await _assert_warned_about_li(chat, clock, "6月2日 14:30 至 6月2日 17:30")


async def test_in_season_without_a_roster_for_today_the_admins_are_told_once(chat, clock):
    await setup_roster(chat)
    clock.set(at(2026, 6, 3, 8, 5))
    outputs = await chat.run_due()
    assert group(chat, outputs) == []
    [notice] = private(chat, outputs, "张三")
    assert notice.startswith("提示（管理员）：今天（6月3日（周三））在防汛值班期内，但值班表中没有")
    assert mine(await chat.run_due()) == []
    clock.set(at(2026, 10, 3, 8, 5))  # out of season: nothing
    assert mine(await chat.run_due()) == []


async def test_nothing_happens_without_any_roster(chat, clock):
    clock.set(at(2026, 6, 1, 9, 30))
    assert mine(await chat.run_due()) == []


# --- import ---------------------------------------------------------------------------------


async def test_admin_imports_the_roster_by_sending_the_file(chat):
    await setup_roster(chat, "日期,姓名,角色\n2026-06-01,王局长,带班\n")
    data = "日期,带班,值班\n2026-06-05,孙局长,李四、赵六\n".encode()
    [done] = texts(await chat.send_file("张三", data, "值班表.csv", "值班表", private=True))
    assert done == "值班表已导入：共 1 天，新增 3 条，移除 0 条，未变 0 条。"
    [refused] = texts(await chat.send_file("李四", data, "值班表.csv", "值班表", private=True))
    assert refused == "这个命令只有管理员可以使用。"
    bad = "日期,姓名\n2026-06-05,张叁\n".encode()
    [error] = texts(await chat.send_file("张三", bad, "值班表.csv", "值班表", private=True))
    assert error.startswith("值班表错误：张叁（第 2 行）不在成员名单中")
    [error] = texts(await chat.send_file("张三", b"x", "roster.pdf", "值班表", private=True))
    assert error == "值班表错误：不支持这种文件，请用 .csv 或 .xlsx。"


ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BUREAU_BOT_")}
    environment["BUREAU_BOT_DATABASE__PATH"] = str(tmp_path / "db.sqlite3")
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cli_import_duty_is_repeatable_and_errors_are_one_line(tmp_path, suffix):
    (tmp_path / "members.csv").write_text(
        "姓名,部门,入职日期,角色\n王局长,局领导,2001-07-01,领导\n李四,工程股,2015-07-01,成员\n",
        encoding="utf-8",
    )
    assert run(tmp_path, "import-members", "members.csv").returncode == 0
    rows = [["日期", "姓名", "角色"], [date(2026, 6, 1), "王局长", "带班"],
            ["2026-06-01", "李四", "值班"]]  # fmt: skip
    roster = tmp_path / f"duty{suffix}"
    if suffix == ".csv":
        roster.write_text("\n".join(",".join(map(str, r)) for r in rows), encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(roster)
    first = run(tmp_path, "import-duty", roster.name)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "值班表已导入：共 1 天，新增 2 条，移除 0 条，未变 0 条。"
    again = run(tmp_path, "import-duty", roster.name)
    assert again.stdout.strip() == "值班表已导入：共 1 天，新增 0 条，移除 0 条，未变 2 条。"

    (tmp_path / "bad.csv").write_text("日期,姓名,角色\n2026-06-01,李四,局长\n", encoding="utf-8")
    bad = run(tmp_path, "import-duty", "bad.csv")
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert bad.stderr.strip() == "值班表错误：第 2 行，角色：“局长”不是值班角色，应为 带班 或 值班"
    (tmp_path / "who.csv").write_text("日期,姓名\n2026-06-01,张叁\n", encoding="utf-8")
    who = run(tmp_path, "import-duty", "who.csv")
    assert who.returncode == 1
    assert who.stderr.strip().startswith("值班表错误：张叁（第 2 行）")
    missing = run(tmp_path, "import-duty", "nope.csv")
    assert missing.returncode == 1
    assert missing.stderr.strip().endswith("找不到文件")


def test_a_name_padded_with_an_ideographic_space_is_one_person_in_both_rosters(tmp_path):
    """ "张　三" lines up with three-character names in office sheets; the member roster and
    the duty roster must both read it as 张三 (they once cleaned cells differently)."""
    (tmp_path / "members.csv").write_text(
        "姓名,部门,入职日期,角色\n张　三,工程股,2015-07-01,成员\n王局长,局领导,2001-07-01,领导\n",
        encoding="utf-8",
    )
    assert run(tmp_path, "import-members", "members.csv").returncode == 0
    (tmp_path / "duty.csv").write_text(
        "日期,带班领导,值班人员\n2026-06-01,王局长,张　三、李 四\n2026-06-02,王局长,张　三\n",
        encoding="utf-8",
    )
    (tmp_path / "more.csv").write_text(
        "姓名,部门,入职日期,角色\n李　四,工程股,2016-07-01,成员\n", encoding="utf-8"
    )
    assert run(tmp_path, "import-members", "more.csv").returncode == 0
    done = run(tmp_path, "import-duty", "duty.csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "值班表已导入：共 2 天，新增 5 条，移除 0 条，未变 0 条。"
