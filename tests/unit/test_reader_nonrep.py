"""Non-reports (issue 11, invariance): an outing said so that it is no report of anyone.

:mod:`bot.domain.reader.mood` reads who goes and when the outing is told: an outing over
before it is said and told done (下午去区财政局送材料，已办好 at 17:40) is work told; one whose
goers are a count of people (…，工程股去两个人) is an arrangement; a question someone put to
the speaker (小王问我明天去不去，…) is theirs, not the message's. Beside them, the shapes the
reader already kept silent (a question or an instruction to a colleague, a notice, a
who-will-go question), and the real reports close to all of them, which stay recorded.
Tuesday 2026-12-01, Asia/Shanghai.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report
from bot.domain.reader.mood import ASKED_OF_ME, OVER_DONE, OVER_UNTOLD, allotted, told_after
from bot.domain.reader.text import normalize

TZ = ZoneInfo("Asia/Shanghai")


def at(hhmm: str, day: int = 1) -> datetime:
    hour, minute = hhmm.split(":")
    return datetime(2026, 12, day, int(hour), int(minute), tzinfo=TZ)


# (text, kind, period end, said at, what the mood makes of it)
TOLD: list[tuple[str, str, datetime | None, datetime, str | None]] = [
    ("下午去区财政局送材料，已办好", "外出", at("17:30"), at("17:40"), OVER_DONE),
    ("上午跑了一趟区财政局，批文拿到了", "外出", at("12:00"), at("14:00"), OVER_DONE),
    ("下午去区里开协调会，很顺利", "会议", at("17:30"), at("17:45"), OVER_DONE),
    ("下午3点到5点去区档案馆查资料", "外出", at("17:00"), at("17:40"), OVER_UNTOLD),
    # a day named beside it: a misread date may have made it today's, asked only
    ("12-02 上午去区财政局送材料了", "外出", at("12:00"), at("17:40"), OVER_UNTOLD),
    # not over, over on another day, reported late on purpose, leave: left as read
    ("下午去区财政局送材料，已办好", "外出", at("17:30"), at("16:00"), None),
    ("马上去泵站看一下", "外出", None, at("10:00"), None),
    ("昨天下午去区财政局送材料了", "外出", at("17:30"), at("09:00", day=2), None),
    ("9:30-11:30 在区法院旁听 忘了报 补一下", "外出", at("11:30"), at("13:10"), None),
    ("上午去区财政局送材料了，补个报备", "外出", at("12:00"), at("13:10"), None),
    ("上午请了半天假，已经办完了", "请假", at("12:00"), at("14:00"), None),
]


@pytest.mark.parametrize(("text", "kind", "end", "now", "mood"), TOLD)
def test_told_after(
    text: str, kind: str, end: datetime | None, now: datetime, mood: str | None
) -> None:
    assert told_after(text, kind, end, now) == mood


@pytest.mark.parametrize(
    ("text", "arranged"),
    [
        ("明天下午去区财政局开会，工程股去两个人", True),
        ("周四去市局培训，办公室出一个人", True),
        ("明天上午的会各股室派一人参加", True),
        ("周五去长沙培训，三名同志参加", True),
        ("我明天去区财政局开会，工程股也去两个人", False),  # the speaker goes
        ("今天带两个人去湘江风光带巡河，中午回", False),  # the speaker takes people along
        ("明天一个人去区财政局送材料", False),  # going alone
    ],
)
def test_allotted(text: str, arranged: bool) -> None:
    assert allotted(text) is arranged


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("小王问我明天去不去,我明天下午去区财政局", "小王问我明天去不去"),
        ("李局刚才问我明天去不去市局", "李局刚才问我明天去不去市局"),
        ("我问一下,明天去不去区财政局?", None),  # the speaker asks
        ("有事问我,明天下午去区财政局", None),  # nobody asked
    ],
)
def test_asked_of_me(text: str, told: str | None) -> None:
    m = ASKED_OF_ME.search(normalize(text))
    assert (m.group(0) if m else None) == told


# Said at 10:00 unless a time follows the @.
SILENT = [
    # work done that day, told after it with its result
    "上午去区财政局把材料交了，已办好@17:40",
    "下午去区财政局送材料，已办好@17:40",
    "下午两点半去区发改局送材料，4点回，已办好@17:40",
    "今天上午去区财政局对账，已经对完了@12:10",
    "下午陪李局去区财政局汇报，很顺利@17:45",
    # an arrangement: who goes is a count
    "明天下午去区财政局开会，工程股去两个人",
    "周四去市局培训，办公室出一个人",
    "周四去市局培训，我们股去两个人",
    # a question or an instruction to a colleague, a notice, who will go
    "小王，你明天下午去不去区财政局？",
    "小王，明天下午你跑一趟区财政局",
    "小王你明天下午去区财政局把材料交一下",
    "明天下午各股室都去区财政局开会",
    "通知：明天下午各股室派一人去区财政局送材料",
    "明天下午谁去区财政局？",
    "明天下午哪位有空去区财政局送材料？",
    # someone else's question, told, with nothing the speaker does
    "小王问我明天去不去区财政局",
]

RECORDED = [
    # the close real reports: the speaker's own outing beside a told question or a count
    "小王问我明天去不去，我明天下午去区财政局",
    "李局刚才问我明天去不去市局，我明天上午去市局开会",
    "我明天下午去区财政局开会，工程股也去两个人",
    "今天带两个人去湘江风光带巡河，中午回@09:00",
    # the same outing told before it, or while it lasts
    "下午两点半去区发改局送材料，4点回",
    "我明天下午去区财政局送预算材料，四点回",
]


def _read(line: str) -> tuple[str, datetime]:
    text, _, hhmm = line.partition("@")
    return text, at(hhmm or "10:00")


@pytest.mark.parametrize("line", SILENT)
def test_no_report_of_anyone_is_silent(line: str) -> None:
    text, now = _read(line)
    assert not read_report(text, now).is_report


@pytest.mark.parametrize("line", RECORDED)
def test_the_close_real_reports_are_recorded(line: str) -> None:
    text, now = _read(line)
    got = read_report(text, now)
    assert got.is_report and not got.ask and got.action == "new" and got.people == ()


def test_over_but_not_told_done_is_asked_never_recorded() -> None:
    got = read_report("下午3点到5点去区档案馆查资料", at("17:40"))
    assert got.is_report and got.ask and got.kind == "外出"


def test_a_report_made_late_on_purpose_stands() -> None:
    got = read_report("9:30-11:30 我在区法院旁听行政诉讼案 忘了报 补一下", at("13:10"))
    assert got.is_report and got.kind == "外出"
    assert (got.start, got.end) == (at("09:30"), at("11:30"))


def test_with_a_slip_of_a_key_word_it_is_asked_not_silenced() -> None:
    # 夏午 for 下午: a slip may be what put the period in the past, so it is only asked about
    got = read_report("夏午去区财政局送材料，已办好", at("12:40"))
    assert got.is_report and got.ask
    assert not read_report("上午去区财政局送材料，已办好", at("12:40")).is_report
