"""整改事项 through the real Application: commands, evidence, buttons, import, reminders."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.domain.rectification import Status
from bot.domain.rectification_import import parse_rectification
from bot.domain.rectification_parsing.models import (
    ParsedArea,
    ParsedCategory,
    ParsedItem,
    ParsedReport,
)
from bot.domain.roles import Role
from storage.audit import SYSTEM
from storage.rectification import RectificationRepo
from tests.conftest import TZ, texts
from tests.data import RECTIFICATION_REPORT

SEED = RECTIFICATION_REPORT
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rectification"


def repo(chat) -> RectificationRepo:
    return RectificationRepo(chat.services.db)


async def seeded(chat, owner: str | None = "李四") -> RectificationRepo:
    """张三 (admin) and 李四 (member) exist; the seed is imported; 李四 owns item 12."""
    await chat.say("张三", "/start")
    await chat.say("李四", "/start")
    r = repo(chat)
    report = parse_rectification(SEED.read_text(encoding="utf-8"))
    await r.import_report(report, chat.services.now(), SYSTEM)
    if owner:
        await chat.say("张三", f"/assign 12 {owner}")
    return r


async def counts(chat) -> tuple[int, int]:
    db = chat.services.db
    return (
        await db.fetchval("SELECT COUNT(*) FROM rectification_updates"),
        await db.fetchval("SELECT COUNT(*) FROM rectification_evidence"),
    )


async def send_media(chat, name, *, caption="", reply_to=None, photo=False, private=False):
    person = await chat.person(name)
    chat_id = person.tg_user_id if private else chat.group_id
    message = chat._message(person, chat_id, "", reply_to=reply_to)
    del message["text"]
    message.pop("entities", None)
    file_id, unique = chat.api.store_file(b"evidence" + caption.encode())
    if photo:
        message["photo"] = [
            {"file_id": file_id, "file_unique_id": unique, "width": 90, "height": 90}
        ]
    else:
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": unique,
            "file_name": "记录.pdf",
        }
    if caption:
        message["caption"] = caption
    chat.api.remember(chat_id, message)
    return await chat.deliver({"update_id": chat._next_update_id(), "message": message})


# ---------------------------------------------------------------------- lists and the card
async def test_items_before_import_says_how_to_import(chat):
    [answer] = texts(await chat.say("张三", "/items"))
    assert "还没有导入整改事项" in answer


async def test_items_lists_every_item_with_a_light(chat):
    await seeded(chat)
    await chat.say("张三", "/deadline 1 2023-12-31")
    await chat.say("张三", "/deadline 2 12月3日")
    await chat.say("张三", "/deadline 3 2027-06-30")
    [listing] = texts(await chat.say("李四", "/items"))
    assert "整改事项（25 项）🔴1 🟡1 🟢1 ⚪22" in listing
    assert "🔴 1 思想认识上还不“深” · 未启动 · 未指定 · 逾期 1065 天" in listing
    assert "🟡 2 责任落实上还不“实” · 未启动 · 未指定 · 剩 3 天" in listing
    assert "⚪ 12 下拨水利资金使用管理漏洞较多 · 未启动 · 李四 · 无时限" in listing
    assert listing.count("\n") >= 25
    assert "【聚焦群众身边腐败问题" in listing


async def test_items_filters(chat):
    await seeded(chat)
    await chat.say("张三", "/deadline 1 2023-12-31")
    overdue = texts(await chat.say("李四", "/items 逾期"))[0]
    assert "逾期整改事项（1 项）" in overdue
    assert " 1 思想" in overdue
    assert "（1 项）" in texts(await chat.say("李四", "/items @李四"))[0]
    assert "李四 负责的整改事项" in texts(await chat.say("李四", "/items 李四"))[0]
    assert "含“廉洁”（5 项）" in texts(await chat.say("李四", "/items 廉洁"))[0]
    assert "（25 项）" in texts(await chat.say("李四", "/items 未启动"))[0]
    assert texts(await chat.say("李四", "/items 已销号")) == ["没有状态为“已销号”的整改事项。"]
    assert "找不到“@nobody”" in texts(await chat.say("李四", "/items @nobody"))[0]
    assert "没有找到含“&lt;b&gt;”" in (await chat.say("李四", "/items <b>"))[0].text


async def test_item_card_with_measures_updates_and_buttons(chat):
    await seeded(chat)
    await chat.say("李四", "/progress 12 已完成3个村的资金抽查")
    [card] = await chat.say("王五", "/item 12")
    body = texts([card])[0]
    assert body.startswith("⚪ 第 12 项　下拨水利资金使用管理漏洞较多")
    assert "类别：6. 重点领域存有廉洁风险" in body
    assert "责任人：李四" in body
    assert "⬜ 1. 由分管领导牵头" in body
    assert "⬜ 4. 对市局直接下拨" in body
    assert "李四：已完成3个村的资金抽查" in body
    assert "共 1 条" in body
    assert card.labels() == ["记进展", "销号", "措施1完成", "措施2完成", "措施3完成", "措施4完成"]


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("/item 0", "没有第 0 项整改事项。现有 25 项（1–25 号）"),
        ("/item 99", "没有第 99 项整改事项"),
        ("/item abc", "“abc”不是整改事项编号"),
        ("/item", "用法：/item 12"),
        ("/progress 99 做了", "没有第 99 项"),
        ("/measure 12 9 已完成", "第 12 项只有 4 条措施（1–4），没有第 9 条"),
        ("/measure 12 2 差不多", "不是措施状态"),
        ("/measure 12", "用法：/measure"),
        ("/status 12 差不多", "不是整改状态"),
        ("/status 12", "用法：/status"),
        ("/deadline 12 下周", "看不懂日期“下周”"),
        ("/deadline 12 2026-02-30", "看不懂日期"),
        ("/deadline 12", "用法：/deadline"),
        ("/assign 12 赵六", "找不到“赵六”"),
        ("/assign 12", "用法：/assign"),
        ("/close 0", "没有第 0 项"),
    ],
)
async def test_bad_input_gets_one_clear_reply_and_records_nothing(chat, line, needle):
    await seeded(chat)
    before = await counts(chat)
    answers = texts(await chat.say("张三", line))
    assert len(answers) == 1, answers
    assert needle in answers[0]
    assert await counts(chat) == before
    assert (await repo(chat).get(12)).status == Status.NOT_STARTED


# ---------------------------------------------------------------------- progress
async def test_progress_by_owner_starts_the_item(chat):
    await seeded(chat)
    [answer] = texts(await chat.say("李四", "/progress 12 已完成3个村的资金抽查"))
    assert answer == ("已记录第 12 项进展（下拨水利资金使用管理漏洞较多）。\n状态：未启动 → 整改中")
    item = await repo(chat).get(12)
    [update] = await repo(chat).last_updates(item.id)
    assert update.author_name == "李四"
    assert update.text == "已完成3个村的资金抽查"
    assert item.status == Status.IN_PROGRESS


async def test_progress_keeps_line_breaks_and_escapes_html(chat):
    await seeded(chat)
    await chat.say("李四", "/progress 12 第一行\n<b>第二行</b>")
    [card] = await chat.say("李四", "/item 12")
    assert "&lt;b&gt;第二行&lt;/b&gt;" in card.text
    item = await repo(chat).get(12)
    assert (await repo(chat).last_updates(item.id))[0].text == "第一行\n<b>第二行</b>"


async def test_progress_without_text_is_refused(chat):
    await seeded(chat)
    assert texts(await chat.say("李四", "/progress 12")) == [
        "请在编号后写上进展内容，例如：/progress 12 已完成3个村的资金抽查"
    ]
    assert texts(await chat.say("李四", "/progress"))[0].startswith("用法：/progress 12")
    assert await counts(chat) == (0, 0)


async def test_someone_elses_item_is_refused(chat):
    await seeded(chat)
    [answer] = texts(await chat.say("王五", "/progress 12 我来报"))
    assert answer.startswith("第 12 项只有责任人（李四）或领导可以更新")
    assert "只有责任人" in texts(await chat.say("王五", "/status 12 整改中"))[0]
    assert "只有责任人" in texts(await chat.say("王五", "/measure 12 1 已完成"))[0]
    assert texts(await chat.say("王五", "/assign 12 王五")) == ["这个命令只有领导可以使用。"]
    assert texts(await chat.say("王五", "/deadline 12 年底")) == ["这个命令只有领导可以使用。"]
    assert await counts(chat) == (0, 0)


async def test_leaders_may_update_any_item(chat):
    await seeded(chat)
    await chat.say("王五", "/start")
    await chat.say("张三", "/role 王五 领导")
    assert texts(await chat.say("王五", "/progress 12 督办"))[0].startswith("已记录第 12 项")


async def test_huge_progress_text_is_refused(chat):
    await seeded(chat)
    [answer] = texts(await chat.say("李四", "/progress 12 " + "长" * 2000))
    assert answer == "内容太长了（最多 1000 个字），请精简后再发。"
    assert await counts(chat) == (0, 0)


async def test_edited_progress_corrects_the_same_record(chat):
    await seeded(chat)
    await chat.say("李四", "/progress 12 抽查2个村")
    message_id = chat.last_message_id
    [answer] = texts(await chat.edit("李四", message_id, "/progress 12 抽查3个村"))
    assert answer == "已按修改后的消息更正第 12 项的这条进展。"
    item = await repo(chat).get(12)
    assert [u.text for u in await repo(chat).last_updates(item.id)] == ["抽查3个村"]


async def test_duplicate_delivery_records_once(chat):
    await seeded(chat)
    person = chat.people["李四"]
    message = chat._message(person, chat.group_id, "/progress 12 一次")
    await chat.deliver({"update_id": 70_000, "message": message})
    await chat.deliver({"update_id": 70_000, "message": message})
    await chat.deliver({"update_id": 70_001, "message": message})  # same message, new update
    assert await counts(chat) == (1, 0)


# ---------------------------------------------------------------------- evidence
async def test_photo_with_progress_caption_is_evidence(chat):
    await seeded(chat)
    [answer] = texts(await send_media(chat, "李四", caption="/progress 12 现场照片", photo=True))
    assert answer.startswith("已记录第 12 项进展（下拨水利资金使用管理漏洞较多），附件 1 个。")
    item = await repo(chat).get(12)
    [update] = await repo(chat).last_updates(item.id)
    assert update.text == "现场照片"
    assert update.evidence[0].kind == "photo"
    assert update.evidence[0].file_id.startswith("local-")


async def test_document_in_reply_to_the_card_is_evidence(chat):
    await seeded(chat)
    [card] = await chat.say("李四", "/item 12")
    [answer] = texts(await send_media(chat, "李四", reply_to=card.message_id))
    assert "附件 1 个" in answer
    item = await repo(chat).get(12)
    [update] = await repo(chat).last_updates(item.id)
    assert update.text == "（附件：记录.pdf）"
    assert update.evidence[0].file_name == "记录.pdf"


async def test_evidence_from_someone_else_is_refused(chat):
    await seeded(chat)
    [answer] = texts(await send_media(chat, "王五", caption="/progress 12 照片", photo=True))
    assert answer.startswith("第 12 项只有责任人")
    assert await counts(chat) == (0, 0)


async def test_unrelated_photo_is_ignored(chat):
    await seeded(chat)
    assert await send_media(chat, "李四", caption="周末风景", photo=True) == []


# ---------------------------------------------------------------------- status, measures, close
async def test_measure_status_and_hint_when_all_done(chat):
    await seeded(chat)
    for n in (1, 2, 3):
        await chat.say("李四", f"/measure 12 {n} 已完成")
    [last] = texts(await chat.say("李四", "/measure 12 4"))
    assert (
        last == "第 12 项第 4 条措施：未完成 → 已完成。\n全部措施已完成，可发送 /status 12 已完成。"
    )
    assert texts(await chat.say("李四", "/measure 12 4 完成")) == [
        "第 12 项第 4 条措施已经是“已完成”。"
    ]
    assert texts(await chat.say("李四", "/status 12 已完成")) == ["第 12 项状态：未启动 → 已完成。"]
    assert texts(await chat.say("李四", "/status 12 已完成")) == ["第 12 项已经是“已完成”。"]
    assert "请由领导发送 /close 12" in texts(await chat.say("李四", "/status 12 已销号"))[0]


async def test_measure_button_on_the_card(chat):
    await seeded(chat)
    await chat.say("李四", "/item 12")
    outputs = await chat.press("李四", "措施2完成")
    assert any("第 12 项第 2 条措施：未完成 → 已完成" in (o.text or "") for o in outputs)
    edited = [o for o in outputs if o.method == "editMessageText"]
    assert edited
    assert "✅ 2. 对全区水利项目资金管理" in edited[0].text
    assert "措施2完成" not in edited[0].labels()
    outputs = await chat.press("王五", "措施3完成")
    assert any(o.show_alert and "只有责任人" in o.text for o in outputs)


async def test_close_needs_a_leader_and_asks_without_evidence(chat):
    await seeded(chat)
    assert texts(await chat.say("李四", "/close 12")) == ["这个命令只有领导可以使用。"]
    [question] = await chat.say("张三", "/close 12")
    assert "还没有任何佐证材料" in question.text
    assert question.labels() == ["确认销号", "取消"]
    assert (await repo(chat).get(12)).status == Status.NOT_STARTED
    outputs = await chat.press("李四", "确认销号")
    assert any(o.show_alert and "销号只有领导" in o.text for o in outputs)
    assert (await repo(chat).get(12)).status == Status.NOT_STARTED
    outputs = await chat.press("张三", "确认销号")
    assert "✅ 第 12 项（下拨水利资金使用管理漏洞较多）已销号（张三）。" in texts(outputs)
    assert (await repo(chat).get(12)).status == Status.CLOSED
    assert texts(await chat.say("张三", "/close 12")) == ["第 12 项已经销号。"]
    assert "已销号" in texts(await chat.say("李四", "/progress 12 再报"))[0]
    assert "只有领导可以重新打开" in texts(await chat.say("李四", "/status 12 整改中"))[0]
    assert texts(await chat.say("张三", "/status 12 整改中")) == ["第 12 项状态：已销号 → 整改中。"]


async def test_close_cancel(chat):
    await seeded(chat)
    await chat.say("张三", "/close 12")
    assert "已取消，第 12 项未销号。" in texts(await chat.press("张三", "取消"))
    assert (await repo(chat).get(12)).status == Status.NOT_STARTED


async def test_close_with_evidence_needs_no_confirmation(chat):
    await seeded(chat)
    await send_media(chat, "李四", caption="/progress 12 整改函", photo=False)
    assert texts(await chat.say("张三", "/close 12")) == [
        "✅ 第 12 项（下拨水利资金使用管理漏洞较多）已销号（张三）。"
    ]
    history = await chat.services.audit.history("rectification", (await repo(chat).get(12)).id)
    assert [h.action for h in history][-1] == "rectification.status"


async def test_progress_button_shows_how(chat):
    await seeded(chat)
    await chat.say("李四", "/item 12")
    outputs = await chat.press("李四", "记进展")
    assert outputs[0].show_alert
    assert "/progress 12" in outputs[0].text


# ---------------------------------------------------------------------- mine, overdue, stalled
async def test_mine_overdue_and_stalled(chat, clock):
    await seeded(chat)
    assert "我负责的整改事项（1 项）" in texts(await chat.say("李四", "/mine"))[0]
    assert texts(await chat.say("王五", "/mine"))[0].startswith("您名下没有整改事项")
    assert texts(await chat.say("李四", "/overdue")) == ["没有逾期的整改事项。👍"]
    await chat.say("张三", "/deadline 12 2026-11-01")
    assert "🔴 12 下拨" in texts(await chat.say("李四", "/overdue"))[0]
    assert "14 天内都有进展" in texts(await chat.say("李四", "/stalled"))[0]
    clock.advance(days=15)
    await chat.say("李四", "/progress 12 仍在推进")
    [stalled] = texts(await chat.say("李四", "/stalled"))
    assert "14 天以上没有进展的整改事项（24 项）" in stalled
    assert "⏸ 1 思想认识上还不“深” · 未指定 · 15 天无进展" in stalled
    assert " 12 下拨" not in stalled


async def test_stalled_days_is_configurable(tmp_path, clock):
    from bot.console import ConsoleSession
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, rectification={"stalled_days": 3})
    session = await ConsoleSession.open(settings, clock)
    try:
        await seeded(session)
        clock.advance(days=3)
        assert "3 天以上没有进展" in texts(await session.say("张三", "/stalled"))[0]
    finally:
        await session.close()


# ---------------------------------------------------------------------- reminders
async def reminders(chat):
    """This feature's due work only (others post a morning summary at the same hour)."""
    return [o for o in await chat.run_due() if "整改" in (o.text or "")]


