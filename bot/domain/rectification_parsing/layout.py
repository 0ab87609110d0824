"""What every layout reader (headings, table) hands back, and how it becomes areas.

Readers only say, per problem, which 方面 and 大类 headings it sat under; numbering checks
and grouping are the same whatever the layout, so they live here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from bot.domain.rectification_parsing.models import (
    ImportWarning,
    ParsedArea,
    ParsedCategory,
    ParsedItem,
)

_MAX_LISTED_GAPS = 20


@dataclass(frozen=True)
class Group:
    """A heading a problem sits under; ``key`` tells two headings with one title apart."""

    key: int
    title: str
    no: int | None = None


@dataclass
class Entry:
    """A problem as a reader found it, with the document's own number."""

    item: ParsedItem
    area: Group | None = None
    category: Group | None = None


@dataclass
class Layout:
    """A reader's result: the problems in order, and where the first one starts."""

    entries: list[Entry]
    first_item_line: int
    structured: bool  # a table or 问题N： labels: the layout itself says these are problems
    warnings: list[ImportWarning] = field(default_factory=list)


def assemble(entries: list[Entry]) -> tuple[list[ParsedArea], list[ImportWarning]]:
    """Group consecutive entries into areas and categories, and settle the numbering."""
    warnings = _number_items([e.item for e in entries])
    category_numbers = _category_numbers(entries)
    areas: list[ParsedArea] = []
    last_area: object = object()
    last_category: object = object()
    for entry in entries:
        area_key = entry.area.key if entry.area else None
        category_key = entry.category.key if entry.category else None
        if not areas or area_key != last_area:
            areas.append(ParsedArea(entry.area.title if entry.area else None, []))
            last_area, last_category = area_key, object()
        categories = areas[-1].categories
        if not categories or category_key != last_category:
            title = entry.category.title if entry.category else None
            no = category_numbers.get(category_key) if category_key is not None else None
            categories.append(ParsedCategory(no, title, []))
            last_category = category_key
        categories[-1].items.append(entry.item)
    return areas, warnings


def _number_items(items: list[ParsedItem]) -> list[ImportWarning]:
    """Keep the document's numbers when they only rise; else number 1..N and say so.

    Numbers are how a revised report updates items, so they must be unique; a document that
    restarts at 1 in every category cannot keep its own.
    """
    numbers = [item.no for item in items]
    if numbers == list(range(1, len(numbers) + 1)):
        return []
    if all(a < b for a, b in pairwise(numbers)) and numbers[0] >= 1:
        missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        return [ImportWarning("numbering_gap", {"missing": missing[:_MAX_LISTED_GAPS]})]
    for running, item in enumerate(items, start=1):
        item.no = running
    return [ImportWarning("renumbered", {"count": len(items)})]


def _category_numbers(entries: list[Entry]) -> dict[int, int | None]:
    """Category numbers as printed, or 1..N when the document restarts them per area."""
    seen: dict[int, int | None] = {}
    for entry in entries:
        if entry.category is not None and entry.category.key not in seen:
            seen[entry.category.key] = entry.category.no
    numbers = [n for n in seen.values() if n is not None]
    rising = len(numbers) == len(seen) and all(a < b for a, b in pairwise(numbers))
    if rising:
        return seen
    return {key: running for running, key in enumerate(seen, start=1)}
