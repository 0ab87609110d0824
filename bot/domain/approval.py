"""Who approves a leave request (请假审批): the office's rule, as pure logic.

The configuration says which kinds need approval and, by length in working days, which post
approves (股室负责人 → 分管领导 → 局长). The rule climbs one level when the post is empty,
held by the person asking (or the one on leave), or by someone away that day; a member
without a department goes to any leader below the 局长's tier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.absence_rules import LEAVE_KINDS


class Level(StrEnum):
    """The posts that approve, lowest first; ``leader`` is the fallback (any leader)."""

    HEAD = "股室负责人"
    SUPERVISOR = "分管领导"
    CHIEF = "局长"
    LEADER = "领导"


LADDER: tuple[Level, ...] = (Level.HEAD, Level.SUPERVISOR, Level.CHIEF)


class ApprovalStatus(StrEnum):
    PENDING = "待审批"
    APPROVED = "已批准"
    REJECTED = "未批准"
    WITHDRAWN = "已撤销"  # the absence was cancelled while the request waited
    SUPERSEDED = "已失效"  # the period changed: a new request replaced this one


# A request in one of these is the absence's current word on approval.
LIVE_STATUSES: tuple[ApprovalStatus, ...] = (
    ApprovalStatus.PENDING,
    ApprovalStatus.APPROVED,
    ApprovalStatus.REJECTED,
)

# The leave kinds; 外出 出差 公出 培训 会议 晚到 早退 are 报备 only and never in it by default.
DEFAULT_KINDS: tuple[str, ...] = LEAVE_KINDS


@dataclass(frozen=True)
class Tier:
    """Requests up to ``max_days`` working days (None: any length) go to ``level``."""

    max_days: float | None
    level: Level


@dataclass(frozen=True)
class Org:
    """Who holds each post for one member's request (member ids; None when vacant)."""

    department: str | None
    head: int | None
    supervisor: int | None
    chief: int | None
    leaders: tuple[int, ...] = ()  # every leader, for the no-department fallback

    def holder(self, level: Level) -> int | None:
        posts = {Level.HEAD: self.head, Level.SUPERVISOR: self.supervisor, Level.CHIEF: self.chief}
        return posts.get(level)


@dataclass(frozen=True)
class Choice:
    approver_id: int
    level: Level


def tier_for(days: float, tiers: Sequence[Tier]) -> Level:
    """The level the configured table names for a request of ``days`` working days."""
    for tier in tiers:
        if tier.max_days is None or days <= tier.max_days:
            return tier.level
    return tiers[-1].level if tiers else Level.CHIEF


def choose_approver(
    days: float,
    tiers: Sequence[Tier],
    org: Org,
    *,
    subject_id: int,
    reporter_id: int | None,
    away: frozenset[int] = frozenset(),
) -> Choice | None:
    """The approver for a request, or None when nobody at all can approve it."""
    barred = {subject_id, reporter_id} | set(away)

    def usable(member_id: int | None) -> bool:
        return member_id is not None and member_id not in barred

    start = tier_for(days, tiers)
    if org.department is None and start != Level.CHIEF:
        for leader in sorted(org.leaders):
            if usable(leader):
                return Choice(leader, Level.LEADER)
    for level in LADDER[LADDER.index(start) if start in LADDER else 0 :]:
        holder = org.holder(level)
        if usable(holder):
            assert holder is not None
            return Choice(holder, level)
    for leader in sorted(org.leaders):
        if usable(leader):
            return Choice(leader, Level.LEADER)
    return None


def may_decide(
    member_id: int, is_admin: bool, approver_id: int | None, level: Level, org: Org
) -> bool:
    """The designated approver, anyone holding a post above theirs, or an admin."""
    if is_admin or member_id == approver_id:
        return True
    above = LADDER[LADDER.index(level) + 1 :] if level in LADDER else (Level.CHIEF,)
    return any(org.holder(post) == member_id for post in above)


def parse_level(word: str) -> Level | None:
    """``股室负责人``/``股长`` → HEAD, ``分管领导``/``分管`` → SUPERVISOR, ``局长`` → CHIEF."""
    return _LEVEL_WORDS.get(word.strip())


_LEVEL_WORDS = {
    "股室负责人": Level.HEAD,
    "部门负责人": Level.HEAD,
    "负责人": Level.HEAD,
    "股长": Level.HEAD,
    "科长": Level.HEAD,
    "主任": Level.HEAD,
    "head": Level.HEAD,
    "分管领导": Level.SUPERVISOR,
    "分管": Level.SUPERVISOR,
    "supervisor": Level.SUPERVISOR,
    "局长": Level.CHIEF,
    "chief": Level.CHIEF,
}
