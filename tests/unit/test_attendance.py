"""Monthly attendance figures from plain inputs, with the real working-day counter."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain import attendance
from bot.domain.absence_rules import count_days
from bot.domain.office import OfficeHours
from bot.domain.workcalendar import WorkCalendar

TZ = ZoneInfo("Asia/Shanghai")
OFFICE = OfficeHours()
CAL = WorkCalendar()
NOV = attendance.month_of(2026, 11, TZ)
PEOPLE = [attendance.Person(1, "张三", "办公室"), attendance.Person(2, "李四", None)]


def t(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def counter(start: datetime, end: datetime) -> float:
    return count_days(start, end, OFFICE, CAL, TZ)


def figures(absences=(), notes=(), checkins=None):
    return attendance.member_figures(
        PEOPLE, NOV, 21, list(absences), list(notes), checkins or {}, counter
    )


def test_month_bounds():
    assert NOV.label == "2026-11"
    assert NOV.start == t(11, 1, 0)
    assert NOV.end == t(12, 1, 0)
    assert NOV.last_day.day == 30
    dec = attendance.month_of(2026, 12, TZ)
    assert dec.end == datetime(2027, 1, 1, tzinfo=TZ)


def test_absence_across_the_month_start_is_clipped_and_recounted():
    # Fri 30 Oct to Tue 3 Nov: 1 working day in October, 2 (Mon, Tue) in November.
    leave = attendance.AbsenceItem(1, "年假", t(10, 30, 8, 30), t(11, 3, 17, 30))
    [zhang, li] = figures([leave])
    assert zhang.days["年假"] == 2.0
    assert li.days_away == 0
    oct_ = attendance.month_of(2026, 10, TZ)
    [zhang_oct, _] = attendance.member_figures(PEOPLE, oct_, 16, [leave], [], {}, counter)
    assert zhang_oct.days["年假"] == 1.0


def test_half_days_and_weekends():
    afternoon = attendance.AbsenceItem(1, "事假", t(11, 30, 14, 30), t(11, 30, 17, 30))
    weekend = attendance.AbsenceItem(1, "病假", t(11, 28, 8, 30), t(11, 29, 17, 30))  # Sat–Sun
    [zhang, _] = figures([afternoon, weekend])
    assert zhang.days["事假"] == 0.5
    assert zhang.days["病假"] == 0.0
    assert zhang.days_away == 0.5


def test_outings_are_counted_in_trips_and_hours():
    trips = [
        attendance.AbsenceItem(2, "外出", t(11, 30, 9), t(11, 30, 11, 30)),
        attendance.AbsenceItem(2, "外出", t(11, 27, 14, 30), t(11, 27, 15, 15)),
    ]
    [_, li] = figures(trips)
    assert li.outings == 2
    assert li.outing_hours == 3.2  # 2.5 h + 0.75 h
    assert li.days_away == 0


def test_unknown_kinds_count_as_generic_leave_and_strangers_are_ignored():
    odd = attendance.AbsenceItem(1, "其他假", t(11, 30, 8, 30), t(11, 30, 12))
    stranger = attendance.AbsenceItem(99, "事假", t(11, 30, 8, 30), t(11, 30, 12))
    [zhang, li] = figures([odd, stranger])
    assert zhang.days["请假"] == 0.5
    assert li.days_away == 0


def test_notes_by_category_and_unreported():
    notes = [
        attendance.NoteItem(2, t(11, 30, 9, 10), "脱岗", covered=False),
        attendance.NoteItem(2, t(11, 27, 9, 10), "迟到", covered=True),
        attendance.NoteItem(1, t(11, 30, 9, 10), "脱岗", covered=True),
        attendance.NoteItem(2, t(10, 30, 9, 10), "脱岗", covered=False),  # last month
        attendance.NoteItem(None, t(11, 30, 9, 10), "其他", covered=True),
    ]
    [zhang, li] = figures(notes=notes, checkins={1: 3})
    assert li.notes["脱岗"] == 1
    assert li.notes["迟到"] == 1
    assert li.unreported == 1
    assert zhang.notes["脱岗"] == 1
    assert zhang.unreported == 0
    assert zhang.checkins == 3
    assert li.checkins == 0


def test_totals_add_up():
    rows = figures(
        [
            attendance.AbsenceItem(1, "事假", t(11, 30, 8, 30), t(11, 30, 12)),
            attendance.AbsenceItem(2, "事假", t(11, 27, 8, 30), t(11, 27, 17, 30)),
            attendance.AbsenceItem(2, "外出", t(11, 30, 9), t(11, 30, 10)),
        ],
        [attendance.NoteItem(2, t(11, 30, 9, 10), "脱岗", covered=False)],
        {1: 2},
    )
    total = attendance.totals(rows, "合计", 21)
    assert total.name == "合计"
    assert total.days["事假"] == 1.5
    assert total.outings == 1
    assert total.outing_hours == 1.0
    assert total.notes["脱岗"] == 1
    assert total.unreported == 1
    assert total.checkins == 2


def test_records_are_sorted_and_clipped_to_the_month():
    absences = [
        attendance.AbsenceItem(2, "事假", t(11, 30, 8, 30), t(11, 30, 12), "家里有事", "明早请假"),
        attendance.AbsenceItem(1, "事假", t(10, 2, 8, 30), t(10, 2, 12)),  # October
    ]
    notes = [attendance.NoteItem(2, t(11, 30, 9, 10), "脱岗", True, "已报备（事假）", "抽查")]
    rows = attendance.records({1: "张三", 2: "李四"}, NOV, absences, notes, TZ)
    assert [(r.name, r.kind) for r in rows] == [("李四", "事假"), ("李四", "督查·脱岗")]
    assert rows[0].reason == "家里有事"
    assert rows[0].source == "明早请假"
    assert rows[1].end is None
    assert rows[1].reason == "已报备（事假）"
