"""Mechanisms of reader pass 26i (blind files 130–131: a month of one section's chat, about
fifteen people in their own recurring styles, one by voice input, a clerk with forms), on
sentences of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, cancel, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-130.jsonl", "BS0056"), ("train-130.jsonl", "BS0067"), ("train-130.jsonl", "BS0085"),
    ("train-130.jsonl", "BS0097"), ("train-130.jsonl", "BS0137"), ("train-131.jsonl", "BS0242"),
    ("train-131.jsonl", "BS0173"), ("train-130.jsonl", "BS0130"), ("train-131.jsonl", "BS0195"),
    ("train-130.jsonl", "BS0017"), ("train-131.jsonl", "BS0287"), ("train-130.jsonl", "BS0003"),
    ("train-130.jsonl", "BS0021"), ("train-130.jsonl", "BS0032"), ("train-130.jsonl", "BS0039"),
    ("train-91.jsonl", "AQ0238"), ("train-124.jsonl", "BO0035"), ("train-131.jsonl", "BS0159"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 帮张工报一下：张伟今天…: the frame names whom the speaker does it for (by a title, a
    # nickname), the words after it name who is away themselves: they are the people. A count
    # in the frame (帮两个人报一下) and a body with only 他/她 keep the frame's name.
    (AT10, "帮李工报一下：李建国明天去区法院出庭",
     new("外出", "11-27 08:30", "11-27 17:30", "李建国")),
    (AT10, "替周股报一下，周志明下午去城东泵站，五点回",
     new("外出", "11-26 14:30", "11-26 17:00", "周志明")),
    (AT10, "帮陈师傅报：陈国强和杨春林下午去水文站送材料，四点回",
     new("外出", "11-26 14:30", "11-26 16:00", "陈国强", "杨春林")),
    (AT10, "帮李工报一下：他明天调休", new("调休", "11-27 08:30", "11-27 17:30", "李工")),
    # 补个报备 and a bare 报： are acts of handing on, not part of the name before them.
    (AT10, "帮刘洋补个报备：他今天休年假", new("年假", "11-26 08:30", "11-26 17:30", "刘洋")),
    (AT10, "帮老周报：周建华和李强明天去市局",
     new("外出", "11-27 08:30", "11-27 17:30", "周建华", "李强")),
    (AT10, "替老周报：他明天请事假", new("事假", "11-27 08:30", "11-27 17:30", "老周")),
    # 送局领导去区政府开会: someone taken to the event in its clause: the speaker drives them,
    # an outing (陪李局去开会, going along, stays the meeting); 送防汛办的同志去…, 接市局的
    # 专家…: the other unit is whom the speaker takes, no news of that unit.
    (AT10, "下午开车送王局去市里开会，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "明天上午送刘局去党校培训，中午回", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天我陪王局去市里开会", new("会议", "11-27 08:30", "11-27 17:30")),
    (_at(7, 40), "早上送规划股的同志去花石镇，十点回", new("外出", "11-26 08:30", "11-26 10:00")),
    (_at(7, 40), "早上接防汛办的同志去花石镇，十点回", new("外出", "11-26 08:30", "11-26 10:00")),
    (AT10, "下午接市局的专家去石门垸，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "规划股的同志明天去花石镇", None),
    # 交培训结业材料, 办培训学时登记: papers or records of a course handled on an errand name
    # the errand's business, not a course attended (学时 is no learning); going to the party
    # school to sign up or hand something in is an errand there.
    (AT10, "下午去区人社局交培训证书，四点回", new("外出", "11-26 14:30", "11-26 16:00")),
    (AT10, "明天上午去人社局办继续教育学时登记，中午回", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明天上午去区委党校交材料，十一点回", new("外出", "11-27 08:30", "11-27 11:00")),
    (AT10, "下午去区里参加培训，四点回", new("培训", "11-26 14:30", "11-26 16:00")),
    (AT10, "明天去党校", new("培训", "11-27 08:30", "11-27 17:30")),
    # 去少年宫报名: signing up at a place gone to is the speaker's errand, no call for names.
    (AT10, "明天下午请假，带儿子去驾校报名", new("请假", "11-27 14:30", "11-27 17:30")),
    (AT10, "愿意去的报名", None),
    # 不得劲 is the body unwell (AILMENTS), no 不得 of a rule.
    (AT10, "明天上午腿不得劲，去医院看看，请半天假", new("病假", "11-27 08:30", "11-27 12:00")),
    (AT10, "上班时间不得外出", None),
    # 头昏，上午先不过去了，下午来上班: 过去 is coming in; after a symptom, for a day or a half,
    # not coming in is the sick leave (雨太大，上午先不过去了 stays a going withdrawn).
    (_at(8, 10), "嗓子疼，上午先不过去了，下午来上班", new("病假", "11-26 08:30", "11-26 12:00")),
    (_at(8, 10), "雨太大，上午先不过去了", cancel("外出", "11-26 08:30", "11-26 12:00")),
    # 那个假不请了，样片改周末去看了: the leave named where it is withdrawn is what is cancelled,
    # whatever errand moves beside it.
    (AT10, "明天那个假不请了，房子改周末去看", cancel("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天去区里的外出取消了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    # 因孩子学校召开家长会: what the family's school holds is the cause of the leave, no notice
    # of the bureau's (因防汛需要，召开紧急会议 stays one).
    (AT10, "因女儿幼儿园周五召开家长会，周五下午请假", new("请假", "11-27 14:30", "11-27 17:30")),
    (AT10, "因防汛需要，周五召开紧急会议，请各股室负责人参加", None),
    # 上月加班两天: the length of the overtime earned (a form's 备注 says why), not of the time
    # off it buys; 下周调休两天 is the time off's.
    (AT10, "周五调休，上周加班两天", new("调休", "11-27 08:30", "11-27 17:30")),
    (AT10, "请假人：刘洋\n类型：调休\n日期：11月27日\n备注：国庆加班三天",
     new("调休", "11-27 08:30", "11-27 17:30", "刘洋")),
    (AT10, "下周调休两天", new("调休", "11-30 08:30", "12-01 17:30")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
