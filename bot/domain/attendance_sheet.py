"""The 考勤表 the office prints: one row per person, one mark per day, and the year's
summary for the annual review (出勤情况列入年度绩效考核).

A day's mark is read by halves, as leave is booked (:mod:`bot.domain.leave_days`): a half of
a working day an absence touches belongs to it. √ is a working day on duty; 事 病 年 … the
whole day away; "事○" half a day; two kinds in one day "事/外". Days that are not working
days stay blank (the sheet shades them). 实出勤天数 is working days less leave: trips,
training, meetings and 外出 are work.

Pure: absences, the calendar and office hours come in as values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from bot.domain.absence_rules import LEAVE_KINDS, PARTIAL_KINDS
from bot.domain.attendance import AbsenceItem, MemberFigures, Month, Person, totals
from bot.domain.leave_days import _halves
from bot.domain.office import OfficeHours

ON_DUTY = "√"
HALF = "○"
MARKS = {
    "事假": "事",
    "病假": "病",
    "年假": "年",
    "调休": "调",
    "婚假": "婚",
    "产假": "产",
    "陪产假": "陪",
    "丧假": "丧",
    "探亲假": "探",
    "护理假": "护",
    "请假": "假",
    "外出": "外",
    "出差": "差",
    "培训": "培",
    "会议": "会",
}
# The 考勤表's count columns: the customary marks, then every other leave as 其他.
COUNTED = ("事", "病", "年", "调", "婚", "产", "丧", "差", "外", "培", "会")
OTHER = "其他"
LEAVE_MARKS = frozenset(MARKS[kind] for kind in LEAVE_KINDS)


def mark_of(kind: str) -> str:
    return MARKS.get(kind, kind[:1])


@dataclass(frozen=True)
class DayMark:
    text: str  # "" on a day off
    halves: tuple[str | None, str | None] = (None, None)  # the mark of each half, None on duty


@dataclass
class SheetRow:
    person: Person
    marks: list[DayMark]
    counts: dict[str, float] = field(default_factory=dict)  # COUNTED + OTHER → days
    workdays: int = 0
    on_duty: float = 0.0  # 实出勤天数

    @property
    def leave(self) -> float:
        return self.workdays - self.on_duty


def month_days(month: Month) -> list[date]:
    first, last = month.first_day, month.last_day
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def day_mark(
    day: date, absences: Sequence[AbsenceItem], office: OfficeHours, tz: tzinfo
) -> DayMark:
    """The mark of one working day from the absences of one person."""
    halves: list[str | None] = []
    for begin, finish in _halves(day, office, tz):
        touching = [a for a in absences if a.start < finish and begin < a.end]
        # Where two touch one half (a 外出 inside a day of leave), leave decides the half.
        touching.sort(key=lambda a: (a.kind not in LEAVE_KINDS, a.start))
        halves.append(mark_of(touching[0].kind) if touching else None)
    am, pm = halves
    if am is None and pm is None:
        text = ON_DUTY
    elif am == pm or None in (am, pm):
        text = (am or pm or "") + ("" if am == pm else HALF)
    else:
        text = f"{am}/{pm}"
    return DayMark(text, (am, pm))


def sheet_rows(
    people: Sequence[Person],
    month: Month,
    absences: Iterable[AbsenceItem],
    is_workday: Callable[[date], bool],
    office: OfficeHours,
    tz: tzinfo,
    today: date | None = None,
) -> list[SheetRow]:
    """A row per person, in the order given; absences of people not listed are ignored.

    Days after ``today`` have not been worked yet: recorded leave is marked on them (it is
    planned), but they are not 实出勤 and get no √ (a month or year exported before its end
    must not count the rest of it as attended)."""
    days = month_days(month)
    workdays = [d for d in days if is_workday(d)]
    elapsed = [d for d in workdays if today is None or d <= today]
    mine: dict[int, list[AbsenceItem]] = {p.id: [] for p in people}
    for item in absences:
        if item.kind in PARTIAL_KINDS:
            continue  # late or early: at work that day, counted in 晚到/早退次数
        if item.member_id in mine and item.start < month.end and item.end > month.start:
            mine[item.member_id].append(item)
    rows = []
    for person in people:
        row = SheetRow(person, [], dict.fromkeys((*COUNTED, OTHER), 0.0), len(workdays))
        for day in days:
            if not is_workday(day):
                row.marks.append(DayMark(""))
                continue
            mark = day_mark(day, mine[person.id], office, tz)
            if today is not None and day > today and mark.text == ON_DUTY:
                mark = DayMark("")
            row.marks.append(mark)
            for half in mark.halves:
                if half is not None:
                    row.counts[half if half in COUNTED else OTHER] += 0.5
        leave = sum(
            0.5
            for day, mark in zip(days, row.marks, strict=True)
            if today is None or day <= today
            for half in mark.halves
            if half in LEAVE_MARKS
        )
        row.on_duty = len(elapsed) - leave
        rows.append(row)
    return rows


# ---------------------------------------------------------------------- the year
@dataclass
class YearRow:
    figures: MemberFigures  # days by kind, 外出, notes, 未报备: the twelve months summed
    on_duty: float  # 实出勤天数, summed
    unreported_months: dict[int, int]  # month → 未报备 count, for the notes column


def year_rows(
    people: Sequence[Person],
    months: Mapping[int, tuple[Sequence[MemberFigures], Sequence[SheetRow]]],
) -> list[YearRow]:
    """Each person's twelve months added up (the months present in ``months``)."""
    out = []
    for person in people:
        figures = [f for rows, _ in months.values() for f in rows if f.member_id == person.id]
        sheets = [s for _, rows in months.values() for s in rows if s.person.id == person.id]
        total = totals(figures, person.name, sum(s.workdays for s in sheets))
        total.member_id = person.id
        total.department = person.department or ""
        total.days = {k: round(v * 2) / 2 for k, v in total.days.items()}
        unreported = {
            month: f.unreported
            for month, (rows, _) in sorted(months.items())
            for f in rows
            if f.member_id == person.id and f.unreported
        }
        out.append(YearRow(total, sum(s.on_duty for s in sheets), unreported))
    return out
