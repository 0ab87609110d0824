"""Fuzzy-pinyin twins of key words (issue 11): 秦假 (qin) for 请假 (qing), 连假 for 年假, typed
by Hunan speakers through a keyboard's fuzzy-pinyin setting. Read only where the rules are
silent or doubtful, only ever asked about, and silent on the ordinary words that hold them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.reader.fuzzy import twin_corrected, twins
from tests.conftest import TZ

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=TZ)  # a Monday
DATA = Path(__file__).resolve().parents[1] / "data"


def at(d: int, h: int, mi: int = 0) -> datetime:
    return (
        datetime(2026, 12, d, h, mi, tzinfo=TZ)
        if d < 30
        else datetime(2026, 11, d, h, mi, tzinfo=TZ)
    )


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "people"),
    [
        # CA0269: the rules took 秦假 for a colleague's name
        ("明天秦假一天 去医院复查", "病假", at(1, 8, 30), at(1, 17, 30), ()),
        ("明天秦假一天", "请假", at(1, 8, 30), at(1, 17, 30), ()),  # qin / qing
        ("后天连假两天", "年假", at(2, 8, 30), at(3, 17, 30), ()),  # lian / nian
        ("我后天连假，回趟老家", "年假", at(2, 8, 30), at(2, 17, 30), ()),
        ("小刘明天擒假", "请假", at(1, 8, 30), at(1, 17, 30), ("小刘",)),
        ("明天陪残假", "陪产假", at(1, 8, 30), at(1, 17, 30), ()),  # can / chan
        ("下午找退一小时", "早退", at(30, 16, 30), at(30, 17, 30), ()),  # zhao / zao
        ("明天早上伺到半小时", "晚到", at(1, 8, 30), at(1, 9), ()),  # si / chi, s / ch
    ],
)
def test_a_fuzzy_twin_is_asked_about(
    text: str, kind: str, start: datetime, end: datetime, people: tuple[str, ...]
) -> None:
    found = read_report(text, NOW)
    assert found.is_report and found.action == "new"
    assert (found.kind, found.start, found.end, found.people) == (kind, start, end, people)
    assert found.ask  # a twin is a guess: never recorded


@pytest.mark.parametrize(
    "text",
    [
        "老王到了没有",  # 王到 is a twin of 晚到 (wang / wan)
        "王到底去没去",
        "小王到会议室来一下",
        "秦始皇兵马俑真壮观",
        "小秦假期去哪玩了",  # 秦假 inside 小秦 and 假期
        "接连假期都没休息",  # 连假 inside 接连
        "明天联欢会",
        "山午的雾很大",  # 山午: a twin of 上午 (shan / shang)
        "钦差大臣",
        "明天秦老师讲课",
    ],
)
def test_ordinary_text_holding_a_twin_stays_silent(text: str) -> None:
    assert not read_report(text, NOW).is_report


def test_twin_corrected_rewrites_the_twin_only() -> None:
    assert twin_corrected("明天秦假一天") == "明天请假一天"
    assert twin_corrected("后天连假两天，陪残假") == "后天年假两天，陪产假"
    assert twin_corrected("明天请假一天") is None
    assert twin_corrected("接连假期") is None  # 连 is 接连's, not a slip of 年


def test_each_twin_is_one_fuzzy_character_of_its_key_word() -> None:
    found = twins()
    assert found["秦假"] == "请假" and found["连假"] == "年假"
    for twin, word in found.items():
        assert len(twin) == len(word)
        assert sum(a != b for a, b in zip(twin, word, strict=True)) == 1, twin
        assert twin not in found.values()


def test_no_twin_is_in_ordinary_text() -> None:
    """The build drops twins seen in the seed document or a training non-report."""
    texts = [(DATA / "rectification-report-2023-06.txt").read_text(encoding="utf-8")]
    for path in sorted((DATA / "reader_corpus").glob("train-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not (item := json.loads(line))["expect"]["is_report"]:
                texts.append(item["text"])
    ordinary = "\n".join(texts)
    assert [twin for twin in twins() if twin in ordinary] == []
