"""/note, /notes, /editnote, /delnote, the category buttons and the leaders' summary,
through the real Application."""

from __future__ import annotations

from datetime import datetime

import pytest

from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import Origin
from tests.conftest import TZ, texts

NINE_THIRTY = datetime(2026, 11, 30, 9, 30, tzinfo=TZ)


def t(hour: int, minute: int = 0, day: int = 30) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.fixture
async def office(chat, clock):
    """张三 (admin), 赵局 (leader), 李四 with a morning 事假 reported at 08:00, 王五."""
    for name in ("张三", "赵局", "李四", "王五"):
        await chat.say(name, "/start")
    await chat.say("张三", "/role 赵局 领导")
    li = await chat.services.members.by_real_name("李四")
    await report(chat, li.id, "事假", t(8, 30), t(12), "孩子发烧", reported=t(8))
    clock.set(NINE_THIRTY)
    return chat


async def report(chat, member_id, kind, start, end, reason, reported, message_id=900):
    await AbsenceRepo(chat.services.db).record(
        [NewAbsence(member_id, kind, start, end, reason, 0.5)],
        chat.group_id,
        message_id,
        f"{kind}：{reason}",
        Origin(member_id, chat.group_id, message_id),
        reported,
    )


async def test_note_two_people_one_covered_one_not(office):
    [answer] = texts(await office.say("赵局", "/note 9:10 抽查二楼，李四、王五不在岗"))
    assert "11月30日（周一）09:10 · 脱岗" in answer
    assert "李四：已报备（事假 08:30–12:00）" in answer
    assert "王五：未报备" in answer
    assert "孩子发烧" not in answer  # a 事假 reason never reaches the group
    [note] = await office.services.notes.between(t(0), t(23))
    assert [p.covered for p in note.people] == [True, False]


async def test_people_by_reply_and_by_mention(office):
    await office.say("王五", "收到")
    target = office.last_message_id
    [answer] = texts(await office.say("赵局", "/note 迟到", reply_to=target))
    assert "王五：未报备" in answer
    assert "· 迟到" in answer
    [answer] = texts(await office.say("赵局", "/note 9:05 @李四 迟到"))
    assert "李四：已报备（事假 08:30–12:00）" in answer


async def test_time_default_and_half_day_span(office):
    [answer] = texts(await office.say("赵局", "/note 王五脱岗"))
    assert "09:30 · 脱岗" in answer
    [answer] = texts(await office.say("赵局", "/note 今天上午 李四、王五不在岗"))
    assert "08:30–09:30" in answer
    assert "李四：已报备" in answer


async def test_a_report_made_after_the_check_does_not_cover(office, clock):
    wang = await office.services.members.by_real_name("王五")
    await report(
        office, wang.id, "事假", t(8, 30), t(12), "补报", reported=t(9, 25), message_id=901
    )
    [answer] = texts(await office.say("赵局", "/note 9:10 王五不在岗"))
    assert "王五：已报备" in answer  # reported before the note was written
    clock.set(t(10))
    await report(
        office, wang.id, "外出", t(10, 5), t(11), "补报", reported=t(10, 20), message_id=902
    )
    clock.set(t(10, 10))
    [answer] = texts(await office.say("赵局", "/note 10:06 王五不在岗"))
    assert "王五：已报备（事假" in answer  # the morning leave, not the later 外出


async def test_category_button_and_delete_button(office):
    await office.say("赵局", "/note 9:10 王五不在岗")
    menu = await office.press("赵局", "改类别")
    assert [o.method for o in menu] == ["answerCallbackQuery", "editMessageReplyMarkup"]
    assert "迟到" in menu[1].labels()
    outputs = await office.press("赵局", "早退")
    assert any("类别已改为：早退" in (o.text or "") for o in outputs)
    assert any("· 早退" in s for s in texts(outputs))
    [note] = await office.services.notes.between(t(0), t(23))
    assert note.category == "早退"
    # Someone else may not press
    outputs = await office.press("王五", "删除记录")
    assert texts(outputs) == ["只有记录人或管理员可以修改或删除这条督查记录。"]
    assert any("已删除督查记录" in s for s in texts(await office.press("赵局", "删除记录")))
    assert await office.services.notes.between(t(0), t(23)) == []
    history = await office.services.audit.history("note", note.id)
    assert [h.action for h in history] == ["note.new", "note.category", "note.delete"]


