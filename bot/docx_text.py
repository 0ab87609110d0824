"""Turning a .docx file into the plain text the rectification parser reads.

Not pure (it opens a document), so it lives beside the features rather than in ``domain``.
Tables become one line per row with cells separated by tabs, the form the parser knows
from Word tables pasted as text; python-docx is imported on use to keep start-up light.
"""

from __future__ import annotations

import io
from typing import Any


def docx_to_text(data: bytes) -> str:
    """The document's paragraphs and tables, in order, as lines of text.

    Raises ``ValueError`` when ``data`` is not a readable .docx file, and
    :class:`bot.zipbudget.TooLarge` when it inflates beyond the budget (checked first).
    """
    from bot.zipbudget import check_zip

    check_zip(data)
    import docx  # heavy: imported only when a file arrives
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for bad files
        raise ValueError("not a .docx file") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines)


def _table_lines(table: Any) -> list[str]:
    """One line per row; a merged cell counts once, and line breaks inside a cell become
    spaces so that a row stays on one line."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat the same element
                continue
            seen.add(id(cell._tc))
            cells.append(_one_line(cell.text))
        lines.append("\t".join(cells))
    return lines


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.replace("\t", " ").splitlines() if part.strip())
