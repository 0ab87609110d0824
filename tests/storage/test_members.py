from datetime import UTC, date, datetime

import pytest

from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from storage.audit import AuditRepo, Origin
from storage.db import Database
from storage.members import ClaimResult, MemberRepo

NOW = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "m.sqlite3")
    yield database
    await database.close()


async def test_seen_creates_then_refreshes(db):
    repo = MemberRepo(db)
    first = await repo.seen(11, "zs", "Zhang San", NOW)
    again = await repo.seen(11, "zs_new", "Zhang San", NOW)
    assert first.id == again.id and again.tg_username == "zs_new"
    assert await repo.count() == 1


async def test_claim_merges_roster_row_and_moves_references(db):
    repo = MemberRepo(db)
    await repo.import_roster(
        [RosterEntry("张三", "办公室", date(2010, 1, 1), Role.LEADER, "ZS")], NOW
    )
    account = await repo.seen(11, "zs", "Zhang", NOW)
    # Something recorded against the account before it claimed its name must follow it.
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO audit(at, actor_id, action, entity) VALUES ('x', ?, 'test', 'm')",
            (account.id,),
        )
    result = await repo.claim_name(account, "张三", NOW, Origin(account.id, -1, 5))
    assert result is ClaimResult.CLAIMED
    merged = await repo.by_tg(11)
    assert (merged.real_name, merged.department, merged.role) == ("张三", "办公室", Role.LEADER)
    assert await repo.count() == 1
    actors = {r[0] for r in await db.fetchall("SELECT actor_id FROM audit WHERE action='test'")}
    assert actors == {merged.id}
    history = await AuditRepo(db).history("member", merged.id)
    assert [h.action for h in history][-1] == "member.claim"
    assert history[-1].message_id == 5


async def test_claim_outcomes(db):
    repo = MemberRepo(db)
    one = await repo.seen(11, None, "A", NOW)
    two = await repo.seen(12, None, "B", NOW)
    assert await repo.claim_name(one, "张三", NOW, Origin(one.id)) is ClaimResult.NAMED
    one = await repo.by_tg(11)
    assert await repo.claim_name(one, "张三", NOW, Origin(one.id)) is ClaimResult.ALREADY
    assert await repo.claim_name(two, "张三", NOW, Origin(two.id)) is ClaimResult.TAKEN
    assert (await repo.by_tg(12)).real_name is None


async def test_roster_import_is_idempotent_and_updates(db):
    repo = MemberRepo(db)
    roster = [
        RosterEntry("张三", "办公室", date(2010, 1, 1), Role.MEMBER, "zhangsan"),
        RosterEntry("李四", None, None, Role.LEADER, None),
    ]
    assert await repo.import_roster(roster, NOW) == (2, 0, 0)
    assert await repo.import_roster(roster, NOW) == (0, 0, 2)
    changed = [RosterEntry("张三", "工程股", date(2010, 1, 1), Role.MEMBER, "zhangsan"), roster[1]]
    assert await repo.import_roster(changed, NOW) == (0, 1, 1)
    assert (await repo.by_real_name("张三")).department == "工程股"
    assert await repo.count() == 2


async def test_roster_links_an_account_seen_by_username(db):
    repo = MemberRepo(db)
    await repo.seen(11, "ZhangSan", "Zhang", NOW)
    await repo.import_roster([RosterEntry("张三", "办公室", None, Role.MEMBER, "zhangsan")], NOW)
    member = await repo.by_tg(11)
    assert member.real_name == "张三" and await repo.count() == 1


async def test_config_roles_win_and_are_audited(db):
    repo = MemberRepo(db)
    member = await repo.seen(11, None, "A", NOW)
    await repo.set_role(member.id, Role.MEMBER, NOW, Origin())
    await repo.apply_config_roles(admins=[11], leaders=[12, 11], now=NOW)
    assert (await repo.by_tg(11)).role is Role.ADMIN
    assert (await repo.by_tg(12)).role is Role.LEADER
    await repo.apply_config_roles(admins=[11], leaders=[12], now=NOW)
    actions = await db.fetchall("SELECT action FROM audit WHERE action = 'member.role.config'")
    assert len(actions) == 2  # the second start changed nothing


async def test_find_by_username_name_or_display(db):
    repo = MemberRepo(db)
    await repo.seen(11, "zs", "小张", NOW)
    account = await repo.by_tg(11)
    await repo.claim_name(account, "张三", NOW, Origin())
    assert (await repo.find("@ZS")).tg_user_id == 11
    assert (await repo.find("张三")).tg_user_id == 11
    assert (await repo.find("小张")).tg_user_id == 11
    assert await repo.find("李四") is None


async def test_a_large_roster_import_commits_in_batches_and_lets_other_writes_in(db):
    import asyncio

    from storage.members import IMPORT_BATCH

    repo = MemberRepo(db)
    count = 4 * IMPORT_BATCH
    roster = [RosterEntry(f"员工{n:05d}", "工程股", None, Role.MEMBER, None) for n in range(count)]
    importing = asyncio.create_task(repo.import_roster(roster, NOW))
    await asyncio.sleep(0)  # the import holds its first batch's transaction
    meanwhile = await repo.seen(77, "busy", "同时发言的人", NOW)  # the bot writing meanwhile
    assert await importing == (count, 0, 0)
    ids = [m.id for m in await repo.all() if m.real_name and m.real_name.startswith("员工")]
    assert len(ids) == count
    # The other write landed between two batches, not after the whole import.
    assert min(ids) < meanwhile.id < max(ids)
    assert await repo.import_roster(roster, NOW) == (0, 0, count)  # again: nothing changes


async def test_the_gate_read_says_whether_the_sender_has_a_question_unanswered(db):
    """``note_update``'s third answer lets a report skip looking for an open question; it
    follows a question asked, answered, asked again, and moved by /iam's merge."""
    from storage.absences import AbsenceRepo

    repo, absences = MemberRepo(db), AbsenceRepo(db)
    await repo.import_roster(
        [RosterEntry("张三", "办公室", date(2010, 1, 1), Role.MEMBER, None)], NOW
    )
    account = await repo.seen(11, "zs", "Zhang", NOW)
    other = await repo.seen(12, "ls", "李四", NOW)
    assert (await repo.note_update(1, 11, NOW))[2] is False
    assert await repo.note_update(1, None, NOW) == (False, None, False)

    pending = await absences.add_pending(account.id, -1, 5, "明天请假", {}, "no_date", NOW)
    assert pending is not None
    assert (await repo.note_update(2, 11, NOW))[2] is True
    assert (await repo.note_update(2, 12, NOW))[2] is False  # someone else's question
    assert await absences.resolve_pending(pending.id, NOW)
    assert (await repo.note_update(3, 11, NOW))[2] is False

    again = await absences.add_pending(account.id, -1, 6, "周五请假", {}, "doubtful", NOW)
    assert again is not None
    await repo.claim_name(account, "张三", NOW, Origin(account.id, -1, 7))
    _seen, member, asked = await repo.note_update(4, 11, NOW)
    assert member is not None and member.id != account.id and asked is True  # it followed
    assert (await repo.note_update(4, other.tg_user_id, NOW))[2] is False
