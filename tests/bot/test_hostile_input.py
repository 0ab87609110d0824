"""Hostile input in the chat: huge counts, far dates, one warning per calendar year."""

from __future__ import annotations

from tests.conftest import texts


async def test_a_huge_leave_is_refused_and_the_next_report_is_answered(chat):
    await chat.say("张三", "/start")  # the admin
    refused = texts(await chat.say("李四", "请假999999天"))
    assert len(refused) == 1 and "超出了可记录的范围" in refused[0]
    answered = texts(await chat.say("王五", "明天下午请假半天，孩子家长会"))
    assert len(answered) == 1 and "王五" in answered[0] and "12月1日" in answered[0]
    rows = await chat.services.db.fetchall("SELECT member_id FROM absences")
    assert len(rows) == 1  # nothing recorded for the refused one


async def test_a_far_date_is_refused_not_an_apology(chat):
    [answer] = texts(await chat.say("李四", "9999年12月31日请假3天"))
    assert "超出了可记录的范围" in answer
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM absences") == 0


async def test_a_long_leave_warns_the_admins_about_next_year_only_once(chat):
    await chat.say("张三", "/start")  # the admin
    await chat.say("李四", "请假300天")  # reaches into 2027 and 2028
    await chat.say("王五", "请假9999天")  # refused, walks nothing
    outputs = await chat.run_due()
    warnings = [o for o in outputs if "法定放假和调休安排" in (o.text or "")]
    assert len(warnings) == 1 and "2027" in warnings[0].text
    assert [o for o in await chat.run_due() if "法定放假" in (o.text or "")] == []


async def test_a_reminder_in_a_far_year_is_refused(chat):
    [answer] = texts(await chat.say("张三", "/remind 9999年12月31日 9:00 交年终总结"))
    assert answer.startswith("提醒时间超出了范围")
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 0


async def test_a_report_edited_into_a_huge_count_is_refused_and_kept(chat):
    await chat.say("李四", "明天请假")
    before = await chat.services.db.fetchall("SELECT start_at, end_at, status FROM absences")
    [answer] = texts(await chat.edit("李四", chat.last_message_id, "请假999999天"))
    assert "超出了可记录的范围" in answer
    after = await chat.services.db.fetchall("SELECT start_at, end_at, status FROM absences")
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
