"""Clocks. Everything that asks "what time is it?" asks a clock object, so tests and the
console can say "now is Friday 16:59" without sleeping or patching."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ShiftedClock:
    """Starts at a given instant and ticks on in real time (``console --now``)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the start instant must carry a time zone")
        self._start = start
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._t0)

    def set(self, instant: datetime) -> None:
        """Jump to ``instant`` and tick on from there (the console's ``时间:`` line)."""
        if instant.tzinfo is None:
            raise ValueError("the instant must carry a time zone")
        self._start = instant
        self._t0 = time.monotonic()


class ManualClock:
    """Stands still until told to move: for tests."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the start instant must carry a time zone")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("the instant must carry a time zone")
        self._now = instant

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now
