"""Readings found wrong in the console in the thirteenth session, each fixed by its cause
(one section per cause). Times are ``"MM-DD HH:MM"`` in 2026, read on Monday 30 November at
09:20.

A half with 不来了 (请个假，今天上午不来了) says when the speaker is away, ahead: the leave is
that half. The 了 of a negated verb is no perfective, so the clause is not one that tells what
happened, whose half would date the leave without bounding it
(absence_reader._HAPPENED, _event_halves).

A meeting held in the building (局里开会) beside a going in a clause of its own (明天上午局里
开会，下午去市局) is not what the speaker is away for; the going is (intent._HOME_MEETING).
It was silent: the meeting read as a notice.

A colleague said not to have come today, with an illness or an affair (老蒋今天生病没来,
小刘今天没来，家里有事), is their absence told after, asked about as reports for others are
(lexicon.STAY_AWAY); 怎么没来, 谁没来 and 被告没来 stay silent.

Coming in later said with 过来 (我今天有点事情要晚点过来大概十点钟吧) is lateness, as 晚点来
is (lexicon.LATE_BARE); it was silent. Coming over to fetch or see someone (材料晚点过来拿,
晚点过来找我) is no lateness.

A holiday named where the message gives no day of its own (春节前请两天年假, 元旦前请三天年假):
the date engine does not place holidays, so the length counted from today is a guess, asked
about, never recorded (absence_reader._holiday_undated). With a day of its own (12月31日请年假，
元旦前一天) it is recorded as before.

The day's other half in a clause of its own that goes somewhere too (上午去城东泵站，下午去长丰垸)
is away as well: the absence is the day, as BB0228 labels it (absence_reader._other_half_away).
It was the morning alone. A half back in the office (下午在局里, 在队里) or at a meeting in the
building is not away (lexicon.IN_OFFICE_THEN gains a unit's own 队里, 站里, 所里, 股里, a
bare 在局, and 正常/照常; a meeting word held in the building no longer hides the going beside it,
intent._duty_kind). ``bench/measure_split_day.py`` measures both sides on generated days.

A letter's title naming a colleague (关于刘洋同志请假的报告) says whose absence its body
reports, when the body names nobody (lexicon.TITLE_PERSON, read in intent.judged: the title
line itself is blanked as a letter's furniture). It was recorded as the sender's own.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.domain.absence_reader import read_report
from tests.unit.corpus_cases import at as _at
from tests.unit.test_reader_pass7 import Row, check_row, new

MON = _at(9, 20, 30, 11)
EARLY = _at(8, 0, 30, 11)  # before office hours, as lateness is told

CASES: list[tuple[datetime, str, Row]] = [
    (MON, "请个假，今天上午不来了", new("请假", "11-30 08:30", "11-30 12:00")),
    (MON, "请假，明天上午不来了", new("请假", "12-01 08:30", "12-01 12:00")),
    (MON, "帮小陈请个假，她今天上午不来了", new("请假", "11-30 08:30", "11-30 12:00", "小陈")),
    # contrasts: what happened this morning dates a day's leave (_event_halves)
    (MON, "今天早上摔了一跤，请病假", new("病假", "11-30 08:30", "11-30 17:30")),
    (MON, "今天上午不来了，孩子发烧", new("请假", "11-30 08:30", "11-30 12:00")),
    # a meeting in the building beside a going
    (MON, "明天上午局里开会，下午去市局", new("外出", "12-01 14:30", "12-01 17:30")),
    (MON, "上午局里开会，下午去泵站，四点回", new("外出", "11-30 14:30", "11-30 16:00")),
    (MON, "明天上午在单位参加培训，下午去区法院", new("外出", "12-01 14:30", "12-01 17:30")),
    (MON, "明天上午局里开会", None),
    (MON, "明天上午去市局开会，下午局里开会", new("会议", "12-01 08:30", "12-01 12:00")),
    # the day's other half away too
    (MON, "上午去城东泵站，下午去长丰垸", new("外出", "11-30 08:30", "11-30 17:30")),
    (MON, "明天上午去城东泵站，下午去长丰垸", new("外出", "12-01 08:30", "12-01 17:30")),
    (MON, "上午在泵站 下午在堤上", new("外出", "11-30 08:30", "11-30 17:30")),
    (MON, "上午去财政局，下午在局里", new("外出", "11-30 08:30", "11-30 12:00")),
    (MON, "上午去财政局，下午回单位", new("外出", "11-30 08:30", "11-30 12:00")),
    (MON, "贺勇上午去白石乡走访养殖户，下午在队里",
     new("外出", "11-30 08:30", "11-30 12:00", "贺勇")),
    (MON, "明天我上午去区审计局对接，下午赴青山水库查看水位",
     new("外出", "12-01 08:30", "12-01 17:30")),
    (MON, "周三上午到长丰垸巡堤；下午到湘潭县交地形图", new("外出", "12-02 08:30", "12-02 17:30")),
    (MON, "今天上午到十万垅大堤看险情，下午局里开会", new("外出", "11-30 08:30", "11-30 12:00")),
    (MON, "明天上午去区财政局对账，下午正常在股里办公", new("外出", "12-01 08:30", "12-01 12:00")),
    (MON, "今天何局上午在区委开会，下午在局", new("会议", "11-30 08:30", "11-30 12:00", "何局")),
    # a letter's title names whose absence it is
    (MON, "关于刘洋同志请假的报告：因家中老人住院需陪护，特申请12月2日至4日事假三天",
     new("事假", "12-02 08:30", "12-04 17:30", "刘洋")),
    (MON, "关于刘洋同志请假的报告\n因家中老人住院需陪护，特申请12月2日至4日事假三天",
     new("事假", "12-02 08:30", "12-04 17:30", "刘洋")),
    (MON, "关于张伟、李明同志外出的报告：二人于12月3日赴区政府对接，当日返回",
     new("外出", "12-03 08:30", "12-03 17:30", "张伟", "李明")),
    (MON, "关于申请休年假的报告：本人拟于12月7日至9日休年假",
     new("年假", "12-07 08:30", "12-09 17:30")),
    # coming in later, said with 过来
    (EARLY, "我今天有点事情要晚点过来大概十点钟吧", new("晚到", "11-30 08:30", "11-30 10:00")),
    (EARLY, "今天晚点过来，十点左右", new("晚到", "11-30 08:30", "11-30 10:00")),
    (EARLY, "材料晚点过来拿", None),
    (EARLY, "晚点过来找我", None),
    # late by a length said with 左右 (lexicon.LATE_DUR, LATE_WORD)
    (EARLY, "车坏半路上了，要晚一个小时左右", new("晚到", "11-30 08:30", "11-30 09:30")),
    (EARLY, "可能要晚半小时左右", new("晚到", "11-30 08:30", "11-30 09:00")),
    # a colleague not come today, told after
    (MON, "老蒋今天生病没来", new("病假", "11-30 08:30", "11-30 17:30", "老蒋")),
    (MON, "老蒋今天病了没来上班", new("病假", "11-30 08:30", "11-30 17:30", "老蒋")),
    (MON, "小刘今天没来，家里有事", new("请假", "11-30 08:30", "11-30 17:30", "小刘")),
    (MON, "老蒋今天怎么没来？", None),
    (MON, "今天谁没来", None),
    (MON, "被告没来，延期了", None),
    (MON, "小张昨天没来，今天来了", None),
]  # fmt: skip


@pytest.mark.parametrize(("now", "text", "row"), CASES, ids=[t for _, t, _ in CASES])
def test_console_readings(now: datetime, text: str, row: Row) -> None:
    check_row(now, text, row)


@pytest.mark.parametrize("text", ["老蒋今天生病没来", "小刘今天没来，家里有事"])
def test_colleague_not_come_is_asked(text: str) -> None:
    """Told by someone else, with no act of reporting: asked, never recorded outright."""
    got = read_report(text, MON)
    assert got.is_report and got.ask


@pytest.mark.parametrize("text", ["春节前请两天年假", "元旦前请三天年假", "国庆前一天请假"])
def test_holiday_without_a_day_is_asked(text: str) -> None:
    got = read_report(text, MON)
    assert got.is_report and got.ask


def test_holiday_beside_a_day_is_recorded() -> None:
    got = read_report("12月31日请年假，元旦前一天", MON)
    assert got.is_report and not got.ask
    assert (got.start, got.end) == (_at(8, 30, 31, 12), _at(17, 30, 31, 12))
