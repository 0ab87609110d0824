"""The monthly attendance workbook and the year's summary, for ``/export`` and
``bureau-bot export attendance``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.domain import attendance, attendance_sheet
from bot.domain.absence_rules import LEAVE_KINDS, PARTIAL_KINDS, count_days
from bot.domain.notes import CATEGORIES, MonthError, read_month
from bot.services import Services
from bot.usecases.notes import view_of
from bot.workbook import DATE_FORMAT, DATETIME_FORMAT, HALF_DAYS, Sheet, write_workbook
from messages import attendance as text
from messages import notes as note_text


class ExportError(Exception):
    """Nothing was written; the message is one sentence for a person."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Export:
    data: bytes
    file_name: str
    members: int
    records: int


async def duty_checkins(svc: Services, first: date, last: date) -> dict[int, int]:
    """Check-ins (值班登记) per member from the duty roster; {} while there is no roster."""
    exists = await svc.db.fetchval(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'duty_roster'"
    )
    if not exists:
        return {}
    rows = await svc.db.fetchall(
        "SELECT member_id, COUNT(*) AS n FROM duty_roster"
        " WHERE day BETWEEN ? AND ? AND checkin_at IS NOT NULL GROUP BY member_id",
        (first.isoformat(), last.isoformat()),
    )
    return {r["member_id"]: int(r["n"]) for r in rows}


@dataclass(frozen=True)
class MonthData:
    """One month's figures, 考勤表 rows and detail lines; ``empty`` when nothing happened."""

    span: attendance.Month
    figures: list[attendance.MemberFigures]
    workdays: int
    sheet: list[attendance_sheet.SheetRow]
    details: list[attendance.Record]
    empty: bool


async def month_data(
    svc: Services, year: int, month: int, people: list[attendance.Person]
) -> MonthData:
    span = attendance.month_of(year, month, svc.tz)
    rows = await svc.absences.overlapping(span.start, span.end)
    approvals = await approval_states(svc, [r.id for r in rows])
    absences = [
        attendance.AbsenceItem(
            r.member_id, r.kind, r.start, r.end, r.reason, r.source_text, *approvals.get(r.id, ())
        )
        for r in rows
    ]
    notes = await _note_items(svc, span)
    checkins = await duty_checkins(svc, span.first_day, span.last_day)
    workdays = svc.calendar.count_workdays(span.first_day, span.last_day)
    figures = attendance.member_figures(
        people,
        span,
        workdays,
        absences,
        notes,
        checkins,
        lambda start, end: count_days(start, end, svc.office, svc.calendar, svc.tz),
    )
    sheet = attendance_sheet.sheet_rows(
        people,
        span,
        absences,
        svc.calendar.is_workday,
        svc.office,
        svc.tz,
        today=svc.now().astimezone(svc.tz).date(),
    )
    details = attendance.records(
        {p.id: p.name for p in people},
        span,
        absences,
        notes,
        svc.tz,
        lambda category: f"{text.NOTE_PREFIX}{category}",
    )
    empty = not absences and not notes and not checkins
    return MonthData(span, figures, workdays, sheet, details, empty)


async def _people(svc: Services) -> list[attendance.Person]:
    members = await svc.members.all()
    if not members:
        raise ExportError(text.no_members())
    return [attendance.Person(m.id, m.name, m.department) for m in members]


async def export_month(svc: Services, year: int, month: int) -> Export:
    """Build the workbook of one month. Raises :class:`ExportError` when there is nothing."""
    data = await month_data(svc, year, month, await _people(svc))
    if data.empty:
        raise ExportError(text.no_data(data.span.label))
    total = attendance.totals(data.figures, text.TOTAL, data.workdays)
    sheets = [
        _summary_sheet(data.figures, total),
        _marks_sheet(svc, data.span, data.sheet),
        _records_sheet(data.details),
    ]
    if svc.settings.approval.enabled:
        _add_approval_columns(sheets, data.figures, total, data.details)
    return Export(
        write_workbook(sheets),
        text.file_name(data.span.label),
        len(data.figures),
        len(data.details),
    )


