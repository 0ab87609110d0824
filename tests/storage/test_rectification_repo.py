"""The rectification repository on a real SQLite file: import, re-import, progress, marks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.rectification import MeasureStatus, Status
from bot.domain.rectification_import import parse_rectification
from storage.audit import SYSTEM, Origin
from storage.db import Database
from storage.members import MemberRepo
from storage.outbox import OutboxRepo, Part
from storage.rectification import Evidence, RectificationRepo
from tests.data import RECTIFICATION_REPORT

NOW = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
SEED = RECTIFICATION_REPORT
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rectification"


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "r.sqlite3")
    yield database
    await database.close()


def seed_report():
    return parse_rectification(SEED.read_text(encoding="utf-8"))


async def table_counts(db) -> dict[str, int]:
    tables = ["items", "measures", "updates", "evidence", "status_changes"]
    return {t: await db.fetchval(f"SELECT COUNT(*) FROM rectification_{t}") for t in tables}


async def test_seed_imports_25_items_with_every_measure(db):
    repo = RectificationRepo(db)
    report = seed_report()
    result = await repo.import_report(report, NOW, SYSTEM)
    assert (result.added, result.updated, result.unchanged) == (25, 0, 0)
    assert result.areas == 3
    assert result.categories == 10
    items = await repo.all()
    assert [i.number for i in items] == list(range(1, 26))
    twelve = await repo.get(12)
    assert twelve.title == "下拨水利资金使用管理漏洞较多"
    assert twelve.category_no == 6
    assert twelve.category == "重点领域存有廉洁风险"
    assert twelve.status == Status.NOT_STARTED
    measures = await repo.measures(twelve.id)
    assert len(measures) == 4
    assert measures[2].text.startswith("下达了问题整改函")
    total = sum(len(i.measures) for i in report.items())
    assert (await table_counts(db))["measures"] == total == result.measures
    assert (await table_counts(db))["status_changes"] == 25  # the trend starts at import


async def test_reimporting_the_same_file_changes_nothing(db):
    repo = RectificationRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    before = await table_counts(db)
    audit_before = await db.fetchval("SELECT COUNT(*) FROM audit")
    again = await repo.import_report(seed_report(), NOW + timedelta(days=1), SYSTEM)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 25)
    assert await table_counts(db) == before
    assert await db.fetchval("SELECT COUNT(*) FROM audit") == audit_before


async def test_dry_run_writes_nothing(db):
    repo = RectificationRepo(db)
    result = await repo.import_report(seed_report(), NOW, SYSTEM, dry_run=True)
    assert result.added == 25
    assert (await table_counts(db))["items"] == 0


async def test_revised_file_updates_texts_by_number_and_keeps_progress(db):
    repo = RectificationRepo(db)
    members = MemberRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    owner = await members.add_named("李四", NOW)
    twelve = await repo.get(12)
    await repo.assign(twelve.id, owner.id, NOW, SYSTEM)
    await repo.set_deadline(twelve.id, date(2026, 12, 31), NOW, SYSTEM)
    await repo.add_progress(twelve.id, owner.id, "抽查3个村", NOW, Origin(owner.id, -1, 5))
    await repo.set_measure(twelve.id, 2, MeasureStatus.DONE, NOW, SYSTEM)

    revised = SEED.read_text(encoding="utf-8")
    revised = revised.replace(
        "（12）下拨水利资金使用管理漏洞较多", "（12）下拨水利资金使用管理存在漏洞"
    )
    revised = revised.replace(
        "三是下达了问题整改函，要求相关街道、村立即整改。", "三是下达整改函。"
    )
    revised = revised.replace("四是对市局直接下拨至村（社区）资金主动进行监管，防止资金挪用。", "")
    result = await repo.import_report(parse_rectification(revised), NOW, SYSTEM)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 24)

    after = await repo.get(12)
    assert after.title == "下拨水利资金使用管理存在漏洞"
    assert after.owner_id == owner.id
    assert after.deadline == date(2026, 12, 31)
    assert after.status == Status.IN_PROGRESS
    measures = await repo.measures(after.id)
    assert [m.text for m in measures][2] == "下达整改函。"
    assert len(measures) == 3
    assert measures[1].status == MeasureStatus.DONE
    hidden = await db.fetchval(
        "SELECT COUNT(*) FROM rectification_measures WHERE item_id = ? AND in_report = 0",
        (after.id,),
    )
    assert hidden == 1  # dropped from the document, never deleted
    assert [u.text for u in await repo.last_updates(after.id)] == ["抽查3个村"]


async def test_items_missing_from_a_new_file_are_kept(db):
    repo = RectificationRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    other = parse_rectification((FIXTURES / "problem-fields.txt").read_text(encoding="utf-8"))
    result = await repo.import_report(other, NOW, SYSTEM)
    assert result.updated == len(other.items())
    assert result.not_in_file == list(range(len(other.items()) + 1, 26))
    assert (await repo.number_range()) == (25, 1, 25)


async def test_field_layout_links_owners_and_deadlines(db):
    repo = RectificationRepo(db)
    report = parse_rectification((FIXTURES / "problem-fields.txt").read_text(encoding="utf-8"))
    await repo.import_report(report, NOW, SYSTEM)
    first = await repo.get(1)
    assert first.owner_name == "王建国"
    assert first.owner_unit == "办公室"
    assert first.deadline == date(2023, 12, 31)
    assert first.deadline_text == "2023年12月底"
    assert first.status == Status.DONE
    second = await repo.get(2)
    assert second.status == Status.LONG_TERM
    assert second.deadline is None
    member = await MemberRepo(db).by_real_name("王建国")
    assert member is not None
    assert member.tg_user_id is None


async def test_progress_records_once_per_message_and_starts_the_item(db):
    repo = RectificationRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    item = await repo.get(3)
    where = Origin(None, -100, 42)
    first = await repo.add_progress(
        item.id, None, "开会", NOW, where, [Evidence("f1", "photo", None, "u1")]
    )
    assert first.created
    assert (first.old_status, first.new_status) == (
        Status.NOT_STARTED,
        Status.IN_PROGRESS,
    )
    again = await repo.add_progress(item.id, None, "开会（更正）", NOW, where, [])
    assert not again.created
    assert again.update_id == first.update_id
    updates = await repo.last_updates(item.id)
    assert [u.text for u in updates] == ["开会（更正）"]
    assert updates[0].evidence == [Evidence("f1", "photo", None, "u1")]
    assert await repo.counts(item.id) == (1, 1)
    changes = await repo.status_changes(NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert [(c.number, c.new_status) for c in changes][-1] == (3, Status.IN_PROGRESS)


async def test_status_compare_and_set(db):
    repo = RectificationRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    item = await repo.get(4)
    assert await repo.set_status(item.id, Status.NOT_STARTED, Status.DONE, NOW, SYSTEM)
    assert not await repo.set_status(item.id, Status.NOT_STARTED, Status.CLOSED, NOW, SYSTEM)
    assert await repo.set_status(item.id, Status.DONE, Status.CLOSED, NOW, SYSTEM)
    closed = await repo.get(4)
    assert closed.status == Status.CLOSED
    assert closed.closed_at == NOW


async def test_reminder_marks_are_claimed_once_with_their_posts(db):
    repo = RectificationRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    item = await repo.get(1)
    wanted = [(item.id, "before7", date(2026, 12, 7))]
    post = [("deadline:1@-100", -100, [Part("sendMessage", "整改提醒")])]
    later = NOW + timedelta(days=1)
    assert await repo.unreminded(wanted) == wanted
    assert await repo.claim_reminders(wanted, post, NOW, later)
    assert await repo.unreminded(wanted) == []
    again = [("deadline:2@-100", -100, [Part("sendMessage", "整改提醒")])]
    assert not await repo.claim_reminders(wanted, again, NOW, later)
    outbox = OutboxRepo(db)
    assert await outbox.claimed(["deadline:1@-100", "deadline:2@-100"]) == {"deadline:1@-100"}
    moved = [(item.id, "before7", date(2026, 12, 20))]  # a new deadline re-arms it
    assert await repo.claim_reminders(moved, again, NOW, later)


async def test_measure_and_assignment_edges(db):
    repo = RectificationRepo(db)
    await repo.import_report(seed_report(), NOW, SYSTEM)
    item = await repo.get(25)
    assert await repo.set_measure(item.id, 9, MeasureStatus.DONE, NOW, SYSTEM) is None
    member = await MemberRepo(db).add_named("王五", NOW)
    assert await repo.assign(item.id, member.id, NOW, SYSTEM)
    assert not await repo.assign(item.id, member.id, NOW, SYSTEM)
    assert await repo.assign(item.id, member.id, NOW, SYSTEM, leader=True)
    assert (await repo.get(25)).leader_name == "王五"
    assert await repo.set_deadline(item.id, None, NOW, SYSTEM) is False
