"""Reading rows of cells from a CSV or xlsx file (the office's rosters and duty tables).

Heavy ``openpyxl`` is imported only when an xlsx file is actually read.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 100_000  # a roster or a duty table is a few hundred rows
MAX_COLUMNS = 64


class TableError(ValueError):
    """The file cannot be read as a table; ``problem`` is a short code."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}")
        self.problem = problem
        self.detail = detail


def read_rows(path: Path) -> list[list[object]]:
    """The rows of a CSV or xlsx file, within the size and row budget (:class:`TableError`)."""
    if not path.is_file():
        raise TableError("missing", str(path))
    if path.stat().st_size > MAX_BYTES:
        raise TableError("too_large", str(path))
    data = path.read_bytes()
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _xlsx_rows(data)
    if path.suffix.lower() in {".csv", ".txt", ".tsv"}:
        return _csv_rows(data)
    raise TableError("bad_type", path.suffix or path.name)


def _csv_rows(data: bytes) -> list[list[object]]:
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK by default
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise TableError("encoding")
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):  # one column, or odd quoting: plain CSV it is
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
    return _budgeted(csv.reader(io.StringIO(text), dialect))


def _budgeted(rows: Iterable[Sequence[object]]) -> list[list[object]]:
    """At most :data:`MAX_ROWS` rows of at most :data:`MAX_COLUMNS` cells, else refused."""
    out: list[list[object]] = []
    for row in rows:
        if len(out) >= MAX_ROWS:
            raise TableError("too_many_rows", str(MAX_ROWS))
        out.append(list(row[:MAX_COLUMNS]))
    return out


def _xlsx_rows(data: bytes) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook

    from bot.zipbudget import TooLarge, check_zip

    try:
        check_zip(data)
    except TooLarge as exc:
        raise TableError("too_large_unpacked", str(exc)) from None
    except ValueError as exc:
        raise TableError("bad_xlsx", str(exc)) from None
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableError("bad_xlsx", str(exc)) from None
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a forged A1:XFD1048576 must not pad every row
        return _budgeted(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