async def test_deadline_reminders_once_each_to_owner_and_group(chat, clock):
    await seeded(chat)
    await chat.say("张三", "/deadline 12 2026-12-07")  # Monday 30 Nov + 7 days
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=TZ))
    assert await reminders(chat) == []  # before remind_at (09:00)
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
    outputs = await reminders(chat)
    assert {o.chat_id for o in outputs} == {chat.group_id, chat.people["李四"].tg_user_id}
    assert all(
        "12 下拨水利资金使用管理漏洞较多 · 李四 · 7 天后到期" in plain for plain in texts(outputs)
    )
    assert await reminders(chat) == []
    clock.set(datetime(2026, 12, 3, 10, 0, tzinfo=TZ))
    assert await reminders(chat) == []  # still the 7-day stage
    clock.set(datetime(2026, 12, 6, 9, 30, tzinfo=TZ))
    assert "明天到期" in texts(await reminders(chat))[0]
    clock.set(datetime(2026, 12, 7, 9, 30, tzinfo=TZ))
    assert await reminders(chat) == []
    clock.set(datetime(2026, 12, 8, 9, 30, tzinfo=TZ))
    overdue = texts(await reminders(chat))
    assert len(overdue) == 2
    assert "已逾期 1 天" in overdue[0]
    assert await reminders(chat) == []


