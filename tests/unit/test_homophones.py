"""Homophone slips of key words (issue 11): read as a question, never recorded, and never
a change to a reading the rules already make."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain import absence_reader as ar
from bot.domain.absence_reader import read_report
from bot.domain.reader.homophones import corrected, table
from tests.conftest import TZ

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=TZ)  # a Monday


def at(d: int, h: int, mi: int = 0) -> datetime:
    return (
        datetime(2026, 12, d, h, mi, tzinfo=TZ)
        if d < 30
        else datetime(2026, 11, d, h, mi, tzinfo=TZ)
    )


def rules(text: str) -> ar.Report:
    return ar._read_message(text, NOW, ar._DEFAULT_OFFICE, None)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("明天上午婚家", "婚假", at(1, 8, 30), at(1, 12)),  # 婚假
        ("下周二病家一天", "病假", at(8, 8, 30), at(8, 17, 30)),  # 病假
        ("明天事家一天", "事假", at(1, 8, 30), at(1, 17, 30)),  # 事假
        ("我下周一丧家三天", "丧假", at(7, 8, 30), at(9, 17, 30)),  # 丧假
        ("明天一天年家", "年假", at(1, 8, 30), at(1, 17, 30)),  # 年假
        ("我今天碗到半小时", "晚到", at(30, 8, 30), at(30, 9)),  # 晚到
        # three-character statutory kinds count calendar days
        ("12月7日起休探亲家20天", "探亲假", at(7, 8, 30), at(26, 17, 30)),  # 探亲假
    ],
)
def test_a_slipped_key_word_is_read_as_a_question(text, kind, start, end):
    assert not rules(text).is_report  # the rules alone are silent on it
    found = read_report(text, NOW)
    assert (found.is_report, found.ask, found.action) == (True, True, "new")
    assert (found.kind, found.start, found.end) == (kind, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "这是假的",  # 是 is never offered as a slip of 事
        "这是假的，明天别信",
        "今天修加固工程",  # 修加 is no 休假: 加 is never offered as a slip
        "他家明天有事",
        "明天去家里看看",
        "回家了",
        "虚情假意",  # no time expression for a guess to stand on
        "元旦想放个小假",
        "明天请家人来帮忙",  # 家人 is a word: no 请假
        "商场年底销价处理家电",  # 价 is never offered as a slip
        "",
        "请" * 400,
    ],
)
def test_contrasts_stay_silent(text):
    assert not read_report(text, NOW).is_report


@pytest.mark.parametrize("text", ["我明天请假", "明天下午请假半天，孩子家长会", "王工明天请假"])
def test_a_reading_the_rules_make_is_never_changed(text):
    assert read_report(text, NOW) == ar.gated(rules(text), text)
    assert read_report(text, NOW, second_opinion=False) == rules(text)


def test_corrected_rewrites_only_homophones_that_are_not_the_word():
    assert corrected("明天情假，后天出柴") == "明天请假，后天出差"
    assert corrected("明天请假") is None  # the key word itself is no slip
    assert corrected("好的收到") is None  # no candidate character: the cheap gate
    assert len(corrected("下周二病家一天") or "") == len("下周二病家一天")


def test_the_table_loads_from_the_package():
    found = table()
    assert {"请假", "事假", "病假", "出差", "培训", "下午", "明天", "晚到"} <= set(found)
    for word, sets in found.items():
        assert len(sets) == len(word)
        assert all(chars[0] == c for chars, c in zip(sets, word, strict=True))  # own first
    assert "情" in found["请假"][0] and "家" in found["请假"][1]
    assert "是" not in found["事假"][0]
