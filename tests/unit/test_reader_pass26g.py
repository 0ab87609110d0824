"""Mechanisms of reader pass 26g (blind files 126–127: non-reports a careless reader takes
for reports, beside real reports much like them), on sentences of our own beside the corpus
case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-126.jsonl", "BP0006"), ("train-126.jsonl", "BP0062"), ("train-126.jsonl", "BP0094"),
    ("train-126.jsonl", "BP0120"), ("train-126.jsonl", "BP0134"), ("train-127.jsonl", "BP0201"),
    ("train-127.jsonl", "BP0248"), ("train-126.jsonl", "BP0125"),
]  # fmt: skip


AT10 = _at(10, 0)
AT7 = _at(7, 40)

CASES: list[tuple[datetime, str, Row]] = [
    # 表我帮你带: a thing the speaker carries for the one addressed along their own outing is
    # a favour, not an instruction; 你 is not who goes. 我帮你请个假 (the addressee's leave)
    # and 你帮我带一下 (an errand asked of them) are untouched.
    (AT10, "明天上午我去区财政局送材料，发票我帮你带", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "下午去市局开会，文件我给你捎回来", new("会议", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天我去区档案馆，档案盒我替你领", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天我帮你请个假", None),
    (AT10, "明天你去区财政局，发票你帮我带一下", None),
    # 省厅对账我去吧: the place and its errand put first, then the speaker taking it on at the
    # clause's end, is the speaker's outing. A question who goes, or one done (我去了), is not.
    (AT10, "区财政局送材料我去，明天上午", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "省水利厅汇报我去吧，下周三", new("外出", "12-02 08:30", "12-02 17:30")),
    (AT10, "区财政局送材料谁去？", None),
    (AT10, "上次区财政局对账我去了", None),
    # 返回时间待定, 现赴: the formal words for the return left open and for setting out now.
    (_at(14, 50), "现赴莲花乡查看险情，返回时间不定", new("外出", "11-26 14:50", None)),
    (_at(14, 50), "现在去莲花乡查看险情，返程时间待定", new("外出", "11-26 14:50", None)),
    # 车打不着火，九点到: the speaker's own car failing them before a bare arrival time is the
    # cause of a late arrival, as 堵车 or 爆胎 is. 九点到市局 is an outing's arrival, no lateness.
    (AT7, "车坏了，九点到", new("晚到", "11-26 08:30", "11-26 09:00")),
    (AT7, "车子发动不了，九点半到", new("晚到", "11-26 08:30", "11-26 09:30")),
    (AT7, "电瓶亏电，打不着火，九点到", new("晚到", "11-26 08:30", "11-26 09:00")),
    # 凌晨开始拉肚子: when a symptom set in (…开始, …起) is the illness's time, not the
    # start of an open leave; 今天 bounds the leave. 明天开始休病假 stays open.
    (AT7, "早上开始头晕，今天请病假", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT7, "凌晨开始咳嗽，今天来不了，请个病假", new("病假", "11-26 08:30", "11-26 17:30")),
    (AT7, "明天开始休病假", new("病假", "11-27 08:30", None)),
    # 发烧的别硬撑: those a condition picks out, told what not to do, is advice to others.
    (AT10, "天冷了，感冒的别硬撑，该请假请假", None),
    (AT10, "家里有事的不要硬扛，请假走流程就行", None),
    # 按规定，…年休假为十天: a rule cited as the opening, with no 我, is how leave is had.
    (AT10, "按照规定，工作满一年不满十年的，年休假为五天。", None),
    (AT10, "根据相关文件，婚假为三天，晚婚的另加十天", None),
    (AT10, "按规定，我明天请假", new("请假", "11-27 08:30", "11-27 17:30")),
    # 调休都攒成存款了: a balance kept (攒成, 攒下了) is talked about, none of it reported;
    # with a day after it, it is taken.
    (AT10, "周末老加班，调休都攒成一大把了", None),
    (AT10, "调休攒下了五天，下周一到周五休", new("调休", "11-30 08:30", "12-04 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
