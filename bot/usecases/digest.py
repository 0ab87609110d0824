"""The weekly rectification digest's figures, text and chart, for the weekly post,
``/digest`` and ``bureau-bot digest``."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.charts import Chart, render_digest_chart
from bot.domain.absence_rules import DUTY_KINDS, LEAVE_KINDS, PARTIAL_KINDS
from bot.domain.digest import (
    Digest,
    IsoWeek,
    WeekError,
    build_digest,
    cutoff,
    parse_week,
)
from bot.services import Services
from messages import digest as text

log = logging.getLogger(__name__)


async def build(svc: Services, week: IsoWeek, now: datetime) -> Digest:
    """The digest of ``week`` as it stands at ``now`` (at its end, once the week is past)."""
    repo = svc.digest
    start, end = week.start(svc.tz), week.end(svc.tz)
    limit = cutoff(week, now, svc.tz)
    return build_digest(
        week,
        now,
        svc.tz,
        await repo.items(),
        await repo.status_changes(limit),
        await repo.updates(start, limit),
        await repo.last_update_before(limit),
        await repo.attendance(start, end, LEAVE_KINDS, DUTY_KINDS, PARTIAL_KINDS),
        stalled_days=svc.settings.rectification.stalled_days,
        upcoming_days=svc.settings.digest.upcoming_days,
        trend_weeks=svc.settings.digest.trend_weeks,
    )


async def chart_for(digest: Digest) -> Chart | None:
    """The chart, drawn off the event loop; None without items or when drawing fails (the
    text still goes out)."""
    if digest.snapshot.total == 0:
        return None
    try:
        return await asyncio.to_thread(render_digest_chart, digest)
    except Exception:
        log.exception("the digest chart for %s could not be drawn", digest.week.label)
        return None


# ---------------------------------------------------------------------- command line
class DigestCliError(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class CliResult:
    stdout: str
    stderr: str = ""


async def digest_cli(
    settings: Any,
    week_text: str | None,
    *,
    as_json: bool,
    png: Path | None,
    now: datetime | None = None,
) -> CliResult:
    """``bureau-bot digest [--week W] [--json] [--png PATH]``: what to print."""
    from bot.clock import ShiftedClock, SystemClock
    from bot.services import open_services
    from messages.html import plain

    svc = await open_services(settings, ShiftedClock(now) if now else SystemClock())
    try:
        try:
            week = parse_week(week_text or "", svc.now().date())
        except WeekError as exc:
            raise DigestCliError(text.cli_bad_week(exc.code, exc.value), 2) from None
        digest = await build(svc, week, svc.now())
    finally:
        await svc.db.close()
    note = ""
    data = digest.to_json()
    if png is not None:
        chart = await chart_for(digest)
        if chart is None:
            note = text.cli_png_skipped()
        else:
            try:
                await asyncio.to_thread(_write, png, chart.png)
            except OSError as exc:
                raise DigestCliError(
                    text.cli_cannot_write(str(png), exc.strerror or str(exc))
                ) from None
            note = text.cli_png_written(str(png), chart.cjk)
            data["chart"] = {"path": str(png), "cjk_font": chart.cjk, "areas": chart.areas}
    if as_json:
        return CliResult(json.dumps(data, ensure_ascii=False, indent=1), note)
    body = "\n\n".join(plain(m) for m in text.render(digest))
    return CliResult(body + (f"\n\n{note}" if note else ""))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
