"""How the reader reads whole constructions, not the corpus sentences they came from.

Each construction behind a miss of the blind files 72–77 (pass 15b) is written out here as
a template over its open slots (days, places, events, verbs, people), every combination is
read at one fixed moment, and the share read as the construction says is printed: the
non-report shape (silence) beside the nearest real report (which must stay a report of the
kind given). A rule fitted to one sentence scores well on its own row and badly here.

Run ``.venv/bin/python bench/measure_constructions.py [--show-misses]``. Prints figures;
asserts nothing (the unit tests in tests/unit/test_reader_pass15b.py do).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import datetime
from itertools import product
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.absence_reader import read_report  # noqa: E402

NOW = datetime(2026, 11, 26, 9, 15, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Thursday

DAYS = ("明天", "后天", "下周一", "周五")
HALVES = ("上午", "下午")
PLACES = ("市局", "区财政局", "区法院", "省厅", "东风水库")
ERRANDS = ("送材料", "对接项目", "办手续", "汇报工作")
EVENTS = ("视频会", "调度会", "推进会", "局务会", "培训", "业务学习", "省厅视频会议")
NAMES = ("老周", "小王", "李工", "张股长")
Silent = None  # the construction is no report

# (construction, template rows: (text, expected kind or None))
Rows = Iterator[tuple[str, str | None]]


def none_of() -> Rows:
    """无 as the verb of having none: 本周无外出 (silent); the speaker's own day beside it."""
    for ack, span, kind in product(("收到，", "", "报告："), ("本周", "今天", "明天", "下周"),
                                   ("外出", "出差", "请假")):  # fmt: skip
        for pre in ("无", "暂无", "均无"):
            yield f"{ack}{span}{pre}{kind}", Silent
    for day in DAYS:
        yield f"我{day}外出一天，其他人无外出", "外出"


def event_rescheduled() -> Rows:
    """An event of a day moved, nobody named, no 我, no going (silent); 更正 makes it one's own."""
    for day, event, shift, later in product(
        DAYS, EVENTS, ("改为", "改到", "调到"), ("下周三", "周四")
    ):
        yield f"{day}的{event}{shift}{later}上午九点", Silent
    for day, event in product(DAYS, EVENTS):
        yield f"更正：{day}的{event}改到下周三上午", "amend"


def banter() -> Rows:
    """Laughter about a colleague (silent); the speaker's own leave said laughing stays."""
    for name, day, act in product(NAMES, DAYS, ("去钓鱼", "请假去相亲", "去看演唱会")):
        yield f"哈哈，{name}说他{day}要{act}😂", Silent
    for day in DAYS:
        yield f"哈哈，我{day}请假去相亲😂", "请假"


def online() -> Rows:
    """An event attended online (silent); going to a place for it stays a report."""
    for day, event, how in product(
        DAYS, ("培训", "会议", "学习班"), ("线上参加", "在线参加", "线上开")
    ):
        yield f"{day}的{event}{how}，链接晚点发", Silent
    for day, place in product(DAYS, PLACES):
        yield f"{day}去{place}参加培训", "培训"


def vehicle() -> Rows:
    """去…的车: a vehicle named by where it goes (silent); 七点的车去… is one's own ride."""
    for day, place, veh in product(DAYS, PLACES, ("车", "大巴", "中巴")):
        yield f"{day}去{place}开会的{veh}八点在局门口出发", Silent
    for day, place in product(DAYS, PLACES):
        yield f"{day}早上七点的车去{place}开会", "会议"


def document() -> Rows:
    """An event naming a document (silent); taking the document somewhere stays an outing."""
    for day, event, doc in product(DAYS, ("协调会", "会议", "培训"), ("资料", "通知", "材料")):
        yield f"{day}的{event}{doc}我发你邮箱了", Silent
    for day, place in product(DAYS, PLACES):
        yield f"我{day}去{place}送会议材料", "外出"


