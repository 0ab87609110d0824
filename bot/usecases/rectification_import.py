"""Importing a rectification report, for the admin's file and
``bureau-bot import-rectification``."""

from __future__ import annotations

from typing import Any

from bot.domain.rectification import decode_text
from bot.domain.rectification_import import parse_rectification
from messages import rectification as text
from messages import rectification_import as import_text


def summary(report: Any, result: Any, *, dry_run: bool = False) -> str:
    return text.import_summary(
        areas=sum(1 for a in report.areas),
        categories=result.categories,
        items=len(report.items()),
        measures=result.measures,
        added=result.added,
        updated=result.updated,
        unchanged=result.unchanged,
        not_in_file=result.not_in_file,
        warnings=import_text.render_warnings(report.warnings),
        dry_run=dry_run,
    )


MAX_FILE_BYTES = 5 * 1024 * 1024


def read_report_file(data: bytes, suffix: str) -> Any:
    """A report file's bytes as a parsed report (blocking: call it in a worker thread).

    Raises :class:`TooLarge`, :class:`NotAReportError` or ``ValueError`` (unreadable)."""
    content = docx_text(data) if suffix == ".docx" else decode_text(data)
    return parse_rectification(content)


def docx_text(data: bytes) -> str:
    from bot.docx_text import docx_to_text

    return docx_to_text(data)
