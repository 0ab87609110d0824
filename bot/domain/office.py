"""Office hours: the conventions used to turn "上午/下午/半天" into clock times.

They are configuration (``[office]`` in config.toml); this is the plain value object the pure
logic receives, so the domain never reads settings itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class OfficeHours:
    """A working day: ``day_start``–``am_end`` is 上午, ``pm_start``–``day_end`` is 下午."""

    day_start: time = time(8, 30)
    am_end: time = time(12, 0)
    pm_start: time = time(14, 30)
    day_end: time = time(17, 30)

    def __post_init__(self) -> None:
        if not (self.day_start < self.am_end <= self.pm_start < self.day_end):
            raise ValueError("office hours must satisfy day_start < am_end <= pm_start < day_end")
