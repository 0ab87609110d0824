"""The voice family (bench/measure_invariance.py, bench/voice_heldback.py): the same words as
voice input leaves them read as the typed message. Rows of the mechanism in
bot/domain/reader/spacing.py, then sentences of our own read typed and as voice leaves them.
Times are ``"MM-DD HH:MM"`` in 2026, Asia/Shanghai (Thursday 2026-11-26).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import Report, read_report
from bot.domain.reader.rosters import separated
from bot.domain.reader.spacing import clause_spaces, unspaced, voice_stops

TZ = ZoneInfo("Asia/Shanghai")
THU = datetime(2026, 11, 26, 9, 0, tzinfo=TZ)


def _spaced(text: str) -> str:
    return " ".join(re.findall(r"[0-9]+|\S", text))


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("明 天 请 假 一 天", "明天请假一天"),
        ("周 3 下 午 请 假 ， 去 医 院", "周3下午请假，去医院"),
        ("今 天 上 午 去 区 里 开 会 ， 11 ： 30 回", "今天上午去区里开会，11：30回"),
        ("@ 李 主 任 明 天 请 假", "@李主任明天请假"),
        # A wider gap is the writer's own: a roster, a name and a date.
        ("张 伟  陈 静  明 天 去 市 局", "张伟 陈静 明天去市局"),
        ("刘 洋  12 月 3 日  年 假", "刘洋 12月3日 年假"),
    ],
)
def test_character_spacing_is_undone(text: str, joined: str) -> None:
    assert unspaced(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        "明天请假一天",
        "明天 请假 一天",  # words apart: join_spaces reads them
        "小陈 周五之前把巡查台账补齐",
        "张伟 陈静 孙丽 明天去河口镇",
        "请假人：王强 时间：明天 事由：看病",
        "明 天",  # too short to tell
    ],
)
def test_other_spacing_is_left(text: str) -> None:
    assert unspaced(text) == text


def _fields(found: Report) -> tuple[object, ...]:
    return (found.is_report, found.action, found.kind, found.start, found.end, found.people)


SENTENCES = [
    "周3下午去东风水库测水位",
    "今天上午去区住建局开图审会，11:30回",
    "路上堵车了，晚到40分钟左右",
    "刚才说错了，不是周四下午，是周四上午",
    "下下周二到周三去市里参加财务结算培训",
    "我今天4点50走，接孩子",
    "泵站那边看完了，已回",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_character_spaced_report_reads_as_typed(text: str) -> None:
    typed = read_report(text, THU)
    assert typed.is_report
    assert _fields(read_report(_spaced(text), THU)) == _fields(typed)


@pytest.mark.parametrize(
    "text",
    [
        "出差超过5天的要先报局长",
        "调休还剩两天没休的同志，元旦前不休就作废了",
        "去年年底我请了五天年假，结果一天都没休成",
    ],
)
def test_a_character_spaced_non_report_stays_silent(text: str) -> None:
    assert not read_report(_spaced(text), THU).is_report


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("外面的事办完了已回办公室", "外面的事办完了,已回办公室"),
        (
            "下午三点去区自来水公司协调管道迁改四点半回来",
            "下午三点去区自来水公司协调管道迁改,四点半回来",
        ),
        ("市局的会开完了我回来了", "市局的会开完了,我回来了"),
        ("冬修检查提前结束现在已经回到局里", "冬修检查提前结束,现在已经回到局里"),
        ("明天上午请假下午到", "明天上午请假,下午到"),
        ("欧阳晓峰和符琳今天去市局开会", "欧阳晓峰和符琳今天去市局开会"),  # no time before
        ("防汛办下午去东湖垸排查隐患", "防汛办下午去东湖垸排查隐患"),  # a unit, not a place gone to
        ("衡阳的事办完了提前回来了", "衡阳的事办完了,提前回来了"),
        ("周一的调休不请了有个会要参加", "周一的调休不请了,有个会要参加"),
        ("我参加不了明天的会", "我参加不了明天的会"),
        # One time, a time and its subject, a time after a preposition: no clause opens.
        ("明天上午九点到十一点去区里", "明天上午九点到十一点去区里"),
        ("12月8日—12月10日到宁乡参加培训", "12月8日—12月10日到宁乡参加培训"),
        ("张局和办公室小唐明天上午去区委", "张局和办公室小唐明天上午去区委"),
        ("今天下班前把明天外出的车辆申请报给办公室", "今天下班前把明天外出的车辆申请报给办公室"),
        ("帮我接一下我妈", "帮我接一下我妈"),
        ("她大后天请年假一天", "她大后天请年假一天"),
        ("明天去市里开会上午", "明天去市里开会上午"),  # a closing time opens nothing
        # The writer's own stops: left as they are.
        ("外面的事办完了，已回办公室", "外面的事办完了，已回办公室"),
    ],
)
def test_a_clause_opens_where_voice_dropped_the_stop(text: str, stopped: str) -> None:
    assert voice_stops(text) == stopped


NO_STOPS = [
    "外面的事办完了，已回办公室",
    "今天上午在区审计局对接年度审计整改，十一点半回",
    "冬修检查提前结束，现在已经回到局里",
    "市局的会开完了，我回来了",
    "泵站修好了，人回来了",
]


@pytest.mark.parametrize("text", NO_STOPS)
def test_a_report_without_its_stops_reads_as_typed(text: str) -> None:
    typed = read_report(text, THU)
    assert typed.is_report
    bare = re.sub(r"[，。]", "", text)
    assert _fields(read_report(bare, THU)) == _fields(typed)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("刘洋邓伟今天赴湘潭县", "刘洋、邓伟今天赴湘潭县"),
        ("我股刘洋周敏两位同志明天赴株洲", "我股刘洋、周敏两位同志明天赴株洲"),
        ("罗科长小谢今天去易俗河镇", "罗科长、小谢今天去易俗河镇"),
        ("农水股的老彭小龚谭丽今天去花石镇", "农水股的老彭、小龚、谭丽今天去花石镇"),
        ("李局陈主任今天上午在区委开会", "李局、陈主任今天上午在区委开会"),
        # Names already joined, one name, a run read more than one way: left as they are.
        ("老彭和小龚下周一去市局", "老彭和小龚下周一去市局"),
        ("戚主任和邵磊下午去区应急局", "戚主任和邵磊下午去区应急局"),
        ("王局周三至周五在省委党校", "王局周三至周五在省委党校"),
        ("周建华罗平高建新今天到周三", "周建华罗平高建新今天到周三"),
        ("张建国局长今天下午在区政府", "张建国局长今天下午在区政府"),  # one name
        ("代农水股贺建国报：明天到后天在射埠镇", "代农水股贺建国报：明天到后天在射埠镇"),
    ],
)
def test_a_roster_said_without_marks_is_separated(text: str, apart: str) -> None:
    assert separated(text) == apart


ROSTERS = [
    "刘洋、邓伟今天去湘潭县暗访，下午回",
    "张局、李局今天上午在区委参加专题会议",
    "老彭、小龚、谭丽明天去花石镇检查农田建设",
]


@pytest.mark.parametrize("text", ROSTERS)
def test_a_roster_without_its_marks_reads_as_typed(text: str) -> None:
    typed = read_report(text, THU)
    assert typed.is_report and len(typed.people) >= 2
    bare = re.sub(r"[，、]", "", text)
    assert _fields(read_report(bare, THU)) == _fields(typed)


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("明天上午请假 去社保局补办医保卡 下午到", "明天上午请假 去社保局补办医保卡,下午到"),
        ("昨晚巡堤到半夜  今天上午调休  下午到岗", "昨晚巡堤到半夜,今天上午调休,下午到岗"),
        (
            "各位领导，明天请假 去社保局补办医保卡 下午到",
            "各位领导，明天请假 去社保局补办医保卡,下午到",
        ),
        ("周三上午我去区发改局 如果有事找小谢", "周三上午我去区发改局,如果有事找小谢"),
        # Times side by side are a list; a run that is only a time, or words that open no
        # clause, are left to join_spaces.
        ("本周四下午 下周一上午请事假", "本周四下午、下周一上午请事假"),
        ("12月14日 12月16日两天请年假", "12月14日、12月16日两天请年假"),
        ("下午两点半到四点半 区应急局开防火会", "下午两点半到四点半 区应急局开防火会"),
        ("今天巡堤 姜畲段到响水段 一天都在堤上", "今天巡堤 姜畲段到响水段 一天都在堤上"),
        ("我下周一出差 去常德 周一到周二两天", "我下周一出差 去常德 周一到周二两天"),
        # Words apart, a list or a mention running on, a slip owned: left to join_spaces.
        ("明天 请假 一天", "明天 请假 一天"),
        ("周建华、罗平、高建新 今天到周三在水库", "周建华、罗平、高建新 今天到周三在水库"),
        (
            "@办公室 我那个请假日期填错了 应该是12月3号",
            "@办公室 我那个请假日期填错了 应该是12月3号",
        ),
    ],
)
def test_a_space_between_clauses_is_their_stop(text: str, stopped: str) -> None:
    assert clause_spaces(text) == stopped


@pytest.mark.parametrize(
    "text", ["明天上午请假，去社保局补办医保卡，下午到", "昨晚巡堤到半夜，今天上午调休，下午到岗"]
)
def test_a_report_with_spaces_for_stops_reads_as_typed(text: str) -> None:
    typed = read_report(text, THU)
    assert typed.is_report
    assert _fields(read_report(text.replace("，", " "), THU)) == _fields(typed)
    assert _fields(read_report(text.replace("，", "  "), THU)) == _fields(typed)
