"""The digest's read queries on a real SQLite file, with rows written through the repositories."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_rules import DUTY_KINDS, LEAVE_KINDS, PARTIAL_KINDS
from bot.domain.digest import IsoWeek
from bot.domain.rectification import Status
from bot.domain.rectification_import import parse_rectification
from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import SYSTEM, Origin
from storage.db import Database
from storage.digest import DigestRepo
from storage.members import MemberRepo
from storage.notes import NewNote, NoteRepo
from storage.rectification import Evidence, RectificationRepo
from tests.data import RECTIFICATION_REPORT

TZ = ZoneInfo("Asia/Shanghai")
SEED = RECTIFICATION_REPORT
WEEK = IsoWeek(2026, 48)
IMPORTED = datetime(2026, 11, 2, 9, 0, tzinfo=TZ)


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "d.sqlite3")
    yield database
    await database.close()


async def seeded(db: Database) -> tuple[RectificationRepo, dict[str, int]]:
    members = MemberRepo(db)
    li = await members.add_named("李四", IMPORTED)
    wang = await members.add_named("王五", IMPORTED)
    repo = RectificationRepo(db)
    await repo.import_report(parse_rectification(SEED.read_text("utf-8")), IMPORTED, SYSTEM)
    item12 = await repo.get(12)
    assert item12 is not None
    await repo.assign(item12.id, li.id, IMPORTED, SYSTEM)
    return repo, {"李四": li.id, "王五": wang.id, "item12": item12.id}


async def test_items_carry_owner_names_and_history_is_in_recording_order(db):
    repo, ids = await seeded(db)
    await repo.set_status(ids["item12"], Status.NOT_STARTED, Status.DONE, at(25), SYSTEM)
    digest = DigestRepo(db)
    items = await digest.items()
    assert len(items) == 25
    assert items[11].number == 12 and items[11].owner == "李四"
    assert items[11].status == Status.DONE and items[0].owner is None
    changes = await digest.status_changes(WEEK.end(TZ))
    assert len(changes) == 26 and changes[-1].new_status == Status.DONE
    assert [c.seq for c in changes] == sorted(c.seq for c in changes)
    assert len(await digest.status_changes(at(25))) == 25  # strictly before
    assert await digest.first_item_at() == IMPORTED


async def test_updates_of_the_week_with_evidence_counts(db):
    repo, ids = await seeded(db)
    photo = Evidence("f1", "photo")
    await repo.add_progress(
        ids["item12"], ids["李四"], "上周的", at(20), Origin(ids["李四"], -100, 1)
    )
    await repo.add_progress(
        ids["item12"],
        ids["李四"],
        "抽查",
        at(24),
        Origin(ids["李四"], -100, 2),
        [photo, Evidence("f2", "document")],
    )
    await repo.add_progress(
        ids["item12"], ids["李四"], "台账", at(26), Origin(ids["李四"], -100, 3)
    )
    digest = DigestRepo(db)
    rows = await digest.updates(WEEK.start(TZ), WEEK.end(TZ))
    assert [(r.number, r.author, r.text, r.evidence) for r in rows] == [
        (12, "李四", "抽查", 2),
        (12, "李四", "台账", 0),
    ]
    # An instant with a fraction of a second still includes what was stored in that second.
    rows = await digest.updates(WEEK.start(TZ), at(26) + timedelta(microseconds=5))
    assert len(rows) == 2
    last = await digest.last_update_before(at(25))
    assert last == {12: at(24)}


async def test_attendance_counts_leave_away_and_unreported(db):
    members = MemberRepo(db)
    li = await members.add_named("李四", IMPORTED)
    wang = await members.add_named("王五", IMPORTED)
    leader = await members.add_named("赵局", IMPORTED)
    absences = AbsenceRepo(db)

    async def record(member_id, kind, start, end, message_id):
        rows, _ = await absences.record(
            [NewAbsence(member_id, kind, start, end, None, 0.5)],
            -100,
            message_id,
            kind,
            Origin(member_id, -100, message_id),
            start,
        )
        return rows[0]

    await record(li.id, "事假", at(24, 14, 30), at(24, 17, 30), 1)
    await record(li.id, "病假", at(26, 8, 30), at(26, 17, 30), 2)
    await record(wang.id, "外出", at(25, 9), at(25, 11), 3)
    await record(wang.id, "外出", at(20, 9), at(20, 11), 4)  # last week
    await record(li.id, "晚到", at(25, 8, 30), at(25, 9, 30), 6)
    await record(li.id, "早退", at(26, 16, 30), at(26, 17, 30), 7)
    cancelled = await record(wang.id, "年假", at(27, 8, 30), at(27, 17, 30), 5)
    await absences.cancel(cancelled.id, SYSTEM, at(25))
    notes = NoteRepo(db)
    await notes.create(
        NewNote(leader.id, at(25, 9, 10), None, "脱岗", "抽查", ((li.id, None), (wang.id, 3))),
        Origin(leader.id, -100, 10),
        at(25, 9, 15),
    )
    await notes.create(
        NewNote(leader.id, at(18, 9, 10), None, "脱岗", "上周", ((li.id, None),)),
        Origin(leader.id, -100, 11),
        at(18, 9, 15),
    )
    await notes.create(  # not about absence: no one is 未报备 by it
        NewNote(leader.id, at(25, 9, 30), None, "工作纪律", "玩手机游戏", ((wang.id, None),)),
        Origin(leader.id, -100, 12),
        at(25, 9, 35),
    )
    figures = await DigestRepo(db).attendance(
        WEEK.start(TZ), WEEK.end(TZ), LEAVE_KINDS, DUTY_KINDS, PARTIAL_KINDS
    )
    assert (figures.leave, figures.leave_people) == (2, 1)
    assert (figures.away, figures.away_people) == (1, 1)
    assert (figures.partial, figures.partial_people) == (2, 1)  # 晚到 and 早退, never leave
    assert figures.unreported == 1


async def test_unreported_is_none_without_the_notes_table(tmp_path):
    from storage.db import bundled_migrations

    db = await Database.open(
        tmp_path / "old.sqlite3", [m for m in bundled_migrations() if m.version <= 3]
    )
    try:
        figures = await DigestRepo(db).attendance(
            WEEK.start(TZ), WEEK.end(TZ), LEAVE_KINDS, DUTY_KINDS
        )
        assert figures.unreported is None and figures.leave == 0
    finally:
        await db.close()
