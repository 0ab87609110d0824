"""The small rules behind issue 12's conversation: answers, kinds, office start, spans."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_rules import from_office_start, is_office_span, kind_matches, yes_or_no
from bot.domain.office import OfficeHours

TZ = ZoneInfo("Asia/Shanghai")
OFFICE = OfficeHours()


def at(h: int, mi: int = 0) -> datetime:
    return datetime(2026, 11, 30, h, mi, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("是的", True),
        ("确认。", True),
        ("不是", False),
        ("取消", False),
        ("算了！", False),
        ("周五", None),
        ("", None),
        ("是不是明天", None),
    ],
)
def test_yes_or_no(text, verdict):
    assert yes_or_no(text) is verdict


def test_kind_matches():
    assert kind_matches("培训", "培训") and not kind_matches("培训", "会议")
    assert kind_matches("请假", "病假") and not kind_matches("请假", "外出")
    assert kind_matches("外出", "出差") and not kind_matches("外出", "事假")
    assert kind_matches("病假", "请假") and kind_matches(None, "会议")


def test_from_office_start():
    assert from_office_start(at(7, 50), at(15), OFFICE, TZ) == at(8, 30)
    assert from_office_start(at(9), at(15), OFFICE, TZ) == at(9)
    assert from_office_start(at(7), at(8), OFFICE, TZ) == at(7)  # over before opening


def test_is_office_span():
    assert is_office_span(at(8, 30), at(17, 30), OFFICE, TZ)
    assert is_office_span(at(14, 30), at(17, 30), OFFICE, TZ)
    assert not is_office_span(at(9), at(17, 30), OFFICE, TZ)
