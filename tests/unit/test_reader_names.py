"""Who a report is for, whatever the colleague is called (issue 11): the surname inventory,
the shape of a name, and the subject's place that finds a name no inventory holds.

``tests/data/name_swap.jsonl`` holds training messages with their names swapped for
generated ones of six shapes (``bench/measure_names.py --write-table``, fixed seed,
generated once and committed: never regenerated here). Each row must keep its reading:
a report for others names exactly the swapped names, a self-report names nobody, a
non-report stays silent.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.reader import names
from bot.domain.reader.names import has_rare, name_end, person_shaped, rare_surname, slot_name
from tests.conftest import TZ
from tests.data import NAME_SWAP

ROWS = [json.loads(line) for line in NAME_SWAP.read_text(encoding="utf-8").splitlines() if line]
THU = datetime(2026, 11, 26, 9, 15, tzinfo=TZ)


def test_the_table_covers_every_shape_and_group() -> None:
    kinds = {(row["group"], row["shape"]) for row in ROWS}
    groups = ("for_others", "self_mention", "non_report")
    shapes = ("full", "compound", "rare", "lao_xiao", "sur_title", "full_title")
    assert kinds == {(g, s) for g in groups for s in shapes}
    assert len(ROWS) >= 300


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['group']}-{r['shape']}-{r['id']}" for r in ROWS])
def test_a_swapped_name_keeps_the_reading(row: dict[str, object]) -> None:
    got = read_report(str(row["text"]), datetime.fromisoformat(str(row["now"])))
    assert got.is_report == row["is_report"]
    if row["is_report"]:
        assert list(got.people) == row["people"]
    else:
        assert not got.is_report


def test_the_inventory_is_the_languages_not_the_corpus() -> None:
    assert len(names.SURNAME_CHARS) >= 300
    assert {"欧阳", "司马", "诸葛", "上官"} <= names.COMPOUND_SURNAMES
    assert set(names.ALONE).isdisjoint(names.WORDLIKE)
    assert "区" not in names.SURNAME_CHARS  # 区委, 区长: the district, in a district bureau
    assert "於" not in names.SURNAME_CHARS  # read as 于 by the traditional-form map


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("刘洋", True),
        ("老孙", True),
        ("李局", True),
        ("欧阳晓峰", True),
        ("张建国局长", True),  # a full name with its title
        ("欧阳晓峰副局长", True),
        ("管浩", True),  # a word-like surname with a given name that makes no word
        ("农辉媛", True),
        ("管理", False),  # the same surname opening an everyday word
        ("季度", False),
        ("班的人", False),  # a character of grammar in the given name
        ("全局", False),  # surname and title that make a word
        ("班主任", False),
        ("车股长", True),
        ("张建国副局长好", False),
    ],
)
def test_the_shape_of_a_name(name: str, shaped: bool) -> None:
    assert person_shaped(name) is shaped


@pytest.mark.parametrize(
    ("name", "alone", "loose"),
    [
        ("郈鹏", True, True),  # a rare character: a surname, not a word
        ("訾婷辉", True, True),
        ("沃娜鹏", False, True),  # common character outside the inventory: only when told
        ("医生", False, True),
        ("同志", False, True),
        ("孩子", False, False),  # kin
        ("局里", False, False),  # place
        ("管理", False, False),
        ("老禹", False, False),  # 老/小 names are the patterns' own
    ],
)
def test_a_name_found_only_by_its_place(name: str, alone: bool, loose: bool) -> None:
    assert slot_name(name) is alone
    assert slot_name(name, loose=True) is loose


def test_rare_surnames_are_outside_the_common_characters() -> None:
    assert all(rare_surname(c + "伟") for c in "郈訾璩亓佘隗")
    assert not any(rare_surname(c + "伟") for c in "王李医同沃")


def _level_one(char: str) -> bool:
    """GB 2312 level 1 as the codec has it: two bytes, the first 0xB0–0xD7 (rows 16–55)."""
    try:
        code = char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


def test_the_common_characters_are_the_codecs_level_one() -> None:
    # common_chars.txt stands in for the codec at run time: every character of the Basic
    # Multilingual Plane is rare or not exactly as the codec says.
    wrong = [
        c
        for c in map(chr, range(0x10000))
        if not 0xD800 <= ord(c) <= 0xDFFF
        and rare_surname(c) is not ("\u4e00" <= c <= "\u9fff" and not _level_one(c))
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "rare"),
    [
        ("\ue000我\ue000去区里开会，\ue001回来", False),  # a skeleton: marks of times
        ("小王·····\ue000请假", False),  # and of a blanked phrase
        ("郈鹏\ue000晚到半个钟头", True),  # outside GB 2312
        ("隗洋·\ue000请假", True),  # GB 2312 level 2
        ("明天请假😂", False),
        ("", False),
    ],
)
def test_a_rare_character_found_whatever_else_the_text_holds(text: str, rare: bool) -> None:
    per_character = any("\u4e00" <= c <= "\u9fff" and rare_surname(c) for c in text)
    assert has_rare(text) is rare is per_character


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("皇甫晨鹏的事假改了", "皇甫晨鹏"),
        ("端木瑞慧家里老人走了", "端木瑞慧"),
        ("刘洋感冒了", "刘洋"),  # 感 could be in a name; 冒 after it says it is not
        ("刘洋的事假改了", "刘洋"),
        ("小鲁妈妈住院了", "小鲁"),
    ],
)
def test_a_short_name_read_whole(text: str, name: str) -> None:
    short = 3 if text.startswith(("皇甫", "端木")) else 2
    assert text[: name_end(text, 0, short)] == name


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("郈鹏今天晚到半个钟头，他早上去社区办证明，让我报一下", ["郈鹏"]),
        ("訾婷辉（规划股）今天病假", ["訾婷辉"]),
        ("我股隗洋同志明天赴市局参加培训", ["隗洋"]),
        ("管浩今天去区财政局对账，让我帮他说一声", ["管浩"]),
        ("欧阳晓峰和符琳今天去市局开会", ["欧阳晓峰", "符琳"]),
        ("张建国局长今天下午在区政府参加常务会议", ["张建国局长"]),
        (
            "人员：谷欣春副局长、小付\n事项：赴市水利局汇报\n时间：11月27日全天",
            ["谷欣春副局长", "小付"],
        ),
        ("帮两位报一下：亓坤莉、逄斌新今天去射埠镇走访", ["亓坤莉", "逄斌新"]),
        ("医生让我休息，明天请病假", []),  # 医生 is no colleague
        ("苏所长，明天下午我能早点走吗？三点半要去医院", []),  # the one addressed
        ("跟庄玲伟副局长报备一下，明天在市中级法院出庭应诉，全天", []),
    ],
)
def test_who_a_report_is_for(text: str, people: list[str]) -> None:
    got = read_report(text, THU)
    assert got.is_report
    assert list(got.people) == people


@pytest.mark.parametrize(
    "text",
    [
        "局里决定：12月14日派规划股酆霞洋赴市里参加国土空间规划衔接会，请做好汇报准备",
        "老禹，下午去趟区发改局把批复拿回来",  # an order to a colleague addressed by name
        "区委办来电，项目管理明天要交材料",
    ],
)
def test_names_do_not_make_a_report(text: str) -> None:
    assert not read_report(text, THU).is_report