async def export_year(svc: Services, year: int) -> Export:
    """The year's summary for the annual review: each person's twelve months added up."""
    people = await _people(svc)
    months = {m: await month_data(svc, year, m, people) for m in range(1, 13)}
    if all(d.empty for d in months.values()):
        raise ExportError(text.no_data(str(year)))
    rows = attendance_sheet.year_rows(people, {m: (d.figures, d.sheet) for m, d in months.items()})
    headers = [
        *text.summary_headers(attendance.DAY_KINDS, CATEGORIES, PARTIAL_KINDS),
        text.YEAR_ON_DUTY,
        text.YEAR_NOTES,
    ]
    body = [[*_figure_row(r.figures), r.on_duty, text.year_note(r.unreported_months)] for r in rows]
    first_day_col = 3
    half_day_cols = [*range(first_day_col, first_day_col + len(attendance.DAY_KINDS) + 1)]
    sheet = Sheet(
        text.SHEET_YEAR,
        headers,
        body,
        freeze="C3",
        formats=dict.fromkeys([*half_day_cols, len(headers) - 2], HALF_DAYS),
        heading=text.year_title(year),
        landscape=True,
    )
    return Export(write_workbook([sheet]), text.year_file_name(year), len(rows), 0)


async def _note_items(svc: Services, span: attendance.Month) -> list[attendance.NoteItem]:
    items = []
    for note in await svc.notes.between(span.start, span.end):
        view = await view_of(svc, note)
        if not note.people:
            items.append(attendance.NoteItem(None, note.at, note.category, True, "", note.text))
        for person, line in zip(note.people, view.people, strict=True):
            items.append(
                attendance.NoteItem(
                    person.member_id,
                    note.at,
                    note.category,
                    person.covered or not line.checked,  # 未报备 only for absence notes
                    note_text.status_text(line.cover, line.checked),
                    note.text,
                )
            )
    return items


def _figure_row(row: attendance.MemberFigures) -> list[Any]:
    leave = sum(v for k, v in row.days.items() if k in LEAVE_KINDS)
    return [
        row.name,
        row.department,
        row.workdays,
        *(row.days[kind] for kind in attendance.DAY_KINDS),
        leave,
        row.outings,
        row.outing_hours,
        *(row.partial[kind] for kind in PARTIAL_KINDS),
        *(row.notes[category] for category in CATEGORIES),
        row.unreported,
        row.checkins,
    ]


def _summary_sheet(rows: list[attendance.MemberFigures], total: attendance.MemberFigures) -> Sheet:
    headers = text.summary_headers(attendance.DAY_KINDS, CATEGORIES, PARTIAL_KINDS)
    first_day_col = 3
    half_day_cols = range(first_day_col, first_day_col + len(attendance.DAY_KINDS) + 1)
    totals = _figure_row(total)
    totals[2] = None  # a sum of working days means nothing
    return Sheet(
        text.SHEET_SUMMARY,
        headers,
        [_figure_row(r) for r in rows],
        totals=totals,
        freeze="C2",
        formats=dict.fromkeys(half_day_cols, HALF_DAYS),
    )


def _records_sheet(records: list[attendance.Record]) -> Sheet:
    return Sheet(
        text.SHEET_RECORDS,
        text.RECORD_HEADERS,
        [[r.day, r.name, r.kind, r.start, r.end, r.reason, r.source] for r in records],
        widths=text.RECORD_WIDTHS,
        formats={0: DATE_FORMAT, 3: DATETIME_FORMAT, 4: DATETIME_FORMAT},
    )


async def approval_states(svc: Services, absence_ids: list[int]) -> dict[int, tuple[str, str]]:
    """absence id → (审批状态, 审批人) when 请假审批 is on."""
    if not svc.settings.approval.enabled:
        return {}
    found = await svc.approvals.for_absences(absence_ids)
    out = {}
    for absence_id, request in found.items():
        who = request.decided_by or request.approver_id
        member = await svc.members.get(who) if who is not None else None
        out[absence_id] = (request.status.value, member.name if member else "")
    return out


def _add_approval_columns(
    sheets: list[Sheet],
    figures: list[attendance.MemberFigures],
    total: attendance.MemberFigures,
    details: list[attendance.Record],
) -> None:
    """Status and approver per record; pending and refused leave days per person."""

    def apart(row: attendance.MemberFigures) -> list[float]:
        return [row.unapproved.get(state, 0.0) for state in attendance.UNAPPROVED]

    summary, records = sheets[0], sheets[-1]
    sheets[0] = replace(
        summary,
        headers=[*summary.headers, *text.APPROVAL_SUMMARY_HEADERS],
        rows=[[*row, *apart(f)] for row, f in zip(summary.rows, figures, strict=True)],
        totals=[*(summary.totals or []), *apart(total)],
    )
    sheets[-1] = replace(
        records,
        headers=[*records.headers, *text.APPROVAL_RECORD_HEADERS],
        rows=[[*row, r.approval, r.approver] for row, r in zip(records.rows, details, strict=True)],
        widths=[*(records.widths or []), *text.APPROVAL_RECORD_WIDTHS],
    )