async def test_edit_and_delete_by_author_or_admin_only(office):
    await office.say("张三", "/role 王五 领导")  # another leader, not the author
    await office.say("赵局", "/note 9:10 王五不在岗")
    [note] = await office.services.notes.between(t(0), t(23))
    assert texts(await office.say("王五", f"/editnote {note.id} 9:20 王五迟到")) == [
        "只有记录人或管理员可以修改或删除这条督查记录。"
    ]
    assert texts(await office.say("王五", f"/delnote {note.id}")) == [
        "只有记录人或管理员可以修改或删除这条督查记录。"
    ]
    outputs = await office.say("赵局", f"/editnote {note.id} 9:20 迟到")
    assert [o.method for o in outputs] == ["editMessageText", "sendMessage"]  # old reply too
    answer = texts(outputs)[-1]
    assert "已修改督查记录" in answer
    assert "09:20 · 迟到" in answer
    assert "王五：未报备" in answer  # people kept when the new text names nobody
    assert any("已删除" in s for s in texts(await office.say("张三", f"/delnote {note.id}")))
    assert texts(await office.say("赵局", f"/delnote {note.id}")) == [
        "这条督查记录已删除或不存在。"
    ]
    kept = await office.services.notes.get(note.id)
    assert kept.status == "deleted"


async def test_editing_the_note_message_reads_it_again(office):
    await office.say("赵局", "/note 9:10 王五不在岗")
    source = office.last_message_id
    outputs = await office.edit("赵局", source, "/note 9:10 李四不在岗")
    assert any("李四：已报备" in s and "已修改督查记录" in s for s in texts(outputs))
    [note] = await office.services.notes.between(t(0), t(23))
    [person] = note.people
    assert person.covered


async def test_notes_listing(office):
    await office.say("赵局", "/note 9:10 王五不在岗")
    await office.say("赵局", "/note 9:15 李四不在岗")
    [today] = texts(await office.say("赵局", "/notes"))
    assert "督查记录 · 11月30日（周一）" in today
    assert "王五（未报备）" in today
    assert "李四（已报备）" in today
    [person] = texts(await office.say("赵局", "/notes @王五"))
    assert "王五的督查记录 · 2026年11月" in person
    assert "李四" not in person.split("\n", 1)[1]
    [month] = texts(await office.say("赵局", "/notes 2026-11"))
    assert month.count("#") == 2
    [other_day] = texts(await office.say("赵局", "/notes 昨天"))
    assert "没有督查记录" in other_day
    [bad] = texts(await office.say("赵局", "/notes 火星"))
    assert bad.startswith("看不懂“火星”")
    assert texts(await office.say("王五", "/notes")) == ["这个命令只有领导可以使用。"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/note", "用法：/note"),
        ("/note 9:10 抽查二楼，有人不在岗", "没有看出记的是谁"),
        ("/note 9:10 @路人甲 不在岗", "找不到 @路人甲"),
        ("/note 9:10 @nobody_x 不在岗", "找不到 @nobody_x"),
        ("/note 10:30 王五不在岗", "还没到"),
        ("/note 明天上午 王五不在岗", "还没到"),
        ("/note 2月30日 9:00 王五迟到", "看不懂时间"),
        ("/note " + "王五不在岗" * 200, "太长了"),
    ],
)
async def test_bad_notes_record_nothing(office, line, expected):
    [answer] = texts(await office.say("赵局", line))
    assert expected in answer
    assert await office.services.notes.between(t(0, 0, 1), t(23, 59)) == []


async def test_members_may_not_note(office):
    assert texts(await office.say("王五", "/note 9:10 李四不在岗")) == [
        "这个命令只有领导可以使用。"
    ]


