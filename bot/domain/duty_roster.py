"""Flood-season duty (值班) rules, and when a missed scheduled firing is still worth sending.

Pure: rows of cells come from :mod:`bot.tabular`, instants and days are passed in.

* :func:`parse_duty_roster` validates a duty roster in either shape the office uses:
  long (日期, 姓名, 角色 带班/值班) or wide (日期, 带班, 值班 — several names per cell).
* ``/duty [日期]`` reads its day through :mod:`bot.domain.chinese_dates`, like every command.
* :func:`in_season` says whether a day is in the duty season (April–September by default).
* :func:`catch_up` decides, after downtime, which occurrence of a schedule to send (once,
  marked late) and which to skip; reminders and duty posts share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.cells import cell_text, person_name, person_names
from bot.domain.chinese_dates.dates import DateSpec
from bot.domain.chinese_dates.days import widen
from bot.domain.chinese_dates.lexer import lex
from bot.domain.roster import RowError

LEAD, DUTY = "带班", "值班"
ROLES = (LEAD, DUTY)
MAX_NAME = 20

_ROLE_WORDS = {
    "带班": LEAD, "带班领导": LEAD, "带班人": LEAD, "领导": LEAD, "lead": LEAD, "leader": LEAD,
    "值班": DUTY, "值班员": DUTY, "值班人": DUTY, "值班人员": DUTY, "值守": DUTY, "duty": DUTY,
}  # fmt: skip
_DATE_HEADERS = ("日期", "值班日期", "时间", "date", "day")
_NAME_HEADERS = ("姓名", "名字", "人员", "name")
_ROLE_HEADERS = ("角色", "岗位", "职责", "类别", "班次", "role")
_DATE = re.compile(r"^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")


class DutyRosterError(RowError):
    """A duty-roster row is wrong; see :func:`messages.duty.roster_error`."""


@dataclass(frozen=True)
class DutyEntry:
    day: date
    name: str
    role: str  # 带班 or 值班
    line: int


def parse_duty_roster(
    rows: Sequence[Sequence[object]], default_year: int | None = None
) -> list[DutyEntry]:
    """Rows of cells (header first) → entries. Raises :class:`DutyRosterError`.

    A date without a year ("6月1日") takes ``default_year``; without one it is an error.
    """
    if not rows or not any(cell_text(c) for c in rows[0]):
        raise DutyRosterError(1, "header", "empty")
    header = [cell_text(c).lower().replace(" ", "") for c in rows[0]]
    date_col = _find(header, _DATE_HEADERS)
    if date_col is None:
        raise DutyRosterError(1, "header", "no_date_column")
    name_col = _find(header, _NAME_HEADERS)
    role_col = _find(header, _ROLE_HEADERS)
    wide = {role: _find_role_column(header, role) for role in ROLES}
    named = [col for col in wide.values() if col is not None]
    if name_col is None and role_col is not None and len(named) == 1:
        name_col = named[0]  # long table whose name column is headed "值班人员"
    if name_col is None and not any(col is not None for col in wide.values()):
        raise DutyRosterError(1, "header", "no_name_column")
    entries: list[DutyEntry] = []
    seen: dict[tuple[date, str, str], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        cells = [cell_text(c) for c in row]
        if not any(cells):
            continue
        raw_day = row[date_col] if date_col < len(row) else None
        day = _day(line, raw_day, default_year)
        if name_col is not None:
            found = [(person_name(_cell(cells, name_col)), _role(line, _cell(cells, role_col)))]
        else:
            found = [
                (name, role)
                for role, col in wide.items()
                if col is not None
                for name in person_names(_cell(cells, col))
            ]
        found = [(name, role) for name, role in found if name]
        if not found:
            raise DutyRosterError(line, "name", "missing")
        for name, role in found:
            if len(name) > MAX_NAME:
                raise DutyRosterError(line, "name", "too_long", MAX_NAME)
            key = (day, name, role)
            if key in seen:
                raise DutyRosterError(line, "name", "duplicate", (name, seen[key]))
            seen[key] = line
            entries.append(DutyEntry(day, name, role, line))
    if not entries:
        raise DutyRosterError(2, "date", "no_rows")
    return entries


def _find(header: list[str], aliases: tuple[str, ...]) -> int | None:
    for position, name in enumerate(header):
        if name in aliases:
            return position
    return None


def _find_role_column(header: list[str], role: str) -> int | None:
    """Wide tables head their name columns "带班领导", "值班人员" and the like."""
    for position, name in enumerate(header):
        if _ROLE_WORDS.get(name) == role:
            return position
    return None


def _cell(cells: list[str], position: int | None) -> str:
    return cells[position] if position is not None and position < len(cells) else ""


def _role(line: int, text: str) -> str:
    if not text:
        return DUTY
    role = _ROLE_WORDS.get(text.lower())
    if role is None:
        raise DutyRosterError(line, "role", "bad_role", text)
    return role


def _day(line: int, value: object, default_year: int | None) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        raise DutyRosterError(line, "date", "missing")
    match = _DATE.match(text.split(" ")[0].split("T")[0])
    if match is not None:
        year, month, number = int(match[1]) if match[1] else None, int(match[2]), int(match[3])
    else:  # 十二月三日, 2026年十二月三日: the date engine's shapes
        spec = _written_date(text)
        if spec is None:
            raise DutyRosterError(line, "date", "bad_date", text)
        year, month, number = spec
    year = year or default_year
    if year is None:
        raise DutyRosterError(line, "date", "no_year", text)
    try:
        day = date(year, month, number)
    except ValueError:
        raise DutyRosterError(line, "date", "bad_date", text) from None
    if not 2000 <= day.year <= 2100:
        raise DutyRosterError(line, "date", "out_of_range", text)
    return day


def _written_date(text: str) -> tuple[int | None, int, int] | None:
    """A cell that is one month-and-day date in words: (year or None, month, day)."""
    tokens = lex(widen(text))
    if len(tokens) != 1 or tokens[0].start != 0 or tokens[0].end < len(text.rstrip()):
        return None
    spec = tokens[0].value
    if not isinstance(spec, DateSpec) or spec.form not in ("ymd", "md") or spec.year_rel:
        return None
    assert spec.month is not None and spec.day is not None
    return spec.year, spec.month, spec.day


# --- the season -----------------------------------------------------------------------------


def season_months(start_month: int, end_month: int) -> tuple[int, ...]:
    """April–September → (4, …, 9); November–March wraps over the new year."""
    if start_month <= end_month:
        return tuple(range(start_month, end_month + 1))
    return tuple(range(start_month, 13)) + tuple(range(1, end_month + 1))


def in_season(day: date, start_month: int, end_month: int) -> bool:
    return day.month in season_months(start_month, end_month)


# --- catching up after downtime --------------------------------------------------------------

#: A firing this close after its moment is on time (the heartbeat runs every 30 seconds).
ON_TIME = timedelta(minutes=2)


@dataclass(frozen=True)
class CatchUp:
    """What to do with a schedule whose earliest unhandled occurrence is due.

    ``send``: the occurrence to send now, or None. ``late``: mark it 补发. ``skipped_from``:
    the first occurrence given up (missed beyond the grace period, or superseded by a newer
    one that is sent instead), or None.
    """

    send: datetime | None
    late: bool
    skipped_from: datetime | None


def catch_up(
    due: datetime,
    now: datetime,
    grace: timedelta,
    following: Callable[[datetime], datetime | None],
) -> CatchUp:
    """Decide for the occurrence ``due`` (≤ ``now``) of a schedule whose next occurrence
    strictly after an instant is ``following(instant)``.

    Of all occurrences missed, only the newest is sent, and only if it was missed by less than
    ``grace``; it is late (补发) when more than :data:`ON_TIME` has passed. Everything older is
    skipped. So however long the downtime, a reminder is sent at most once on waking.
    """
    window = max(grace, ON_TIME)
    oldest_sendable = now - window
    skipped_from: datetime | None = None
    candidate: datetime | None = due
    if due.timestamp() <= oldest_sendable.timestamp():
        skipped_from = due
        candidate = following(oldest_sendable)
        if candidate is None or candidate.timestamp() > now.timestamp():
            return CatchUp(None, False, skipped_from)
    assert candidate is not None
    while (newer := following(candidate)) is not None and newer.timestamp() <= now.timestamp():
        skipped_from = skipped_from or candidate
        candidate = newer
    late = (now - candidate) > ON_TIME
    return CatchUp(candidate, late, skipped_from)
