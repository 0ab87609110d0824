"""Reminders, duty roster and once-only notices on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import SYSTEM, Origin
from storage.db import Database
from storage.duty import DutyRepo
from storage.members import MemberRepo
from storage.outbox import OutboxRepo, Part
from storage.reminders import Claim, ReminderRepo, post_key

NOW = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
WEEKLY = {"kind": "weekly", "at": "08:30", "weekdays": [0], "month_day": None, "date": None,
          "months": [], "cron": None}  # fmt: skip


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "r.sqlite3")
    yield database
    await database.close()


async def _reminder(db: Database, **kw):
    member = await MemberRepo(db).seen(11, "zs", "张三", NOW)
    values = {
        "creator_id": member.id, "chat_id": -100, "personal": False, "mention_chat_id": None,
        "schedule": WEEKLY, "text": "堤防巡查", "next_fire_at": NOW + timedelta(minutes=30),
        "now": NOW, "origin": Origin(member.id, -100, 7),
    } | kw  # fmt: skip
    return await ReminderRepo(db).add(**values)


async def test_add_round_trips_and_is_audited(db):
    reminder = await _reminder(db)
    repo = ReminderRepo(db)
    assert (await repo.get(reminder.id)) == reminder
    assert reminder.schedule == WEEKLY
    assert reminder.next_fire_at == NOW + timedelta(minutes=30)
    rows = await db.fetchall("SELECT action FROM audit WHERE entity = 'reminder'")
    assert [r["action"] for r in rows] == ["reminder.add"]


async def test_same_message_twice_creates_one_reminder(db):
    first = await _reminder(db)
    again = await _reminder(db)
    assert first.id == again.id
    assert await db.fetchval("SELECT COUNT(*) FROM reminders") == 1


MESSAGE = [Part("sendMessage", "⏰ 提醒 #1：周例会")]
GRACE = timedelta(hours=1)


async def test_due_and_claim_once_with_its_post_in_the_outbox(db):
    reminder = await _reminder(db)
    repo = ReminderRepo(db)
    at = reminder.next_fire_at
    assert await repo.due(at - timedelta(seconds=1)) == []
    [due] = await repo.due(at)
    claim = Claim(due, at, False, None, at + timedelta(days=7))
    assert await repo.claim([claim], at, {due.id: MESSAGE}, GRACE) == [claim]
    # A second claim from the same (now stale) read loses: nothing is sent twice.
    assert await repo.claim([claim], at, {due.id: MESSAGE}, GRACE) == []
    outbox = OutboxRepo(db)
    [pending] = await outbox.waiting(post_key(reminder.id, at))
    assert pending.content.text == "⏰ 提醒 #1：周例会" and pending.expires_at == at + GRACE
    assert [f["outcome"] for f in await repo.firings(reminder.id)] == ["sending"]
    await outbox.sent(pending.id, 42, at)
    [firing] = await repo.firings(reminder.id)
    assert (firing["outcome"], firing["message_id"], firing["late"]) == ("sent", 42, 0)
    moved = await repo.get(reminder.id)
    assert moved.next_fire_at == at + timedelta(days=7)
    assert moved.last_fired_at == at


async def test_claim_with_skip(db):
    reminder = await _reminder(db)
    repo = ReminderRepo(db)
    missed = reminder.next_fire_at
    newer = missed + timedelta(days=7)
    claim = Claim(reminder, newer, True, missed, newer + timedelta(days=7))
    assert await repo.claim([claim], newer, {reminder.id: MESSAGE}, GRACE) == [claim]
    outcomes = {f["scheduled_at"]: f["outcome"] for f in await repo.firings(reminder.id)}
    assert sorted(outcomes.values()) == ["sending", "skipped"]


async def test_one_off_is_done_after_its_claim(db):
    reminder = await _reminder(db)
    repo = ReminderRepo(db)
    at = reminder.next_fire_at
    await repo.claim([Claim(reminder, at, False, None, None)], at, {reminder.id: MESSAGE}, GRACE)
    assert (await repo.get(reminder.id)).status == "done"
    assert await repo.armed() == []


async def test_pause_resume_delete_and_listing(db):
    reminder = await _reminder(db)
    other = await _reminder(db, chat_id=-200, origin=Origin(None, -200, 1))
    repo = ReminderRepo(db)
    origin = Origin(reminder.creator_id, -100, 8)
    assert await repo.set_status(reminder.id, "paused", None, NOW, origin)
    assert not await repo.set_status(reminder.id, "paused", None, NOW, origin)
    assert [r.id for r in await repo.listed([-100], 999)] == [reminder.id]
    assert {r.id for r in await repo.listed([-100], reminder.creator_id)} == {reminder.id, other.id}
    assert await repo.count_by(reminder.creator_id) == 2
    assert await repo.set_status(reminder.id, "deleted", None, NOW, origin)
    assert await repo.get(reminder.id) is None
    assert await repo.count_by(reminder.creator_id) == 1


async def test_duty_import_replaces_named_days_and_keeps_checkins(db):
    members = MemberRepo(db)
    li = await members.add_named("李四", NOW)
    zhao = await members.add_named("赵六", NOW)
    wang = await members.add_named("王局长", NOW)
    duty = DutyRepo(db)
    june1, june2 = date(2026, 6, 1), date(2026, 6, 2)
    first = await duty.replace_days(
        [(june1, wang.id, "带班"), (june1, li.id, "值班"), (june2, zhao.id, "值班")], NOW
    )
    assert (first.added, first.removed, first.unchanged, first.days) == (3, 0, 0, 2)
    [_, li_row] = await duty.day(june1)
    assert await duty.check_in(li_row.id, NOW, "到岗", SYSTEM)
    assert not await duty.check_in(li_row.id, NOW + timedelta(hours=1), None, SYSTEM)
    # Importing June 1 again with 赵六 instead of 王局长 leaves June 2 alone, keeps 李四's check-in.
    again = await duty.replace_days([(june1, zhao.id, "带班"), (june1, li.id, "值班")], NOW)
    assert (again.added, again.removed, again.unchanged) == (1, 1, 1)
    rows = await duty.day(june1)
    assert [(r.name, r.role) for r in rows] == [("赵六", "带班"), ("李四", "值班")]
    assert rows[1].checkin_at == NOW
    assert rows[1].checkin_note == "到岗"
    assert [r.name for r in await duty.between(june1, june2)] == ["赵六", "李四", "赵六"]


async def test_absent_finds_the_absences_that_count(db):
    """Built through the absence repository, as the bot records them: a withdrawn report does
    not count, a corrected one does (a hand-made table once hid that ``amended`` was missing)."""
    duty, absences = DutyRepo(db), AbsenceRepo(db)
    li = await MemberRepo(db).add_named("李四", NOW)
    start, end = NOW, NOW + timedelta(days=1)
    assert await duty.absent(start, end, [li.id]) == []

    async def absence(kind: str, first: datetime, last: datetime, message: int) -> int:
        entry = NewAbsence(li.id, kind, first, last, None, 0.5)
        rows, _ = await absences.record([entry], -1, message, kind, SYSTEM, NOW)
        return rows[0].id

    await absence("事假", NOW + timedelta(hours=6), NOW + timedelta(hours=9), 1)
    sick = await absence("病假", NOW + timedelta(hours=2), NOW + timedelta(hours=3), 2)
    await absences.cancel(sick, SYSTEM, NOW)
    await absence("外出", NOW - timedelta(days=2), NOW - timedelta(days=1), 3)
    [found] = await duty.absent(start, end, [li.id])
    assert found.kind == "事假"
    assert found.start_at == NOW + timedelta(hours=6)
    trip = await absence("出差", NOW + timedelta(hours=10), NOW + timedelta(hours=12), 4)
    moved = NewAbsence(li.id, "出差", NOW + timedelta(hours=11), NOW + timedelta(hours=13), None, 0)
    await absences.amend(trip, moved, SYSTEM, NOW)
    assert [a.kind for a in await duty.absent(start, end, [li.id])] == ["事假", "出差"]
    assert await duty.absent(start, end, []) == []
