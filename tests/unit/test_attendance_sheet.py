"""The printed 考勤表's marks: leave, a trip, 国庆 and the adjusted working Saturday of
October 2026 (chinese_calendar: 1–7 Oct off, Sat 10 Oct worked)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.domain.attendance import AbsenceItem, MemberFigures, Person, month_of
from bot.domain.attendance_sheet import day_mark, sheet_rows, year_rows
from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar

TZ = ZoneInfo("Asia/Shanghai")
OFFICE = OfficeHours()
LI, WANG, CHEN = Person(1, "李四", "工程股"), Person(2, "王五"), Person(3, "陈七")


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


ABSENCES = [
    AbsenceItem(1, "年假", at(9, 30, 8, 30), at(10, 9, 17, 30)),  # across 国庆
    AbsenceItem(1, "事假", at(10, 12, 8, 30), at(10, 12, 17, 30)),
    AbsenceItem(1, "病假", at(10, 13, 14, 30), at(10, 13, 17, 30)),
    AbsenceItem(2, "出差", at(10, 9, 8, 30), at(10, 10, 17, 30)),  # into the worked Saturday
    AbsenceItem(2, "外出", at(10, 14, 10), at(10, 14, 11)),
    AbsenceItem(2, "事假", at(10, 15, 8, 30), at(10, 15, 12)),
    AbsenceItem(2, "外出", at(10, 15, 15), at(10, 15, 16)),
]


def rows():
    calendar = WorkCalendar()
    return sheet_rows(
        [LI, WANG, CHEN], month_of(2026, 10, TZ), ABSENCES, calendar.is_workday, OFFICE, TZ
    )


def test_each_day_is_marked_by_its_halves():
    li, wang, chen = (r.marks for r in rows())
    text = lambda marks, day: marks[day - 1].text  # noqa: E731
    assert [text(li, d) for d in range(1, 8)] == [""] * 7  # 国庆: no mark, shaded
    assert [text(li, d) for d in (8, 9, 10, 11, 12, 13, 14)] == [
        "年",
        "年",
        "√",
        "",
        "事",
        "病○",
        "√",
    ]
    assert [text(wang, d) for d in (9, 10, 11, 14, 15)] == ["差", "差", "", "外○", "事/外"]
    assert {text(chen, d) for d in range(1, 32)} == {"", "√"}


def test_counts_and_days_at_work():
    li, wang, chen = rows()
    assert chen.workdays == 18 and chen.on_duty == 18  # 8–10, 12–16, 19–23, 26–30
    assert (li.counts["年"], li.counts["事"], li.counts["病"]) == (2, 1, 0.5)
    assert li.on_duty == 18 - 3.5
    assert (wang.counts["差"], wang.counts["外"], wang.counts["事"]) == (2, 1, 0.5)
    assert wang.on_duty == 17.5  # trips and 外出 are work; half a day of 事假 is not


def test_a_half_touched_by_a_short_outing_is_still_its_half():
    mark = day_mark(date(2026, 10, 14), [ABSENCES[4]], OFFICE, TZ)
    assert mark.halves == ("外", None) and mark.text == "外○"


def test_the_year_adds_the_months_up():
    oct_rows = rows()
    figures = [
        MemberFigures(1, "李四", "", 18, {"事假": 1.0}, 0, 0.0, {}, 1),
        MemberFigures(1, "李四", "", 21, {"事假": 0.5}, 2, 3.0, {}, 2),
    ]
    [li] = year_rows([LI], {10: ([figures[0]], oct_rows), 11: ([figures[1]], oct_rows)})
    assert li.figures.days["事假"] == 1.5
    assert li.figures.outings == 2 and li.figures.unreported == 3
    assert li.figures.workdays == 36 and li.on_duty == 29
    assert li.unreported_months == {10: 1, 11: 2}
