"""The printed 考勤表 sheet of the month workbook and the year's summary, read back from the
files /export and ``bureau-bot export attendance`` write."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from bot.domain.roles import Role
from bot.domain.workcalendar import WorkCalendar
from storage.absences import AbsenceRepo, NewAbsence
from storage.audit import Origin
from storage.db import Database
from storage.members import MemberRepo
from storage.notes import NewNote, NoteRepo
from tests.conftest import TZ, cli, on_database

MONTHS_WITH_DATA = (9, 10, 11)  # the 年假 starts on 30 September


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


async def seed(db: Database) -> None:
    """李四: 年假 across 国庆, a day of 事假; 王五: a trip into the worked Saturday 10 Oct and
    a 外出 in November with a note that found him away unreported."""
    members = MemberRepo(db)
    now = at(11, 30, 9)
    leader = await members.add_named("赵局", now)
    await members.set_role(leader.id, Role.LEADER, now, Origin())
    li = await members.add_named("李四", now)
    wang = await members.add_named("王五", now)
    absences = AbsenceRepo(db)
    for i, (who, kind, start, end) in enumerate(
        [
            (li, "年假", at(9, 30, 8, 30), at(10, 9, 17, 30)),
            (li, "事假", at(10, 12, 8, 30), at(10, 12, 17, 30)),
            (wang, "出差", at(10, 9, 8, 30), at(10, 10, 17, 30)),
            (wang, "外出", at(11, 27, 14, 30), at(11, 27, 16, 30)),
        ]
    ):
        await absences.record(
            [NewAbsence(who.id, kind, start, end, "事由", 0)],
            -100,
            700 + i,
            kind,
            Origin(who.id, -100, 700 + i),
            start,
        )
    await NoteRepo(db).create(
        NewNote(leader.id, at(11, 26, 9, 10), None, "脱岗", "王五不在岗", ((wang.id, None),)),
        Origin(leader.id, -100, 800),
        now,
    )


def load(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data))


def table(ws, header_row: int) -> dict[str, dict]:
    headers = [c.value for c in ws[header_row]]
    out = {}
    key = headers.index("姓名")
    for values in ws.iter_rows(header_row + 1, values_only=True):
        name = values[key] if len(values) > key else None
        if name and name != "合计" and any(values[key + 1 :]):
            out[name] = dict(zip(headers, values, strict=False))
    return out


async def test_the_month_sheet_marks_leave_trips_holidays_and_the_worked_saturday(chat, clock):
    await seed(chat.services.db)
    outputs = await chat.say("赵局", "/export 2026-10", private=True)
    [document] = [o for o in outputs if o.file_bytes]
    ws = load(document.file_bytes)["考勤表"]
    assert ws["A1"].value == "2026年10月考勤表"
    headers = [c.value for c in ws[2]]
    assert headers[3:5] == ["1\n休", "2\n休"]  # 国庆 on weekdays
    assert headers[3 + 9] == "10\n班" and headers[3 + 10] == "11\n日"
    rows = table(ws, 2)
    li, wang, chief = rows["李四"], rows["王五"], rows["赵局"]
    assert [li[f"{d}\n{w}"] for d, w in ((8, "四"), (9, "五"), (12, "一"), (13, "二"))] == [
        "年",
        "年",
        "事",
        "√",
    ]
    assert (wang["9\n五"], wang["10\n班"], wang["11\n日"]) == ("差", "差", None)
    assert li["1\n休"] is None and chief["10\n班"] == "√"
    assert (li["年"], li["事"], li["应出勤天数"], li["实出勤天数"]) == (2, 1, 18, 15)
    assert (wang["差"], wang["实出勤天数"]) == (2, 18)
    grey = ws.cell(3, 4).fill.fgColor.rgb  # 1 Oct, a holiday
    assert grey.endswith("D9D9D9") and not ws.cell(3, 4 + 9).fill.fgColor.rgb.endswith("D9D9D9")
    texts = [str(ws.cell(r, 1).value) for r in range(1, ws.max_row + 1)]
    assert any(t.startswith("制表人") for t in texts)
    assert any(t.startswith("说明：√ 出勤") for t in texts)
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1


# ---------------------------------------------------------------------- the year
def seed_file(tmp_path: Path) -> None:
    on_database(tmp_path, seed)


def workdays_in(month: int) -> int:
    first = date(2026, month, 1)
    last = date(2026 + (month == 12), month % 12 + 1, 1)
    return len(WorkCalendar().workdays_between(first, date.fromordinal(last.toordinal() - 1)))


def test_the_year_equals_the_sum_of_its_months(tmp_path):
    seed_file(tmp_path)
    after = ("--now", "2027-01-04T09:00:00+08:00")  # the year over: every day of it worked
    result = cli(tmp_path, "export", "attendance", "--year", "2026", "--out", "year.xlsx", *after)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "已导出 year.xlsx：2026 年度出勤汇总，3 人。"
    year = table(load((tmp_path / "year.xlsx").read_bytes())["年度出勤汇总"], 2)
    assert sorted(year) == ["李四", "王五", "赵局"]
    months = {}
    for month in MONTHS_WITH_DATA:
        out = f"m{month}.xlsx"
        month_text = f"2026-{month:02d}"
        done = cli(tmp_path, "export", "attendance", "--month", month_text, "--out", out, *after)
        assert done.returncode == 0, done.stderr
        book = load((tmp_path / out).read_bytes())
        months[month] = (table(book["出勤汇总"], 1), table(book["考勤表"], 2))
    quiet = sum(workdays_in(m) for m in range(1, 13) if m not in MONTHS_WITH_DATA)
    assert quiet + sum(workdays_in(m) for m in MONTHS_WITH_DATA) == 248  # 2026's working days
    for name, row in year.items():
        for column, value in row.items():
            if column in ("姓名", "部门", "备注", "实出勤天数"):
                continue
            expected = sum(summary[name][column] or 0 for summary, _ in months.values())
            if column == "应出勤天数":
                expected += quiet
            assert value == expected, (name, column)
        marks = sum(sheet[name]["实出勤天数"] for _, sheet in months.values())
        assert row["实出勤天数"] == marks + quiet, name
    assert year["李四"]["年假（天）"] == 3 and year["李四"]["实出勤天数"] == 248 - 4
    assert year["王五"]["未报备次数"] == 1 and year["王五"]["备注"] == "未报备：11月1次"
    assert year["王五"]["外出次数"] == 1


def test_days_not_yet_worked_are_not_counted_as_attended(tmp_path):
    """Exported on 2026-11-18, November's days after it are neither 实出勤 nor marked √, and
    the year counts nothing after that day either; planned leave is still shown."""
    seed_file(tmp_path)
    early = ("--now", "2026-11-18T10:00:00+08:00")
    done = cli(tmp_path, "export", "attendance", "--month", "2026-11", "--out", "m.xlsx", *early)
    assert done.returncode == 0, done.stderr
    full = cli(tmp_path, "export", "attendance", "--month", "2026-11", "--out", "f.xlsx")
    assert full.returncode == 0, full.stderr
    book = load((tmp_path / "m.xlsx").read_bytes())
    sheet, later = (
        table(book["考勤表"], 2),
        table(load((tmp_path / "f.xlsx").read_bytes())["考勤表"], 2),
    )
    worked_by_18th = sum(1 for d in range(1, 19) if date(2026, 11, d).weekday() < 5)
    assert worked_by_18th == 13 and workdays_in(11) == 21
    assert sheet["赵局"]["实出勤天数"] == 13 and later["赵局"]["实出勤天数"] == 21
    assert sheet["赵局"]["应出勤天数"] == 21  # what the month asks stays the month's
    assert sheet["赵局"]["19\n四"] in ("", None) and sheet["赵局"]["18\n三"] == "√"
    year = cli(tmp_path, "export", "attendance", "--year", "2026", "--out", "y.xlsx", *early)
    assert year.returncode == 0, year.stderr
    row = table(load((tmp_path / "y.xlsx").read_bytes())["年度出勤汇总"], 2)["赵局"]
    worked_in_2026 = sum(workdays_in(m) for m in range(1, 11)) + 13
    assert row["实出勤天数"] == worked_in_2026


def test_year_and_month_bad_input(tmp_path):
    seed_file(tmp_path)
    for args, expected in (
        (("--year", "26"), "--year：请写四位年份"),
        (("--year", "2026", "--month", "2026-10"), "二者选一"),
        (("--year", "2019"), "2019 没有任何请假"),
    ):
        result = cli(tmp_path, "export", "attendance", *args)
        assert result.returncode in (1, 2) and "Traceback" not in result.stderr
        assert expected in result.stderr, result.stderr
