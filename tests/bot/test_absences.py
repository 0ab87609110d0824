"""Absence reports through the real Application: record, question, undo, edit, return."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from bot.console import ConsoleSession
from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from storage.db import to_db_time
from tests.conftest import TZ, texts


async def rows(chat, name: str | None = None) -> list:
    sql = (
        "SELECT a.kind, a.start_at, a.end_at, a.status, a.days, a.reason, m.real_name"
        " FROM absences a JOIN members m ON m.id = a.member_id"
    )
    found = await chat.services.db.fetchall(sql + " ORDER BY a.id")
    return [dict(r) for r in found if name is None or r["real_name"] == name]


def utc(y, mo, d, h, mi=0) -> str:
    """How storage writes an office-time instant."""
    return to_db_time(datetime(y, mo, d, h, mi, tzinfo=TZ))


async def test_report_is_recorded_and_confirmed(chat):
    [answer] = await chat.say("张三", "明天下午请假半天，孩子家长会")
    assert texts([answer]) == ["已记录：张三 请假 12月1日（周二）下午 14:30–17:30，0.5 个工作日"]
    assert answer.labels() == ["撤销", "修改"]
    assert answer.reply_to is not None
    [row] = await rows(chat)
    assert (row["kind"], row["start_at"], row["end_at"], row["days"], row["reason"]) == (
        "请假",
        utc(2026, 12, 1, 14, 30),
        utc(2026, 12, 1, 17, 30),
        0.5,
        "孩子家长会",
    )


async def test_out_with_return_time_shows_reason_and_hours(chat):
    [answer] = texts(await chat.say("张三", "外出：姜畲大堤巡查，下午3点回"))
    assert answer == "已记录：张三 外出 11月30日（周一） 09:00–15:00，6 小时\n事由：姜畲大堤巡查"


async def test_chatter_gets_silence_and_no_record(chat):
    assert await chat.say("张三", "下午谁有空陪我去趟水文站？") == []
    assert await chat.say("张三", "周五前把请假条交给办公室小刘") == []
    assert await rows(chat) == []


async def test_undo_by_owner_and_refusal_for_others(chat):
    await chat.say("张三", "明天请假")
    refused = await chat.press("李四", "撤销")
    assert texts(refused) == ["这是别人的记录，只有本人、报备人或管理员可以操作。"]
    assert refused[0].show_alert
    assert (await rows(chat))[0]["status"] == "active"
    undone = await chat.press("张三", "撤销")
    assert "已撤销：张三 请假 12月1日（周二）全天" in texts(undone)
    assert (await rows(chat))[0]["status"] == "cancelled"
    assert texts(await chat.press("张三", "撤销")) == []  # the button is gone with the edit


async def test_same_message_delivered_twice_records_once(chat):
    await chat.say("张三", "/start")
    person = chat.people["张三"]
    message = chat._message(person, chat.group_id, "明天请假")
    first = await chat.deliver({"update_id": 70_001, "message": message})
    second = await chat.deliver({"update_id": 70_002, "message": message})
    assert len(first) == 1 and second == []
    assert len(await rows(chat)) == 1


async def test_editing_the_report_updates_record_and_reply(chat):
    [answer] = await chat.say("张三", "明天请假")
    source = chat.last_message_id
    edited = await chat.edit("张三", source, "后天请假")
    assert [o.method for o in edited] == ["editMessageText"]
    assert edited[0].message_id == answer.message_id
    assert "12月2日（周三）全天" in texts(edited)[0]
    [row] = await rows(chat)
    assert (row["start_at"], row["status"]) == (utc(2026, 12, 2, 8, 30), "amended")
    await chat.edit("张三", source, "算了，不说了")
    assert (await rows(chat))[0]["status"] == "cancelled"


async def test_return_ends_the_absence_now(chat, clock):
    await chat.say("张三", "外出：姜畲大堤巡查，下午3点回")
    clock.set(datetime(2026, 11, 30, 11, 5, tzinfo=TZ))
    [answer] = texts(await chat.say("张三", "我回来了"))
    assert answer.startswith("欢迎回来，张三！外出已于 11:05 结束")
    [row] = await rows(chat)
    assert (row["status"], row["end_at"]) == ("ended", utc(2026, 11, 30, 11, 5))
    assert await chat.say("张三", "销假") == []  # nothing open: silence in the group
    assert texts(await chat.say("张三", "销假", private=True)) == [
        "没有找到您正在进行的请假或外出记录，无需销假。"
    ]


async def test_cancel_withdraws_the_matching_absence(chat):
    await chat.say("张三", "周三请假")
    [answer] = texts(await chat.say("张三", "周三不请假了"))
    assert answer.startswith("好的，已取消 张三 的请假")
    assert (await rows(chat))[0]["status"] == "cancelled"
    assert texts(await chat.say("张三", "后天不请假了")) == ["没有找到对应的请假或外出记录。"]


async def test_correction_moves_the_latest_absence(chat):
    await chat.say("张三", "明天上午请假")
    [answer] = texts(await chat.say("张三", "说错了，是后天上午"))
    assert answer.startswith("已更正：张三 请假 12月2日（周三）上午 08:30–12:00")
    [row] = await rows(chat)
    assert row["start_at"] == utc(2026, 12, 2, 8, 30) and row["status"] == "amended"


async def test_reply_to_a_confirmation_amends_that_record(chat):
    [answer] = await chat.say("张三", "明天请假")
    await chat.say("张三", "后天外出开会，下午回")
    corrected = texts(await chat.say("张三", "改为周四", reply_to=answer.message_id))
    assert corrected[0].startswith("已更正：张三 请假 12月3日（周四）全天")


async def test_a_reply_to_a_confirmation_just_sent_finds_its_record(chat):
    """The confirmation's id is written with the next trip to the database: a reply that
    comes first still finds the record. 李四 (the first member, an admin) corrects 张三's;
    a record not found would send him to his own latest, and he has none."""
    await chat.say("李四", "/start")
    [answer] = await chat.say("张三", "明天请假")
    corrected = texts(await chat.say("李四", "改为周四", reply_to=answer.message_id))
    assert corrected[0].startswith("已更正：张三 请假 12月3日（周四）全天")
    [row] = await rows(chat)
    assert row["start_at"] == utc(2026, 12, 3, 8, 30)


async def test_a_clean_stop_keeps_the_last_confirmations_id(settings, clock):
    session = await ConsoleSession.open(settings, clock)
    try:
        [answer] = await session.say("张三", "明天请假")
    finally:
        await session.close()
    with sqlite3.connect(settings.database.path) as raw:
        stored = raw.execute("SELECT reply_chat_id, reply_message_id FROM absences").fetchall()
    assert stored == [(answer.chat_id, answer.message_id)]


def sent_messages(chat, monkeypatch) -> list[dict]:
    """The parameters of every sendMessage request from here on, as Telegram gets them."""
    sent: list[dict] = []
    real = chat.api.do_request

    async def do_request(url, method, request_data=None, *args, **kwargs):
        if url.endswith("/sendMessage") and request_data is not None:
            sent.append(dict(request_data.parameters))
        return await real(url, method, request_data, *args, **kwargs)

    monkeypatch.setattr(chat.api, "do_request", do_request)
    return sent


async def test_the_confirmation_is_sent_as_any_reply_of_the_bot(chat, monkeypatch):
    """Its answer is read for the ids only; the request is what ``reply`` sends (HTML,
    quoting the report, with the bot's Defaults), and a report in a forum topic is answered
    in that topic."""
    sent = sent_messages(chat, monkeypatch)
    [answer] = await chat.say("张三", "明天请假")
    source = chat.last_message_id
    assert sent == [
        {
            "chat_id": chat.group_id,
            "text": answer.text,
            "parse_mode": "HTML",
            "reply_markup": {
                "inline_keyboard": [
                    [
                        {"callback_data": answer.buttons[0][0]["callback_data"], "text": "撤销"},
                        {"callback_data": answer.buttons[0][1]["callback_data"], "text": "修改"},
                    ]
                ]
            },
            "reply_parameters": {"message_id": source, "quote_parse_mode": "HTML"},
        }
    ]
    assert answer.reply_to == source and answer.parse_mode == "HTML"
    sent.clear()
    message = chat._message(chat.people["张三"], chat.group_id, "后天请假")
    message.update(message_thread_id=7, is_topic_message=True)
    chat.api.remember(chat.group_id, message)
    [in_topic] = await chat.deliver({"update_id": 70_001, "message": message})
    assert in_topic.text.startswith("已记录：张三 请假 12月2日（周三）全天")
    assert [(m["message_thread_id"], m["reply_parameters"]["message_id"]) for m in sent] == [
        (7, message["message_id"])
    ]


async def test_report_for_a_colleague_by_real_name(chat):
    await chat.say("李四", "/start")
    [answer] = texts(await chat.say("张三", "代李四请假，明天上午"))
    assert answer.startswith("已记录：李四 请假 12月1日（周二）上午")
    assert answer.endswith("（张三代报）")
    assert [r["real_name"] for r in await rows(chat)] == ["李四"]


async def test_unknown_colleague_is_asked_about_first(chat):
    [question] = await chat.say("张三", "代王强请假，明天")
    assert texts([question]) == ["名册里没有“王强”。是否新增此人并记录？"]
    assert await rows(chat) == []
    recorded = texts(await chat.press("张三", "新增此人并记录"))
    assert recorded[0].startswith("已记录：王强 请假 12月1日（周二）全天")
    assert [r["real_name"] for r in await rows(chat)] == ["王强"]
    assert texts(await chat.press("张三", "新增此人并记录")) == []  # answered once


async def test_report_without_a_date_asks_which_day(chat):
    [question] = await chat.say("张三", "我要请假")
    assert texts([question])[0].startswith("收到。请问是哪一天？")
    assert question.labels() == ["今天", "明天", "取消"]
    assert await rows(chat) == []
    assert "这是别人的记录" in texts(await chat.press("李四", "明天"))[0]
    recorded = texts(await chat.press("张三", "明天"))
    assert recorded[0].startswith("已记录：张三 请假 12月1日（周二）全天")
    assert len(await rows(chat)) == 1


async def test_a_past_day_needs_confirmation(chat):
    [question] = await chat.say("张三", "上周五请了病假")
    assert texts([question])[0].startswith("这是已经过去的日子，是补报吗？")
    assert await rows(chat) == []
    await chat.press("张三", "取消")
    assert await rows(chat) == []


async def test_sick_and_personal_reasons_stay_out_of_the_group(chat):
    await chat.say("张三", "今天下午请病假，发烧")
    await chat.say("李四", "外出：姜畲大堤巡查，下午3点回")
    group = texts(await chat.say("王五", "/whosout"))[0]
    assert "病假（1人）" in group and "发烧" not in group
    assert "外出（1人）" in group and "姜畲大堤巡查" in group
    leader_private = texts(await chat.say("张三", "/whosout", private=True))[0]  # the admin
    assert "发烧" in leader_private
    member_private = texts(await chat.say("王五", "/whosout", private=True))[0]
    assert "发烧" not in member_private


async def test_whosout_for_another_day_and_bad_dates(chat):
    await chat.say("张三", "周三请假")
    assert "全员在岗" in texts(await chat.say("张三", "/whosout"))[0]
    assert "张三" in texts(await chat.say("张三", "/whosout 周三"))[0]
    assert texts(await chat.say("张三", "/whosout 下个世纪"))[0].startswith("看不懂这个日期")
    assert texts(await chat.say("张三", "/whosout " + "9" * 200))[0].startswith("看不懂这个日期")


async def test_annual_leave_balance_and_the_rule_annual_first(chat, clock):
    svc = chat.services
    await svc.members.import_roster(
        [RosterEntry("张三", None, date(2012, 3, 1), Role.ADMIN, None)], clock.now()
    )
    assert (
        "应休 10 天（按参加工作年限）\n已休 0 天\n剩余 10 天"
        in texts(await chat.say("张三", "/balance"))[0]
    )
    [answer] = await chat.say("张三", "明天请事假")
    assert "有事先休年假" in texts([answer])[0] and "改为年假" in answer.labels()
    switched = texts(await chat.press("张三", "改为年假"))
    assert switched[0].startswith("已记录：张三 年假 12月1日（周二）全天")
    assert "已休 1 天\n剩余 9 天" in texts(await chat.say("张三", "/balance"))[0]
    assert texts(await chat.say("张三", "/annual 张三 12")) == [
        "已将 张三 2026 年的年假设为 12 天。"
    ]
    assert "应休 12 天（管理员设定）" in texts(await chat.say("张三", "/balance"))[0]


async def test_the_annual_first_line_counts_what_is_used_and_set_when_the_report_is_recorded(
    chat, clock
):
    """A 事假 confirmation's figures are read with the record, in its one trip: they count
    annual leave taken before, an admin's override, and nothing is offered once it is all
    used."""
    await chat.services.members.import_roster(
        [RosterEntry("张三", None, date(2012, 3, 1), Role.ADMIN, None)], clock.now()
    )
    await chat.say("张三", "12月14日到12月16日年假")
    [answer] = await chat.say("张三", "明天请事假")
    assert "您今年还有 7 天年假" in texts([answer])[0] and "改为年假" in answer.labels()
    await chat.say("张三", "/annual 张三 4")
    [answer] = await chat.say("张三", "12月4日请事假")
    assert "您今年还有 1 天年假" in texts([answer])[0]
    await chat.say("张三", "/annual 张三 3")
    [answer] = await chat.say("张三", "12月7日请事假")
    assert texts([answer])[0].startswith("已记录：张三 事假 12月7日（周一）全天")
    assert "先休年假" not in texts([answer])[0] and "改为年假" not in answer.labels()


async def test_balance_and_annual_bad_input(chat):
    await chat.say("张三", "/start")
    assert texts(await chat.say("李四", "/balance 张三")) == [
        "这是别人的记录，只有本人、报备人或管理员可以操作。"
    ]
    assert texts(await chat.say("李四", "/annual 张三 5")) == ["这个命令只有管理员可以使用。"]
    assert texts(await chat.say("张三", "/annual"))[0].startswith("用法：/annual")
    assert texts(await chat.say("张三", "/annual 张三 abc"))[0].startswith("天数应为")
    assert texts(await chat.say("张三", "/annual 张三 0.3"))[0].startswith("天数应为")
    assert texts(await chat.say("张三", "/annual 张三 5 26"))[0].startswith("年份应为")
    assert texts(await chat.say("张三", "/annual 路人甲 5"))[0].startswith("找不到“路人甲”")


async def test_leave_and_out_commands_for_privacy_mode(chat):
    assert texts(await chat.say("张三", "/leave"))[0].startswith("请在命令后写上请假的时间")
    assert texts(await chat.say("张三", "/leave 明天下午"))[0].startswith(
        "已记录：张三 请假 12月1日（周二）下午"
    )
    assert texts(await chat.say("张三", "/out 水文站，下午4点回"))[0].startswith(
        "已记录：张三 外出"
    )
    assert texts(await chat.say("张三", "/leave 明天请假", private=True)) == [
        "请在工作群里报备，大家才能看到。"
    ]
    assert texts(await chat.say("张三", "/leave " + "请假" * 400)) == [
        "报备内容太长了（最多 300 个字），请精简后再发。"
    ]
    assert texts(await chat.say("张三", "/leave 随便说说")) == ["收到。请问是哪一天？（请假）"]
    [overlap] = texts(await chat.say("张三", "/out 哈"))  # out now till day's end: overlaps
    assert overlap.startswith("这段时间已有一条记录。是要再记一条吗？")
    assert overlap.endswith("（外出 11月30日（周一） 09:00–17:30）")


async def test_huge_free_text_is_silent_unless_it_is_a_report(chat):
    assert await chat.say("张三", "闲聊" * 2000) == []
    assert texts(await chat.say("张三", "明天请假，" + "原因" * 600)) == [
        "报备内容太长了（最多 300 个字），请精简后再发。"
    ]
    assert await rows(chat) == []


async def test_a_button_pressed_by_an_admin_keeps_the_real_reporter(chat):
    await chat.say("张三", "/start")  # the admin
    [answer] = await chat.say("王五", "下周一请事假")
    assert "改为年假" not in answer.labels()  # no hire date: no annual leave to take first
    await chat.services.members.import_roster(
        [RosterEntry("王五", None, date(2001, 9, 1), Role.MEMBER, None)], chat.services.now()
    )
    [answer] = await chat.say("王五", "下周二请事假")
    switched = texts(await chat.press("张三", "改为年假"))
    assert switched == ["已记录：王五 年假 12月8日（周二）全天，1 个工作日"]  # no "张三代报"


async def test_chatter_in_reply_to_a_confirmation_changes_nothing(chat):
    [answer] = await chat.say("王五", "明天下午请假")
    assert await chat.say("王五", "今天天气不错", reply_to=answer.message_id) == []
    [row] = await rows(chat)
    assert (row["start_at"], row["status"]) == (utc(2026, 12, 1, 14, 30), "active")


async def test_a_meetings_move_never_moves_the_speakers_leave(chat):
    """省厅的会改到后天上午了 with nothing but a 年假 on record: no meeting to move, and the
    年假 stays where it was (it used to be the latest record, and moved)."""
    await chat.say("王五", "下周三请年假")
    answer = texts(await chat.say("王五", "省厅的会改到后天上午了，今天不去"))
    assert answer == ["没有找到可以更正的记录。请直接重新报备。"]
    [row] = await rows(chat)
    nine = utc(2026, 12, 9, 8, 30)
    assert (row["kind"], row["start_at"], row["status"]) == ("年假", nine, "active")


async def test_a_colleagues_time_moved_is_theirs_not_the_speakers(chat):
    """刘洋的时间改到明天下午三点到五点 moves 刘洋's outing (reported by 王五), not the
    speaker's own leave; about someone the bot does not know it says nothing."""
    await chat.say("刘洋", "/start")
    await chat.say("王五", "下周三请年假")
    await chat.say("王五", "代刘洋报备外出，明天去十万垅大堤巡查")
    assert texts(await chat.say("王五", "管工的时间改到明天下午三点到五点")) == []
    [moved] = texts(await chat.say("王五", "刘洋的时间改到明天下午三点到五点"))
    assert moved.startswith("已更正：刘洋 外出 12月1日（周二） 15:00–17:00")
    starts = {(r["real_name"], r["kind"]): r["start_at"] for r in await rows(chat)}
    assert starts[("王五", "年假")] == utc(2026, 12, 9, 8, 30)
    assert starts[("刘洋", "外出")] == utc(2026, 12, 1, 15, 0)


async def test_a_correction_naming_only_the_new_first_day_keeps_the_length(chat):
    """培训改到下周三开始了 moves the start of a three-day course; its length stays (it used to
    shrink to the one day named, and the other two were lost)."""
    await chat.say("王五", "下周一到周三去长沙培训")
    [answer] = texts(await chat.say("王五", "培训改到下周三开始了"))
    assert answer.startswith("已更正：王五 培训 12月9日（周三）至12月11日（周五），3 个工作日")
    [row] = await rows(chat)
    assert (row["start_at"], row["end_at"]) == (utc(2026, 12, 9, 8, 30), utc(2026, 12, 11, 17, 30))


async def test_a_bare_correction_amends_the_latest_absence(chat):
    await chat.say("王五", "明天请假")
    [answer] = texts(await chat.say("王五", "改为周二下午"))
    assert answer.startswith("已更正：王五 请假 12月1日（周二）下午 14:30–17:30")


async def test_an_edit_back_into_a_report_records_it_again(chat):
    await chat.say("王五", "周三事假，家里有事")
    source = chat.last_message_id
    await chat.edit("王五", source, "今天天气不错")
    assert (await rows(chat))[0]["status"] == "cancelled"
    edited = texts(await chat.edit("王五", source, "周五病假，发烧"))
    assert edited[0].startswith("已记录：王五 病假 12月4日（周五）全天")
    [row] = await rows(chat)
    assert (row["status"], row["kind"], row["start_at"]) == (
        "amended",
        "病假",
        utc(2026, 12, 4, 8, 30),
    )


async def test_withdrawing_the_last_day_ends_the_day_before(chat):
    await chat.say("王五", "周三到周五年假")
    [answer] = texts(await chat.say("王五", "周五不请了"))
    assert answer == "好的，王五 的年假已改为：12月2日（周三）至12月3日（周四）"
    [row] = await rows(chat)
    assert (row["end_at"], row["days"]) == (utc(2026, 12, 3, 17, 30), 2)
    [answer] = texts(await chat.say("王五", "周三不请了"))
    assert answer == "好的，王五 的年假已改为：12月3日（周四）全天"


async def test_an_overlapping_report_is_asked_about(chat):
    await chat.say("王五", "明天请假")
    [question] = await chat.say("王五", "明天下午请假")
    assert texts([question])[0].startswith("这段时间已有一条记录。")
    assert len(await rows(chat)) == 1
    await chat.press("王五", "确认记录")
    assert len(await rows(chat)) == 2


async def test_leave_on_a_holiday_is_asked_about(chat, clock):
    clock.set(datetime(2026, 10, 3, 9, 0, tzinfo=TZ))  # National Day holiday
    [question] = texts(await chat.say("王五", "今天请假"))
    assert question.startswith("这段时间都是节假日或周末，不占工作日。仍要记录吗？")
    assert await rows(chat) == []


async def test_balance_without_a_hire_date_says_what_is_missing(chat):
    [answer] = texts(await chat.say("王五", "/balance"))
    assert "应休 0 天（名册中没有参加工作日期，请管理员补录，或用 /annual 设定）" in answer


async def test_maternity_leave_with_no_end_is_its_statutory_length_never_one_day(chat):
    """产假 with no end: the question shows the 98 calendar days of the national rule, and
    confirming records them (issue 11: never one day)."""
    asked = texts(await chat.say("刘芳", "12月7日开始休产假"))
    assert len(asked) == 1 and "产假 12月7日（周一）至3月14日（周日）" in asked[0]
    assert not await rows(chat, "刘芳")
    recorded = texts(await chat.press("刘芳", "确认记录"))
    assert recorded[0].startswith("已记录：刘芳 产假 12月7日（周一）至3月14日（周日）")
    [row] = await rows(chat, "刘芳")
    assert row["start_at"] == utc(2026, 12, 7, 8, 30) and row["end_at"] == utc(2027, 3, 14, 17, 30)
