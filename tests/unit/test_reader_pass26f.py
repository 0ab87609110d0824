"""Mechanisms of reader pass 26f (blind files 124–125: returns, cancellations and amendments
in ordinary words, each a message of its own between ordinary new reports), on sentences of
our own beside the corpus case.

Each cause the files showed, stated as a person would state the rule, is tried in other
words beside a contrast the change must not touch. Times are ``"MM-DD HH:MM"`` in 2026,
Asia/Shanghai; rows are read on Thursday 2026-11-26 at the time given.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.corpus_cases import at as _at
from tests.unit.corpus_cases import check_corpus_case
from tests.unit.test_reader_pass7 import Row, back, cancel, check_row

# Corpus cases fixed by this pass: (file, id).
FIXED = [
    ("train-124.jsonl", "BO0022"), ("train-124.jsonl", "BO0065"), ("train-124.jsonl", "BO0118"),
    ("train-124.jsonl", "BO0150"), ("train-125.jsonl", "BO0192"), ("train-125.jsonl", "BO0232"),
    ("train-125.jsonl", "BO0236"), ("train-125.jsonl", "BO0240"), ("train-125.jsonl", "BO0255"),
    ("train-125.jsonl", "BO0292"), ("train-125.jsonl", "BO0298"),
    ("train-125.jsonl", "BO0300"), ("train-125.jsonl", "BO0302"), ("train-122.jsonl", "BN0044"),
    ("train-122.jsonl", "BN0070"), ("train-124.jsonl", "BO0007"), ("train-124.jsonl", "BO0078"),
    ("train-125.jsonl", "BO0205"), ("train-125.jsonl", "BO0252"),
]  # fmt: skip

AT10 = _at(10, 0)
AT15 = _at(15, 0)

CASES: list[tuple[datetime, str, Row]] = [
    # 漏水点找到了，已回; 资料查完了人在局里了; 管涌点处理完 到局里了: a job finished (…完, …好,
    # 找到了), then back (已回, 到局里了, 人在单位了) is the speaker's own return, now.
    (AT15, "泵房漏水修好了，已回", back("11-26 15:00")),
    (AT15, "渗漏点找到了，已回", back("11-26 15:00")),
    (AT15, "图纸查完了人在单位了", back("11-26 15:00")),
    (AT15, "闸门试验做完 回到单位了", back("11-26 15:00")),
    (AT15, "报表做完了，已经交了", None),
    (AT15, "快递寄回来了", None),
    # 嗓子好点了明天照常上班; 腰好点了 明天正常上班: a body part better, work resumed on the day
    # named, as 病好了 is.
    (AT10, "牙好点了，明天正常上班", back("11-27 08:30")),
    (AT10, "嗓子好多了 明天照常来上班", back("11-27 08:30")),
    (AT10, "头好点了", None),
    # 挂完水了，下午去单位上班; 老家的事办完了，明天回来上班: an affair finished, then coming
    # back to work at the half or day named (去单位上班, 回局里上班): a return, ending then.
    # Work resumed with no coming back (明天正常上班) says nobody was away.
    (AT10, "老家的事弄完了，明天回来上班", back("11-27 08:30")),
    (_at(11, 50), "针打完了，下午去单位上班", back("11-26 14:30")),
    (_at(12, 10), "评审上午就结束了，下午回局里上班", back("11-26 14:30")),
    (AT10, "材料写完了，明天上班再给你", None),
    (AT10, "项目做完了，明天正常上班", None),
    (AT10, "报表做完了吗？明天上班前交", None),
    # 明天不跑了, 今天不过去了, 今天上午不下去了, 下周三上午不用我去了: the going withdrawn in
    # other verbs of going, a cancel of the outing for the day named.
    (AT10, "县里说材料可以网上报，周五不过去了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "明天不跑了", cancel("外出", "11-27 08:30", "11-27 17:30")),
    (AT10, "今天下午不过去了，在局里", cancel("外出", "11-26 14:30", "11-26 17:30")),
    (AT10, "周五上午不下去了", cancel("外出", "11-27 08:30", "11-27 12:00")),
    (AT10, "下周一不用我去了", cancel("外出", "11-30 08:30", "11-30 17:30")),
    # 应急局今天下午的会延期了，我下午在局里; 党校培训班延到下周了，这周二到周四我都在岗: an
    # event put off or called off, then the speaker at work on the days named (or 那天, the
    # event's day): a cancel of the event for those days. Nobody at work said, it stays as it was.
    (AT10, "区里今天下午的调度会延期了，我下午在办公室",
     cancel("会议", "11-26 14:30", "11-26 17:30")),
    (AT10, "市里的培训班推迟了，下周一到周三我都在岗",
     cancel("培训", "11-30 08:30", "12-02 17:30")),
    (AT10, "周五那个业务学习说不办了，我那天在单位", cancel("培训", "11-27 08:30", "11-27 17:30")),
    (AT10, "区里今天下午的调度会延期了吗？我下午在办公室", None),
    (AT10, "会议延期了，我在办公室等通知", None),
    (AT10, "水位下去了", None),
    (AT10, "他跑不动了", None),
    (AT10, "这周跑了四趟县里，不跑了", None),
    (AT10, "明天不下雨了", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_construction(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize(("file", "ident"), FIXED, ids=[i for _, i in FIXED])
def test_corpus_case(file: str, ident: str) -> None:
    check_corpus_case(file, ident)
