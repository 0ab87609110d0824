"""Mechanisms of reader pass 26e (blind files 122–123: outings that never say 外出, to every
kind of place, said with 去/到/赴/在/跑一趟/过去一下/下去, and their follow-ups), on sentences
of our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, back, check_row, new

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-122.jsonl", "BN0004"), ("train-122.jsonl", "BN0022"), ("train-122.jsonl", "BN0042"),
    ("train-122.jsonl", "BN0056"), ("train-122.jsonl", "BN0151"), ("train-123.jsonl", "BN0242"),
    ("train-123.jsonl", "BN0278"), ("train-123.jsonl", "BN0285"),
    ("train-122.jsonl", "BN0137"), ("train-123.jsonl", "BN0205"), ("train-123.jsonl", "BN0206"),
    ("train-123.jsonl", "BN0163"), ("train-122.jsonl", "BN0011"), ("train-122.jsonl", "BN0018"),
    ("train-123.jsonl", "BN0159"),
]  # fmt: skip


AT10 = _at(10, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 跑一趟 / 跑趟 + a place is a going, as 去 is (我跑一趟区政务中心); 白跑一趟 is a wasted
    # trip told, and a bare 跑一趟 with no place stays what it was.
    (AT10, "下午我跑一趟区自然资源局，用地的事", new("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "明天上午跑趟市中院，送上诉材料", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "明儿上午跑趟区法院，执行款的事", new("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "上午白跑一趟区政务中心，人家不上班", None),
    # 个把小时: an hour or so, a length like 一个小时.
    (AT10, "去趟邮局寄合同，个把小时", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "我下去河口闸看看，个把钟头就回", new("外出", "11-26 10:00", "11-26 11:00")),
    # 午饭前回: back by lunch, noon, as 中午前回.
    (AT10, "去区财政局对个账，午饭前回", new("外出", "11-26 10:00", "11-26 12:00")),
    (AT10, "到区档案馆查资料，午饭之前回来", new("外出", "11-26 10:00", "11-26 12:00")),
    # 年底支付, 年底付款: the year's end naming a payment, not a day.
    (AT10, "我现在去区财政局，年底付款的事，十一点回", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "年底请年假", new("年假", "12-31 08:30", "12-31 17:30")),
    # 看看…塌了没有, 看看电机转不转: a yes-or-no asked of the thing checked says what the
    # trip is for and asks nobody; asked of the group it stays a question.
    (AT10, "去一趟青山垸，看看堤脚渗水了没有，中午前回", new("外出", "11-26 10:00", "11-26 12:00")),
    (AT10, "去泵站看看电机转不转，十一点回", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "去查一下泵站电机烧了没，中午前回", new("外出", "11-26 10:00", "11-26 12:00")),
    (AT10, "小李下午去泵站了没有", None),
    # 十点半到局: the arrival at work by a clock after an errand on the way in, as 到局里.
    (_at(8, 10), "早上先去区水文站拿雨量资料，九点半到局",
     new("外出", "11-26 08:30", "11-26 09:30")),
    (_at(8, 10), "早上直接去石门闸看水位，十点到局", new("外出", "11-26 08:30", "11-26 10:00")),
    # 区工会的培训下午结束了: an event told as over, nobody said to go: news, no absence.
    (_at(17, 45), "区里的培训下午结束了，资料下周发", None),
    (_at(17, 20), "督查组检查下午结束了，提了三条整改意见", None),
    (AT10, "下午去区工会培训，五点结束", new("培训", "11-26 14:30", "11-26 17:00")),
    (_at(15, 0), "培训结束了，明天起正常上班", back("11-27 08:30")),
    # 我现在下去响塘乡，堤上发现一处管涌: setting out this moment, what was found beside it is
    # why the speaker goes, not work told as done; told after the going it stays work done.
    (AT10, "我马上去城西泵站，发现两处渗漏，说不准几点回", new("外出", "11-26 10:00", None)),
    (AT10, "现在赶去金霞垸，堤脚发现一处管涌", new("外出", "11-26 10:00", None)),
    (_at(17, 40), "上午去泵站看了，发现两处渗漏，已安排处理", None),
    # 青山垸回来了: back from the place gone to, named by its head; a thing come back is not.
    (_at(15, 30), "石门水库回来了，溢洪道没事", back("11-26 15:30")),
    (_at(15, 30), "河口闸站那边回来了", back("11-26 15:30")),
    (_at(15, 30), "快递回来了", None),
    # 已回局: back at the bureau, as 已回局里 (回局长办公室 is no return).
    (_at(16, 20), "事情办完了，已回局", back("11-26 16:20")),
    (_at(16, 20), "刚回局，材料送到了", back("11-26 16:20")),
    # 上午到银行送材料: a bare 到 with a place after it is the going there, not the arrival
    # at work after one's own errand at the bank; 九点到，先去银行 stays the lateness.
    (_at(8, 10), "上午到工商银行办账户变更，十一点半回", new("外出", "11-26 08:30", "11-26 11:30")),
    (_at(8, 10), "老孙和小何今天上午到建设银行对账，十一点回",
     new("外出", "11-26 08:30", "11-26 11:00", "老孙", "小何")),
    (_at(7, 50), "九点到，先去银行办点事", new("晚到", "11-26 08:30", "11-26 09:00")),
    (_at(7, 50), "今天九点四十到 先去街道办盖章", new("晚到", "11-26 08:30", "11-26 09:40")),
    # 看望昨天摔伤的队员: a day gone by right after a verb of visiting dates the one visited
    # (as 取上周送检的水样 dates the thing fetched), not the going.
    (AT10, "下午去医院慰问前天受伤的抢险队员，五点回", new("外出", "11-26 14:30", "11-26 17:00")),
    (AT10, "现在去人民医院探望昨天落水的村民，说不准几点回", new("外出", "11-26 10:00", None)),
    (AT10, "下午去拿昨天送检的水样报告", new("外出", "11-26 14:30", "11-26 17:30")),
    # 轮到我们局值班: our turn, nobody coming to visit us.
    (AT10, "明天去区信访局接访，轮到我们局值班", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "周五在区政务中心窗口值守，轮到我们局了", new("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天市局检查组到我们局检查", None),
    # 开个会签单: a countersign sheet issued, no meeting; 十点半前肯定回: back by then, the
    # adverb of certainty between the time and 回 as 就 or 能.
    (AT10, "去区住建局开个会签单，十一点前肯定回", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "去趟邮局，十点半一定回", new("外出", "11-26 10:00", "11-26 10:30")),
    (AT10, "去区档案馆办会签，十一点前肯定回来", new("外出", "11-26 10:00", "11-26 11:00")),
    (AT10, "下午去区里开个会，四点回", new("会议", "11-26 14:30", "11-26 16:00")),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


# A course or meeting over, nobody said to come back and the speaker not named, may be news of
# the event (档案馆培训结束了，明天起按新标准整理归档): the return it reads as is asked about,
# never recorded; said with a going back (回, 上班, 销) or by the speaker it is recorded.
OVER_ASKED = [
    (_at(17, 45), "档案馆培训结束了，明天起按新标准整理归档", True),
    (_at(17, 45), "党校的学习结束了，明天按新要求整改", True),
    (_at(15, 0), "培训结束了，明天起正常上班", False),
    (_at(15, 0), "我培训结束了，明天起按新标准整理归档", False),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "asked"), OVER_ASKED, ids=[t for _, t, _ in OVER_ASKED])
def test_event_over_asked(now: datetime, text: str, asked: bool) -> None:
    got = read_report(text, now)
    assert got.is_report and got.action == "return"
    assert got.ask is asked


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