async def test_general_note_about_nobody_is_allowed_when_not_personal(office):
    [answer] = texts(await office.say("赵局", "/note 9:10 抽查二楼，工作纪律良好"))
    assert "工作纪律" in answer


async def test_note_delivered_twice_records_once(office):
    person = await office.person("赵局")
    message = office._message(person, office.group_id, "/note 9:10 王五不在岗")
    message["entities"] = [{"type": "bot_command", "offset": 0, "length": 5}]
    await office.deliver({"update_id": 70_000, "message": message})
    await office.deliver({"update_id": 70_001, "message": message})  # a re-sent copy
    assert len(await office.services.notes.between(t(0), t(23))) == 1


async def test_leaders_summary_once_on_working_days(office, clock):
    await office.say("赵局", "/note 9:10 李四、王五不在岗")
    wang = await office.services.members.by_real_name("王五")
    await report(
        office, wang.id, "外出", t(15), t(16), "大堤巡查", reported=t(14, 50), message_id=903
    )
    clock.set(t(17, 39))
    assert [o for o in await office.run_due() if "督查与考勤小结" in (o.text or "")] == []
    clock.set(t(17, 41))
    outputs = [o for o in await office.run_due() if "督查与考勤小结" in (o.text or "")]
    leaders = {office.people["赵局"].tg_user_id, office.people["张三"].tg_user_id}
    assert {o.chat_id for o in outputs} == leaders  # in private, to each leader (and the admin)
    [body] = {s for s in texts(outputs)}
    assert "今日督查记录（1条）" in body
    assert "未报备（1人次）" in body
    assert "· 王五 09:10 脱岗" in body
    assert "王五 外出，预计 16:00 返回，尚未销假" in body
    assert "孩子发烧" not in body
    clock.set(t(18))
    assert [o for o in await office.run_due() if "督查与考勤小结" in (o.text or "")] == []


async def test_summary_skips_weekends_and_goes_to_a_configured_chat(tmp_path, clock):
    from bot.console import ConsoleSession
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, notes={"leaders_chat_id": -100777})
    chat = await ConsoleSession.open(settings, clock)
    try:
        chat.api.add_chat({"id": -100777, "type": "supergroup", "title": "领导班子"})
        await chat.say("张三", "/start")
        clock.set(datetime(2026, 11, 29, 17, 45, tzinfo=TZ))  # Sunday
        assert not [o for o in await chat.run_due() if "督查与考勤小结" in (o.text or "")]
        clock.set(t(17, 45))
        outputs = [o for o in await chat.run_due() if "督查与考勤小结" in (o.text or "")]
        assert [o.chat_id for o in outputs] == [-100777]
        assert "今日督查记录：无" in outputs[0].text
    finally:
        await chat.close()


def test_summary_time_is_configurable(tmp_path):
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, notes={"leaders_summary_time": "18:05"})
    assert settings.notes.leaders_summary_time.hour == 18


async def test_a_note_that_is_not_about_absence_has_no_cover_status(office):
    [answer] = texts(await office.say("赵局", "/note 9:30 检查发现王五上班时间玩手机游戏"))
    assert "· 工作纪律" in answer and "· 王五" in answer
    assert "未报备" not in answer and "已报备" not in answer
    [listing] = texts(await office.say("赵局", "/notes"))
    assert "王五" in listing and "未报备" not in listing
    from tests.bot.test_attendance_export import column, load, row_of

    outputs = await office.say("张三", "/export 2026-11", private=True)
    [document] = [o for o in outputs if o.file_bytes]
    ws = load(document.file_bytes)["出勤汇总"]
    wang = row_of(ws, "王五")
    assert ws.cell(wang, column(ws, "督查·工作纪律")).value == 1
    assert ws.cell(wang, column(ws, "未报备次数")).value == 0


async def test_a_note_about_nobody_and_nothing_gets_the_usage(office):
    [answer] = texts(await office.say("赵局", "/note 哈哈哈"))
    assert answer.startswith("用法：/note")
    assert await office.services.notes.between(t(0, 0, 1), t(23, 59)) == []
