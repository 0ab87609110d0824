"""The approval table on a real SQLite file: a decision is recorded once."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.approval import ApprovalStatus, Choice, Level
from storage.absences import AbsenceRepo, NewAbsence
from storage.approvals import ApprovalRepo
from storage.audit import AuditRepo, Origin
from storage.db import Database
from storage.members import MemberRepo

NOW = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path):
    database = await Database.open(tmp_path / "a.sqlite3")
    yield database
    await database.close()


async def test_a_double_decision_is_recorded_once_and_a_change_asks_again(db):
    members = MemberRepo(db)
    li = await members.add_named("李四", NOW)
    wang = await members.add_named("王股长", NOW)
    zhao = await members.add_named("赵局", NOW)
    absences = AbsenceRepo(db)
    entry = NewAbsence(
        li.id, "事假", NOW + timedelta(days=1), NOW + timedelta(days=1, hours=9), None, 1
    )
    [absence], _ = await absences.record_unless_clash(
        [entry], -1, 1, "明天请事假", Origin(li.id), NOW, None, refuse_overlap=True
    )
    repo = ApprovalRepo(db)
    request = await repo.request(absence, Choice(wang.id, Level.HEAD), NOW, Origin(li.id))
    assert await repo.request(absence, Choice(zhao.id, Level.SUPERVISOR), NOW, Origin()) == request
    first = await repo.decide(
        request.id, ApprovalStatus.APPROVED, wang.id, None, NOW, Origin(wang.id)
    )
    second = await repo.decide(
        request.id, ApprovalStatus.REJECTED, zhao.id, "不行", NOW, Origin(zhao.id)
    )
    assert (first, second) == (True, False)
    decided = await repo.get(request.id)
    assert decided is not None and decided.status == ApprovalStatus.APPROVED
    assert decided.decided_by == wang.id and decided.reason is None
    history = await AuditRepo(db).history("approval")
    assert [h.action for h in history].count("approval.decide") == 1

    moved = NewAbsence(
        li.id, "事假", entry.start + timedelta(days=1), entry.end + timedelta(days=1), None, 1
    )
    await absences.amend(absence.id, moved, Origin(li.id), NOW)
    withdrawn, changed = await repo.stale(NOW)
    assert (withdrawn, changed) == ([], [absence.id])
    amended = await absences.get(absence.id)
    assert amended is not None
    again = await repo.request(amended, Choice(wang.id, Level.HEAD), NOW, Origin())
    assert again.id != request.id and again.pending
    assert (await repo.get(request.id)).status == ApprovalStatus.SUPERSEDED  # type: ignore[union-attr]
    assert await repo.waiting(wang.id) == [again]


async def test_a_notice_is_claimed_once_with_its_buttons_kept_for_the_outbox(db):
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    from storage.outbox import OutboxRepo, Part

    members = MemberRepo(db)
    li = await members.add_named("李四", NOW)
    wang = await members.add_named("王股长", NOW)
    entry = NewAbsence(
        li.id, "事假", NOW + timedelta(days=1), NOW + timedelta(days=1, hours=9), None, 1
    )
    [absence], _ = await AbsenceRepo(db).record_unless_clash(
        [entry], -1, 1, "明天请事假", Origin(li.id), NOW, None, refuse_overlap=True
    )
    repo = ApprovalRepo(db)
    request = await repo.request(absence, Choice(wang.id, Level.HEAD), NOW, Origin(li.id))
    assert await repo.unnotified() == [request]
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("同意", callback_data="apv:ok:1")]])
    post = [
        ("approval:1:notice", 42, [Part("sendMessage", "审批", options={"reply_markup": keyboard})])
    ]
    assert await repo.claim_notice(request.id, post, NOW)
    assert not await repo.claim_notice(request.id, post, NOW)  # once
    assert await repo.unnotified() == []
    [pending] = await OutboxRepo(db).waiting()
    assert pending.content.options == {"reply_markup": keyboard.to_dict()}
    later = NOW + timedelta(hours=2)
    assert await repo.unreminded(later, timedelta(hours=1)) != []
    remind = [("approval:1:remind", 42, [Part("sendMessage", "提醒")])]
    assert await repo.claim_reminder(request.id, remind, later)
    assert not await repo.claim_reminder(request.id, remind, later)
    assert await repo.unreminded(later, timedelta(hours=1)) == []


async def test_the_approvers_notice_is_remembered_only_by_the_outbox(db):
    """One place for where a notice went: the approvals table has no columns of its own."""
    columns = {row["name"] for row in await db.fetchall("PRAGMA table_info(approvals)")}
    assert {"notice_chat_id", "notice_message_id"}.isdisjoint(columns)
    assert {"notified_at", "reminded_at", "status"} <= columns
