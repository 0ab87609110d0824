"""The places family (bench/measure_invariance.py, bench/place_names.py): the same report
about another place reads the same. Rows of the mechanism in bot/domain/reader/places.py
(a place name is a modifier before a head noun), then sentences of our own read with one
place and with another of its type. Times in 2026, Asia/Shanghai (Thursday 2026-11-26).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import Report, read_report
from bot.domain.reader import lexicon as lx
from bot.domain.reader.homophones import corrected
from bot.domain.reader.places import ends_in_place

TZ = ZoneInfo("Asia/Shanghai")
THU = datetime(2026, 11, 26, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("去区商务局送个材料", 3),  # 商务 before 局
        ("明天去肖家垸看险段", 4),  # 去肖 (sounds like 取消) before 家垸
        ("在夏湾泵站值守", 3),
        ("去杉岭大桥", 3),
        ("到黄沙码头", 3),
    ],
)
def test_a_span_before_a_head_is_a_name(text: str, end: int) -> None:
    assert ends_in_place(text, end)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("夏午去闸站", 2),  # a verb between: a slip before a trip
        ("夏午区里开会", 2),  # 区 opens a clause, it closes no name
        ("情假一天", 2),
        ("商务局长", 2),  # 局长 is a title
        ("明天下午捕去水库了", 6),  # 捕去 (不去) ends in a verb: no modifier
    ],
)
def test_a_span_before_other_words_is_no_name(text: str, end: int) -> None:
    assert not ends_in_place(text, end)


@pytest.mark.parametrize("text", ["去区商务局送个材料", "小蒋明天去肖家垸看险工险段"])
def test_a_place_name_is_never_corrected_as_a_slip(text: str) -> None:
    assert corrected(text) is None
    assert corrected(text, strict=False) is None


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("夏午去泵站，4点回", "下午去泵站，4点回"),
        ("明天情假，去医院", "明天请假，去医院"),
        ("夏午区里开会", "下午区里开会"),
    ],
)
def test_slips_beside_places_are_still_corrected(text: str, fixed: str) -> None:
    assert corrected(text) == fixed


@pytest.mark.parametrize(
    "text",
    ["下午去杉岭大桥看伸缩缝", "明天去黄沙码头", "在枫溪服务区等检查组", "明天去老李那边对图纸",
     "去设计院刘工那儿拿图"],
)  # fmt: skip
def test_heads_and_workplaces_are_places(text: str) -> None:
    assert lx.MOVE.search(text) is not None


@pytest.mark.parametrize(
    "text", ["文件放在那里", "老李那边的材料交了没", "那边有人吗", "车在桥上堵住了", "堵在桥上了"]
)
def test_there_alone_is_no_place(text: str) -> None:
    assert lx.MOVE.search(text) is None


def _fields(found: Report) -> tuple[object, ...]:
    return (found.is_report, found.action, found.kind, found.start, found.end, found.people)


# (a report, the same report about another place of the same type)
SAME = [
    ("去区财政局送个材料", "去区商务局送个材料"),
    ("小蒋和老丁明天去罗家垸看险工险段", "小蒋和老丁明天去肖家垸看险工险段"),
    ("今天上午去十万垅泵站检查设备，中午回", "今天上午去坪岚泵站核对台账，中午回"),
    ("下午去城东泵站，4点回", "下午去杉岭大桥，4点回"),
    ("下午去城东泵站，4点回", "下午去枫溪码头，4点回"),
    ("帮覃工报个备：他上午在杨梅洲泵站盯机组检修，中午回",
     "帮覃工报个备：他上午在福荷泵站盯机组检修，中午回"),
    ("明天上午去区住建局，中午回", "明天上午去老李那边，中午回"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "other"), SAME)
def test_another_place_reads_the_same(text: str, other: str) -> None:
    original = read_report(text, THU)
    assert original.is_report
    assert _fields(read_report(other, THU)) == _fields(original)


def test_a_bridge_on_the_way_is_no_outing() -> None:
    late = read_report("报备：今天晚到半小时，车在桥上堵住了", THU)
    assert (late.is_report, late.kind) == (True, "晚到")


@pytest.mark.parametrize(
    "text",
    ["明天谁去龙寿垸？要带上全站仪", "区商务局的通知转发一下", "杉岭大桥下周封闭施工，大家绕行"],
)
def test_a_place_in_chatter_stays_silent(text: str) -> None:
    assert not read_report(text, THU).is_report
