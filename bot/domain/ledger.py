"""What the bureau hands upward about its rectification items: the rows of the 整改台账 and
the outline of the 整改进展情况报告 (一、area → （一）category → （N）item), with the status
counts its opening sentence states.

Pure: the items arrive as plain values; no storage, no openpyxl, no python-docx.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.domain.rectification import Status
from bot.domain.rectification_parsing.text import int_to_cn


@dataclass(frozen=True)
class LedgerUpdate:
    at: datetime  # office-local
    author: str
    text: str
    files: tuple[str, ...] = ()  # evidence as people name it: a file name or a kind word


@dataclass(frozen=True)
class LedgerItem:
    number: int
    title: str
    area: str | None
    category_no: int | None
    category: str | None
    measures: tuple[str, ...]
    leader: str
    owner: str
    deadline: str
    status: Status
    closed_on: date | None
    report_progress: str | None
    updates: tuple[LedgerUpdate, ...] = ()  # newest first

    @property
    def latest(self) -> LedgerUpdate | None:
        return self.updates[0] if self.updates else None

    @property
    def files(self) -> list[str]:
        """Every evidence file, oldest update first (the order they were handed in)."""
        return [name for update in reversed(self.updates) for name in update.files]


def measure_lines(measures: Sequence[str]) -> list[str]:
    """一是…、二是… as the seed writes them; a single measure stands without a number."""
    if len(measures) == 1:
        return [measures[0]]
    return [f"{int_to_cn(i)}是{m}" for i, m in enumerate(measures, 1)]


@dataclass
class Category:
    no: int | None
    title: str | None
    items: list[LedgerItem] = field(default_factory=list)


@dataclass
class Area:
    title: str | None
    categories: list[Category] = field(default_factory=list)


def outline(items: Iterable[LedgerItem]) -> list[Area]:
    """Areas and categories in the order their first item appears (items by number)."""
    areas: list[Area] = []
    for item in sorted(items, key=lambda i: i.number):
        if not areas or areas[-1].title != item.area:
            areas.append(Area(item.area))
        area = areas[-1]
        key = (item.category_no, item.category)
        if not area.categories or (area.categories[-1].no, area.categories[-1].title) != key:
            area.categories.append(Category(item.category_no, item.category))
        area.categories[-1].items.append(item)
    return areas


def status_counts(items: Iterable[LedgerItem]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for item in items:
        counts[item.status] += 1
    return counts


def cn_ordinal(number: int) -> str:
    """Heading numbers 一、二、…; past 99 (never in a real report) the digits."""
    return int_to_cn(number) if 1 <= number <= 99 else str(number)
