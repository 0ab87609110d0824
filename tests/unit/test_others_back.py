"""The parse of a colleague's return told plainly (bot/domain/reader/others_back.py): who is
back, whether an act of reporting says it is reported, and which clauses make it news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.domain.reader import others_back
from bot.domain.reader.handed import sure_name
from bot.domain.reader.names import SURNAME_CHARS, TITLE_WORDS, title_of
from bot.domain.reader.others_back import ToldBack, told_back


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("程雪回来了", ("程雪",)),  # a full name of two, framed by the return after it
        ("金会计回来了，刚到单位", ("金会计",)),
        ("刘洋小周巡堤结束了 都回局里了", ("刘洋", "小周")),  # run together, no mark between
        ("老何、小邓和罗股长都回来了", ("老何", "小邓", "罗股长")),
        ("张工渔湾泵站的机组修好了，他刚回到局里", ("张工",)),  # not 张工渔
        ("文斌观测提前结束了，刚回到局里", ("文斌",)),  # not 文斌观
        ("老孙说水样取完了 人已经回到局里", ("老孙",)),  # the colleague's words passed on
    ],
)
def test_who_is_back(text: str, people: tuple[str, ...]) -> None:
    assert told_back(text) == ToldBack(people, reported=False)


@pytest.mark.parametrize(
    "text",
    [
        "老王回来了，报一下",
        "老王回来了，帮他销个假",
        "老王已经到岗了，销假",
        "老王回来了，跟大家说一声",
    ],
)
def test_an_act_of_reporting_says_it_is_reported(text: str) -> None:
    found = told_back(text)
    assert found is not None and found.reported


@pytest.mark.parametrize(
    "text",
    [
        "老王回来了，欢迎归队",  # a clause of no kind the return is made of
        "老王回来了，帮我签个字",  # the speaker
        "老王回来了吗",  # a question
        "据说老王回来了",  # hearsay
        "老王吃完饭回来了",  # a meal
        "老王明天回来了",  # another day
        "老王三点回来",  # a clock: when, not that
        "老王没回来",  # negated
        "老王到了",  # arrived, not said done (已经到了 is)
        "回来了",  # nobody named
        "文件回来了",  # a thing
        "老王回来了，材料在桌上，钥匙在门卫，有事打电话",  # more than a return's clauses
    ],
)
def test_news_stays_unread(text: str) -> None:
    assert told_back(text) is None


def _training_texts() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "tests" / "data" / "reader_corpus"
    return [
        json.loads(line)["text"]
        for path in sorted(root.glob("train-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_every_name_taken_opens_as_the_cheap_test_says() -> None:
    """The cheap test in front of the parse (others_back._may_open_name) holds for every
    name the parse can take: names of each shape, and every opening of a training line."""
    spans = ["老蒯", "小糜", "司马飞", "欧阳晓峰", "程雪", "郈鹏", "李局", "罗科长", "张建国局长"]
    spans += ["老" + c for c in SURNAME_CHARS] + ["小" + c for c in SURNAME_CHARS]
    spans += [text[:k] for text in _training_texts() for k in range(2, 7) if len(text) >= k]
    for span in spans:
        if others_back._one_name(span) or sure_name(span):
            assert others_back._may_open_name(span), span
    assert not others_back._may_open_name("我们")
    assert not others_back._may_open_name("")


def test_the_cheap_test_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """told_back on every training line, with the cheap test and without it."""
    texts = _training_texts()
    fast = [told_back(text) for text in texts]
    monkeypatch.setattr(others_back, "_may_open_name", lambda span: True)
    assert [told_back(text) for text in texts] == fast
    assert any(found is not None for found in fast)


@pytest.mark.parametrize(
    "name", ["李局", "李局长", "张副局长", "王工", "赵工程师", "局长", "局", "", "刘洋", "周师傅"]
)
def test_title_of_is_the_first_title_in_order(name: str) -> None:
    """title_of's titles by last character answer as the scan over all of them in order."""
    scan = next((t for t in TITLE_WORDS if name.endswith(t) and len(name) > len(t)), "")
    assert title_of(name) == scan
