"""请假审批 through the real Application: the card names the approver, 同意/驳回 in private,
the card and the reporter follow, /pending, the summary, refusals, a restart."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta

import pytest

from bot import console
from bot.clock import ManualClock
from bot.config import Settings
from bot.console import ConsoleSession
from bot.domain.callbacks import APPROVAL, encode
from bot.domain.roster import parse_roster
from bot.transport import LocalBotApi
from tests.conftest import MONDAY_MORNING, make_settings, texts

ROSTER = [
    ["姓名", "部门", "角色", "职务", "分管股室"],
    ["张三", "办公室", "管理员", "", ""],
    ["李四", "工程股", "成员", "", ""],
    ["王股长", "工程股", "成员", "股长", ""],
    ["周五", "工程股", "成员", "科员", ""],
    ["赵局", "局领导", "领导", "副局长", "工程股、水政股"],
    ["钱局长", "局领导", "领导", "局长", ""],
]
PEOPLE = ("张三", "李四", "王股长", "周五", "赵局", "钱局长")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path, approval={"enabled": True, "remind_after_minutes": 60})


async def staffed(chat: ConsoleSession) -> ConsoleSession:
    svc = chat.services
    await svc.members.import_roster(parse_roster(ROSTER), svc.now())
    for name in PEOPLE:
        await chat.person(name)
    return chat


def private_to(chat: ConsoleSession, outputs, name: str) -> list[str]:
    person = chat.people[name]
    return texts([o for o in outputs if o.chat_id == person.tg_user_id and o.text])


async def statuses(chat: ConsoleSession) -> list[tuple[str, str | None]]:
    rows = await chat.services.db.fetchall(
        "SELECT a.status, m.real_name FROM approvals a"
        " LEFT JOIN members m ON m.id = a.approver_id ORDER BY a.id"
    )
    return [(r["status"], r["real_name"]) for r in rows]


async def test_three_days_go_to_the_supervisor_who_approves_in_private(chat):
    await staffed(chat)
    outputs = await chat.say("李四", "下周一到周三请事假，家里有事")
    card = texts([outputs[0]])[0]
    assert card.startswith("已记录：李四 事假 12月7日（周一）至12月9日（周三），3 个工作日")
    assert card.endswith("⏳ 待审批，审批人：赵局")
    [notice] = private_to(chat, outputs, "赵局")
    assert "李四 事假 12月7日（周一）至12月9日（周三）" in notice and "家里有事" in notice
    assert "家里有事" not in card  # the reason of a 事假 stays out of the group
    # the absence counts at once (报备), without any new absence status
    assert await chat.services.db.fetchval("SELECT status FROM absences") == "active"

    refused = await chat.press("周五", "同意")
    assert refused[0].show_alert and texts(refused) == ["您不是这条请假的审批人，不能审批。"]
    own = await chat.press("李四", "同意")
    assert texts(own) == ["不能审批自己的请假。"]
    assert await statuses(chat) == [("待审批", "赵局")]

    outputs = await chat.press("赵局", "同意")
    group = [o for o in outputs if o.chat_id == chat.group_id]
    assert texts(group)[-1].endswith("✅ 已批准（赵局）")
    assert private_to(chat, outputs, "李四") == [
        "✅ 李四 的事假（12月7日（周一）至12月9日（周三））已获 赵局 批准。"
    ]
    assert await statuses(chat) == [("已批准", "赵局")]
    again = await chat.press("赵局", "同意")  # the button is gone; the old one says so
    assert again is None or "已经审批过了" in texts(again)[0]
    history = await chat.services.audit.history("approval")
    decisions = [h for h in history if h.action == "approval.decide"]
    assert len(decisions) == 1 and decisions[0].detail["status"] == "已批准"
    assert decisions[0].actor_id == (await chat.services.members.find("赵局")).id


async def test_a_rejection_takes_a_reason_and_tells_the_reporter(chat):
    await staffed(chat)
    outputs = await chat.say("李四", "明天请事假")
    assert texts([outputs[0]])[0].endswith("审批人：王股长")  # one day: the department's head
    asked = await chat.press("王股长", "驳回")
    assert "请直接回复驳回理由" in private_to(chat, asked, "王股长")[0]
    assert await statuses(chat) == [("待审批", "王股长")]  # no reason yet, no decision
    too_long = await chat.say("王股长", "理" * 101, private=True)
    assert texts(too_long) == ["理由太长了，请用一两句话（不超过 100 字）。"]
    assert await statuses(chat) == [("待审批", "王股长")]
    outputs = await chat.say("王股长", "周二有工程验收，请改期", private=True)
    assert private_to(chat, outputs, "王股长")[-1] == "已驳回，并已告知申请人。"
    group = [o for o in outputs if o.chat_id == chat.group_id]
    assert texts(group)[-1].endswith("❌ 未批准：周二有工程验收，请改期（王股长）")
    [told] = private_to(chat, outputs, "李四")
    assert "未获批准（王股长）" in told and "周二有工程验收，请改期" in told
    row = await chat.services.db.fetchone("SELECT * FROM approvals")
    assert (row["status"], row["reason"]) == ("未批准", "周二有工程验收，请改期")
    # a later private message is just a message
    assert await chat.say("王股长", "好的", private=True) == []


async def test_outside_the_kinds_and_when_off_nothing_is_asked(chat, tmp_path, clock):
    await staffed(chat)
    outputs = await chat.say("李四", "外出：姜畲大堤巡查，下午3点回")
    assert "审批" not in texts(outputs)[0] and len(outputs) == 1
    assert await statuses(chat) == []
    off = await ConsoleSession.open(make_settings(tmp_path / "off"), clock)
    try:
        outputs = await off.say("李四", "明天请事假")
        assert texts(outputs) == ["已记录：李四 事假 12月1日（周二）全天，1 个工作日"]
        disabled = texts(await off.say("李四", "/pending"))
        assert disabled == ["本群未启用请假审批（配置 approval.enabled）。"]
    finally:
        await off.close()


async def test_withdrawn_and_changed_requests_follow_the_absence(chat):
    await staffed(chat)
    await chat.say("李四", "明天请事假")
    outputs = await chat.press("李四", "撤销")
    assert any("无需审批" in t for t in private_to(chat, outputs, "王股长"))
    assert await statuses(chat) == [("已撤销", "王股长")]
    assert await chat.press("王股长", "同意") is None  # the notice lost its buttons

    await chat.say("李四", "后天请事假")
    await chat.press("王股长", "同意")
    outputs = await chat.say("李四", "更正：改为下周一到周三")  # an approved period changes
    assert "请假审批" in private_to(chat, outputs, "赵局")[0]  # three days now: 分管领导
    assert await statuses(chat) == [("已撤销", "王股长"), ("已失效", "王股长"), ("待审批", "赵局")]


async def test_pending_lists_and_the_leaders_summary_shows_what_waits(chat, clock):
    await staffed(chat)
    await chat.say("李四", "明天请事假")
    await chat.say("周五", "下周一到周三请年假")
    listing = texts(await chat.say("赵局", "/pending"))[0]
    assert "待审批的请假（2）" in listing
    assert "李四 事假" in listing and "审批人 王股长" in listing and "审批人 赵局" in listing
    mine = texts(await chat.say("李四", "/pending"))[0]  # a member sees their own only
    assert "待审批的请假（1）" in mine and "周五" not in mine
    clock.set(MONDAY_MORNING.replace(hour=17, minute=45))
    outputs = await chat.run_due()
    summary = private_to(chat, outputs, "钱局长")
    assert any("督查与考勤小结" in t and "待审批的请假（2）" in t for t in summary)


async def test_two_approvers_at_once_decide_once(chat):
    await staffed(chat)
    await chat.say("李四", "明天请事假")  # 王股长's; 赵局 (one level up) and admins may too
    start = len(chat.api.outputs)
    await asyncio.gather(chat.press("王股长", "同意"), chat.press("赵局", "同意"))
    outputs = chat.api.outputs[start:]
    answers = texts([o for o in outputs if o.method == "answerCallbackQuery"])
    assert sorted(answers) == ["已同意。", "这条请假已经审批过了。"]
    history = await chat.services.audit.history("approval")
    assert len([h for h in history if h.action == "approval.decide"]) == 1


async def test_the_approver_away_or_asking_for_himself_sends_it_up(chat):
    await staffed(chat)
    await chat.say("王股长", "今天请事假")  # the head himself: his 分管领导 approves
    assert (await statuses(chat))[-1] == ("待审批", "赵局")
    await chat.say("赵局", "外出：防汛检查，下午5点回")
    outputs = await chat.say("李四", "周三到周四请事假")  # two days: 分管 is away → 局长
    assert texts([outputs[0]])[0].endswith("审批人：钱局长")


async def test_posts_by_command(chat):
    await staffed(chat)
    assert texts(await chat.say("张三", "/role 周五 股室负责人 水政股")) == [
        "已将 周五 设为水政股的股室负责人。"
    ]
    assert texts(await chat.say("张三", "/dept 工程股 分管 钱局长")) == [
        "已将 钱局长 设为工程股的分管领导。"
    ]
    assert texts(await chat.say("张三", "/role 赵局 局长")) == ["已将 赵局 设为局长。"]
    listing = texts(await chat.say("李四", "/dept"))[0]
    assert "局长：赵局" in listing and "工程股：负责人 王股长，分管 钱局长" in listing
    assert "只有管理员" in texts(await chat.say("李四", "/dept 工程股 分管 李四"))[0]
    assert texts(await chat.say("张三", "/dept 工程股 谁 李四"))[0].startswith("用法：/dept")
    assert texts(await chat.say("张三", "/role 李四 股室负责人 " + "股" * 30)) == [
        "股室名称应为 2–20 个字。"
    ]


async def test_a_restart_keeps_requests_and_their_reminder(settings, clock: ManualClock):
    first = await staffed(await ConsoleSession.open(settings, clock))
    try:
        await first.say("李四", "明天请事假")
    finally:
        await first.close()
    clock.set(MONDAY_MORNING + timedelta(hours=2))
    second = await ConsoleSession.open(settings, clock)
    try:
        for name in PEOPLE:
            await second.person(name)
        outputs = await second.run_due()
        [reminder] = private_to(second, outputs, "王股长")
        assert "提醒" in reminder and "李四 事假" in reminder
        assert private_to(second, await second.run_due(), "王股长") == []  # once
        assert "待审批的请假（1）" in texts(await second.say("张三", "/pending"))[0]
        outputs = await second.press("王股长", "同意")  # the reminder's buttons work
        assert private_to(second, outputs, "李四") == [
            "✅ 李四 的事假（12月1日（周二）全天）已获 王股长 批准。"
        ]
        assert await statuses(second) == [("已批准", "王股长")]
    finally:
        await second.close()


def test_import_members_reads_posts_and_a_rerun_changes_nothing(tmp_path):
    from tests.bot.test_cli import run

    roster = tmp_path / "roster.csv"
    roster.write_text(
        "姓名,部门,角色,职务,分管股室\n张三,办公室,管理员,,\n王股长,工程股,,股长,\n"
        "赵局,局领导,领导,副局长,工程股、水政股\n钱局长,局领导,领导,局长,\n",
        encoding="utf-8",
    )
    assert "新增 4 人" in run(tmp_path, "import-members", str(roster)).stdout
    assert "未变 4 人" in run(tmp_path, "import-members", str(roster)).stdout
    listing = run(tmp_path, "console", "--as", "张三", stdin="/dept\n").stdout
    assert "局长：钱局长" in listing
    assert (
        "工程股：负责人 王股长，分管 赵局" in listing
        and "水政股：负责人 未设置，分管 赵局" in listing
    )
    with sqlite3.connect(tmp_path / "db.sqlite3") as conn:
        posts = conn.execute("SELECT count(*) FROM audit WHERE action = 'approval.post'").fetchone()
    assert posts == (4,)  # the second run wrote nothing
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,部门,职务\n王股长,,股长\n", encoding="utf-8")
    result = run(tmp_path, "import-members", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("名册错误：第 2 行，职务：")


async def test_the_month_workbook_shows_status_and_approver(chat):
    from tests.bot.test_attendance_export import column, load, row_of

    await staffed(chat)
    await chat.say("李四", "下周一到周三请事假，家里有事")
    await chat.press("赵局", "同意")
    await chat.say("李四", "下周四请事假")
    await chat.press("王股长", "驳回")
    await chat.say("王股长", "人手不够", private=True)
    await chat.say("周五", "下周五请年假")  # waiting
    await chat.say("周五", "外出：下周一 姜畲大堤巡查")  # 报备 only
    [sent] = [o for o in await chat.say("钱局长", "/export 2026-12", private=True) if o.file_bytes]
    book = load(sent.file_bytes)
    records = book["明细"]
    status, approver = column(records, "审批状态"), column(records, "审批人")
    found = sorted(
        tuple(records.cell(r, c).value for c in (2, 3, status, approver))
        for r in range(2, records.max_row + 1)
    )
    assert found == [
        ("周五", "外出", None, None),  # 报备 only
        ("周五", "年假", "待审批", "王股长"),
        ("李四", "事假", "已批准", "赵局"),
        ("李四", "事假", "未批准", "王股长"),
    ]
    summary = book["出勤汇总"]
    li, zhou = row_of(summary, "李四"), row_of(summary, "周五")
    assert summary.cell(li, column(summary, "事假（天）")).value == 4
    assert summary.cell(li, column(summary, "未批准请假（天）")).value == 1
    assert summary.cell(li, column(summary, "待审批请假（天）")).value == 0
    assert summary.cell(zhou, column(summary, "待审批请假（天）")).value == 1


async def test_a_leave_changed_into_an_outing_needs_no_approval_any_more(chat):
    await staffed(chat)
    await chat.say("李四", "明天请事假")
    source = chat.last_message_id
    outputs = await chat.edit("李四", source, "明天外出：大堤巡查")
    assert all("审批" not in t for t in texts([o for o in outputs if o.chat_id == chat.group_id]))
    assert await statuses(chat) == [("已撤销", "王股长")]
    assert any("无需审批" in t for t in private_to(chat, outputs, "王股长"))
    assert "没有待审批的请假" in texts(await chat.say("张三", "/pending"))[0]


# ---------------------------------------------------------------- the notice through the outbox
def notices(chat: ConsoleSession, outputs, name: str) -> list:
    """The approver's private messages with 同意/驳回 (sent, not edited)."""
    person = chat.people[name]
    return [
        o
        for o in outputs or []
        if o.method == "sendMessage" and o.chat_id == person.tg_user_id and o.buttons
    ]


