"""Who approves a leave request: the configured table and the climb one level up."""

from __future__ import annotations

import pytest

from bot.domain.approval import (
    Choice,
    Level,
    Org,
    Tier,
    choose_approver,
    may_decide,
    parse_level,
    tier_for,
)

TIERS = [Tier(1, Level.HEAD), Tier(3, Level.SUPERVISOR), Tier(None, Level.CHIEF)]
HEAD, SUPERVISOR, CHIEF, OTHER_LEADER, MEMBER = 10, 20, 30, 40, 1
ORG = Org("工程股", HEAD, SUPERVISOR, CHIEF, leaders=(SUPERVISOR, CHIEF, OTHER_LEADER))


def choose(days: float, org: Org = ORG, **kwargs: object) -> Choice | None:
    kwargs.setdefault("subject_id", MEMBER)
    kwargs.setdefault("reporter_id", MEMBER)
    return choose_approver(days, TIERS, org, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("days", "level"),
    [
        (0.5, Level.HEAD),
        (1, Level.HEAD),
        (1.5, Level.SUPERVISOR),
        (3, Level.SUPERVISOR),
        (3.5, Level.CHIEF),
        (30, Level.CHIEF),
    ],
)
def test_length_boundaries(days: float, level: Level) -> None:
    assert tier_for(days, TIERS) == level
    holder = {Level.HEAD: HEAD, Level.SUPERVISOR: SUPERVISOR, Level.CHIEF: CHIEF}[level]
    assert choose(days) == Choice(holder, level)


def test_a_table_without_an_open_end_uses_its_last_line() -> None:
    assert tier_for(10, [Tier(1, Level.HEAD), Tier(3, Level.SUPERVISOR)]) == Level.SUPERVISOR


def test_missing_department_goes_to_any_leader_but_long_leave_still_to_the_chief() -> None:
    alone = Org(None, None, None, CHIEF, leaders=(OTHER_LEADER, CHIEF))
    assert choose(1, alone) == Choice(CHIEF, Level.LEADER)  # lowest id among the leaders
    assert choose(1, Org(None, None, None, CHIEF, leaders=(OTHER_LEADER,))) == Choice(
        OTHER_LEADER, Level.LEADER
    )
    assert choose(5, alone) == Choice(CHIEF, Level.CHIEF)


def test_vacant_post_climbs() -> None:
    no_head = Org("工程股", None, SUPERVISOR, CHIEF)
    assert choose(1, no_head) == Choice(SUPERVISOR, Level.SUPERVISOR)
    nobody = Org("工程股", None, None, None, leaders=(OTHER_LEADER,))
    assert choose(1, nobody) == Choice(OTHER_LEADER, Level.LEADER)
    assert choose(1, Org("工程股", None, None, None)) is None


def test_approver_away_that_day_climbs_one_level() -> None:
    assert choose(1, away=frozenset({HEAD})) == Choice(SUPERVISOR, Level.SUPERVISOR)
    assert choose(2, away=frozenset({SUPERVISOR})) == Choice(CHIEF, Level.CHIEF)
    everyone = frozenset({HEAD, SUPERVISOR, CHIEF})
    assert choose(1, away=everyone) == Choice(OTHER_LEADER, Level.LEADER)


def test_reporting_for_oneself_climbs() -> None:
    assert choose(1, subject_id=HEAD, reporter_id=HEAD) == Choice(SUPERVISOR, Level.SUPERVISOR)
    # nobody above the 局长: another leader (the first by id) approves his leave
    assert choose(5, subject_id=CHIEF, reporter_id=CHIEF) == Choice(SUPERVISOR, Level.LEADER)
    # the head writing the report for a member of the department does not approve it
    assert choose(1, reporter_id=HEAD) == Choice(SUPERVISOR, Level.SUPERVISOR)


def test_who_may_decide() -> None:
    assert may_decide(HEAD, False, HEAD, Level.HEAD, ORG)
    assert may_decide(SUPERVISOR, False, HEAD, Level.HEAD, ORG)  # one level up
    assert may_decide(CHIEF, False, HEAD, Level.HEAD, ORG)
    assert not may_decide(HEAD, False, SUPERVISOR, Level.SUPERVISOR, ORG)  # below
    assert not may_decide(MEMBER, False, HEAD, Level.HEAD, ORG)
    assert may_decide(MEMBER, True, HEAD, Level.HEAD, ORG)  # an admin
    assert may_decide(CHIEF, False, OTHER_LEADER, Level.LEADER, ORG)
    assert not may_decide(SUPERVISOR, False, OTHER_LEADER, Level.LEADER, ORG)


def test_post_words() -> None:
    assert parse_level("股长") == Level.HEAD
    assert parse_level(" 股室负责人 ") == Level.HEAD
    assert parse_level("分管") == Level.SUPERVISOR
    assert parse_level("局长") == Level.CHIEF
    assert parse_level("副局长") is None
    assert parse_level("") is None
