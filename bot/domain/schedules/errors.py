"""The one error type schedule parsing raises, so the chat can answer with one sentence."""

from __future__ import annotations

from typing import Any

#: Every code ``ScheduleError`` may carry; ``messages.schedules`` has a sentence for each.
ERROR_CODES = (
    "empty",  # nothing was written at all
    "no_text",  # a schedule but no reminder text after it
    "bad_weekday",  # 每周八, 每周0
    "bad_time",  # 25点, 8:61, 上午15点, 下午 without an hour
    "bad_date",  # 2月30日, 13月1日, 每月32日
    "bad_cron",  # a cron expression APScheduler rejects, or one that never fires
    "bad_season",  # 4月至13月, or a season on a one-off / cron schedule
    "in_past",  # a one-off whose moment has already gone
    "unknown",  # no schedule recognised at the start of the text
    "invalid",  # a stored/constructed Schedule that is inconsistent (a bug, not user input)
)


class ScheduleError(ValueError):
    """A schedule the bot cannot accept.

    ``code`` picks the sentence shown to the person and ``detail`` fills it in (the offending
    token, hour, date…), so wording lives in ``messages`` and never in the domain.
    """

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail: dict[str, Any] = detail
