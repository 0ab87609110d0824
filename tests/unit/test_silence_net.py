"""The silence net (absence_reader.net_reading, intent.guess_intent): where no reader of the
rules finds a report's shape, the message names a time and the model is sure it is a report,
the reader asks about a reading guessed from general cues; it never records, and it never
speaks over a refusal the rules or the net recognise. Measured by
bench/measure_silence_net.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.domain import absence_reader as ar
from bot.domain.absence_reader import net_reading, read_report
from bot.domain.reader.expressions import Skeleton, expressions
from bot.domain.reader.intent import guess_intent, outing_now, refusal
from bot.domain.reader.report_model import MODEL, load
from bot.domain.reader.text import normalize, read_slips

TZ = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)  # a Monday, before the afternoon


def at(day: int, hour: int, minute: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def rules(text: str, now: datetime = NOW) -> ar.Report:
    """The reader without the net (rules and the homophone fallback)."""
    return read_report(text, now, second_opinion=False)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "people"),
    [
        # a terse note: a time, a meeting, a place elsewhere
        (
            "明天上午 市防指视频调度会 在区应急局参会",
            "会议",
            at(1, 8, 30, 12),
            at(1, 12, 0, 12),
            (),
        ),
        # a form with no leave word: those named go to a meeting
        (
            "会议报备：\n参会人员：李局、陈主任\n会议：全市冬修水利现场推进会\n地点：湘乡市"
            "\n时间：12月15日全天",
            "会议",
            at(15, 8, 30, 12),
            at(15, 17, 30, 12),
            ("李局", "陈主任"),
        ),
    ],
)
def test_a_silent_report_becomes_a_question(text, kind, start, end, people):
    assert not rules(text).is_report  # the rules alone are silent on it
    assert MODEL.sure(text)
    found = read_report(text, NOW)
    assert (found.is_report, found.ask, found.action) == (True, True, "new")
    assert (found.kind, found.start, found.end, found.people) == (kind, start, end, people)


@pytest.mark.parametrize(
    "text",
    [
        "明天上午9点开会",  # a meeting told, nobody said to go to it, held nowhere named
        "下午我都在办公室，有事打我座机",  # no cue of an absence at all
        "下周一到周五自来水公司改管，局大院每天下午断水两小时。",
        "明天去家里看看",  # a family word, but no affair keeping anyone away
    ],
)
def test_chatter_with_a_time_word_stays_silent(text):
    assert not read_report(text, NOW).is_report
    assert not net_reading(text, NOW).is_report  # silent even where the model is sure


@pytest.mark.parametrize(
    "text",
    [
        "明天下午不去区里开会了",  # a cancellation
        "下午小王去不去堤上？",  # a question to others
        "他明天去市局培训",  # someone else, unnamed
        "请各股室明天上午去区政府参加防汛会议",  # a notice
        "明天不用去泵站了",  # a negation
        "如果明天下雨，我就去泵站看看",  # a condition
        "我老婆下周出差一整周，接送孩子全靠我了",  # the family away, not the speaker
        "上午去泵站检查了，设备运行正常",  # work told as done
        "刘洋，你明天早点去北湖泵站",  # told to someone
    ],
)
def test_a_refusal_stays_silent(text):
    """net_reading is the net without the model's gate: a refusal holds however sure the
    model is, and the reader says what the rules say (silence, or a cancellation)."""
    assert not net_reading(text, NOW).is_report
    assert read_report(text, NOW) == ar.gated(rules(text), text)
    assert read_report(text, NOW).action in (None, "cancel")


def test_a_period_over_before_it_is_said_is_news():
    evening = at(30, 18, 0)
    text = "今天下午 区应急局 防汛会商 在那边参会"
    assert net_reading(text, NOW).is_report
    assert not net_reading(text, evening).is_report


def test_the_net_never_records_and_never_changes_a_reading_the_rules_make():
    for text in ("我明天请假", "明天下午请假半天，孩子家长会", "下午去区发改局交材料，4点回"):
        assert read_report(text, NOW) == ar.gated(rules(text), text)
    found = net_reading("明天上午 市防指视频调度会 在区应急局参会", NOW)
    assert found.ask


def test_the_net_speaks_only_at_or_above_its_threshold():
    text = "明天上午 市防指视频调度会 在区应急局参会"
    p = MODEL.probability(text)
    model = load('{"weights": {}, "intercept": 0.0, "threshold": 0.6}')
    assert not model.sure(text)  # no net threshold stored: the net never speaks
    assert MODEL.net_threshold == 0.8
    assert MODEL.sure(text) is (p >= 0.8)


def _skeleton(text: str) -> Skeleton:
    norm = read_slips(normalize(text))
    return Skeleton.build(norm, expressions(norm))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("明天下午不去区里开会了", "cancel"),
        ("我明天没请假", "negated"),
        ("请各股室明天上午去区政府参加防汛会议", "notice"),
        ("如果明天下雨，我就去泵站看看", "condition"),
        ("下午小王去不去堤上？", "question"),
        ("上午去泵站检查了，设备运行正常", "work done"),
        ("刘洋，你明天早点去北湖泵站", "addressed"),
        ("下午去区政府开会", None),
    ],
)
def test_the_net_names_the_refusal_it_respects(text, why):
    """Even where the rules have no reading at all, the guess is refused on these cues."""
    assert refusal(_skeleton(text)) == why
    assert (guess_intent(_skeleton(text)) is None) is (why is not None)


# --- no time said: an outing set out for now (intent.outing_now) ---------------------------


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        ("去区公安分局调卷宗", "外出", ()),  # a place elsewhere and an errand
        ("闸门那边漏水我直接过去了", "外出", ()),  # going over by itself (lx.OUT_WEAK)
        ("我去趟区财政局", "外出", ()),
        ("跟张工去看下泵站", "外出", ()),  # with a colleague: the speaker's outing
        ("跑一趟区财政局交材料", "外出", ()),  # 跑一趟 names no place the rules know as going
        ("北湖泵站报警了，我赶过去", "外出", ()),
        ("我去区里开会", "会议", ()),  # the meeting's own cue
        ("去省厅参加培训", "培训", ()),
    ],
)
def test_an_outing_set_out_now_with_no_time_is_asked_from_now(text, kind, people):
    assert not rules(text).is_report
    found = net_reading(text, NOW)  # the structure alone (read_report adds the model's gate)
    assert (found.is_report, found.ask, found.action) == (True, True, "new")
    assert (found.kind, found.start, found.end, found.people) == (kind, NOW, None, people)


def test_an_outing_set_out_now_is_asked_where_the_model_is_sure():
    for text in ("去区公安分局调卷宗", "闸门那边漏水我直接过去了", "我去区里开会"):
        assert MODEL.sure(text)
        found = read_report(text, NOW)
        assert (found.is_report, found.ask, found.start, found.end) == (True, True, NOW, None)


def test_an_outing_set_out_now_starts_at_opening_and_not_after_closing():
    text = "去区公安分局调卷宗"
    assert net_reading(text, at(30, 7, 50)).start == at(30, 8, 30)  # before 08:30: 08:30
    assert not net_reading(text, at(30, 18, 10)).is_report  # after closing: no absence
    assert not net_reading(text, at(28, 10, 0)).is_report  # a Saturday: no absence
    home = net_reading("去县水利局送个文件 然后直接回家了", at(30, 16, 30))
    assert (home.start, home.end) == (at(30, 16, 30), at(30, 17, 30))  # not back: closing


@pytest.mark.parametrize(
    "text",
    [
        # done, or back
        "去了趟区财政局",
        "刚去区财政局交材料回来",
        "已经去区财政局盖好章了",
        "去过区财政局了",
        # a plan, a wish, a habit, a need
        "我打算去区财政局",
        "准备去区财政局对接工作",
        "改天去泵站看看",
        "要不要去区财政局问问",
        "我平时都去区财政局交材料",
        "办这个需要去区政务服务中心",
        "去区财政局要带身份证",
        # told to others, for everyone, someone else's
        "请张工去区财政局调卷宗",
        "让小王去北湖泵站看看设备",
        "大家去区里开会",
        "他去区财政局了",
        # talked about, not going, leisure, a document
        "去区财政局的路修好了",
        "我不去区财政局",
        "下班后去超市",
        "区财政局搬到新区了",
        "我省到2025年农村自来水普及率达到88%",
    ],
)
def test_the_same_words_not_setting_out_now_stay_silent(text):
    assert not net_reading(text, NOW).is_report
    assert not read_report(text, NOW).is_report


def test_outing_now_reads_only_messages_with_no_time():
    """With a time the general guess reads the message (guess_intent); outing_now is only
    for messages naming none."""
    assert outing_now(_skeleton("明天去区公安分局调卷宗")) is None
    found = outing_now(_skeleton("去区公安分局调卷宗"))
    assert found is not None and (found.kind, found.doubt) == ("外出", True)
