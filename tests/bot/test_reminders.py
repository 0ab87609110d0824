"""Reminders through the real Application: /remind and friends, firing exactly once with an
injected clock (no sleeping), across National Day 2026 and a restart."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest

from bot.console import ConsoleSession
from bot.domain.roles import Role
from bot.features import reminders as feature
from tests.conftest import TZ, texts


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ)


async def make_leader(chat: ConsoleSession, name: str) -> None:
    await chat.person(name)
    member = await chat.services.members.find(name)
    await chat.services.members.set_role(member.id, Role.LEADER, chat.services.now(), _system())


def _system():
    from storage.audit import SYSTEM

    return SYSTEM


def fired(outputs) -> list[str]:
    """Reminder posts only: other features post on their own schedules."""
    return [t for t in texts(outputs) if "⏰ " in t]


def fired_outputs(outputs) -> list:
    return [o for o in outputs if "⏰ " in (o.text or "")]


# --- setting and answering -----------------------------------------------------------------


async def test_remind_answers_with_the_next_three_times(chat, clock):
    clock.set(at(2026, 11, 27, 10, 0))  # a Friday
    [weekly] = texts(await chat.say("张三", "/remind 每周一 08:30 堤防巡查"))
    assert "已设置群提醒 #1" in weekly
    assert "时间：每周一 08:30" in weekly
    assert "2026年11月30日（周一）08:30" in weekly
    assert "2026年12月7日（周一）08:30" in weekly
    assert "2026年12月14日（周一）08:30" in weekly
    [workdays] = texts(await chat.say("张三", "/remind 工作日 8:20 今日在岗情况"))
    assert "工作日 08:20（含调休上班日）" in workdays
    for day in ("11月30日（周一）", "12月1日（周二）", "12月2日（周三）"):
        assert f"2026年{day}08:20" in workdays


async def test_remind_keeps_line_breaks_and_escapes_html(chat):
    outputs = await chat.say("张三", "/remind 每天 17:00 <b>交日报</b>\n第二行")
    assert "&lt;b&gt;交日报&lt;/b&gt;\n第二行" in outputs[0].text
    [row] = await chat.services.reminders.listed([chat.group_id], 0)
    assert row.text == "<b>交日报</b>\n第二行"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/remind 每周八 9:00 巡查", "没有“周八”，请写周一到周日。"),
        ("/remind 25点 开会", "时间不对：25点不存在，小时应在0到23之间。"),
        ("/remind", "请写上提醒的时间和内容"),
        ("/remind    ", "请写上提醒的时间和内容"),
        ("/remind 每天 9:00", "请写上提醒的内容。"),
        ("/remind 随便什么时候 开会", "没看懂提醒时间"),
        ("/remind 2026-01-01 09:00 元旦", "已经过去了"),
    ],
)
async def test_bad_schedules_are_answered_in_chinese_and_record_nothing(chat, line, expected):
    [answer] = texts(await chat.say("张三", line))
    assert answer.startswith(expected) or expected in answer
    assert "可以这样写：" in answer
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 0


async def test_huge_input_is_refused(chat):
    [answer] = texts(await chat.say("张三", "/remind 每天 9:00 " + "长" * 5000))
    assert answer == "内容太长了（最多 1000 个字），请精简后再发。"
    [answer] = texts(await chat.say("张三", "/remind 每天 9:00 " + "长" * 600))
    assert answer.startswith("提醒内容太长了（最多 500 个字）")
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 0


async def test_too_many_reminders_per_person(tmp_path, clock):
    from tests.conftest import make_settings

    session = await ConsoleSession.open(
        make_settings(tmp_path, reminders={"max_per_person": 2}), clock
    )
    try:
        for hour in (9, 10):
            await session.say("张三", f"/remind 每天 {hour}:00 事{hour}")
        [answer] = texts(await session.say("张三", "/remind 每天 11:00 再一条"))
        assert answer.startswith("您已有 2 条提醒，已到上限")
    finally:
        await session.close()


# --- who may do what -----------------------------------------------------------------------


async def test_only_creator_leaders_and_admins_change_a_reminder(chat):
    await chat.say("张三", "/remind 每周一 08:30 堤防巡查")  # #1, by the admin
    await chat.say("李四", "/remind 每天 17:00 交日报")  # #2, 李四's own
    await make_leader(chat, "王局长")
    refusal = "提醒 #1 是 张三 设置的，只有设置人、领导或管理员可以修改。"
    for command in ("/unremind 1", "/pause 1", "/resume 1"):
        assert texts(await chat.say("李四", command)) == [refusal]
    assert texts(await chat.say("李四", "/pause 2")) == ["已暂停提醒 #2。恢复请发 /resume 2。"]
    assert texts(await chat.say("李四", "/pause 2"))[0].startswith("提醒 #2 已经是暂停状态")
    # A leader manages group reminders, not a member's personal one; the admin may.
    assert texts(await chat.say("王局长", "/resume 2")) == [
        "提醒 #2 是 李四 的个人提醒，只有设置人或管理员可以修改。"
    ]
    assert texts(await chat.say("张三", "/resume 2"))[0].startswith("已恢复提醒 #2，下次：")
    assert texts(await chat.say("张三", "/resume 2")) == ["提醒 #2 没有暂停，无需恢复。"]
    assert texts(await chat.say("王局长", "/unremind 1")) == ["已删除提醒 #1：堤防巡查"]
    assert texts(await chat.say("张三", "/unremind 1")) == [
        "没有编号为 1 的提醒（见 /reminders）。"
    ]
    assert texts(await chat.say("张三", "/pause 99")) == ["没有编号为 99 的提醒（见 /reminders）。"]
    assert texts(await chat.say("张三", "/pause"))[0].startswith("请写提醒编号，例如 /pause 3")
    assert texts(await chat.say("张三", "/pause 巡查"))[0].startswith("请写提醒编号")
    history = [h.action for h in await chat.services.audit.history("reminder")]
    assert history == [
        "reminder.add",
        "reminder.add",
        "reminder.pause",
        "reminder.resume",
        "reminder.delete",
    ]


async def test_members_set_personal_reminders_sent_privately(chat, clock):
    await chat.person("张三")  # the first speaker is the admin
    [answer] = texts(await chat.say("李四", "/remind 今天 17:00 交日报"))
    assert "已设置个人提醒 #1（到时私聊提醒您，无法私聊时在群里提醒您）" in answer
    assert "提醒时间：2026年11月30日（周一）17:00" in answer
    listing = texts(await chat.say("王五", "/reminders"))[0]
    assert listing.startswith("还没有提醒")  # someone else's personal reminder is not listed
    assert "#1 今天" not in listing
    clock.set(at(2026, 11, 30, 17, 0))
    [sent] = fired_outputs(await chat.run_due())
    assert sent.chat_id == chat.people["李四"].tg_user_id
    assert texts([sent]) == ["⏰ 提醒 #1：交日报"]
    assert fired(await chat.run_due()) == []
    assert texts(await chat.say("李四", "/pause 1"))[0].startswith("提醒 #1 已经结束")


async def test_personal_reminder_falls_back_to_a_mention_in_the_group(chat, clock):
    await chat.person("张三")
    await chat.say("李四", "/remind 每天 17:00 交日报")
    del chat.api.chats[chat.people["李四"].tg_user_id]  # never opened a private chat with the bot
    clock.set(at(2026, 11, 30, 17, 0, 5))
    [sent] = fired_outputs(await chat.run_due())
    assert sent.chat_id == chat.group_id
    assert f"tg://user?id={chat.people['李四'].tg_user_id}" in sent.text
    [shown] = texts([sent])
    assert shown.startswith("李四 ⏰ 您的个人提醒 #1 到时间了。") and "交日报" not in shown


async def test_leader_in_private_sets_a_personal_reminder(chat):
    await make_leader(chat, "王局长")
    [answer] = texts(await chat.say("王局长", "/remind 每天 8:00 看水情", private=True))
    assert "个人提醒" in answer
    assert "无法私聊" not in answer
    [answer] = texts(await chat.say("王局长", "/remind 每天 8:10 晨会"))
    assert "已设置群提醒 #2" in answer


async def test_listing_shows_number_rule_next_time_and_pauses(chat):
    await chat.say("张三", "/remind 每周一 08:30 堤防巡查")
    await chat.say("张三", "/remind 4月至9月 每天 8:00 防汛值班交接")
    await chat.say("张三", "/pause 1")
    [listing] = texts(await chat.say("李四", "/reminders"))
    assert "#2 每年4月至9月 每天 08:00 · 防汛值班交接" in listing
    assert "下次：2027年4月1日（周四）08:00（张三设置）" in listing
    assert "#1 每周一 08:30（已暂停） · 堤防巡查" in listing
    assert "已暂停，恢复请发 /resume 1" in listing
    assert "共 2 条" in listing


async def test_a_user_outside_the_group_cannot_set_reminders(chat):
    chat.api.add_chat({"id": 4243, "type": "private", "first_name": "路人"})
    stranger = {"id": 4243, "is_bot": False, "first_name": "路人"}
    command = "/remind 每天 9:00 开会"
    entities = [{"type": "bot_command", "offset": 0, "length": 7}]
    update = {"update_id": 10_001, "message": {"message_id": 1, "date": 0,
              "chat": chat.api.chats[4243], "from": stranger, "text": command,
              "entities": entities}}  # fmt: skip
    [refusal] = texts(await chat.deliver(update))
    assert refusal.startswith("您好，本助手只为本单位工作群的成员服务")
    chat.api.add_chat({"id": -999, "type": "supergroup", "title": "别的群"})
    update = {"update_id": 10_002, "message": {"message_id": 1, "date": 0,
              "chat": chat.api.chats[-999], "from": stranger, "text": command,
              "entities": entities}}  # fmt: skip
    assert await chat.deliver(update) == []
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 0


# --- firing ---------------------------------------------------------------------------------


async def test_a_week_across_national_day_and_the_adjusted_saturday(chat, clock):
    clock.set(at(2026, 9, 27, 20, 0))  # Sunday evening
    await chat.say("张三", "/remind 工作日 8:20 今日在岗情况")  # #1
    await chat.say("张三", "/remind 每周一 08:30 堤防巡查")  # #2
    seen: list[tuple[str, str]] = []
    for day in range(28, 28 + 15):  # 28 September to 12 October
        month, date_ = (9, day) if day <= 30 else (10, day - 30)
        for hour, minute in ((8, 20), (8, 30), (12, 0)):
            clock.set(at(2026, month, date_, hour, minute, 20))
            for output in fired_outputs(await chat.run_due()):
                assert output.chat_id == chat.group_id
                assert "补发" not in output.text
                seen.append((f"{month}-{date_}", texts([output])[0]))
    workdays = [d for d, t in seen if t == "⏰ 提醒 #1：今日在岗情况"]
    mondays = [d for d, t in seen if t == "⏰ 提醒 #2：堤防巡查"]
    # 1–7 October off; Saturday 10 October is an adjusted working day (调休上班).
    assert workdays == ["9-28", "9-29", "9-30", "10-8", "10-9", "10-10", "10-12"]
    assert mondays == ["9-28", "10-5", "10-12"]  # 每周一 is every Monday, holiday or not
    assert len(seen) == 10


async def test_the_reply_skips_the_holiday(chat, clock):
    clock.set(at(2026, 9, 29, 18, 0))
    [answer] = texts(await chat.say("张三", "/remind 工作日 8:20 今日在岗情况"))
    assert "2026年9月30日（周三）08:20" in answer
    assert "2026年10月8日（周四）08:20" in answer
    assert "2026年10月9日（周五）08:20" in answer
    assert "10月1日" not in answer


async def test_restart_in_the_middle_repeats_nothing(settings, clock, caplog):
    caplog.set_level(logging.WARNING)
    clock.set(at(2026, 9, 27, 20, 0))
    session = await ConsoleSession.open(settings, clock)
    try:
        await session.say("张三", "/remind 工作日 8:20 今日在岗情况")
        clock.set(at(2026, 9, 28, 8, 20))
        assert fired(await session.run_due()) == ["⏰ 提醒 #1：今日在岗情况"]
        clock.set(at(2026, 9, 28, 8, 25))
    finally:
        await session.close()

    # Restart the same minute: nothing again.
    session = await ConsoleSession.open(settings, clock)
    try:
        assert fired(await session.run_due()) == []
    finally:
        await session.close()

    # Down over 29 September 08:20; back at 08:50: missed by 30 minutes → sent once, 补发.
    clock.set(at(2026, 9, 29, 8, 50))
    session = await ConsoleSession.open(settings, clock)
    try:
        [late] = fired(await session.run_due())
        assert late.startswith("⏰ 提醒 #1（补发）：今日在岗情况")
        assert "原定 2026年9月29日（周二）08:20" in late
        assert fired(await session.run_due()) == []
    finally:
        await session.close()
    session = await ConsoleSession.open(settings, clock)
    try:
        assert fired(await session.run_due()) == []
    finally:
        await session.close()

    # Down over 30 September 08:20; back at 10:00: missed by 100 minutes → skipped and logged.
    clock.set(at(2026, 9, 30, 10, 0))
    session = await ConsoleSession.open(settings, clock)
    try:
        assert fired(await session.run_due()) == []
        assert "reminder 1: occurrence(s) from 2026-09-30 08:20:00+08:00 skipped" in caplog.text
        [listing] = texts(await session.say("张三", "/reminders"))
        assert "下次：2026年10月8日（周四）08:20" in listing
        clock.set(at(2026, 10, 8, 8, 20))
        assert fired(await session.run_due()) == ["⏰ 提醒 #1：今日在岗情况"]
        firings = await session.services.reminders.firings(1)
    finally:
        await session.close()
    assert [(f["scheduled_at"][:16], f["outcome"], f["late"]) for f in firings] == [
        ("2026-09-28T00:20", "sent", 0),
        ("2026-09-29T00:20", "sent", 1),
        ("2026-09-30T00:20", "skipped", 0),
        ("2026-10-08T00:20", "sent", 0),
    ]


async def test_a_send_cut_off_is_sent_at_the_next_start_once(settings, clock):
    """Claimed, then Telegram unreachable and the bot stopped: the next start sends it (the
    outbox), marked 补发 when late, and never a second time."""
    clock.set(at(2026, 11, 30, 8, 0))
    session = await ConsoleSession.open(settings, clock)
    try:
        await session.say("张三", "/remind 每天 8:30 晨会")
        clock.set(at(2026, 11, 30, 8, 30))
        session.api.fail("sendMessage", "network", times=20)
        assert fired(await session.run_due()) == []
    finally:
        await session.close()  # still unreachable while it stops
    clock.set(at(2026, 11, 30, 8, 45))
    session = await ConsoleSession.open(settings, clock)  # a new transport: reachable
    try:
        [sent] = [o for o in session.api.outputs if "晨会" in (o.text or "")]
        assert texts([sent]) == ["【补发】⏰ 提醒 #1：晨会"]
        assert fired(await session.run_due()) == []
        [firing] = await session.services.reminders.firings(1)
        assert firing["outcome"] == "sent" and firing["message_id"] == sent.message_id
    finally:
        await session.close()


async def test_one_off_fires_once_and_ends(chat, clock):
    await chat.say("张三", "/remind 明天下午3点 党组会")
    clock.set(at(2026, 12, 1, 15, 0, 30))
    assert fired(await chat.run_due()) == ["⏰ 提醒 #1：党组会"]
    clock.set(at(2026, 12, 2, 15, 0, 30))
    assert fired(await chat.run_due()) == []
    assert (await chat.services.reminders.get(1)).status == "done"


async def test_paused_reminders_do_not_fire_and_resume_does_not_catch_up(chat, clock):
    await chat.say("张三", "/remind 每天 10:00 巡查")
    await chat.say("张三", "/pause 1")
    clock.set(at(2026, 11, 30, 10, 0, 10))
    assert fired(await chat.run_due()) == []
    clock.set(at(2026, 11, 30, 10, 20))
    assert texts(await chat.say("张三", "/resume 1")) == [
        "已恢复提醒 #1，下次：2026年12月1日（周二）10:00。"
    ]
    assert fired(await chat.run_due()) == []


# --- precise jobs and the calendar ---------------------------------------------------------


async def test_precise_jobs_follow_every_change(chat, clock):
    chat.services.console = False  # as in a real run: arm PTB run_once jobs
    queue = chat.app.job_queue

    def armed(number: int) -> list:
        return [job for job in queue.get_jobs_by_name(f"reminder:{number}") if not job.removed]

    await chat.say("张三", "/remind 每天 17:00 交日报")
    [job] = armed(1)
    assert job.data == (1, at(2026, 11, 30, 17, 0))
    await chat.say("张三", "/pause 1")
    assert armed(1) == []
    await chat.say("张三", "/resume 1")
    assert [j.data for j in armed(1)] == [(1, at(2026, 11, 30, 17, 0))]
    clock.set(at(2026, 11, 30, 17, 0, 1))
    assert fired(await chat.run_due()) == ["⏰ 提醒 #1：交日报"]
    assert [j.data for j in armed(1)] == [(1, at(2026, 12, 1, 17, 0))]
    # A restart rebuilds the jobs from the rows.
    for job in armed(1):
        job.schedule_removal()
    feature._jobs(chat.services).clear()
    await feature.on_startup(chat.app, chat.services)
    assert [j.data for j in armed(1)] == [(1, at(2026, 12, 1, 17, 0))]
    await chat.say("张三", "/unremind 1")
    assert armed(1) == []
    chat.services.console = True


async def test_a_year_missing_from_the_calendar_warns_the_admins_once(chat, clock):
    await chat.say("张三", "/start")
    clock.set(at(2026, 12, 30, 10, 0))
    [answer] = texts(await chat.say("张三", "/remind 工作日 8:20 交日报"))
    assert "注：2027年的法定节假日安排尚未收录" in answer
    outputs = await chat.run_due()
    warnings = [o for o in outputs if "还没有 2027 年的法定放假和调休安排" in (o.text or "")]
    assert [o.chat_id for o in warnings] == [chat.people["张三"].tg_user_id]  # the admin, privately
    clock.set(at(2027, 1, 4, 8, 20))
    again = await chat.run_due()
    assert [o for o in again if "法定放假" in (o.text or "")] == []
    assert fired(again) == ["⏰ 提醒 #1：交日报"]


async def test_an_edited_remind_does_not_act_twice(chat):
    await chat.say("张三", "/remind 每天 9:00 巡查")
    edited = await chat.edit("张三", chat.last_message_id, "/remind 每天 10:00 巡查")
    assert fired(edited) == [] and not any("已设置" in t for t in texts(edited))
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 1


async def test_a_redelivered_remind_is_answered_once(chat):
    await chat.say("张三", "/start")  # the admin
    person = chat.people["张三"]
    message = chat._message(person, chat.group_id, "/remind 每周一 08:30 堤防巡查")
    first = await chat.deliver({"update_id": 90_001, "message": message})
    again = await chat.deliver({"update_id": 90_002, "message": message})
    assert len(first) == 1 and again == []
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM reminders") == 1


# --- privacy of personal reminders -----------------------------------------------------------


async def test_a_personal_reminders_text_never_appears_in_the_group(chat):
    await chat.person("张三")  # the admin
    await make_leader(chat, "王局长")
    secret = "去医院复查（不要告诉别人）"
    created = texts(await chat.say("李四", f"/remind 每天 17:00 {secret}"))
    assert "已设置个人提醒 #1" in created[0] and secret not in created[0]
    listed = texts(await chat.say("李四", "/reminders"))[0]
    assert "#1 每天 17:00（个人）" in listed and "复查" not in listed
    assert "复查" in texts(await chat.say("李四", "/reminders", private=True))[0]
    # A leader cannot touch it, and the refusal does not quote it.
    refused = texts(await chat.say("王局长", "/unremind 1"))
    assert refused == ["提醒 #1 是 李四 的个人提醒，只有设置人或管理员可以修改。"]
    # The admin may delete it; in the group the answer does not quote it either.
    assert texts(await chat.say("张三", "/unremind 1")) == ["已删除提醒 #1。"]
    group_lines = [o.text or "" for o in chat.api.outputs if o.chat_id == chat.group_id]
    assert not any("复查" in line for line in group_lines)


async def test_the_creator_deleting_privately_sees_the_text(chat):
    await chat.person("张三")
    await chat.say("李四", "/remind 每天 17:00 交日报")
    assert texts(await chat.say("李四", "/unremind 1", private=True)) == ["已删除提醒 #1：交日报"]
