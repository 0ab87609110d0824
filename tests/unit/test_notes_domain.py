"""Reading a discipline note: category, time words, people, the cross-check, months."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.notes import (
    Cover,
    MonthError,
    NoteTimeError,
    category_of,
    covering,
    find_people,
    read_checked_time,
    read_day,
    read_month,
)
from bot.domain.office import OfficeHours

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 9, 30, tzinfo=TZ)  # Monday
OFFICE = OfficeHours()


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("9:10 抽查二楼，李四不在岗", "脱岗"),
        ("李四脱岗", "脱岗"),
        ("王五迟到20分钟", "迟到"),
        ("赵六早退", "早退"),
        ("李四未报备外出", "未报备外出"),
        ("李四外出未报备，不在岗", "未报备外出"),
        ("上班时间玩手机", "工作纪律"),
        ("办公室卫生较差", "其他"),
        ("", "其他"),
    ],
)
def test_category_from_words(text, category):
    assert category_of(text) == category


@pytest.mark.parametrize(
    ("text", "expected", "until"),
    [
        ("9:10 抽查二楼", at(30, 9, 10), None),
        ("9：10 全角冒号", at(30, 9, 10), None),
        ("9点10分 抽查", at(30, 9, 10), None),
        ("九点半 抽查", at(30, 9, 30), None),
        ("今天上午", at(30, 8, 30), NOW),  # a span, cut off at now
        ("昨天下午3点", at(29, 15), None),
        ("昨天下午", at(29, 14, 30), at(29, 17, 30)),
        ("昨天", at(29, 8, 30), at(29, 17, 30)),
        ("上周五 10:00", at(27, 10), None),
        ("周五 10:00", at(27, 10), None),  # a bare weekday looks back
        ("11月27日 8:40", at(27, 8, 40), None),
        ("11-27 8:40", at(27, 8, 40), None),  # month-day with a hyphen
        ("2026-11-02 16:00", at(2, 16), None),
        ("28号 10点", at(28, 10), None),
        ("3号楼 抽查", NOW, None),  # 3号楼 is a building, not a date
    ],
)
def test_time_words(text, expected, until):
    checked = read_checked_time(text, NOW, OFFICE)
    assert checked.at == expected
    assert checked.until == until


def test_no_time_words_means_now():
    checked = read_checked_time("抽查二楼，李四不在岗", NOW, OFFICE)
    assert checked.at == NOW
    assert checked.until is None
    assert not checked.said


@pytest.mark.parametrize(
    "text", ["10:00 抽查", "下午3点", "3点", "明天上午", "今天下午", "下周一 王五迟到", "下星期三"]
)
def test_future_times_are_refused(text):
    with pytest.raises(NoteTimeError) as err:
        read_checked_time(text, NOW, OFFICE)
    assert err.value.code == "future"


@pytest.mark.parametrize("text", ["2月30日 9:00", "25:10", "2026-13-01"])
def test_impossible_times_are_refused(text):
    with pytest.raises(NoteTimeError) as err:
        read_checked_time(text, NOW, OFFICE)
    assert err.value.code == "bad_date"


def test_too_old_is_refused():
    with pytest.raises(NoteTimeError) as err:
        read_checked_time("2024-11-02 9:00", NOW, OFFICE)
    assert err.value.code == "too_old"


def test_read_day_rolls_back_a_year_for_a_later_month():
    assert read_day("12月5日", date(2026, 11, 30)) == date(2025, 12, 5)
    assert read_day("没有日期", date(2026, 11, 30)) is None


NAMES = {"李四": 2, "王五": 3, "张三": 1, "张三丰": 9}
USERS = {"lisi": 2}


def test_people_by_name_mention_and_username():
    found = find_people("9:10 抽查，李四、王五不在岗", NAMES, USERS)
    assert found.member_ids == (2, 3)
    assert found.unknown == ()
    assert find_people("@lisi 不在岗", NAMES, USERS).member_ids == (2,)
    assert find_people("@LiSi 不在岗", NAMES, USERS).member_ids == (2,)
    assert find_people("@王五不在岗", NAMES, USERS).member_ids == (3,)


def test_longest_name_wins():
    assert find_people("张三丰迟到", NAMES, USERS).member_ids == (9,)


def test_unknown_handles_are_reported():
    found = find_people("@nobody_here 和 @赵六 不在岗", NAMES, USERS)
    assert found.member_ids == ()
    assert found.unknown == ("@nobody_here", "@赵六")


def test_nobody_named():
    assert find_people("抽查二楼，全员在岗", NAMES, USERS).member_ids == ()


def cover(member: int, start: datetime, end: datetime, reported: datetime, kind="事假", i=1):
    return Cover(i, member, kind, start, end, reported)


def test_covering_an_instant():
    morning = cover(2, at(30, 8, 30), at(30, 12), at(30, 8))
    assert covering([morning], 2, at(30, 9, 10), None, NOW) == morning
    assert covering([morning], 3, at(30, 9, 10), None, NOW) is None  # someone else's
    assert covering([morning], 2, at(30, 12), None, NOW) is None  # ends at 12:00


def test_a_report_made_after_the_note_does_not_cover():
    late = cover(2, at(30, 8, 30), at(30, 12), reported=at(30, 9, 40))
    assert covering([late], 2, at(30, 9, 10), None, written_at=at(30, 9, 35)) is None
    # made before the note was written (even if after the checked time), it counts
    assert covering([late], 2, at(30, 9, 10), None, written_at=at(30, 9, 45)) == late


def test_covering_a_span_takes_the_largest_overlap():
    short = cover(2, at(30, 8, 30), at(30, 9), at(30, 8), kind="外出", i=1)
    long = cover(2, at(30, 9), at(30, 12), at(30, 8), kind="事假", i=2)
    assert covering([short, long], 2, at(30, 8, 30), at(30, 12), NOW) == long
    assert covering([short], 2, at(30, 14, 30), at(30, 17, 30), at(30, 18)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11", (2026, 11)),
        ("2026-1", (2026, 1)),
        ("2026/11", (2026, 11)),
        ("2026.11", (2026, 11)),
        ("2026年11月", (2026, 11)),
        ("2026年11月份", (2026, 11)),
        ("202611", (2026, 11)),
        ("11月", (2026, 11)),
        ("十一月", (2026, 11)),
        ("12月", (2025, 12)),  # December has not begun yet: last year's
        ("本月", (2026, 11)),
        ("上月", (2026, 10)),
        (" 2026-11 ", (2026, 11)),
    ],
)
def test_months(text, expected):
    assert read_month(text, date(2026, 11, 30)) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("2026-13", "range"),
        ("2026-00", "range"),
        ("1999-11", "range"),
        ("13月", "range"),
        ("November", "format"),
        ("2026-11-30", "format"),
        ("26-11", "format"),
        ("x" * 10_000, "format"),
    ],
)
def test_bad_months(text, code):
    with pytest.raises(MonthError) as err:
        read_month(text, date(2026, 11, 30))
    assert err.value.code == code


def test_huge_note_text_reads_quickly():
    text = "李四不在岗" * 2000
    assert find_people(text, NAMES, USERS).member_ids == (2,)
    assert read_checked_time(text, NOW, OFFICE).at == NOW


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9:10", False),
        ("今天上午 9点半", False),
        ("周一", False),
        ("9:10 工作纪律良好", True),
        ("办公室卫生整洁", True),
    ],
)
def test_a_note_must_say_more_than_its_time(body, expected):
    from bot.domain.notes import has_substance

    assert has_substance(body) is expected


def test_the_category_list_is_the_one_the_database_accepts():
    """One list: the enum, the tuple the buttons and sheets use, and the storage CHECK."""
    import re
    from pathlib import Path

    from bot.domain.notes import CATEGORIES
    from bot.domain.vocabulary import NoteCategory

    sql = (Path(__file__).parents[2] / "storage/migrations/0005_notes.sql").read_text("utf-8")
    checked = re.search(r"category IN \(([^)]*)\)", sql)
    assert checked is not None
    assert tuple(re.findall(r"'([^']+)'", checked.group(1))) == CATEGORIES == tuple(NoteCategory)
