"""Writing .xlsx workbooks: Chinese headers, fitted column widths, a frozen header row and
an optional totals row. openpyxl is imported here, when a workbook is made, not at start-up."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

MAX_WIDTH = 60


@dataclass
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    totals: Sequence[Any] | None = None
    freeze: str = "A2"  # the cell below and right of what stays put
    widths: Sequence[float] | None = None  # None: fitted to the content
    formats: dict[int, str] = field(default_factory=dict)  # 0-based column → number format


def display_width(value: Any) -> int:
    """Characters as a spreadsheet shows them: a Chinese character is two wide."""
    text = _shown(value)
    longest = max(text.splitlines() or [""], key=len)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 cannot hold these
_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r", "\n")


def _excel_value(value: Any) -> Any:
    # Excel has no time zones; people read office-local wall time.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        return _ILLEGAL.sub(" ", value)
    return value


def _as_text(cells: Iterable[Any]) -> None:
    """Text that Excel or WPS would read as a formula (= + - @, a leading control character:
    a name like ``=HYPERLINK(…)`` or a report starting with "=") is stored as text, with the
    quote prefix that keeps it text when someone edits the cell."""
    for cell in cells:
        value = cell.value
        if isinstance(value, str) and value.startswith(_FORMULA_LEAD):
            cell.data_type = "s"
            cell.quotePrefix = True


def write_workbook(sheets: Sequence[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for spec in sheets:
        ws = book.create_sheet(spec.title[:31])
        ws.append([_excel_value(h) for h in spec.headers])
        _as_text(ws[1])
        for cell in ws[1]:
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = centre
        widths = [display_width(h) for h in spec.headers]
        for row in spec.rows:
            ws.append([_excel_value(v) for v in row])
            _as_text(ws[ws.max_row])
            if spec.widths is None:
                for i, value in enumerate(row[: len(widths)]):
                    widths[i] = max(widths[i], display_width(value))
        if spec.totals is not None:
            ws.append([_excel_value(v) for v in spec.totals])
            _as_text(ws[ws.max_row])
            for cell in ws[ws.max_row]:
                cell.font = bold
                cell.fill = total_fill
        for column, number_format in spec.formats.items():
            for (cell,) in ws.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                cell.number_format = number_format
        for i, width in enumerate(spec.widths or widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = min(max(width + 2, 6), MAX_WIDTH)
        ws.freeze_panes = spec.freeze
        ws.row_dimensions[1].height = 32
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HALF_DAYS = "0.0"
