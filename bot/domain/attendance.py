"""The monthly attendance figures (考勤月报) from plain inputs: members, absence records,
note subjects and duty check-ins. No storage, no openpyxl: the workbook writer gets rows.

Each absence is clipped to the month before its working days are counted, because an
absence's stored ``days`` is the count of the whole absence (30 Oct–3 Nov is 1 day in
October and 2 in November).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from bot.domain.absence_rules import DUTY_KINDS, LEAVE_KINDS, PARTIAL_KINDS
from bot.domain.notes import CATEGORIES

OUTING = "外出"  # counted in trips and hours, not days
UNAPPROVED = ("待审批", "未批准")  # leave states the workbook counts apart from 已批准
# Days-away columns, in order: every leave kind, then duty kinds other than 外出.
DAY_KINDS = LEAVE_KINDS + tuple(kind for kind in DUTY_KINDS if kind != OUTING)

DayCounter = Callable[[datetime, datetime], float]


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    department: str | None = None


@dataclass(frozen=True)
class AbsenceItem:
    member_id: int
    kind: str
    start: datetime
    end: datetime
    reason: str | None = None
    source_text: str = ""
    approval: str = ""  # 请假审批: 待审批 / 已批准 / 未批准, "" when not asked
    approver: str = ""


@dataclass(frozen=True)
class NoteItem:
    """One person in one note (a note about nobody has ``member_id`` None)."""

    member_id: int | None
    at: datetime
    category: str
    covered: bool
    label: str = ""  # "已报备（事假 08:30–12:00）" or "未报备"
    text: str = ""


@dataclass
class MemberFigures:
    member_id: int | None
    name: str
    department: str
    workdays: int
    days: dict[str, float] = field(default_factory=dict)
    outings: int = 0
    outing_hours: float = 0.0
    notes: dict[str, int] = field(default_factory=dict)
    unreported: int = 0
    checkins: int = 0
    partial: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PARTIAL_KINDS, 0))
    # Leave days by approval state that is not 已批准 ("待审批", "未批准"): counted apart.
    unapproved: dict[str, float] = field(default_factory=dict)

    @property
    def days_away(self) -> float:
        return sum(self.days.values())


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    start: datetime  # local midnight of the 1st
    end: datetime  # local midnight of the next month's 1st

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        return (self.end - timedelta(days=1)).date()


def month_of(year: int, month: int, tz: tzinfo) -> Month:
    start = datetime(year, month, 1, tzinfo=tz)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    return Month(year, month, start, end)


def half_days(value: float) -> float:
    """Half-day precision: 0.5 steps, nearest."""
    return round(value * 2) / 2


def clip(item: AbsenceItem, month: Month) -> tuple[datetime, datetime] | None:
    start, end = max(item.start, month.start), min(item.end, month.end)
    return (start, end) if end > start else None


def member_figures(
    people: Sequence[Person],
    month: Month,
    workdays: int,
    absences: Iterable[AbsenceItem],
    notes: Iterable[NoteItem],
    checkins: Mapping[int, int],
    count_days: DayCounter,
) -> list[MemberFigures]:
    """A row per member, in the order given. Absences of people not listed are ignored."""
    rows = {
        p.id: MemberFigures(
            p.id,
            p.name,
            p.department or "",
            workdays,
            days=dict.fromkeys(DAY_KINDS, 0.0),
            notes=dict.fromkeys(CATEGORIES, 0),
            checkins=checkins.get(p.id, 0),
        )
        for p in people
    }
    for item in absences:
        row = rows.get(item.member_id)
        period = clip(item, month)
        if row is None or period is None:
            continue
        if item.kind == OUTING:
            row.outings += 1
            row.outing_hours += (period[1] - period[0]).total_seconds() / 3600
        elif item.kind in PARTIAL_KINDS:
            row.partial[item.kind] += 1  # times, not days: the person was at work
        else:
            kind = item.kind if item.kind in row.days else "请假"
            # Stop a second short of the next month, so its first day is never looked up
            # (the calendar may not know next year yet, and would warn about it).
            last = min(period[1], month.end - timedelta(seconds=1))
            counted = count_days(period[0], last)
            row.days[kind] += counted
            if item.approval in UNAPPROVED:
                row.unapproved[item.approval] = row.unapproved.get(item.approval, 0.0) + counted
    for note in notes:
        row = rows.get(note.member_id) if note.member_id is not None else None
        if row is None or not month.start <= note.at < month.end:
            continue
        row.notes[note.category] = row.notes.get(note.category, 0) + 1
        row.unreported += 0 if note.covered else 1
    for row in rows.values():
        row.days = {k: half_days(v) for k, v in row.days.items()}
        row.unapproved = {k: half_days(v) for k, v in row.unapproved.items()}
        row.outing_hours = round(row.outing_hours, 1)
    return list(rows.values())


def totals(rows: Sequence[MemberFigures], label: str, workdays: int) -> MemberFigures:
    total = MemberFigures(
        None,
        label,
        "",
        workdays,
        days=dict.fromkeys(DAY_KINDS, 0.0),
        notes=dict.fromkeys(CATEGORIES, 0),
    )
    for row in rows:
        for kind, value in row.days.items():
            total.days[kind] = total.days.get(kind, 0.0) + value
        for category, value in row.notes.items():
            total.notes[category] = total.notes.get(category, 0) + value
        total.outings += row.outings
        total.outing_hours += row.outing_hours
        for kind, times in row.partial.items():
            total.partial[kind] += times
        for state, value in row.unapproved.items():
            total.unapproved[state] = total.unapproved.get(state, 0.0) + value
        total.unreported += row.unreported
        total.checkins += row.checkins
    total.outing_hours = round(total.outing_hours, 1)
    return total


@dataclass(frozen=True)
class Record:
    """One line of the detail sheet."""

    day: date
    name: str
    kind: str
    start: datetime
    end: datetime | None
    reason: str
    source: str
    approval: str = ""
    approver: str = ""


def records(
    names: Mapping[int, str],
    month: Month,
    absences: Iterable[AbsenceItem],
    notes: Iterable[NoteItem],
    tz: tzinfo,
    note_kind: Callable[[str], str] = lambda category: f"督查·{category}",
) -> list[Record]:
    """Every absence overlapping the month and every note person in it, by time then name."""
    out: list[Record] = []
    for item in absences:
        if clip(item, month) is None:
            continue
        start = item.start.astimezone(tz)
        out.append(
            Record(
                start.date(),
                names.get(item.member_id, f"#{item.member_id}"),
                item.kind,
                start,
                item.end.astimezone(tz),
                item.reason or "",
                item.source_text,
                item.approval,
                item.approver,
            )
        )
    for note in notes:
        if not month.start <= note.at < month.end:
            continue
        at = note.at.astimezone(tz)
        name = names.get(note.member_id, f"#{note.member_id}") if note.member_id else ""
        kind = note_kind(note.category)
        out.append(Record(at.date(), name, kind, at, None, note.label, note.text))
    out.sort(key=lambda r: (r.start, r.name, r.kind))
    return out
