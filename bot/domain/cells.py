"""One reading of a spreadsheet or CSV cell, for every file the bureau imports.

Office sheets pad two-character names with an ideographic space to line them up with
three-character ones ("张　三"); the member roster and the duty roster must read such a cell
as the same person, so both use these functions and no other.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_SPACES = re.compile(r"[\s\u3000\u00a0\u2000-\u200b\ufeff]+")
_NAME_SEPARATORS = re.compile(r"[、,，;；/／]+")
_CJK = re.compile(r"^[\u3400-\u9fff]$")


def cell_text(value: object) -> str:
    """A cell as text: dates as ISO days, every kind of space folded into one, trimmed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _SPACES.sub(" ", str(value)).strip()


def person_names(text: str) -> list[str]:
    """The names in a cell: split on list separators and spaces, and a Chinese name padded
    with spaces ("张 三") joined again, since no Chinese name is one character long."""
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(cell_text(text)):
        pieces = [p for p in part.split(" ") if p]
        joined: list[str] = []
        for piece in pieces:
            if joined and _CJK.match(piece) and _is_fragment(joined[-1]):
                joined[-1] += piece
            else:
                joined.append(piece)
        names.extend(joined)
    return names


def cell_items(value: object) -> list[str]:
    """A cell that lists things ("工程股、水政股", "工程股 水政股") → the things, in order."""
    return [p for p in _NAME_SEPARATORS.split(cell_text(value).replace(" ", "、")) if p]


def person_name(text: str) -> str:
    """A cell that holds one person's name ("张　三" → "张三", "Li Ming" stays)."""
    names = person_names(text)
    if len(names) == 1:
        return names[0]
    if names and all(_CJK.match(n[-1]) and _CJK.match(n[0]) for n in names):
        return "".join(names)  # "欧阳 娜娜": a compound surname padded apart
    return " ".join(names)


def _is_fragment(previous: str) -> bool:
    return _CJK.match(previous) is not None
