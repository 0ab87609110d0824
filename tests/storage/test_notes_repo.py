"""Discipline notes on a real SQLite file: one transaction per change, soft delete, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.roles import Role
from bot.domain.roster import RosterEntry
from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import AuditRepo, Origin
from storage.db import Database
from storage.members import MemberRepo
from storage.notes import NewNote, NoteRepo

NOW = datetime(2026, 11, 30, 1, 30, tzinfo=UTC)  # 09:30 in the office
CHECK = datetime(2026, 11, 30, 1, 10, tzinfo=UTC)  # 09:10


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "n.sqlite3")
    yield database
    await database.close()


async def people(db):
    members = MemberRepo(db)
    leader = await members.seen(1, None, "赵局", NOW)
    li = await members.add_named("李四", NOW)
    wang = await members.add_named("王五", NOW)
    return leader, li, wang


async def test_create_is_once_per_message_and_audited(db):
    leader, li, wang = await people(db)
    repo = NoteRepo(db)
    new = NewNote(
        leader.id, CHECK, None, "脱岗", "李四、王五不在岗", ((li.id, None), (wang.id, None))
    )
    origin = Origin(leader.id, -100, 7)
    note, created = await repo.create(new, origin, NOW)
    again, created_again = await repo.create(new, origin, NOW)
    assert created
    assert not created_again
    assert again.id == note.id
    assert [p.member_id for p in note.people] == [li.id, wang.id]
    assert not any(p.covered for p in note.people)
    history = await AuditRepo(db).history("note", note.id)
    assert [h.action for h in history] == ["note.new"]
    assert history[0].detail["category"] == "脱岗"


async def test_covers_and_the_covering_absence_is_joined(db):
    leader, li, wang = await people(db)
    absences = AbsenceRepo(db)
    rows, _ = await absences.record(
        [
            NewAbsence(
                li.id,
                "事假",
                CHECK - timedelta(minutes=40),
                CHECK + timedelta(hours=2, minutes=50),
                "私事",
                0.5,
            )
        ],
        -100,
        3,
        "上午请假",
        Origin(li.id, -100, 3),
        NOW - timedelta(hours=1),
    )
    repo = NoteRepo(db)
    covers = await repo.covers([li.id, wang.id], CHECK, CHECK)
    assert [(c.member_id, c.kind) for c in covers] == [(li.id, "事假")]
    new = NewNote(leader.id, CHECK, None, "脱岗", "抽查", ((li.id, rows[0].id), (wang.id, None)))
    note, _ = await repo.create(new, Origin(leader.id, -100, 8), NOW)
    [covered, bare] = note.people
    assert covered.covered
    assert covered.kind == "事假"
    assert covered.start == rows[0].start
    assert not bare.covered
    await absences.cancel(rows[0].id, Origin(li.id), NOW)
    assert await repo.covers([li.id], CHECK, CHECK) == []  # cancelled reports cover nothing


async def test_edit_category_and_soft_delete(db):
    leader, li, _ = await people(db)
    repo = NoteRepo(db)
    note, _ = await repo.create(
        NewNote(leader.id, CHECK, None, "其他", "李四", ((li.id, None),)),
        Origin(leader.id, -1, 1),
        NOW,
    )
    assert await repo.set_category(note.id, "迟到", Origin(leader.id), NOW)
    assert not await repo.set_category(note.id, "迟到", Origin(leader.id), NOW)  # no change
    changed = NewNote(leader.id, CHECK, None, "早退", "李四早退", ((li.id, None),))
    assert await repo.update(note.id, changed, Origin(leader.id), NOW)
    assert (await repo.get(note.id)).text == "李四早退"
    assert await repo.delete(note.id, Origin(leader.id), NOW)
    assert not await repo.delete(note.id, Origin(leader.id), NOW)
    assert not await repo.update(note.id, changed, Origin(leader.id), NOW)
    kept = await repo.get(note.id)
    assert kept.status == "deleted"
    assert await repo.between(CHECK - timedelta(hours=1), CHECK + timedelta(hours=1)) == []
    actions = [h.action for h in await AuditRepo(db).history("note", note.id)]
    assert actions == ["note.new", "note.category", "note.edit", "note.delete"]


async def test_between_filters_by_person_and_time(db):
    leader, li, wang = await people(db)
    repo = NoteRepo(db)
    for i, (who, when) in enumerate([(li, CHECK), (wang, CHECK), (li, CHECK - timedelta(days=40))]):
        await repo.create(
            NewNote(leader.id, when, None, "脱岗", "x", ((who.id, None),)),
            Origin(leader.id, -1, i),
            NOW,
        )
    start, end = CHECK - timedelta(days=1), CHECK + timedelta(days=1)
    assert len(await repo.between(start, end)) == 2
    assert len(await repo.between(start, end, li.id)) == 1
    assert await repo.count_between(start, end) == 2


async def test_iam_merge_moves_note_people(db):
    members = MemberRepo(db)
    await members.import_roster([RosterEntry("李四", "工程股", None, Role.MEMBER, None)], NOW)
    roster = await members.by_real_name("李四")
    leader = await members.seen(1, None, "赵局", NOW)
    account = await members.seen(2, "lisi", "Li Si", NOW)
    repo = NoteRepo(db)
    note, _ = await repo.create(
        NewNote(leader.id, CHECK, None, "脱岗", "x", ((account.id, None), (roster.id, None))),
        Origin(leader.id, -1, 1),
        NOW,
    )
    await members.claim_name(account, "李四", NOW, Origin(account.id))
    merged = await repo.get(note.id)
    assert [p.member_id for p in merged.people] == [roster.id]
