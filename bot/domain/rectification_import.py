"""Reading a rectification report (整改情况通报) into areas, categories, items and measures.

Pure: text in, :class:`ParsedReport` out. Reading files, saving items and wording warnings
for people happen elsewhere (``bot/docx_text.py``, storage, ``messages.rectification_import``).

Two layouts are understood: numbered headings (the seed: （一）方面 > 1.大类 > （1）问题, and
its variants with 一、 or 问题1：) and a Word table pasted as text. The internals live in
:mod:`bot.domain.rectification_parsing`.
"""

from __future__ import annotations

from bot.domain.rectification_parsing.layout import Layout, assemble
from bot.domain.rectification_parsing.markers import split_run_ons
from bot.domain.rectification_parsing.models import (
    ImportWarning,
    NotAReportError,
    ParsedArea,
    ParsedCategory,
    ParsedItem,
    ParsedReport,
)
from bot.domain.rectification_parsing.outline import read_outline
from bot.domain.rectification_parsing.stated import StatedTotals
from bot.domain.rectification_parsing.table import read_table
from bot.domain.rectification_parsing.text import clean_lines, too_large
from bot.domain.rectification_parsing.wording import is_problem_like

__all__ = [
    "ImportWarning",
    "NotAReportError",
    "ParsedArea",
    "ParsedCategory",
    "ParsedItem",
    "ParsedReport",
    "parse_rectification",
]

_PROBLEM_SHARE = 0.5  # below this, numbered lines are a notice or a plan, not problems


def parse_rectification(text: str) -> ParsedReport:
    """Parse a report; raise :class:`NotAReportError` for empty, huge or problem-free text."""
    if too_large(text):
        raise NotAReportError("too_large")
    lines = clean_lines(text)
    if not lines:
        raise NotAReportError("empty")
    layout, stated_total = _read(lines)
    areas, warnings = assemble(layout.entries)
    found = len(layout.entries)
    if stated_total is not None and stated_total != found:
        mismatch = {"stated": stated_total, "found": found}
        warnings.insert(0, ImportWarning("count_mismatch", mismatch))
    warnings.extend(
        ImportWarning("no_measures", {"no": entry.item.no})
        for entry in layout.entries
        if not entry.item.measures
    )
    return ParsedReport(stated_total, areas, [*layout.warnings, *warnings])


def _read(lines: list[str]) -> tuple[Layout, int | None]:
    """The first layout that finds problems, with the total stated before them."""
    table = read_table(lines)
    if table is not None:
        return table, StatedTotals(lines).before(table.first_item_line + 1)
    split = split_run_ons(lines)
    stated = StatedTotals(split)
    outline = read_outline(split, stated)
    if outline is None or not outline.entries or not _reads_as_report(outline):
        raise NotAReportError("no_items")
    return outline, stated.before(outline.first_item_line)


def _reads_as_report(layout: Layout) -> bool:
    """Numbered lines are problems if the layout says so or most read as shortcomings."""
    if layout.structured:
        return True
    liked = sum(is_problem_like(entry.item.title) for entry in layout.entries)
    return liked >= _PROBLEM_SHARE * len(layout.entries)
