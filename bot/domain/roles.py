"""Roles in the work group and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MEMBER = "member"
    LEADER = "leader"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_least(self, required: Role) -> bool:
        """Admins can do what leaders can, leaders what members can."""
        return self.rank >= required.rank


_RANK = {Role.MEMBER: 0, Role.LEADER: 1, Role.ADMIN: 2}

_WORDS = {
    "member": Role.MEMBER,
    "成员": Role.MEMBER,
    "职工": Role.MEMBER,
    "普通": Role.MEMBER,
    "leader": Role.LEADER,
    "领导": Role.LEADER,
    "admin": Role.ADMIN,
    "管理员": Role.ADMIN,
}


def parse_role(text: str) -> Role | None:
    """``领导``/``leader`` → Role.LEADER; None when the word is not a role."""
    return _WORDS.get(text.strip().lower())
