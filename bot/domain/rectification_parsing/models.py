"""The values a rectification report parses into.

Plain dataclasses so storage, the command line and tests can all read them without knowing
how the text was laid out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class ParsedItem:
    """One problem (整改问题) with its measures (整改措施) and whatever fields the text gave.

    ``deadline`` keeps the document's wording because leaders recognise it; ``deadline_date``
    is the day it means when that is clear (2023年12月底 → 2023-12-31), else ``None``.
    """

    no: int
    title: str
    measures: list[str]
    owner_unit: str | None = None
    owner: str | None = None
    deadline: str | None = None
    deadline_date: date | None = None
    progress: str | None = None
    status_hint: str | None = None
    leader: str | None = None
    description: str | None = None


@dataclass
class ParsedCategory:
    """A 大类; ``no`` and ``title`` are ``None`` when the document has no such level."""

    no: int | None
    title: str | None
    items: list[ParsedItem]


@dataclass
class ParsedArea:
    """A 方面; ``title`` is ``None`` when the document has no such level."""

    title: str | None
    categories: list[ParsedCategory]


@dataclass
class ImportWarning:
    """Something a person should check; ``messages.rectification_import`` words it."""

    code: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class ParsedReport:
    """The whole report: the total it states, its areas in order, and the warnings."""

    stated_total: int | None
    areas: list[ParsedArea]
    warnings: list[ImportWarning] = field(default_factory=list)

    def items(self) -> list[ParsedItem]:
        """Every item, flat and in document order."""
        return [item for area in self.areas for cat in area.categories for item in cat.items]

    def to_json(self) -> dict[str, Any]:
        """The shape ``bureau-bot import-rectification --json`` prints (a stable contract)."""
        return {
            "stated_total": self.stated_total,
            "areas": [
                {
                    "title": area.title,
                    "categories": [
                        {
                            "no": cat.no,
                            "title": cat.title,
                            "items": [_item_json(item) for item in cat.items],
                        }
                        for cat in area.categories
                    ],
                }
                for area in self.areas
            ],
        }


def _item_json(item: ParsedItem) -> dict[str, Any]:
    return {"no": item.no, "title": item.title, "measures": list(item.measures)}


class NotAReportError(ValueError):
    """The text cannot be imported; ``code`` is ``empty``, ``no_items`` or ``too_large``."""

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(message or code)
        self.code = code