async def test_no_reminders_for_finished_items_or_old_deadlines(chat, clock):
    await seeded(chat)
    await chat.say("张三", "/deadline 12 2026-12-01")
    await chat.say("张三", "/deadline 13 2023-12-31")
    await chat.say("张三", "/status 12 已完成")
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
    assert await reminders(chat) == []


# ---------------------------------------------------------------------- import in chat
async def test_admin_imports_the_report_in_private(chat):
    await chat.say("张三", "/start")
    outputs = await chat.send_file("张三", SEED.read_bytes(), "整改通报.txt", private=True)
    [summary] = texts(outputs)
    assert summary.startswith("已导入整改报告：3 个方面、10 个类别、25 项问题、87 条措施。")
    assert "新增 25 项，更新 0 项，未变 0 项。" in summary
    again = texts(await chat.send_file("张三", SEED.read_bytes(), "整改通报.txt", private=True))
    assert "新增 0 项，更新 0 项，未变 25 项。" in again[0]


async def test_import_docx_in_private(chat):
    import io

    import docx

    document = docx.Document()
    for line in (FIXTURES / "problem-fields.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    await chat.say("张三", "/start")
    [summary] = texts(await chat.send_file("张三", buffer.getvalue(), "台账.docx", private=True))
    assert "6 项问题" in summary
    assert "新增 6 项" in summary


async def test_import_gbk_text(chat):
    await chat.say("张三", "/start")
    data = SEED.read_text(encoding="utf-8").encode("gb18030")
    assert "新增 25 项" in texts(await chat.send_file("张三", data, "通报.txt", private=True))[0]


@pytest.mark.parametrize(
    ("data", "name", "needle"),
    [
        (b"", "empty.txt", "文件是空的"),
        (
            (FIXTURES / "meeting-notice.txt").read_bytes(),
            "notice.txt",
            "没有在文件中识别到整改问题",
        ),
        ("整改".encode() * 1_100_000, "huge.txt", "文件太大"),
        (b"PK\x03\x04 not really", "broken.docx", "这个 .docx 文件打不开"),
    ],
)
async def test_import_bad_files(chat, data, name, needle):
    await chat.say("张三", "/start")
    [answer] = texts(await chat.send_file("张三", data, name, private=True))
    assert needle in answer
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM rectification_items") == 0


async def test_import_is_for_admins_only(chat):
    await chat.say("张三", "/start")
    await chat.say("李四", "/start")
    [answer] = texts(await chat.send_file("李四", SEED.read_bytes(), "整改通报.txt", private=True))
    assert answer == "只有管理员可以导入整改报告。"
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM rectification_items") == 0
    assert await chat.send_file("张三", b"x", "photo.pdf", private=True) == []


async def test_user_outside_the_group_gets_nothing(chat):
    await seeded(chat)
    chat.api.add_chat({"id": 4244, "type": "private", "first_name": "路人"})
    update = {
        "update_id": 10_002,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": chat.api.chats[4244],
            "from": {"id": 4244, "is_bot": False, "first_name": "路人"},
            "text": "/items",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    [refusal] = texts(await chat.deliver(update))
    assert refusal.startswith("您好，本助手只为本单位工作群的成员服务")


async def test_help_lists_the_commands_by_role(chat):
    await chat.say("张三", "/start")
    member_help = texts(await chat.say("李四", "/help"))[0]
    assert "/items" in member_help
    assert "/progress" in member_help
    assert "/close" not in member_help
    await chat.say("张三", "/role 李四 领导")
    assert (await chat.services.members.find("李四")).role == Role.LEADER
    assert "/close" in texts(await chat.say("李四", "/help"))[0]


async def test_many_items_split_into_several_messages(chat):
    await seeded(chat)
    r = repo(chat)
    extra = [
        ParsedItem(no=n, title=f"批量问题{n}号，标题写得比较长一些", measures=[])
        for n in range(26, 301)
    ]
    more = ParsedReport(None, [ParsedArea("附加方面", [ParsedCategory(None, None, extra)])])
    assert (await r.import_report(more, chat.services.now(), SYSTEM)).added == 275
    outputs = await chat.say("李四", "/items")
    assert len(outputs) > 1
    assert all(len(o.text) <= 4096 for o in outputs)
    shown = texts(outputs)
    assert "（300 项）" in shown[0]
    assert "⚪ 300 批量问题300号" in shown[-1]
    assert sum(s.count("批量问题") for s in shown) == 275
    assert await r.number_range() == (300, 1, 300)


async def test_a_redelivered_progress_is_answered_once(chat):
    await chat.say("张三", "/start")  # the admin, so allowed to report progress
    report = parse_rectification(SEED.read_text("utf-8"))
    await RectificationRepo(chat.services.db).import_report(report, chat.services.now(), SYSTEM)
    person = chat.people["张三"]
    message = chat._message(person, chat.group_id, "/progress 12 已完成3个村的资金抽查")
    first = await chat.deliver({"update_id": 91_001, "message": message})
    again = await chat.deliver({"update_id": 91_002, "message": message})
    assert texts(first)[0].startswith("已记录第 12 项进展") and again == []
    edits = await chat.services.db.fetchval(
        "SELECT COUNT(*) FROM audit WHERE action = 'rectification.progress.edit'"
    )
    assert edits == 0