def _marks_sheet(
    svc: Services, span: attendance.Month, rows: list[attendance_sheet.SheetRow]
) -> Sheet:
    """The printed 考勤表: a mark per day, day-off columns shaded, counts, signatures."""
    days = attendance_sheet.month_days(span)
    workday = [svc.calendar.is_workday(d) for d in days]
    kinds = (*attendance_sheet.COUNTED, attendance_sheet.OTHER)
    headers = [
        *text.MARK_HEADERS_HEAD,
        *(text.day_header(d.day, d.weekday(), w) for d, w in zip(days, workday, strict=True)),
        *(text.count_header(k) for k in kinds),
        *text.MARK_TAIL,
    ]
    body = [
        [
            i,
            row.person.name,
            row.person.department or "",
            *(mark.text for mark in row.marks),
            *(row.counts[k] or None for k in kinds),
            row.workdays,
            row.on_duty,
        ]
        for i, row in enumerate(rows, 1)
    ]
    head = len(text.MARK_HEADERS_HEAD)
    totals = [
        None,
        text.TOTAL,
        None,
        *([None] * len(days)),
        *(sum(r.counts[k] for r in rows) or None for k in kinds),
        sum(r.workdays for r in rows),
        sum(r.on_duty for r in rows),
    ]
    count_cols = range(head + len(days), len(headers))
    return Sheet(
        text.SHEET_MARKS,
        headers,
        body,
        totals=totals,
        freeze=f"{_column_letter(head + 1)}3",
        widths=[5, 9, 10, *([4.2] * len(days)), *([4.5] * len(kinds)), 7, 7],
        formats=dict.fromkeys(count_cols, "0.#"),
        heading=text.marks_title(span.year, span.month),
        landscape=True,
        shaded=frozenset(head + i for i, w in enumerate(workday) if not w),
        centred=frozenset(range(len(headers))) - {1, 2},
        below=(text.MARK_LEGEND, text.SIGNATURES),
    )


def _column_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


# ---------------------------------------------------------------------- command line
def check_usage(month_text: str | None, year_text: str | None) -> None:
    """Exactly one of --month and --year, the year a sane one; else a usage error (exit 2),
    said before anything else is looked at."""
    if (month_text is None) == (year_text is None):
        raise ExportError(text.MONTH_OR_YEAR, 2)
    if year_text is not None and not (year_text.isdigit() and 2000 <= int(year_text) <= 2100):
        raise ExportError(text.YEAR_BAD, 2)


async def export_to_file(
    settings: Any,
    month_text: str | None,
    out: Path | None,
    year_text: str | None = None,
    now: datetime | None = None,
) -> str:
    """``bureau-bot export attendance --month|--year [--now]``: write the workbook, return
    the line to print. ``now`` (default: the real time) ends what counts as attended."""
    from bot.clock import ShiftedClock, SystemClock
    from bot.services import open_services

    check_usage(month_text, year_text)
    svc = await open_services(settings, ShiftedClock(now) if now else SystemClock())
    try:
        if year_text is not None:
            result = await export_year(svc, int(year_text))
        else:
            try:
                year, month = read_month(month_text or "", svc.now().date())
            except MonthError as exc:
                raise ExportError(text.cli_month_error(exc.code, exc.value), 2) from None
            result = await export_month(svc, year, month)
    finally:
        await svc.db.close()
    target = out or Path(result.file_name)
    write_file(target, result.data)
    if year_text is not None:
        return text.year_written(str(target), result.members, int(year_text))
    return text.written(str(target), result.members, result.records)


def write_file(target: Path, data: bytes) -> None:
    """Write an export where the command line asked; :class:`ExportError` when it cannot."""
    try:
        if target.parent and not target.parent.exists():
            target.parent.mkdir(parents=True)
        target.write_bytes(data)
    except OSError as exc:
        raise ExportError(text.cannot_write(str(target), exc.strerror or str(exc))) from None
