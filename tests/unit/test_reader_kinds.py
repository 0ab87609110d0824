"""Kinds (issue 11, invariance): what the phrase that decides a kind IS, not which phrase.

A part of the speaker's body with what ails it (膝盖肿了, 浑身无力) or a named illness flaring
(老胃病又犯了) is their health, a sick leave; any kin word (姥姥, 岳母, 外甥) makes the illness or
errand the family's, a leave (WRITING.md); a course is named by the learning done in it
(训练班) or as a drill (实训). The lists are in :mod:`bot.domain.reader.lexicon` (BODY_PARTS,
AILMENTS, KINSHIP, LEARNING). An aching body part alone (今天腿还是酸的) stays chatter.
Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai (Thursday 2026-11-26).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.reader import lexicon as lx
from tests.unit.test_reader_pass7 import Row, check_row, new

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "phrase",
    ["膝盖肿了", "肩膀疼得抬不起来", "老胃病又犯了", "浑身无力", "胳膊扭伤了", "血压有点高"],
)
def test_an_ailing_body_is_the_speakers_health(phrase: str) -> None:
    assert lx.OWN_HEALTH.search(phrase) is not None


@pytest.mark.parametrize("phrase", ["手续太麻烦了", "背景材料明天交", "头儿说明天开会"])
def test_a_body_word_with_nothing_ailing_is_no_health(phrase: str) -> None:
    assert lx.OWN_HEALTH.search(phrase) is None


@pytest.mark.parametrize("word", ["姥姥", "岳母", "外甥", "叔叔", "老伴", "弟弟"])
def test_kin_words_are_family(word: str) -> None:
    assert lx.KIN.search(f"{word}住院了") is not None
    assert lx.FAMILY.search(f"{word}住院了") is not None


CASES: list[tuple[str, Row]] = [
    # the speaker's own body, whatever ails it: 病假
    ("膝盖肿了，明天请假一天", new("病假", "11-27 08:30", "11-27 17:30")),
    ("肩膀疼得抬不起来，今天请一天假", new("病假", "11-26 08:30", "11-26 17:30")),
    ("老胃病又犯了，下午请半天假", new("病假", "11-26 14:30", "11-26 17:30")),
    ("浑身无力，请假一天", new("病假", "11-26 08:30", "11-26 17:30")),
    ("我膝盖肿了，下午再过来", new("病假", "11-26 08:30", "11-26 12:00")),
    # a kin word makes it the family's: 请假
    ("姥姥住院了，明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    ("岳母生病了，明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    ("外甥发烧，下午请假半天", new("请假", "11-26 14:30", "11-26 17:30")),
    ("老伴住院，明天请假", new("请假", "11-27 08:30", "11-27 17:30")),
    # a course by the learning done in it, or a drill
    ("下周一到周三参加实训", new("培训", "11-30 08:30", "12-02 17:30")),
    ("明天去省厅参加研修班", new("培训", "11-27 08:30", "11-27 17:30")),
    # an aching body after a day's work is no report
    ("今天腿还是酸的", None),
    ("前天在堤上走了一天，今天腿还是酸的", None),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_reads(text: str, row: Row) -> None:
    check_row(NOW, text, row)
