"""The parse of a colleague's return told plainly (bot/domain/reader/others_back.py): who is
back, whether an act of reporting says it is reported, and which clauses make it news."""

from __future__ import annotations

import pytest

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
