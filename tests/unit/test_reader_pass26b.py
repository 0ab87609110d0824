"""Mechanisms of reader pass 26b (blind files 116–117: voice input and phone typing, homophone
slips, reports inside chatter, fillers), on sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, amend, back, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-116.jsonl", "BJ0038"), ("train-116.jsonl", "BJ0080"), ("train-116.jsonl", "BJ0147"),
    ("train-117.jsonl", "BJ0192"), ("train-116.jsonl", "BJ0020"), ("train-117.jsonl", "BJ0233"),
    ("train-117.jsonl", "BJ0282"), ("train-117.jsonl", "BJ0290"), ("train-116.jsonl", "BJ0065"),
    ("train-116.jsonl", "BJ0087"), ("train-116.jsonl", "BJ0110"),
    ("train-117.jsonl", "BJ0226"), ("train-117.jsonl", "BJ0259"),
]  # fmt: skip


AT9 = _at(9, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # Voice input's sounds opening a clause (嗯 我刚到单位了, 呃 刚从区法院回来了) are no
    # subject: the speaker's return is read as without them. A thing or another person come
    # back stays silent.
    (AT9, "嗯 我刚到单位了", back("11-26 09:00")),
    (AT9, "呃 刚到办公室了 销个假", back("11-26 09:00")),
    (AT9, "哎 我已经回到单位了", back("11-26 09:00")),
    (AT9, "那个 我已经从岳阳回来了 明天正常上班", back("11-27 08:30")),
    (AT9, "嗯 快递回来了", None),
    (AT9, "那个人已经回来了", None),
    (AT9, "嗯 文件退回来了", None),
    # A sound opening the whole message (哎 我明天…, 嗯 周五…) is read past by every rule, a
    # slipped 情个假 after it too; a sound before chatter stays silent.
    (AT9, "哎 我明天要送老人去体检 上午情个假 下午到", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT9, "嗯 周五带孩子去打疫苗 上午清个假 下午到", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT9, "嗯 好的", None),
    (AT9, "喂 你们明天去不去", None),
    # Hearsay after a space (voice input's pause) opens a clause of its own, as after a
    # comma: …去石门闸 听说闸门卡住了 is why the speaker goes. Hearsay of a colleague stays
    # silent. 那个 set off before the speaker opening the message is a filler too.
    (_at(14, 45), "我现在去石门闸 听说闸门卡住了", new("外出", "11-26 14:45", None)),
    (_at(14, 45), "那个 我现在去城西泵站 听说停电了 去看看", new("外出", "11-26 14:45", None)),
    (_at(14, 45), "听说 老刘明天请假", None),
    # 嗯 那个 就是…, 那个大家好 就是…: the hesitation of voice input, with the sounds or a
    # greeting around 那个, is no 那个 (the one said) changed: a new report. 那个 naming the
    # thing changed (那个会是下午) stays a correction.
    (AT9, "嗯 那个 就是 我明天请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT9, "那个大家好 就是我今天请假 家里有事", new("请假", "11-26 08:30", "11-26 17:30")),
    (AT9, "呃 那个各位早 就是 明天上午调休", new("调休", "11-27 08:30", "11-27 12:00")),
    (AT9, "嗯 那个会是下午三点", amend("会议", "11-26 15:00", "11-26 17:30")),
    # Back from away (已), then the half work resumes in, said at noon: the return ends when
    # work resumes (14:30), whatever the verb (下午来上班, 下午就回来上班); 刚 back as well (pass
    # 26a, merged beside this one: 刚从…回来，下午照常上班).
    (_at(11, 50), "我已经从岳阳回来了 下午来上班", back("11-26 14:30")),
    (_at(11, 50), "嗯 已经从市水利局回来了 下午就回来上班", back("11-26 14:30")),
    (_at(11, 50), "我刚从区法院回来 下午上班", back("11-26 14:30")),
    (_at(11, 50), "我刚从区法院回来 下午在单位", back("11-26 11:50")),
    # 跟大家请个假, 和大家请假: leave asked of the group, as 跟各位请个假 and 跟领导请个假 are;
    # 大家 is who is told, not who is away. 跟大家请假的事 talked about stays silent.
    (AT9, "和大家请个假 周五上午 孩子开家长会", new("请假", "11-27 08:30", "11-27 12:00")),
    (AT9, "跟大家请假 明天下午", new("请假", "11-27 14:30", "11-27 17:30")),
    (AT9, "跟大家请假的事说一下", None),
    # 价 typed for 假 (婚价, 产价: the same syllable, the first candidate of jia) after the
    # leave kind's own first character is a slip of that kind; 销价, 物价, 婚价多少 are not.
    (AT9, "我婚价休完了 明天正常上班", back("11-27 08:30")),
    (AT9, "我产价休完了 下周一回来上班", back("11-30 08:30")),
    (AT9, "下周请三天婚价", new("婚假", "11-30 08:30", "12-02 17:30")),
    (AT9, "商场销价了", None),
    (AT9, "今天市价多少", None),
    (AT9, "最近物价涨了", None),
]


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
