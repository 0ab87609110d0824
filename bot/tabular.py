"""Reading rows of cells from a CSV or xlsx file (the office's rosters and duty tables).

Heavy ``openpyxl`` is imported only when an xlsx file is actually read.
"""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024


class TableError(ValueError):
    """The file cannot be read as a table; ``problem`` is a short code."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}")
        self.problem = problem
        self.detail = detail


def read_rows(path: Path) -> list[list[object]]:
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
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_rows(data: bytes) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableError("bad_xlsx", str(exc)) from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