def approval_buttons(approval_id: int) -> list[list[dict]]:
    return [
        [
            {"text": "同意", "callback_data": encode(APPROVAL, "ok", approval_id)},
            {"text": "驳回", "callback_data": encode(APPROVAL, "no", approval_id)},
        ]
    ]


@pytest.mark.parametrize(
    ("kind", "extra"), [("network", {}), ("timeout", {}), ("retry_after", {"retry_after": 120})]
)
async def test_the_notice_survives_a_dropped_connection_and_flood_control(chat, clock, kind, extra):
    await staffed(chat)
    wang = chat.people["王股长"].tg_user_id
    chat.api.fail("sendMessage", kind, chat_id=wang, **extra)
    outputs = await chat.say("李四", "明天请事假")
    assert texts([outputs[0]])[0].endswith("审批人：王股长")  # the card is not held up
    assert notices(chat, outputs, "王股长") == []
    [part] = await chat.services.outbox.parts("approval:1:notice")
    assert (part["state"], part["attempts"]) == ("pending", 1)

    clock.set(clock.now() + timedelta(seconds=30))  # the next heartbeat
    [notice] = notices(chat, await chat.run_due(), "王股长")
    assert "请假审批" in texts([notice])[0] and "李四 事假" in texts([notice])[0]
    assert notice.buttons == approval_buttons(1)  # a real keyboard, back from the outbox
    assert notices(chat, await chat.run_due(), "王股长") == []  # once
    outputs = await chat.press("王股长", "同意")  # a decision still edits the notice
    [edit] = [o for o in outputs if o.method == "editMessageText" and o.chat_id == wang]
    assert edit.message_id == notice.message_id and edit.buttons == []
    assert texts([edit])[0].endswith("✅ 已同意（王股长）")
    assert await statuses(chat) == [("已批准", "王股长")]


