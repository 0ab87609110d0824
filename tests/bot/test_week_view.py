"""/whosout 本周|下周|12月|工程股 day by day, and /calendar's picture, through the real
Application. Now is Monday 30 November 2026, 09:00."""

from __future__ import annotations

from datetime import datetime

from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from storage.absences import NewAbsence
from storage.audit import Origin
from tests.conftest import TZ, texts


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


async def staffed(chat) -> None:
    """张三 (admin) and 路人 (member) speak; 李四 王五 in 工程股, 陈七 in 办公室 are on the
    roster, with leave and a trip this week, sick leave next week, annual leave later."""
    await chat.say("张三", "/start")
    await chat.say("路人", "/start")
    svc = chat.services
    await svc.members.import_roster(
        [
            RosterEntry("李四", "工程股", None, Role.MEMBER, None),
            RosterEntry("王五", "工程股", None, Role.MEMBER, None),
            RosterEntry("陈七", "办公室", None, Role.MEMBER, None),
        ],
        svc.now(),
    )
    ids = {m.name: m.id for m in await svc.members.all()}
    repo = svc.absences
    for i, (who, kind, start, end, reason) in enumerate(
        [
            ("李四", "事假", at(12, 1, 8, 30), at(12, 1, 17, 30), "孩子发烧"),
            ("王五", "出差", at(12, 2, 8, 30), at(12, 3, 17, 30), "省厅开会"),
            ("陈七", "病假", at(12, 7, 8, 30), at(12, 7, 12), "看牙"),
            ("李四", "年假", at(12, 21, 8, 30), at(12, 23, 17, 30), "回老家"),
        ]
    ):
        await repo.record(
            [NewAbsence(ids[who], kind, start, end, reason, 0)],
            -100,
            900 + i,
            kind,
            Origin(ids[who], -100, 900 + i),
            svc.now(),
        )


async def test_this_week_lists_each_working_day(chat):
    await staffed(chat)
    [answer] = texts(await chat.say("路人", "/whosout 本周"))
    assert answer.startswith("本周（11月30日–12月6日）不在岗情况")
    for day in ("11月30日（周一）", "12月1日（周二）", "12月2日（周三）", "12月3日（周四）"):
        assert day in answer
    assert "12月4日（周五）\n全员在岗。" in answer and "12月5日" not in answer
    assert "12月1日（周二）\n· 李四 事假 全天\n" in answer  # no personal reason in the group
    assert "孩子发烧" not in answer
    assert answer.count("· 王五 出差 全天（省厅开会）") == 2
    [private] = texts(await chat.say("张三", "/whosout 本周", private=True))
    assert "· 李四 事假 全天（孩子发烧）" in private
    [member_private] = texts(await chat.say("路人", "/whosout 本周", private=True))
    assert "孩子发烧" not in member_private


async def test_next_week_month_and_department(chat):
    await staffed(chat)
    [nextweek] = texts(await chat.say("路人", "/whosout 下周"))
    assert nextweek.startswith("下周（12月7日–12月13日）不在岗情况")
    assert "12月7日（周一）\n· 陈七 病假 上午" in nextweek
    [december] = texts(await chat.say("路人", "/whosout 12月"))
    assert december.startswith("12月不在岗情况")
    assert "12月22日（周二）\n· 李四 年假 全天" in december
    assert "12月4日" not in december and december.endswith("其余工作日全员在岗。")
    [team] = texts(await chat.say("路人", "/whosout 工程股"))
    assert team.startswith("工程股 · 本周（11月30日–12月6日）不在岗情况")
    assert "李四" in team and "王五" in team and "陈七" not in team
    [office] = texts(await chat.say("路人", "/whosout 办公室 下周"))
    assert "陈七 病假 上午" in office
    [quiet] = texts(await chat.say("路人", "/whosout 办公室 本周"))
    assert quiet == "办公室 · 本周（11月30日–12月6日）不在岗情况\n每个工作日都全员在岗。"


async def test_bad_words_and_the_single_day_path(chat):
    await staffed(chat)
    assert texts(await chat.say("路人", "/whosout 13月")) == [
        "没有“13月”这个月份。请写 1–12 月，例如 /whosout 12月。"
    ]
    assert texts(await chat.say("路人", "/whosout 财务股")) == [
        "名册里没有“财务股”这个部门。现有部门：办公室、工程股。"
    ]
    [tomorrow] = texts(await chat.say("路人", "/whosout 明天"))
    assert tomorrow.startswith("12月1日（周二）不在岗情况")


async def test_calendar_posts_a_png(chat, tmp_path):
    await staffed(chat)
    [photo] = await chat.say("路人", "/calendar")
    assert photo.method == "sendPhoto" and photo.file_bytes.startswith(b"\x89PNG")
    assert texts([photo]) == ["本周（11月30日–12月6日）请假外出日历：2 人有请假或外出。"]
    (tmp_path / "calendar.png").write_bytes(photo.file_bytes)
    [later] = await chat.say("路人", "/calendar 下周")
    assert later.method == "sendPhoto" and "1 人" in later.text
    assert texts(await chat.say("路人", "/calendar 2027年2月")) == [
        "2027年2月全员在岗，没有请假或外出。"
    ]
    assert "没有“0月”" in texts(await chat.say("路人", "/calendar 0月"))[0]
    assert texts(await chat.say("路人", "/calendar 明天")) == [
        "用法：/calendar 本周、/calendar 下周、/calendar 12月 或 /calendar 工程股。"
    ]
