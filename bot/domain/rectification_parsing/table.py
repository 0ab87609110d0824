"""Reading a Word table pasted as text: cells split by tabs or ``|``, one row a line.

Word puts a cell's own line breaks into the pasted text, so a tab-separated row may span
several lines; rows are rebuilt by counting cells against the header. A line without
separators between rows is a group heading ("一、思想认识方面").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.rectification_parsing.deadlines import deadline_date, status_hint
from bot.domain.rectification_parsing.enumeration import split_enumerated
from bot.domain.rectification_parsing.layout import Entry, Group, Layout
from bot.domain.rectification_parsing.markers import read_marker
from bot.domain.rectification_parsing.models import ParsedItem
from bot.domain.rectification_parsing.outline import heading_title
from bot.domain.rectification_parsing.text import cn_to_int
from bot.domain.rectification_parsing.wording import is_area_title

# Checked in order: "问题类别" is a category before it is a problem, "整改措施" before "情况".
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("no", re.compile(r"^(?:序号|编号|序)$")),
    ("category", re.compile(r"类别|类型|方面|领域|分类")),
    ("measures", re.compile(r"措施|举措")),
    ("title", re.compile(r"问题")),
    ("leader", re.compile(r"责任领导|牵头领导|分管领导")),
    ("owner_unit", re.compile(r"单位|部门|股室|科室")),
    ("owner", re.compile(r"责任人|经办人")),
    ("deadline", re.compile(r"时限|期限|完成时间|整改时间")),
    ("status", re.compile(r"状态")),
    ("progress", re.compile(r"情况|进展|进度|成效|结果")),
)
_SEPARATOR_ROW = re.compile(r"^[\s|:：\-—=+]+$")


@dataclass
class _Columns:
    separator: str
    names: list[str | None]


def read_table(lines: list[str]) -> Layout | None:
    """The problems in a pasted table, or ``None`` when no problem table is found."""
    for index, line in enumerate(lines):
        columns = _header(line)
        if columns is not None:
            entries = _entries(lines[index + 1 :], columns)
            return Layout(entries, index, structured=True) if entries else None
    return None


def _cells(line: str, separator: str) -> list[str]:
    text = line.strip(" ")
    if separator == "|":
        text = text.strip("|")
    return [cell.strip(" \t") for cell in text.split(separator)]


def _header(line: str) -> _Columns | None:
    """The column meanings when ``line`` is a header with a problem and a measures column."""
    separator = "|" if "|" in line else "\t" if "\t" in line else None
    if separator is None:
        return None
    cells = _cells(line, separator)
    if len(cells) < 3 or any(len(cell) > 12 for cell in cells):
        return None
    names = [_column(cell) for cell in cells]
    if "title" in names and "measures" in names:
        return _Columns(separator, names)
    return None


def _column(cell: str) -> str | None:
    return next((name for name, pattern in _COLUMNS if pattern.search(cell)), None)


def _rows(lines: list[str], columns: _Columns) -> list[list[str] | str]:
    """Rows of cells, and heading lines (as plain strings) between them."""
    out: list[list[str] | str] = []
    pending: list[list[str]] = []  # cells as their lines, joined once the row is complete
    width = len(columns.names)
    for line in lines:
        if columns.separator not in line:
            if pending:
                pending[-1].append(line.strip(" \t"))
            else:
                out.append(line.strip(" \t"))
            continue
        if _SEPARATOR_ROW.match(line) or _header(line) is not None:
            continue
        cells = _cells(line, columns.separator)
        if pending and columns.separator == "\t":
            pending[-1].append(cells[0])
            pending.extend([cell] for cell in cells[1:])
        else:
            pending = [[cell] for cell in cells]
        if columns.separator == "|" or len(pending) >= width:
            out.append(["\n".join(parts) for parts in pending])
            pending = []
    if pending:
        out.append(["\n".join(parts) for parts in pending])
    return out


def _entries(lines: list[str], columns: _Columns) -> list[Entry]:
    area: Group | None = None
    category: Group | None = None
    entries: list[Entry] = []
    for position, row in enumerate(_rows(lines, columns)):
        if isinstance(row, str):
            area, category = _regroup(row, position, area, category)
            continue
        filled = [cell for cell in row if cell]
        cells = dict(zip(columns.names, row, strict=False))
        if len(filled) == 1 and not cells.get("title"):
            area, category = _regroup(filled[0], position, area, category)
            continue
        if cells.get("category"):
            area, category = _regroup(cells["category"] or "", position, area, category)
        item = _item(cells, len(entries) + 1)
        if item is not None:
            entries.append(Entry(item, area, category))
    return entries


def _regroup(
    text: str, key: int, area: Group | None, category: Group | None
) -> tuple[Group | None, Group | None]:
    """A heading row or category cell: a 方面 starts an area, anything else a category."""
    marker = read_marker(text)
    title = heading_title(marker.rest if marker else text)
    if not title:
        return area, category
    if is_area_title(title):
        if area is not None and area.title == title:
            return area, category
        return Group(key, title), None
    if category is not None and category.title == title:
        return area, category
    return area, Group(key, title, marker.ordinal if marker else None)


def _item(cells: dict[str | None, str], running: int) -> ParsedItem | None:
    title = _one_line(cells.get("title") or "")
    if not title:
        return None
    number = cn_to_int((cells.get("no") or "").strip("．.、 "))
    deadline = _one_line(cells.get("deadline") or "") or None
    progress = _one_line(cells.get("progress") or "") or None
    hint = status_hint(deadline, cells.get("status") or progress)
    return ParsedItem(
        no=number or running,
        title=title.rstrip("。；;"),
        measures=_measures(cells.get("measures") or ""),
        owner_unit=_one_line(cells.get("owner_unit") or "") or None,
        owner=_one_line(cells.get("owner") or "") or None,
        deadline=deadline,
        deadline_date=deadline_date(deadline),
        progress=progress,
        status_hint=hint,
        leader=_one_line(cells.get("leader") or "") or None,
    )


def _measures(cell: str) -> list[str]:
    _, entries = split_enumerated(cell)
    parts = entries if entries else cell.split("\n")
    measures = [_one_line(part).strip("；;，,、 ") for part in parts]
    return [m for m in measures if m]


def _one_line(text: str) -> str:
    return "".join(part.strip(" \t") for part in text.split("\n"))