def missed_event() -> Rows:
    """An event the speaker misses, then the outing that is the report (kind: the outing)."""
    for day, half, event, place, errand in product(
        DAYS, HALVES, ("例会", "推进会", "局务会"), PLACES[:3], ERRANDS[:2]
    ):
        yield f"{day}{half}的{event}我参加不了，要去{place}{errand}", "外出"
    for day, event in product(DAYS, ("培训", "会")):
        yield f"{day}的{event}我不去了", "cancel"


def surface() -> Rows:
    """在…本上/表上: a page, not a place (silent); 在堤上 is a place."""
    for book, act in product(
        ("登记本", "签到本", "登记表", "值班表"), ("签个到", "签个字", "登记一下")
    ):
        yield f"今天打卡机坏了，在{book}上{act}", Silent
    for half in HALVES:
        yield f"{half}在堤上巡查", "外出"


def resumed() -> Rows:
    """Back last night, at work today: the return ends today, when work resumes (到家了 is a
    return only after the trip is named)."""
    for before, back in product(
        ("", "出差提前结束，", "邵阳的事办完了，"), ("昨晚", "昨天晚上", "昨天下午")
    ):
        yield f"{before}{back}回来了，今天正常上班", "return@11-26"  # today, not yesterday
        if before:
            yield f"{before}{back}到家了，今天正常上班", "return@11-26"


def night_length() -> Rows:
    """一晚上没睡, 一上午都在…: a length, not the absence's time (the day stays whole)."""
    for leave, how in product(
        ("请个病假", "请一天病假", "病假一天"), ("一晚上没睡", "一晚上都在咳", "一宿没睡")
    ):
        yield f"今天{leave}，拉肚子{how}", "病假@11-26 08:30"
        yield f"王主任 我 今天 {leave} 拉肚子 {how}", "病假@11-26 08:30"  # voice input


def half_outing() -> Rows:
    """A planned outing for the half under way is that half; a brief errand starts now."""
    for place, errand, back in product(PLACES, ERRANDS, ("十一点半前回", "中午回", "11点回")):
        yield f"今天上午去{place}{errand}，{back}", "外出@11-26 08:30"
    for place, back in product(PLACES, ("十一点回", "中午前回")):
        yield f"上午跑一趟{place}，{back}", "外出@11-26 09:15"


CONSTRUCTIONS = (
    none_of, event_rescheduled, banter, online, vehicle, document, missed_event, surface,
    resumed, night_length, half_outing,
)  # fmt: skip


def right(text: str, expected: str | None) -> bool:
    """``expected``: None (silence), an action, a kind, or either with @"MM-DD HH:MM" (or its
    start) the start (the end, for a return) must have."""
    got = read_report(text, NOW)
    if expected is None:
        return not got.is_report
    expected, _, at = expected.partition("@")
    if at:
        instant = got.end if expected == "return" else got.start
        if instant is None or not instant.strftime("%m-%d %H:%M").startswith(at):
            return False
    if expected == "return":
        return got.is_report and got.action == "return"
    if expected in ("amend", "cancel"):
        return got.is_report and got.action == expected
    return got.is_report and got.action == "new" and got.kind == expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    total_right = total = 0
    for construction in CONSTRUCTIONS:
        counts = {"silent": [0, 0], "report": [0, 0]}
        misses = []
        for text, expected in construction():
            side = counts["silent" if expected is None else "report"]
            side[1] += 1
            if right(text, expected):
                side[0] += 1
            else:
                misses.append((text, expected))
        name = construction.__name__
        silent, report = counts["silent"], counts["report"]
        print(
            f"{name:18} non-reports silent {silent[0]:4}/{silent[1]:<4}"
            f"  contrasts right {report[0]:4}/{report[1]:<4}"
        )
        total_right += silent[0] + report[0]
        total += silent[1] + report[1]
        if args.show_misses:
            for text, expected in misses:
                print(f"    miss: {text!r} (want {expected or 'silence'})")
    print(f"all: {total_right}/{total} = {total_right / total:.1%}")


if __name__ == "__main__":
    main()
