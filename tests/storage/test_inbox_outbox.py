"""The inbox (updates stored before they are confirmed, marked handled with their first
change) and the outbox (one ledger of scheduled posts, part by part)."""

from datetime import UTC, datetime, timedelta

import pytest

from storage.db import Database, UpdateMark, bundled_migrations, current_update, unmarked
from storage.inbox import MAX_STARTS, InboxRepo, Stored
from storage.members import MemberRepo
from storage.outbox import OutboxRepo, Part

NOW = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
TEXT = Part("sendMessage", "本周整改周报")
CHART = Part("sendPhoto", "图", file=b"\x89PNG", file_name="digest.png")


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "io.sqlite3")
    yield database
    await database.close()


async def handled(db: Database) -> list[int]:
    rows = await db.fetchall("SELECT update_id FROM inbox WHERE handled_at IS NOT NULL")
    return [int(r[0]) for r in rows]


async def failing_change(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO kv(key, value) VALUES ('a', '1')")
        raise RuntimeError("killed mid-change")


# ---------------------------------------------------------------------- inbox
async def test_a_batch_is_stored_with_its_offset_and_a_redelivery_is_ignored(db):
    inbox = InboxRepo(db)
    assert await inbox.offset() is None
    await inbox.store([Stored(7, '{"update_id": 7}'), Stored(8, '{"update_id": 8}')], 9, NOW)
    await inbox.store([Stored(8, '{"update_id": 8, "again": 1}')], 9, NOW)
    assert await inbox.offset() == 9
    assert [s.update_id for s in await inbox.waiting()] == [7, 8]
    assert (await inbox.waiting())[1].payload == '{"update_id": 8}'


async def test_the_mark_commits_with_the_first_change_and_not_with_a_failed_one(db):
    inbox, members = InboxRepo(db), MemberRepo(db)
    await inbox.store([Stored(1, "{}"), Stored(2, "{}")], 3, NOW)

    mark = UpdateMark(1, NOW.isoformat())
    token = current_update.set(mark)
    try:
        with pytest.raises(RuntimeError):
            await failing_change(db)
        assert not mark.done and await handled(db) == []
        assert (await members.note_update(1, None, NOW))[0] is False
        with unmarked():  # a repeatable refresh does not count as the handling
            await members.seen(42, "zs", "张三", NOW)
        assert await handled(db) == []
        await members.seen(43, "ls", "李四", NOW)  # the change that matters
    finally:
        current_update.reset(token)
    assert mark.done and await handled(db) == [1]
    assert (await members.note_update(1, None, NOW))[0] is True
    assert [s.update_id for s in await inbox.waiting()] == [2]

    quiet = UpdateMark(2, NOW.isoformat())
    await db.finish_update(quiet)  # an update that changed nothing
    assert await handled(db) == [1, 2] and await inbox.waiting() == []


async def test_an_update_that_kills_every_start_is_set_aside_and_only_it(db):
    inbox = InboxRepo(db)
    await inbox.store([Stored(5, "{}"), Stored(6, "{}")], 7, NOW)
    for _ in range(MAX_STARTS):
        assert await inbox.note_start() == []
    assert await inbox.note_start() == [5]
    assert [s.update_id for s in await inbox.waiting()] == [6]
    assert await inbox.count_waiting() == 2
    assert await inbox.note_start() == []  # 6 is now the oldest: its first count


async def test_handled_updates_are_forgotten_after_a_week(db):
    inbox = InboxRepo(db)
    await inbox.store([Stored(1, "{}"), Stored(2, "{}")], 3, NOW)
    await db.finish_update(UpdateMark(1, (NOW - timedelta(days=8)).isoformat()))
    await inbox.forget(NOW - timedelta(days=7))
    rows = await db.fetchall("SELECT update_id FROM inbox")
    assert [r[0] for r in rows] == [2]


# ---------------------------------------------------------------------- outbox
async def test_a_post_is_claimed_once_with_all_its_parts(db):
    outbox = OutboxRepo(db)
    key = "digest:2026-W48:-100"
    assert await outbox.claim([(key, -100, [TEXT, CHART])], NOW, None, NOW)
    assert not await outbox.claim([(key, -100, [TEXT])], NOW, None, NOW)
    waiting = await outbox.waiting(key)
    assert [(p.part, p.content.method) for p in waiting] == [(0, "sendMessage"), (1, "sendPhoto")]
    assert waiting[1].content.file == b"\x89PNG" and waiting[1].content.file_name == "digest.png"
    assert await outbox.claimed([key, "digest:2026-W47:-100"]) == {key}


async def test_a_retry_finds_only_the_parts_not_sent(db):
    outbox = OutboxRepo(db)
    key = "digest:2026-W48:-100"
    await outbox.claim([(key, -100, [TEXT, CHART])], NOW, None, NOW)
    text_part = (await outbox.waiting(key))[0]
    await outbox.sent(text_part.id, 31, NOW)
    [left] = await outbox.waiting()
    assert left.part == 1
    await outbox.attempted(left.id, "Timed out")
    assert [p.attempts for p in await outbox.waiting()] == [1]
    states = await outbox.parts(key)
    assert [(p["state"], p["message_id"]) for p in states] == [("sent", 31), ("pending", None)]


async def test_a_refusal_gives_up_every_part_left(db):
    outbox = OutboxRepo(db)
    await outbox.claim([("morning:2026-11-30:-100", -100, [TEXT, TEXT])], NOW, None, NOW)
    await outbox.failed("morning:2026-11-30:-100", "Forbidden: bot was kicked", NOW)
    assert await outbox.waiting() == []
    assert {p["state"] for p in await outbox.parts("morning:2026-11-30:-100")} == {"failed"}


async def test_a_notice_to_several_chats_is_claimed_all_or_none(db):
    outbox = OutboxRepo(db)
    first = [
        ("duty.nudge:2026-06-01:3@-100", -100, [TEXT]),
        ("duty.nudge:2026-06-01:3@77", 77, [TEXT]),
    ]
    assert await outbox.claim(first, NOW, None, NOW)
    again = [("duty.nudge:2026-06-01:3@88", 88, [TEXT]), ("duty.nudge:2026-06-01:3@77", 77, [TEXT])]
    assert not await outbox.claim(again, NOW, None, NOW)
    assert await outbox.claimed(["duty.nudge:2026-06-01:3@88"]) == set()
    assert await outbox.group_claimed("duty.nudge:2026-06-01:3")
    assert not await outbox.group_claimed("duty.nudge:2026-06-01:31")
    assert not await outbox.group_claimed("duty.nudge:2026-06-01")  # a prefix of the key only


async def test_the_upgrade_carries_the_old_ledgers_over(tmp_path):
    """What posts_sent and once_notices knew was sent is sent: no post goes out twice
    after 0006."""
    path = tmp_path / "old.sqlite3"
    old = await Database.open(path, [m for m in bundled_migrations() if m.version <= 5])
    try:
        await old.execute(
            "INSERT INTO posts_sent(kind, period, chat_id, sent_at, message_id)"
            " VALUES ('digest', '2026-W48', -100, '2026-11-27T09:00:00+00:00', 12)"
        )
        await old.execute(
            "INSERT INTO once_notices(key, sent_at)"
            " VALUES ('duty.nudge:2026-06-01:3', '2026-06-01T01:00:00+00:00')"
        )
    finally:
        await old.close()
    db = await Database.open(path)
    try:
        outbox = OutboxRepo(db)
        assert await outbox.claimed(["digest:2026-W48:-100"]) == {"digest:2026-W48:-100"}
        assert [p["state"] for p in await outbox.parts("digest:2026-W48:-100")] == ["sent"]
        assert await outbox.group_claimed("duty.nudge:2026-06-01:3")
        assert await outbox.waiting() == []
        tables = {r[0] for r in await db.fetchall("SELECT name FROM sqlite_master")}
        assert not {"posts_sent", "once_notices"} & tables
    finally:
        await db.close()