@pytest.mark.parametrize(("kind", "extra"), [("network", {}), ("retry_after", {"retry_after": 90})])
async def test_the_reminder_survives_a_dropped_connection_and_flood_control(
    chat, clock, kind, extra
):
    await staffed(chat)
    wang = chat.people["王股长"].tg_user_id
    [notice] = notices(chat, await chat.say("李四", "明天请事假"), "王股长")
    clock.set(clock.now() + timedelta(hours=2))
    chat.api.fail("sendMessage", kind, times=2, chat_id=wang, **extra)  # claim, then heartbeat
    assert notices(chat, await chat.run_due(), "王股长") == []
    [part] = await chat.services.outbox.parts("approval:1:remind")
    assert part["state"] == "pending"

    clock.set(clock.now() + timedelta(minutes=1))
    [reminder] = notices(chat, await chat.run_due(), "王股长")
    assert texts([reminder])[0].startswith("⏰ 提醒") and reminder.buttons == approval_buttons(1)
    assert notices(chat, await chat.run_due(), "王股长") == []  # once
    history = await chat.services.audit.history("approval")
    assert [h.action for h in history].count("approval.remind") == 1
    outputs = await chat.press("王股长", "同意")  # both the notice and the reminder follow
    edited = {o.message_id for o in outputs if o.method == "editMessageText" and o.chat_id == wang}
    assert edited == {notice.message_id, reminder.message_id}


