"""Feature modules, in the order their handlers are registered (gate first)."""

from __future__ import annotations

from bot.features import (
    absences,
    approval,
    attendance_export,
    basics,
    digest,
    duty,
    gate,
    holidays,
    members,
    notes,
    rectification,
    rectification_export,
    reminders,
    whosout,
    whosout_week,
)
from bot.features.registry import Feature

FEATURES: list[Feature] = [
    gate.FEATURE,
    basics.FEATURE,
    members.FEATURE,
    absences.FEATURE,
    approval.FEATURE,
    whosout.FEATURE,
    holidays.FEATURE,
    whosout_week.FEATURE,
    rectification.FEATURE,
    rectification_export.FEATURE,
    reminders.FEATURE,
    duty.FEATURE,
    notes.FEATURE,
    attendance_export.FEATURE,
    digest.FEATURE,
]
