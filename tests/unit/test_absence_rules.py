from datetime import date, datetime, timedelta

import pytest

from bot.domain.absence_rules import (
    Period,
    amendable,
    annual_entitlement,
    complete_period,
    doubt,
    merge_amendment,
    withdraw,
)
from bot.domain.office import OfficeHours
from tests.conftest import TZ

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("hired", "year", "days"),
    [
        (None, 2026, 0),
        (date(2025, 6, 1), 2026, 0),  # under a year on 1 January
        (date(2025, 1, 1), 2026, 5),  # exactly one year
        (date(2016, 1, 2), 2026, 5),  # 9 years and 364 days
        (date(2016, 1, 1), 2026, 10),
        (date(2006, 1, 2), 2026, 10),
        (date(2006, 1, 1), 2026, 15),
        (date(1990, 7, 1), 2026, 15),
    ],
)
def test_annual_entitlement_follows_the_regulation(hired, year, days):
    assert annual_entitlement(hired, year) == days


@pytest.mark.parametrize(
    ("start", "end", "days", "problem"),
    [
        (None, None, 0, "no_date"),
        (at(1, 9), None, 0, "no_date"),
        (at(1, 12), at(1, 9), 0, "end_before_start"),
        (at(1, 9), at(1, 9), 0, "end_before_start"),
        (at(1, 9), at(31, 17), 31, "too_long"),
        (at(27, 9, month=11), at(27, 17, month=11), 1, "past"),
        (at(30, 8, month=11), at(30, 9, month=11), 0.5, None),  # earlier today is fine
        (at(1, 9), at(1, 17), 1, None),
    ],
)
def test_doubtful_reports(start, end, days, problem):
    assert doubt(start, end, NOW, days, max_days=30) == problem


def test_complete_period_fills_open_ends():
    office = OfficeHours()
    assert complete_period(at(1, 14, 30), None, NOW, office) == (at(1, 14, 30), at(1, 17, 30))
    assert complete_period(at(1, 19), None, NOW, office) == (at(1, 19), at(1, 20))
    assert complete_period(None, at(30, 15, month=11), NOW, office) == (NOW, at(30, 15, month=11))
    assert complete_period(None, None, NOW, office) == (None, None)


def test_amendment_keeps_what_the_correction_leaves_open():
    old = Period(at(1, 8, 30), at(1, 17, 30))
    kind, period, reason = merge_amendment("病假", old, "发烧", "请假", at(2, 8, 30), None, None)
    assert (kind, period, reason) == ("病假", Period(at(2, 8, 30), at(2, 17, 30)), "发烧")
    kind, period, _ = merge_amendment("请假", old, None, "年假", None, at(1, 12), None)
    assert (kind, period) == ("年假", Period(at(1, 8, 30), at(1, 12)))
    # only a new first day: a leave keeps its end, a course of several days its length
    week = Period(at(7, 8, 30), at(9, 17, 30))
    _, period, _ = merge_amendment("年假", week, None, None, at(8, 8, 30), None, None)
    assert period == Period(at(8, 8, 30), at(9, 17, 30))
    _, period, _ = merge_amendment("培训", week, None, "培训", at(8, 8, 30), None, None)
    assert period == Period(at(8, 8, 30), at(10, 17, 30))


def test_withdraw_whole_edges_middle_and_elsewhere():
    three_days = Period(at(1, 8, 30), at(3, 17, 30))
    assert withdraw(three_days, None) == "all"
    assert withdraw(three_days, Period(at(1, 0), at(4, 0))) == "all"
    assert withdraw(three_days, Period(at(1, 0), at(2, 0))) == Period(at(2, 0), at(3, 17, 30))
    assert withdraw(three_days, Period(at(3, 0), at(4, 0))) == Period(at(1, 8, 30), at(3, 0))
    assert withdraw(three_days, Period(at(2, 0), at(2, 23))) == "split"
    assert withdraw(three_days, Period(at(5, 0), at(5, 0) + timedelta(hours=9))) is None


def test_an_open_maternity_leave_lasts_the_statutory_98_days():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.domain.absence_rules import complete_period
    from bot.domain.office import OfficeHours

    tz = ZoneInfo("Asia/Shanghai")
    start = datetime(2026, 12, 7, 8, 30, tzinfo=tz)
    now = datetime(2026, 11, 30, 10, 0, tzinfo=tz)
    _, end = complete_period(start, None, now, OfficeHours(), "产假")
    assert end == datetime(2027, 3, 14, 17, 30, tzinfo=tz)
    _, one_day = complete_period(start, None, now, OfficeHours(), "事假")
    assert one_day == datetime(2026, 12, 7, 17, 30, tzinfo=tz)


def test_bare_cancellations_name_a_kind_and_nothing_else_does():
    from bot.domain.absence_rules import bare_cancellation

    assert bare_cancellation("取消培训") == "培训"
    assert bare_cancellation("培训取消了。") == "培训"
    assert bare_cancellation("会不去了") == "会议"
    assert bare_cancellation("我的出差取消了") == "出差"
    assert bare_cancellation("周三的培训取消了") is None  # a day: the reader's business
    assert bare_cancellation("取消培训费报销") is None
    assert bare_cancellation("") is None


@pytest.mark.parametrize(
    ("said", "kind", "may"),
    [
        (None, "年假", True),  # 说错了，是后天上午: whatever came last
        ("年假", "事假", True),  # 明天的事假改成年假
        ("请假", "病假", True),
        ("请假", "晚到", True),  # 明天晚到改成请半天假
        ("会议", "外出", True),
        ("培训", "出差", True),
        ("会议", "年假", False),  # 省厅的会改到后天上午 is not the 年假's
        ("外出", "病假", False),
        ("年假", "培训", False),
        ("早退", "外出", False),
    ],
)
def test_a_correction_moves_only_a_record_of_its_own_family(said, kind, may):
    assert amendable(said, kind) is may
