"""The office's staff roster (花名册): validating rows read from a CSV or xlsx file.

Reading the file is I/O and lives in :mod:`bot.tabular`; this module only turns rows of
cells into :class:`RosterEntry` values, or says exactly which line and field is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.domain.approval import Level, parse_level
from bot.domain.cells import cell_items, cell_text, person_name
from bot.domain.roles import Role, parse_role

_HEADERS = {
    "name": ("姓名", "名字", "name", "real_name", "实名"),
    "department": ("部门", "科室", "单位", "department", "dept"),
    "hire_date": ("入职日期", "参加工作时间", "参加工作日期", "入职时间", "hire_date", "hired"),
    "role": ("角色", "身份", "role"),
    "username": ("telegram用户名", "telegram", "用户名", "username", "tg_username"),
    # For leave approval: 职务 局长 / 股长 (股室负责人), and the departments a leader 分管.
    "post": ("职务", "职位", "post"),
    "supervises": ("分管股室", "分管部门", "分管", "supervises"),
}
_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")
MAX_NAME = 20


class RowError(ValueError):
    """A row of a table file is wrong: ``line`` (1-based, header = 1), ``field``, a
    ``problem`` code and the ``value`` found; messages/ turns it into a sentence."""

    def __init__(self, line: int, field: str, problem: str, value: object = None) -> None:
        super().__init__(f"line {line}, {field}: {problem} ({value!r})")
        self.line = line
        self.field = field
        self.problem = problem
        self.value = value


class RosterError(RowError):
    """A staff-roster row is wrong; see :func:`messages.roster.roster_error`."""


@dataclass(frozen=True)
class RosterEntry:
    name: str
    department: str | None
    hire_date: date | None
    role: Role
    username: str | None
    post: Level | None = None  # 局长, or the head (股室负责人) of their own department
    supervises: tuple[str, ...] = ()  # departments this leader 分管


def parse_roster(rows: Sequence[Sequence[object]]) -> list[RosterEntry]:
    """Rows of cells (header first) → entries. Raises :class:`RosterError`."""
    if not rows:
        raise RosterError(1, "header", "empty")
    columns = _columns(rows[0])
    entries: list[RosterEntry] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(rows[1:], start=2):
        cells = [cell_text(c) for c in row]
        if not any(cells):
            continue
        entry = _entry(index, cells, columns)
        if entry.name in seen:
            raise RosterError(index, "name", "duplicate", (entry.name, seen[entry.name]))
        seen[entry.name] = index
        entries.append(entry)
    return entries


def _columns(header: Sequence[object]) -> dict[str, int]:
    names = [cell_text(c).lower().replace(" ", "") for c in header]
    found: dict[str, int] = {}
    for key, aliases in _HEADERS.items():
        for position, name in enumerate(names):
            if name in aliases:
                found[key] = position
                break
    if "name" not in found:
        raise RosterError(1, "header", "no_name_column")
    return found


def _entry(line: int, cells: list[str], columns: dict[str, int]) -> RosterEntry:
    def cell(key: str) -> str:
        position = columns.get(key)
        return cells[position] if position is not None and position < len(cells) else ""

    name = person_name(cell("name"))
    if not name:
        raise RosterError(line, "name", "missing")
    if len(name) > MAX_NAME:
        raise RosterError(line, "name", "too_long", MAX_NAME)
    role_text = cell("role")
    role = parse_role(role_text) if role_text else Role.MEMBER
    if role is None:
        raise RosterError(line, "role", "bad_role", role_text)
    username = cell("username") or None
    if username is not None:
        match = _USERNAME.match(username)
        if not match:
            raise RosterError(line, "username", "bad_username", username)
        username = match.group(1)
    department = cell("department") or None
    # 职务 holds many words an office uses (副局长, 科员…); only the approving posts matter.
    post = parse_level(cell("post")) if cell("post") else None
    if post == Level.SUPERVISOR:
        post = None  # 分管 is said with the departments, in 分管股室
    if post == Level.HEAD and department is None:
        raise RosterError(line, "post", "head_without_department", cell("post"))
    return RosterEntry(
        name=name,
        department=department,
        hire_date=_hire_date(line, cell("hire_date")),
        role=role,
        username=username,
        post=post,
        supervises=tuple(cell_items(cell("supervises"))),
    )


def _hire_date(line: int, text: str) -> date | None:
    if not text:
        return None
    cleaned = re.sub(r"[年月/.]", "-", text.strip()).rstrip("日号-").split(" ")[0]
    try:
        value = datetime.strptime(cleaned, "%Y-%m-%d").date()
    except ValueError:
        raise RosterError(line, "hire_date", "bad_date", text) from None
    if not date(1950, 1, 1) <= value <= date(2100, 1, 1):
        raise RosterError(line, "hire_date", "out_of_range", text)
    return value
