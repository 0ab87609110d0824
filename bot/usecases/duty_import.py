"""Importing the flood-season duty roster, for the admin's file and ``bureau-bot import-duty``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.domain.duty_roster import (
    parse_duty_roster,
)
from storage.duty import DutyRepo, ImportResult
from storage.members import Member, MemberRepo


# --------------------------------------------------------------------------- import
class UnknownPeople(Exception):
    """Names in the roster that are not members: (name, line) pairs."""

    def __init__(self, names: list[tuple[str, int]]) -> None:
        super().__init__(", ".join(n for n, _ in names))
        self.names = names


async def import_duty(
    members: MemberRepo, duty: DutyRepo, rows: Sequence[Sequence[object]], now: datetime
) -> ImportResult:
    """Validate rows (header first) and replace the roster of the days they name.

    Raises ``DutyRosterError`` or :class:`UnknownPeople`; nothing is recorded then. Shared by
    ``bureau-bot import-duty`` and the file an admin sends privately.
    """
    entries = parse_duty_roster(rows, default_year=now.year)
    resolved: list[tuple[date, int, str]] = []
    unknown: list[tuple[str, int]] = []
    cache: dict[str, Member | None] = {}
    for entry in entries:
        if entry.name not in cache:
            cache[entry.name] = await members.by_real_name(entry.name) or await members.find(
                entry.name
            )
        member = cache[entry.name]
        if member is None:
            if entry.name not in [n for n, _ in unknown]:
                unknown.append((entry.name, entry.line))
            continue
        resolved.append((entry.day, member.id, entry.role))
    if unknown:
        raise UnknownPeople(unknown)
    return await duty.replace_days(resolved, now)
