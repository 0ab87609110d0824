"""The turns around a report (issue 12): answers to the bot's questions, late returns,
cancellations in ordinary words, corrections that change nothing, and what the group sees."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.console import ConsoleSession
from tests.bot.test_absences import rows, utc
from tests.conftest import TZ, texts


def at(h: int, mi: int = 0, d: int = 30, mo: int = 11) -> datetime:
    return datetime(2026, mo, d, h, mi, tzinfo=TZ)


# ---------------------------------------------------------------- 1. answers to questions
async def test_a_typed_day_answers_which_day(chat):
    [question] = texts(await chat.say("张三", "请假"))
    assert question.startswith("收到。请问是哪一天？")
    assert await chat.say("李四", "周五") == []  # someone else: not an answer to this question
    [answer] = texts(await chat.say("张三", "周五"))
    assert answer.startswith("已记录：张三 请假 12月4日（周五）全天，1 个工作日")
    [row] = await rows(chat)
    assert (row["start_at"], row["end_at"]) == (utc(2026, 12, 4, 8, 30), utc(2026, 12, 4, 17, 30))
    assert texts(await chat.press("张三", "今天")) == ["这个问题已经处理过了。"]


async def test_a_reply_with_a_range_answers_and_a_typed_yes_confirms(chat):
    [question] = await chat.say("张三", "我要休产假")
    [follow] = texts(await chat.say("张三", "12月7日到明年1月31日", reply_to=question.message_id))
    assert follow.startswith("这次超过 30 个工作日，是否确认记录？（产假 12月7日（周一）至1月31日")
    [done] = texts(await chat.say("张三", "确认"))
    assert done.startswith("已记录：张三 产假 12月7日（周一）至1月31日（周日）")
    assert len(await rows(chat)) == 1


async def test_a_time_answers_the_question(chat):
    await chat.say("张三", "请假")
    [answer] = texts(await chat.say("张三", "下午3点到5点"))
    assert answer.startswith("已记录：张三 请假 11月30日（周一） 15:00–17:00")
    assert len(await rows(chat)) == 1


async def test_no_drops_the_question_and_late_answers_are_ordinary_messages(chat, clock):
    await chat.say("张三", "请假")
    assert texts(await chat.say("张三", "不是")) == ["好的，这条不记录。"]
    assert await chat.say("张三", "周五") == []
    await chat.say("张三", "请假")
    clock.set(at(9, 45))  # after the 30 minutes a question waits for a typed answer
    assert await chat.say("张三", "周五") == []
    assert await rows(chat) == []


async def test_the_question_survives_a_restart(chat, settings, clock):
    await chat.say("张三", "请假")
    await chat.close()
    # A new Application on the same database knows nothing but what was stored.
    again = await ConsoleSession.open(settings, clock, default_speaker="张三")
    chat.app, chat.api = again.app, again.api  # the fixture closes what is open at the end
    [answer] = texts(await again.say("张三", "明天"))
    assert answer.startswith("已记录：张三 请假 12月1日（周二）全天")


# ---------------------------------------------------------------- 2. coming back late
async def test_a_late_return_closes_the_outing_and_the_summary_has_nobody_overdue(chat, clock):
    await chat.say("王芳", "外出：姜畲大堤巡查，下午3点回")
    clock.set(at(15, 20))
    nudges = await chat.run_due()
    assert any("回到岗位后请在群里说一声" in t for t in texts(nudges))
    [answer] = texts(await chat.say("王芳", "我回来了"))
    assert answer == "欢迎回来，王芳！外出已于 15:20 结束，已记录销假。"
    [row] = await rows(chat)
    assert (row["status"], row["end_at"]) == ("ended", utc(2026, 11, 30, 15, 20))
    from bot.features.notes import summary_for

    summary = await summary_for(chat.services, at(17, 45))
    assert "仍未返岗：无" in summary and "王芳" not in summary


async def test_an_overdue_outing_is_not_back_and_a_running_leave_is_on_leave(chat, clock):
    await chat.say("王芳", "外出：姜畲大堤巡查，下午3点回")
    await chat.say("李四", "今天请病假")
    from bot.features.notes import summary_for

    summary = await summary_for(chat.services, at(17, 0))
    lines = summary.splitlines()
    assert "休假中（1人）" in lines and "仍未返岗（1人）" in lines
    assert lines.index("休假中（1人）") < lines.index("· 李四 病假，至 17:30")
    assert "· 王芳 外出，预计 15:00 返回，尚未销假" in lines


# ---------------------------------------------------------------- 3. reports for others
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("代刘洋报备外出，今天去十万垅大堤巡查，下午4点回", "外出"),
        ("替刘洋报备出差，明天去长沙", "出差"),
        ("代刘洋报备培训，周三去市局", "培训"),
        ("代刘洋报备会议，明天去市里开会", "会议"),
        ("代刘洋请假，明天上午", "请假"),
    ],
)
async def test_a_report_for_a_colleague_is_theirs(chat, line, kind):
    await chat.say("刘洋", "/start")
    await chat.say("张三", "/start")  # the admin is someone else
    [answer] = texts(await chat.say("王磊", line))
    assert answer.startswith(f"已记录：刘洋 {kind}") and answer.endswith("（王磊代报）")
    assert [(r["real_name"], r["kind"]) for r in await rows(chat)] == [("刘洋", kind)]


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        # surnames outside the 134 the training messages used, a compound one read whole
        ("符琳今天去区财政局送材料，下午回，让我帮她说一声", "符琳", "外出"),
        ("甄伟今天请事假，让我帮他说一声", "甄伟", "事假"),
        ("欧阳晓峰今天请事假，让我帮他说一声", "欧阳晓峰", "事假"),
    ],
)
async def test_a_colleague_of_any_surname_is_found(chat, line, name, kind):
    await chat.say(name, "/start")
    await chat.say("张三", "/start")
    [answer] = texts(await chat.say("王磊", line))
    assert answer.startswith(f"已记录：{name} {kind}") and answer.endswith("（王磊代报）")
    assert [(r["real_name"], r["kind"]) for r in await rows(chat)] == [(name, kind)]


async def test_the_speakers_own_report_and_return_leave_the_colleagues_alone(chat, clock):
    await chat.say("刘洋", "/start")
    await chat.say("王磊", "代刘洋报备外出，今天去十万垅大堤巡查，下午4点回")
    [own] = texts(await chat.say("王磊", "外出：姜畲大堤巡查，下午3点回"))
    assert own.startswith("已记录：王磊 外出")  # no clash with 刘洋's record
    clock.set(at(11))
    [back] = texts(await chat.say("王磊", "我回来了"))
    assert back.startswith("欢迎回来，王磊！外出已于 11:00 结束")
    status = {r["real_name"]: r["status"] for r in await rows(chat)}
    assert status == {"刘洋": "active", "王磊": "ended"}
    assert texts(await chat.say("李四", "代刘洋销假")) == [
        "这是别人的记录，只有本人、报备人或管理员可以操作。"
    ]
    [theirs] = texts(await chat.say("王磊", "代刘洋销假"))
    assert theirs.startswith("欢迎回来，刘洋！外出已于 11:00 结束")


async def test_a_colleague_told_back_ends_the_record_only_for_who_may(chat, clock):
    """刘洋回来了 (a colleague's return told plainly, read as an asked return): from the one
    who reported the outing it ends it; from anyone else it is news, and nothing is said."""
    await chat.say("刘洋", "/start")
    await chat.say("张三", "/start")
    await chat.say("王磊", "代刘洋报备外出，今天去十万垅大堤巡查，下午4点回")
    clock.set(at(11))
    assert texts(await chat.say("李四", "刘洋回来了")) == []
    assert {r["real_name"]: r["status"] for r in await rows(chat)} == {"刘洋": "active"}
    [back] = texts(await chat.say("王磊", "刘洋从十万垅回来了"))
    assert back.startswith("欢迎回来，刘洋！外出已于 11:00 结束")


async def test_a_colleague_told_back_who_is_not_in_the_group_gets_no_reply(chat):
    """老王回来了 about nobody the bot knows is chat: no "找不到" refusal. A return handed on
    with a reporting word (帮老王销个假) still says the name is unknown."""
    await chat.say("张三", "/start")
    assert texts(await chat.say("张三", "老王回来了")) == []
    [unknown] = texts(await chat.say("张三", "帮老王销个假，他回来了"))
    assert "找不到" in unknown and "老王" in unknown


# ---------------------------------------------------------------- 4. cancellations
async def test_cancelling_a_training_finds_it_by_kind_and_day(chat):
    await chat.say("张三", "周三去市局参加防汛培训")
    await chat.say("张三", "周四下午请假")
    [answer] = texts(await chat.say("张三", "我周三的培训取消了"))
    assert answer == "好的，已取消 张三 的培训：12月2日（周三）全天"
    kinds = {(r["kind"], r["status"]) for r in await rows(chat)}
    assert kinds == {("培训", "cancelled"), ("请假", "active")}
    whosout = texts(await chat.say("张三", "/whosout 周三"))[0]
    assert "培训" not in whosout


async def test_two_trainings_that_could_be_meant_are_asked_about(chat):
    await chat.say("张三", "周三去市局参加防汛培训")
    await chat.say("张三", "周四去省厅参加河长制培训")
    [question] = await chat.say("张三", "我的培训取消了")
    assert texts([question]) == ["有 2 条记录可能是您要取消的，请选择："]
    assert question.labels() == ["培训 12月3日（周四）全天", "培训 12月2日（周三）全天", "取消"]
    assert "这是别人的记录" in texts(await chat.press("李四", "培训 12月3日（周四）全天"))[0]
    [done] = texts(await chat.press("张三", "培训 12月3日（周四）全天"))
    assert done == "好的，已取消 张三 的培训：12月3日（周四）全天"
    assert [r["status"] for r in await rows(chat)] == ["active", "cancelled"]


# ---------------------------------------------------------------- 5. corrections
async def test_a_correction_that_changes_nothing_asks(chat):
    await chat.say("张三", "12月7日休产假")
    [answer] = texts(await chat.say("张三", "说错了，产假是12月7日"))
    assert answer.startswith("这条更正没有改动记录：我读到的是 张三 产假 12月7日（周一）全天")
    assert "已更正" not in answer
    [row] = await rows(chat)
    assert row["status"] == "active"


# ---------------------------------------------------------------- 7. what the group sees
async def test_personal_reasons_of_every_leave_kind_stay_private(chat, clock):
    await chat.say("张三", "/start")  # admin
    await chat.say("李四", "明天请护理假，父亲住院")
    await chat.say("王五", "明天请丧假，父亲去世")
    await chat.say("赵六", "明天外出：姜畲大堤巡查")
    clock.set(at(8, 25, d=1, mo=12))
    [post] = texts(await chat.run_due())
    assert "父亲" not in post and "姜畲大堤巡查" in post
    public = texts(await chat.say("张三", "/whosout"))[0]
    assert "父亲" not in public


async def test_the_morning_post_shows_a_person_once(chat, clock):
    await chat.say("王磊", "明天上午请假")
    await chat.say("王磊", "明天下午请假，家里有事")
    clock.set(at(8, 25, d=1, mo=12))
    [post] = texts(await chat.run_due())
    assert "请假（1人）" in post and "· 王磊 12月1日（周二）全天" in post
    assert "不在岗 1 人" in post


async def test_a_full_day_meeting_is_a_working_day(chat):
    [answer] = texts(await chat.say("张三", "明天全天去市里开会"))
    assert answer.startswith("已记录：张三 会议 12月1日（周二）全天，1 个工作日")


async def test_an_outing_reported_before_office_hours_counts_from_the_opening(chat, clock):
    clock.set(at(7, 50))
    [answer] = texts(await chat.say("张三", "外出：姜畲大堤巡查，下午3点回"))
    assert answer.startswith("已记录：张三 外出 11月30日（周一） 08:30–15:00，6 小时 30 分钟")


async def test_a_report_in_private_is_answered(chat):
    [answer] = texts(await chat.say("张三", "明天请假", private=True))
    assert answer == "请在工作群里报备，大家才能看到。"
    assert await chat.say("张三", "今天天气不错", private=True) == []
    assert await rows(chat) == []


async def test_a_bare_cancellation_ends_the_speakers_own_record_and_is_news_from_others(chat):
    """ "取消培训" names no day: from someone with a training still to come it cancels it;
    from someone without one it is news for the group and stays quiet."""
    await chat.say("王磊", "周三去区里参加防汛培训")
    cancelled = texts(await chat.say("王磊", "取消培训"))
    assert cancelled == ["好的，已取消 王磊 的培训：12月2日（周三）全天"]
    assert texts(await chat.say("李娜", "培训取消了")) == []
    whosout = texts(await chat.say("王磊", "/whosout 周三"))
    assert "王磊" not in whosout[0]
