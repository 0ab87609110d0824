"""The words the whole code base shares: absence statuses, and which of them count.

One place, so that a new status (or a forgotten one) cannot make two features disagree on
who is away: the duty warning once lost ``amended`` because it kept its own list.
"""

from __future__ import annotations

from enum import StrEnum


class AbsenceKind(StrEnum):
    """Every kind an absence can have (DESIGN's domain words, plus 晚到/早退 of issue 11)."""

    PERSONAL = "事假"
    SICK = "病假"
    ANNUAL = "年假"
    TIME_OFF = "调休"
    MARRIAGE = "婚假"
    MATERNITY = "产假"
    PATERNITY = "陪产假"
    BEREAVEMENT = "丧假"
    FAMILY_VISIT = "探亲假"
    NURSING = "护理假"
    LEAVE = "请假"  # leave whose kind the message did not say
    OUTING = "外出"
    TRIP = "出差"
    TRAINING = "培训"
    MEETING = "会议"
    LATE = "晚到"
    EARLY = "早退"
    RETURN = "销假"  # only as a reading's kind: the end of an open absence, never stored


class NoteCategory(StrEnum):
    """What a discipline note (作风督查记录) is about; the storage CHECK lists the same."""

    LATE = "迟到"
    EARLY = "早退"
    OFF_POST = "脱岗"
    UNREPORTED_OUTING = "未报备外出"
    WORK_DISCIPLINE = "工作纪律"
    OTHER = "其他"


class AbsenceStatus(StrEnum):
    """A stored absence's life: as reported, corrected, ended early, or withdrawn."""

    ACTIVE = "active"
    AMENDED = "amended"  # the period was corrected; the row holds the corrected period
    ENDED = "ended"  # ended early (销假); the row's end moved to when work resumed
    CANCELLED = "cancelled"  # withdrawn: it never happened


# Every status whose stored period means "away": all but a withdrawn report.
COUNTING_STATUSES: tuple[AbsenceStatus, ...] = (
    AbsenceStatus.ACTIVE,
    AbsenceStatus.ENDED,
    AbsenceStatus.AMENDED,
)
# Still running as planned (the end is the planned one, not when work resumed).
OPEN_STATUSES: tuple[AbsenceStatus, ...] = (AbsenceStatus.ACTIVE, AbsenceStatus.AMENDED)


def sql_in(statuses: tuple[AbsenceStatus, ...], column: str = "status") -> str:
    """``status IN ('active', …)`` for a fixed status set (enum values, never user text)."""
    return f"{column} IN ({', '.join(repr(str(s)) for s in statuses)})"
