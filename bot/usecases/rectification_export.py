"""The 整改台账 (xlsx) and the 整改进展情况报告 draft (docx), for ``/export 台账|报告``
and ``bureau-bot export rectification``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.domain.ledger import LedgerItem, LedgerUpdate
from bot.domain.rectification import Status
from bot.services import Services
from bot.usecases.attendance import ExportError, write_file
from messages import rectification_export as text
from storage.rectification import ProgressUpdate


@dataclass(frozen=True)
class RectificationExport:
    data: bytes
    file_name: str
    items: int
    updates: int


async def ledger_items(svc: Services) -> list[LedgerItem]:
    """Every item with its measures and updates (newest first), in three reads."""
    r = svc.rectification
    items = await r.all()
    measures = await r.all_measures()
    updates = await r.all_updates()
    return [
        LedgerItem(
            number=item.number,
            title=item.title,
            area=item.area,
            category_no=item.category_no,
            category=item.category,
            measures=tuple(m.text for m in measures.get(item.id, [])),
            leader=item.leader_name or "",
            owner=item.owner_name or item.owner_unit or "",
            deadline=item.deadline_text
            or (item.deadline.isoformat() if item.deadline else "")
            or "",
            status=item.status,
            closed_on=item.closed_at.astimezone(svc.tz).date()
            if item.closed_at and item.status == Status.CLOSED
            else None,
            report_progress=item.report_progress,
            updates=tuple(_update(svc, u) for u in updates.get(item.id, [])),
        )
        for item in items
    ]


def _update(svc: Services, update: ProgressUpdate) -> LedgerUpdate:
    return LedgerUpdate(
        update.at.astimezone(svc.tz),
        update.author_name or "",
        update.text,
        tuple(text.file_word(e.kind, e.file_name) for e in update.evidence),
    )


async def build(svc: Services, kind: str) -> RectificationExport:
    """``kind`` is "xlsx" (台账) or "docx" (报告)."""
    from bot.rectification_docs import write_ledger, write_report

    items = await ledger_items(svc)
    if not items:
        raise ExportError(text.CLI_NOT_IMPORTED)
    today = svc.now().date()
    updates = sum(len(i.updates) for i in items)
    if kind == "xlsx":
        return RectificationExport(
            write_ledger(items, today), text.ledger_file_name(today), len(items), updates
        )
    return RectificationExport(
        write_report(items, today), text.report_file_name(today), len(items), updates
    )


def check_out(out: Path) -> str:
    """The document the file name asks for ("xlsx" or "docx"); else a usage error (exit 2)."""
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "docx"):
        raise ExportError(text.cli_bad_suffix(str(out)), 2)
    return kind


async def export_to_file(settings: Any, out: Path) -> str:
    """``bureau-bot export rectification --out PATH``: the extension picks the document."""
    from bot.clock import SystemClock
    from bot.services import open_services

    kind = check_out(out)
    svc = await open_services(settings, SystemClock())
    try:
        result = await build(svc, kind)
    finally:
        await svc.db.close()
    write_file(out, result.data)
    return text.cli_written(str(out), result.items, result.updates)
