"""Homophone slips of key words (issue 11): read as a question, never recorded, and never
a change to a reading the rules already make."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain import absence_reader as ar
from bot.domain.absence_reader import read_report
from bot.domain.reader.homophones import corrected, lookalikes, table
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


# Slips the rules MISREAD rather than stay silent on: the corrected reading is asked about.
@pytest.mark.parametrize(
    ("text", "misread", "action", "kind", "start", "end"),
    [
        # the longer kind: 赔产假 holds 产假, which the rules read
        ("赔产假从明天开始，共15天", "产假", "new", "陪产假", at(1, 8, 30), at(15, 17, 30)),
        # a slipped negation or cancellation flips the action
        ("明天下午捕去水库了", "外出", "cancel", "外出", at(1, 14, 30), at(1, 17, 30)),
        ("下周二到周四的出差躯消", "出差", "cancel", "出差", at(8, 8, 30), at(10, 17, 30)),
        # a slipped half shifts the period
        ("明天上物去区政府开会", "会议", "new", "会议", at(1, 8, 30), at(1, 12)),
        ("明天下牛请假", "请假", "new", "请假", at(1, 14, 30), at(1, 17, 30)),  # look-alike 牛
        # a slipped clock word moves the end
        ("下午三点到五佃去区信访局参加联合接访", "外出", "new", "外出", at(30, 15), at(30, 17)),
        ("明天去市局开灰", "外出", "new", "会议", at(1, 8, 30), at(1, 17, 30)),
    ],
)
def test_a_slip_the_rules_misread_is_corrected_and_asked(text, misread, action, kind, start, end):
    before = rules(text)
    assert before.is_report and before.kind == misread
    found = read_report(text, NOW)
    assert (found.is_report, found.ask) == (True, True)  # never recorded
    assert (found.action, found.kind, found.start, found.end) == (action, kind, start, end)
    assert (found.action, found.kind, found.start, found.end) != (
        before.action, before.kind, before.start, before.end
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("明天调体一天", "调休", at(1, 8, 30), at(1, 17, 30)),  # 体 looks like 休
        ("明天请睛假一天", "请假", at(1, 8, 30), at(1, 17, 30)),  # 睛 looks like 请
        ("下午四点板走，孩子发烧", "早退", at(30, 16, 30), at(30, 17, 30)),  # 板 sounds like 半
        ("周三的培训取霄了", "培训", at(2, 8, 30), at(2, 17, 30)),  # 霄 sounds like 消
    ],
)
def test_look_alike_and_clock_slips_the_rules_are_silent_on_are_asked(text, kind, start, end):
    assert not rules(text).is_report
    found = read_report(text, NOW)
    assert (found.is_report, found.ask, found.kind) == (True, True, kind)
    assert (found.start, found.end) == (start, end)


# A correction never turns a word into a key word: the rules' reading stands, recorded.
@pytest.mark.parametrize(
    "text",
    [
        "明天下午去区消防大队开会",  # 区消 is no 取消: 消防 is a word
        "明天早上雾大，可能要晚到一个小时",  # 上雾 is no 上午: 早上 is a word
        "下周四起请年假5天，回老家帮忙收晚稻",  # 晚稻 is a word, no 晚到
        "今天下午不去水库了",
    ],
)
def test_words_that_sound_like_a_key_word_leave_the_reading_alone(text):
    assert read_report(text, NOW) == ar.gated(rules(text), text)
    assert not read_report(text, NOW).ask


def test_corrected_prefers_the_longer_key_word_and_respects_words():
    assert corrected("赔产假从明天开始") == "陪产假从明天开始"  # not left alone for 产假
    assert corrected("下午四点板走") == "下午四点半走"  # 四点 is a key word, 点半 follows it
    assert corrected("今天下务去市局") == "今天下午去市局"  # 天 is 今天's, not 天下's
    assert corrected("去区消防大队") is None
    assert corrected("早上雾大") is None
    assert corrected("三点办事") is None  # 办 is never offered as a slip of 半
    assert corrected("上次我记不清了") is None
    # a word of its own is corrected only where the rules are silent (a guess costs a question)
    assert corrected("下周一起休婚嫁") is None
    assert corrected("下周一起休婚嫁", strict=False) == "下周一起休婚假"


def test_the_look_alike_table_loads_from_the_package():
    found = lookalikes()
    assert set(found) == set(table())
    for word, sets in found.items():
        assert len(sets) == len(word)
        assert all(chars[0] == c for chars, c in zip(sets, word, strict=True))  # own first
    assert "牛" in found["下午"][1] and "体" in found["调休"][1] and "凋" in found["调休"][0]
    assert "清" in found["请假"][0]
    assert table()["三点"][0] == "三"  # a clock word's numeral is never a slip
    assert "店" in table()["三点"][1] and "办" not in table()["点半"][1]


@pytest.mark.parametrize(
    ("text", "action", "kind", "people", "start", "end"),
    [
        # a form's 请假人 field: 睛假人 is read as the field, so the person is named
        ("睛假人：刘洋\n类型：事假\n时间：12月2日下午", "new", "事假", ("刘洋",), at(2, 14, 30),
         at(2, 17, 30)),
        # 十一 is a number, not a word that claims 一: 十一奠 is 十一点
        ("现在去区委汇报防汛工作，十一奠回", "new", "外出", (), at(30, 10), at(30, 11)),
        # 参加 claims 加, so 加倍 does not block 倍训 → 培训
        ("谢宇明天去市防汛办参加倍训，一天", "new", "培训", ("谢宇",), at(1, 8, 30), at(1, 17, 30)),
        # a return needs no time to stand on
        ("提前秽来了，已经在办公室了", "return", "销假", (), None, at(30, 10)),
    ],
)  # fmt: skip
def test_more_slips_read_as_questions(text, action, kind, people, start, end):
    found = read_report(text, NOW)
    assert (found.is_report, found.ask) == (True, True)
    assert (found.action, found.kind, found.people) == (action, kind, people)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "明天全股去市局参加培训，局里留小陈值班",  # 股 (the bureau's section) is never 没
        "元旦想放个小假",  # 小 is never offered as a slip of 销
        "明天请家人来帮忙",  # the slip 家 opens 家人: no 请假人
    ],
)
def test_more_contrasts_stay_silent(text):
    assert not read_report(text, NOW).is_report


def test_a_slipped_correction_word_is_read_as_the_correction():
    text = "刚才报错了，是后天上午，怖是明天"  # 怖是 for 不是: the later day is meant
    before, found = rules(text), read_report(text, NOW)
    assert (found.is_report, found.ask, found.action) == (True, True, "amend")
    assert (found.start, found.end) == (at(2, 8, 30), at(2, 12))
    assert (before.start, before.end) != (found.start, found.end)