async def test_a_restart_sends_the_notice_it_owed_once(
    settings, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
):
    first = await staffed(await ConsoleSession.open(settings, clock))
    try:
        wang = first.people["王股长"].tg_user_id
        first.api.fail("sendMessage", "network", times=10, chat_id=wang)  # down till the end
        assert notices(first, await first.say("李四", "明天请事假"), "王股长") == []
    finally:
        await first.close()
    private_chat = first.api.chats[wang]

    class TelegramRemembers(LocalBotApi):
        """Telegram knows 王股长's private chat when the bot starts again."""

        def __init__(self, clock: ManualClock) -> None:
            super().__init__(clock)
            self.add_chat(private_chat)

    monkeypatch.setattr(console, "LocalBotApi", TelegramRemembers)
    clock.set(clock.now() + timedelta(minutes=5))
    second = await ConsoleSession.open(settings, clock)
    try:
        for name in PEOPLE:
            await second.person(name)
        [notice] = notices(second, second.api.outputs, "王股长")  # sent at the start
        assert "李四 事假" in texts([notice])[0] and notice.buttons == approval_buttons(1)
        assert notices(second, await second.run_due(), "王股长") == []
        outputs = await second.press("王股长", "同意")
        [edit] = [o for o in outputs if o.method == "editMessageText" and o.chat_id == wang]
        assert edit.message_id == notice.message_id
    finally:
        await second.close()


async def test_an_approver_the_bot_cannot_reach_yet_is_told_once_reachable(chat):
    svc = chat.services
    await svc.members.import_roster(parse_roster(ROSTER), svc.now())
    for name in ("张三", "李四"):
        await chat.person(name)
    await chat.say("李四", "明天请事假")  # 王股长 has never spoken to the bot
    assert await svc.outbox.parts("approval:1:notice") == []
    outputs = await chat.say("王股长", "/start", private=True)
    [notice] = notices(chat, outputs, "王股长")
    assert notice.buttons == approval_buttons(1)
