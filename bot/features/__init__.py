"""Feature modules, in the order their handlers are registered (gate first)."""

from __future__ import annotations

from bot.features import absences, basics, gate, members, whosout
from bot.features.registry import Feature

FEATURES: list[Feature] = [
    gate.FEATURE,
    basics.FEATURE,
    members.FEATURE,
    absences.FEATURE,
    whosout.FEATURE,
]
