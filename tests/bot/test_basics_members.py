"""The real Application, through the in-process transport: help, names, roles, the gate."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from tests.conftest import texts


async def test_first_speaker_is_admin_and_help_lists_by_role(chat):
    admin_help = texts(await chat.say("张三", "/help"))[0]
    assert "（您的身份：管理员）" in admin_help and "/role" in admin_help
    member_help = texts(await chat.say("李四", "/help"))[0]
    assert "（您的身份：成员）" in member_help and "/role" not in member_help
    assert "/iam" in member_help and "/members" in member_help


async def test_start_greets_by_name(chat):
    [greeting] = texts(await chat.say("王五", "/start"))
    assert greeting.startswith("王五，您好")


async def test_menus_are_published_at_start(chat):
    default = next(v for k, v in chat.api.commands.items() if '"default"' in k)
    assert {c["command"] for c in default} >= {"start", "help", "iam", "members"}
    assert "role" not in {c["command"] for c in default}


def _stranger_says(chat, user_id: int, text: str, username: str | None = None) -> dict:
    """An update from an account the console has not named (as a new phone would be)."""
    user = {"id": user_id, "is_bot": False, "first_name": f"用户{user_id}"}
    if username:
        user["username"] = username
    chat._update_id += 1
    message = {
        "message_id": chat.api.next_message_id(chat.group_id),
        "date": 0,
        "chat": chat.api.chats[chat.group_id],
        "from": user,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": chat._update_id, "message": message}


async def roster(chat, *entries: RosterEntry) -> None:
    await chat.services.members.import_roster(list(entries), chat.services.now())


async def test_iam_claims_a_roster_row(chat):
    await roster(chat, RosterEntry("刘工", "工程股", None, Role.MEMBER, None))
    [answer] = texts(await chat.deliver(_stranger_says(chat, 501, "/iam 刘工")))
    assert "已关联名册中的“刘工”" in answer
    member = await chat.services.members.by_real_name("刘工")
    assert member.department == "工程股" and member.tg_user_id == 501


async def test_iam_never_grants_a_leader_role_by_itself(chat):
    await chat.say("张三", "/start")  # the admin
    await roster(chat, RosterEntry("王局长", "局领导", None, Role.LEADER, None))
    [answer] = texts(await chat.deliver(_stranger_says(chat, 502, "/iam 王局长")))
    assert "该身份需由管理员用 /role 确认后生效" in answer
    assert (await chat.services.members.by_tg(502)).role is Role.MEMBER
    assert texts(await chat.say("张三", "/role 王局长 领导")) == ["已将 王局长 设为领导。"]


async def test_iam_with_the_rosters_username_takes_its_role(chat):
    await roster(chat, RosterEntry("刘主任", "办公室", None, Role.ADMIN, "liuzr"))
    refused = texts(await chat.deliver(_stranger_says(chat, 503, "/iam 刘主任", "someone")))
    assert refused[0].startswith("名册中的“刘主任”登记了另一个 Telegram 用户名")
    assert (await chat.services.members.by_real_name("刘主任")).tg_user_id is None
    accepted = texts(await chat.deliver(_stranger_says(chat, 504, "/iam 刘主任", "LiuZR")))
    assert accepted == ["好的，您已关联名册中的“刘主任”。"]
    assert (await chat.services.members.by_tg(504)).role is Role.ADMIN


async def test_a_named_account_cannot_rename_itself(chat):
    await chat.say("王五", "/start")
    assert texts(await chat.say("王五", "/iam 王局长")) == [
        "您已经登记过实名。如需更改，请联系管理员。"
    ]
    assert (await chat.services.members.by_tg(chat.people["王五"].tg_user_id)).real_name == "王五"


async def test_iam_bad_input(chat):
    assert texts(await chat.say("张三", "/iam"))[0].startswith("请在命令后写上您的真实姓名")
    assert "2–20 个字" in texts(await chat.say("张三", "/iam <script>"))[0]
    assert "2–20 个字" in texts(await chat.say("张三", "/iam " + "长" * 500))[0]
    await chat.say("李四", "/start")
    assert "已被另一个账号登记" in texts(await chat.say("李四", "/iam 张三"))[0]


async def test_members_lists_everyone(chat):
    await chat.say("张三", "/start")
    await chat.say("李四", "/start")
    [listing] = texts(await chat.say("李四", "/members"))
    assert "张三 · 管理员" in listing and "李四" in listing and "共 2 人" in listing


async def test_role_changes_by_admin_only(chat):
    await chat.say("张三", "/start")
    await chat.say("李四", "/start")
    assert texts(await chat.say("李四", "/role 张三 成员")) == ["这个命令只有管理员可以使用。"]
    assert texts(await chat.say("张三", "/role 李四 领导")) == ["已将 李四 设为领导。"]
    assert texts(await chat.say("张三", "/role 李四 领导")) == ["李四 已经是领导。"]
    assert (await chat.services.members.by_real_name("李四")).role is Role.LEADER
    history = await chat.services.audit.history("member")
    assert any(h.action == "member.role" and h.detail == {"role": "leader"} for h in history)


async def test_role_bad_input(chat):
    await chat.say("张三", "/start")
    assert texts(await chat.say("张三", "/role"))[0].startswith("用法：/role")
    assert texts(await chat.say("张三", "/role 李四 处长")) == [
        "“处长”不是角色，请写 成员、领导 或 管理员。"
    ]
    assert "找不到“赵六”" in texts(await chat.say("张三", "/role 赵六 领导"))[0]
    assert "不能取消自己的管理员身份" in texts(await chat.say("张三", "/role 张三 成员"))[0]


async def test_role_by_replying_to_a_message(chat):
    await chat.say("张三", "/start")
    await chat.say("李四", "大家好")
    target = chat.last_message_id
    assert texts(await chat.say("张三", "/role 领导", reply_to=target)) == ["已将 李四 设为领导。"]


async def test_foreign_group_gets_silence_and_no_member_row(chat, caplog):
    chat.api.add_chat({"id": -999, "type": "supergroup", "title": "别的群"})
    update = {
        "update_id": 10_000,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": chat.api.chats[-999],
            "from": {"id": 4242, "is_bot": False, "first_name": "路人"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    assert await chat.deliver(update) == []
    assert await chat.services.members.by_tg(4242) is None
    assert "not allowed" in caplog.text


async def test_stranger_in_private_is_refused_once_per_message(chat):
    chat.api.add_chat({"id": 4243, "type": "private", "first_name": "路人"})
    update = {
        "update_id": 10_001,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": chat.api.chats[4243],
            "from": {"id": 4243, "is_bot": False, "first_name": "路人"},
            "text": "你好",
        },
    }
    [refusal] = texts(await chat.deliver(update))
    assert refusal.startswith("您好，本助手只为本单位工作群的成员服务")
    assert await chat.services.members.by_tg(4243) is None


async def test_known_member_may_use_private_chat(chat):
    await chat.say("张三", "/start")
    outputs = await chat.say("张三", "/help", private=True)
    assert outputs[0].chat_id == chat.people["张三"].tg_user_id


async def test_duplicate_update_is_handled_once(chat):
    await chat.say("张三", "/start")
    person = chat.people["张三"]
    message = chat._message(person, chat.group_id, "/members")
    first = await chat.deliver({"update_id": 50_000, "message": message})
    again = await chat.deliver({"update_id": 50_000, "message": message})
    assert len(first) == 1 and again == []


async def test_errors_get_a_short_apology_not_a_traceback(chat, caplog):
    async def broken(update: Update, context) -> None:
        raise RuntimeError("database on fire")

    chat.app.add_handler(CommandHandler("broken", broken))
    [apology] = texts(await chat.say("张三", "/broken"))
    assert apology.startswith("抱歉，处理这条消息时出了问题")
    assert "Traceback" not in apology and "database on fire" not in apology
    assert "database on fire" in caplog.text


async def test_html_in_names_is_escaped(chat):
    outputs = await chat.say("<b>x</b>", "/start")
    assert "&lt;b&gt;x&lt;/b&gt;" in outputs[0].text


async def test_an_edit_that_changes_nothing_is_not_an_error(chat):
    from telegram.error import BadRequest

    async def double_tap(update: Update, context) -> None:
        raise BadRequest("Message is not modified: specified new message content is the same")

    chat.app.add_handler(CommandHandler("tap", double_tap))
    assert await chat.say("张三", "/tap") == []  # no apology for a harmless double tap


async def test_update_ids_are_forgotten_after_a_week(chat, clock):
    from datetime import timedelta

    from bot.app import forget_old_updates

    await chat.say("张三", "/start")
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM seen_updates") == 1
    await forget_old_updates(chat.services, clock.now() + timedelta(days=6))
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM seen_updates") == 1
    await forget_old_updates(chat.services, clock.now() + timedelta(days=8))
    assert await chat.services.db.fetchval("SELECT COUNT(*) FROM seen_updates") == 0
