"""Writing .xlsx workbooks: Chinese headers, fitted column widths, a frozen header row and
an optional totals row; for sheets meant for paper, a title row, wrapped text, shaded
columns, lines under the table (signatures) and A4 landscape fit-to-width. openpyxl is
imported here, when a workbook is made, not at start-up."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
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
    heading: str | None = None  # a merged title row above the header
    wrap: bool = False  # body cells wrap and align to the top (long texts stay readable)
    landscape: bool = False  # print on A4 landscape, every column on one page's width
    shaded: frozenset[int] = frozenset()  # 0-based columns greyed (weekends, holidays)
    centred: frozenset[int] = frozenset()  # 0-based columns centred (marks, numbers)
    below: Sequence[str] = ()  # lines under the table: legend, signatures


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


def _excel_value(value: Any) -> Any:
    # Excel has no time zones; people read office-local wall time.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def write_workbook(sheets: Sequence[Sheet]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        _write_sheet(book.create_sheet(spec.title[:31]), spec)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_sheet(ws: Any, spec: Sheet) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    shade_fill = PatternFill("solid", fgColor="D9D9D9")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top_left = Alignment(vertical="top", wrap_text=True)
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    columns = len(spec.headers)
    if spec.heading is not None:
        ws.append([spec.heading])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(columns, 1))
        ws.cell(1, 1).font = Font(bold=True, size=16)
        ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 30
    header_row = ws.max_row + 1 if spec.heading is not None else 1
    ws.append(list(spec.headers))
    for cell in ws[header_row]:
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = centre
    widths = [display_width(h) for h in spec.headers]
    for row in spec.rows:
        ws.append([_excel_value(v) for v in row])
        if spec.widths is None:
            for i, value in enumerate(row[: len(widths)]):
                widths[i] = max(widths[i], display_width(value))
    if spec.totals is not None:
        ws.append([_excel_value(v) for v in spec.totals])
        for cell in ws[ws.max_row]:
            cell.font = bold
            cell.fill = total_fill
    last_row = ws.max_row
    for column, number_format in spec.formats.items():
        for (cell,) in ws.iter_rows(
            min_row=header_row + 1, max_row=last_row, min_col=column + 1, max_col=column + 1
        ):
            cell.number_format = number_format
    if spec.wrap or spec.shaded or spec.centred or spec.landscape:
        for cells in ws.iter_rows(min_row=header_row, max_row=last_row, max_col=columns):
            for cell in cells:
                column = cell.column - 1
                cell.border = grid
                if cell.row == header_row:
                    continue
                if column in spec.shaded:
                    cell.fill = shade_fill
                if column in spec.centred:
                    cell.alignment = centre
                elif spec.wrap:
                    cell.alignment = top_left
    for i, width in enumerate(widths if spec.widths is None else spec.widths):
        fitted = min(max(width + 2, 6), MAX_WIDTH) if spec.widths is None else width
        ws.column_dimensions[get_column_letter(i + 1)].width = fitted
    total_width = sum(ws.column_dimensions[get_column_letter(i + 1)].width for i in range(columns))
    for line in spec.below:
        ws.append([])
        ws.append([line])
        row = ws.max_row
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(columns, 1))
        ws.cell(row, 1).alignment = Alignment(vertical="top", wrap_text=True)
        lines = -(-display_width(line) // max(int(total_width), 1))  # ceiling
        ws.row_dimensions[row].height = 16 * max(lines, 1)
    ws.freeze_panes = spec.freeze
    ws.row_dimensions[header_row].height = 32
    if spec.landscape:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as it takes
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4


DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HALF_DAYS = "0.0"
