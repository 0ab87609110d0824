"""Mechanisms of reader pass 27e (blind files 152–153, writer CF: outings that never say 外出,
reports made for colleagues and leaders by name, title, nickname, list or form, and
non-reports that mention places, errands, colleagues and times), on sentences of our own
beside the corpus cases.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.reader.names import nickname, person_shaped
from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-152.jsonl", "CF0063"), ("train-153.jsonl", "CF0164"), ("train-153.jsonl", "CF0237"),
    ("train-153.jsonl", "CF0318"), ("train-153.jsonl", "CF0170"), ("train-152.jsonl", "CF0034"),
    ("train-152.jsonl", "CF0101"), ("train-153.jsonl", "CF0192"),
    ("train-152.jsonl", "CF0111"), ("train-152.jsonl", "CF0066"), ("train-153.jsonl", "CF0313"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # Colleagues call one another 阿斌, 宁姐, 三哥, 胖哥 as often as 老李 or 小王: such a name
    # is who is away. Kin and strangers take the same shapes (阿姨, 表哥, 大姐, 帅哥, 我哥):
    # those stay the speaker's family, the report the speaker's own.
    (AT10, "阿斌下午去白沙泵站检修", new("外出", "11-26 14:30", "11-26 17:30", "阿斌")),
    (AT10, "老周、阿伟明天去市水利局送材料",
     new("外出", "11-27 08:30", "11-27 17:30", "老周", "阿伟")),
    (AT10, "强哥今天去区法院出庭，下午回", new("外出", "11-26 10:00", "11-26 17:30", "强哥")),
    (AT10, "二哥明天请假", new("请假", "11-27 08:30", "11-27 17:30", "二哥")),
    (AT10, "宁姐下周一在区档案馆参加培训，全天", new("培训", "11-30 08:30", "11-30 17:30", "宁姐")),
    (AT10, "帮芳姐报一下，她明天调休", new("调休", "11-27 08:30", "11-27 17:30", "芳姐")),
    (AT10, "我哥明天结婚，请假一天", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "表哥结婚，明天请假", new("请假", "11-27 08:30", "11-27 17:30")),
    (AT10, "阿姨明天去医院复查，我请假陪一下", new("病假", "11-27 08:30", "11-27 17:30")),
    (AT10, "大姐住院了，我明天请假", new("病假", "11-27 08:30", "11-27 17:30")),
    (AT10, "帅哥明天去哪", None),
    (AT10, "阿斌明天去不去市局？", None),
    # A run that is nothing but a colleague's name, a space, then when and where (王海涛 下午在
    # 响水乡…, a list's line) is one clause: the name is its subject, not a clause of its own.
    # A name set off by a comma is still whom the speaker addresses.
    (AT10, "报备：\n罗志强 下午在河西垸巡堤", new("外出", "11-26 14:30", "11-26 17:30", "罗志强")),
    (AT10, "欧阳晓东 明天去市水利局送材料",
     new("外出", "11-27 08:30", "11-27 17:30", "欧阳晓东")),
    (AT10, "王海涛 下午到我办公室来一下", None),
    (AT10, "王海涛，下午到我办公室来一下", None),
    # A list line's dash between who and where (周建军、何磊 —— 去…) joins them as the subject
    # and the predicate do.
    (AT10, "帮报一下外出：\n刘建华、孙倩 —— 去城东泵站巡查，下午4点回",
     new("外出", "11-26 10:00", "11-26 16:00", "刘建华", "孙倩")),
    (AT10, "今天外业：\n马军 — 在城东泵站巡查", new("外出", "11-26 10:00", "11-26 17:30", "马军")),
    # 明天下午请办公室小潘去…: a colleague sent, with the time first and their unit before the
    # name, is a request to them, as 请小潘去… is; the speaker's own 请 stays a report.
    (AT10, "明天下午请办公室小潘去区财政局把批复领回来", None),
    (AT10, "下午请工程股老彭去城南泵站看一下", None),
    (AT10, "明天下午请假去医院复查", new("病假", "11-27 14:30", "11-27 17:30")),
    # 小王被区应急局叫去开会: one sent by someone else (被…叫去, 喊去, 派去, 借调去) goes, as
    # the subject of what follows; one the speaker sends (叫小王去…) is an order.
    (AT10, "明天上午小王被区应急局叫去开会", new("会议", "11-27 08:30", "11-27 12:00", "小王")),
    (AT10, "小王被领导叫去区财政局送材料", new("外出", "11-26 10:00", None, "小王")),
    (AT10, "叫小王去区财政局", None),
    (AT10, "小王被领导批评了", None),
    # 开居住证明, 开收入证明: a paper of one's own fetched on the way in, then the arrival at
    # work by a clock, is lateness, as 开个证明 was; an errand for the office stays an outing.
    (AT10, "早上去社区开居住证明，十点到单位", new("晚到", "11-26 08:30", "11-26 10:00")),
    (AT10, "明天早上去派出所开无犯罪证明，十点到单位", new("晚到", "11-27 08:30", "11-27 10:00")),
    (AT10, "明天上午去区财政局开个证明，十一点回", new("外出", "11-27 08:30", "11-27 11:00")),
    # 各股准备一下, 各站做好迎检准备: the units addressed together and told to get ready are a
    # notice, whoever leads the visit; the speaker going round the stations stays a report.
    (AT10, "下周一局长要带队检查冬修，各股准备一下", None),
    (AT10, "明天李局带队去白沙泵站检查，各站做好迎检准备", None),
    (AT10, "明天我去各站检查安全生产", new("外出", "11-27 08:30", "11-27 17:30")),
    # 去区委汇报的PPT, 去省厅汇报的课件, 出差的车票: a going that only says what a thing is for;
    # the thing is the topic. The going said in a clause of its own stays a report.
    (AT10, "下周二下午去区委汇报的PPT我放共享盘了", None),
    (AT10, "周四去省厅汇报的课件我传群文件了", None),
    (AT10, "明天下午去区委汇报，PPT我放共享盘了", new("外出", "11-27 14:30", "11-27 17:30")),
    # 图审会, 初审会, 复审会: a review by its stage is a meeting, as 审查会 and 会审会 are.
    (AT10, "14时30分~16时00分 区住建局图审会", new("会议", "11-26 14:30", "11-26 16:00")),
    (AT10, "明天上午 区发改局 项目初审会", new("会议", "11-27 08:30", "11-27 12:00")),
    (AT10, "图审会的材料准备好了吗", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(
    ("name", "shaped"),
    [("阿斌", True), ("宁姐", True), ("三哥", True), ("胖哥", True), ("刘姐", True),
     ("阿姨", False), ("表哥", False), ("大姐", False), ("帅哥", False), ("我哥", False),
     ("的哥", False), ("哥哥", False)],
)  # fmt: skip
def test_nickname(name: str, shaped: bool) -> None:
    assert nickname(name) is shaped
    assert person_shaped(name) is shaped


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
