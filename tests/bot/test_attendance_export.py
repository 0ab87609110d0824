"""The monthly attendance workbook: /export in private, the CLI, and the file read back."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from bot.domain.roles import Role
from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import Origin
from storage.db import Database
from storage.members import MemberRepo
from storage.notes import NewNote, NoteRepo
from tests.conftest import TZ, cli, on_database, texts


def t(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def load(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data))


def column(ws, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def row_of(ws, name: str) -> int:
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == name:
            return row
    raise AssertionError(f"{name} not in sheet")


async def seed(db: Database) -> dict[str, int]:
    """李四: 事假 the morning of Mon 30 Nov (covered at 9:10) and 年假 30 Oct–3 Nov;
    王五: a 外出 of 2 h and a 脱岗 note not covered; 赵局 wrote the notes."""
    members = MemberRepo(db)
    now = t(30, 9, 30)
    leader = await members.add_named("赵局", now)
    await members.set_role(leader.id, Role.LEADER, now, Origin())
    li = await members.add_named("李四", now)
    wang = await members.add_named("王五", now)
    await members.add_named("陈七", now)
    absences = AbsenceRepo(db)
    rows = []
    for i, (who, kind, start, end, reason) in enumerate(
        [
            (li, "事假", t(30, 8, 30), t(30, 12), "孩子发烧"),
            (li, "年假", t(30, 8, 30, month=10), t(3, 17, 30), "回老家"),
            (wang, "外出", t(27, 14, 30), t(27, 16, 30), "姜畲大堤巡查"),
        ]
    ):
        found, _ = await absences.record(
            [NewAbsence(who.id, kind, start, end, reason, 0)],
            -100,
            500 + i,
            f"{kind} {reason}",
            Origin(who.id, -100, 500 + i),
            t(30, 8, month=10) if kind == "年假" else t(27, 8),
        )
        rows.append(found[0])
    notes = NoteRepo(db)
    await notes.create(
        NewNote(
            leader.id,
            t(30, 9, 10),
            None,
            "脱岗",
            "9:10 抽查二楼，李四、王五不在岗",
            ((li.id, rows[0].id), (wang.id, None)),
        ),
        Origin(leader.id, -100, 600),
        now,
    )
    return {"leader": leader.id, "li": li.id, "wang": wang.id}


def check_workbook(data: bytes) -> None:
    book = load(data)
    assert book.sheetnames == ["出勤汇总", "考勤表", "明细"]
    ws = book["出勤汇总"]
    assert ws.freeze_panes == "C2"
    assert ws.column_dimensions["A"].width >= 6
    assert ws.cell(1, 1).font.bold
    li, wang = row_of(ws, "李四"), row_of(ws, "王五")
    assert ws.cell(li, column(ws, "应出勤天数")).value == 21  # November 2026
    assert ws.cell(li, column(ws, "事假（天）")).value == 0.5
    assert ws.cell(li, column(ws, "年假（天）")).value == 2  # 2–3 Nov only
    assert ws.cell(li, column(ws, "请假合计（天）")).value == 2.5
    assert ws.cell(li, column(ws, "督查·脱岗")).value == 1
    assert ws.cell(li, column(ws, "未报备次数")).value == 0
    assert ws.cell(wang, column(ws, "外出次数")).value == 1
    assert ws.cell(wang, column(ws, "外出时长（小时）")).value == 2
    assert ws.cell(wang, column(ws, "未报备次数")).value == 1
    assert ws.cell(wang, column(ws, "值班登记次数")).value == 0
    total = ws.max_row
    assert ws.cell(total, 1).value == "合计"
    assert ws.cell(total, 1).font.bold
    assert ws.cell(total, column(ws, "督查·脱岗")).value == 2
    assert ws.cell(total, column(ws, "未报备次数")).value == 1
    detail = book["明细"]
    assert [c.value for c in detail[1]] == [
        "日期",
        "姓名",
        "类别",
        "开始",
        "结束",
        "事由/核对",
        "来源消息",
    ]
    assert detail.freeze_panes == "A2"
    lines = [[c.value for c in row] for row in detail.iter_rows(min_row=2)]
    kinds = [(line[1], line[2]) for line in lines]
    assert kinds == [
        ("李四", "年假"),
        ("王五", "外出"),
        ("李四", "事假"),
        ("李四", "督查·脱岗"),
        ("王五", "督查·脱岗"),
    ]
    assert lines[2][5] == "孩子发烧"  # leaders see reasons in the workbook
    assert lines[3][5] == "已报备（事假 08:30–12:00）"
    assert lines[4][5] == "未报备"
    assert lines[3][3] == datetime(2026, 11, 30, 9, 10)  # office wall time


# ---------------------------------------------------------------------- chat
@pytest.fixture
async def seeded(chat, clock):
    clock.set(t(30, 9, 30))
    await seed(chat.services.db)
    await chat.say("张三", "/start")
    await chat.say("李四", "/start")
    return chat


async def test_export_in_private_sends_the_workbook(seeded):
    outputs = await seeded.say("张三", "/export 2026-11", private=True)
    [document] = [o for o in outputs if o.file_bytes]
    assert document.method == "sendDocument"
    assert document.chat_id == seeded.people["张三"].tg_user_id
    assert document.file_name == "attendance-2026-11.xlsx"
    check_workbook(document.file_bytes)


async def test_export_in_the_group_is_refused(seeded):
    outputs = await seeded.say("张三", "/export 2026-11")
    assert not any(o.file_bytes for o in outputs)
    assert texts(outputs) == [
        "考勤工作簿含个人请假事由，只在私聊中发送。请私聊我发送 /export 2026-11。"
    ]


async def test_export_by_a_member_is_refused(seeded):
    outputs = await seeded.say("李四", "/export 2026-11", private=True)
    assert texts(outputs) == ["这个命令只有领导可以使用。"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/export 2026-13", "月份“2026-13”不存在"),
        ("/export 十三月", "不存在"),
        ("/export 明年", "看不懂月份“明年”"),
        ("/export 2026-10-01", "看不懂月份"),
        ("/export 2025-03", "2025-03 没有任何请假、外出、督查或值班记录"),
        ("/export " + "9" * 5000, "看不懂月份"),
    ],
)
async def test_export_bad_months(seeded, line, expected):
    outputs = await seeded.say("张三", line, private=True)
    assert not any(o.file_bytes for o in outputs)
    [answer] = texts(outputs)
    assert expected in answer


async def test_export_without_a_month_is_this_month(seeded):
    outputs = await seeded.say("张三", "/export", private=True)
    assert [o.file_name for o in outputs if o.file_bytes] == ["attendance-2026-11.xlsx"]


async def test_duty_checkins_are_counted(seeded):
    db = seeded.services.db
    wang = await seeded.services.members.by_real_name("王五")
    async with db.transaction() as conn:
        for day, checked in (("2026-11-02", "2026-11-02T00:40:00+00:00"), ("2026-11-09", None)):
            await conn.execute(
                "INSERT INTO duty_roster(day, member_id, role, checkin_at, imported_at)"
                " VALUES (?,?,'值班',?,'2026-11-01T00:00:00+00:00')",
                (day, wang.id, checked),
            )
    [document] = [o for o in await seeded.say("张三", "/export 11月", private=True) if o.file_bytes]
    ws = load(document.file_bytes)["出勤汇总"]
    assert ws.cell(row_of(ws, "王五"), column(ws, "值班登记次数")).value == 1


# ---------------------------------------------------------------------- command line
def seed_file(tmp_path: Path) -> None:
    on_database(tmp_path, seed)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_cli_writes_the_workbook(tmp_path):
    seed_file(tmp_path)
    result = cli(tmp_path, "export", "attendance", "--month", "2026-11", "--out", "out/nov.xlsx")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "已导出 out/nov.xlsx：4 人，5 条明细。"
    assert result.stderr == ""
    check_workbook((tmp_path / "out" / "nov.xlsx").read_bytes())


def test_cli_default_file_name(tmp_path):
    seed_file(tmp_path)
    result = cli(tmp_path, "export", "attendance", "--month", "2026年11月")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "attendance-2026-11.xlsx").is_file()


@pytest.mark.parametrize(
    ("month", "status", "expected"),
    [
        ("2026-13", 2, "--month：月份“2026-13”不存在"),
        ("nov", 2, "--month：看不懂月份“nov”"),
        ("2026-03", 1, "2026-03 没有任何请假、外出、督查或值班记录，未生成工作簿。"),
    ],
)
def test_cli_bad_month_one_line(tmp_path, month, status, expected):
    seed_file(tmp_path)
    result = cli(tmp_path, "export", "attendance", "--month", month)
    assert result.returncode == status
    assert expected in one_line(result)
    assert not list(tmp_path.glob("*.xlsx"))


def test_cli_empty_database(tmp_path):
    result = cli(tmp_path, "export", "attendance", "--month", "2026-11")
    assert result.returncode == 1
    assert one_line(result) == "名册里还没有任何成员，无法生成考勤工作簿。"


def test_cli_unwritable_target(tmp_path):
    seed_file(tmp_path)
    (tmp_path / "blocker").write_text("a file, not a folder")
    result = cli(tmp_path, "export", "attendance", "--month", "2026-11", "--out", "blocker/x.xlsx")
    assert result.returncode == 1
    assert one_line(result).startswith("错误：无法写入 blocker/x.xlsx")


def test_cli_month_is_required(tmp_path):
    result = cli(tmp_path, "export", "attendance")
    assert result.returncode == 2
    assert "--month" in result.stderr
