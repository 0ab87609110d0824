"""How the reader reads bare days under a heading that names their week or month
(报一下下周外出：\\n周二上午 吴涛 去区财政局对账, 12月外出计划：\\n8号 我去…), on generated
messages none of the rules were written against.

Messages are built from parts: headings of every shape (a colon, 【】 brackets, a plan's
title, an act of reporting or a greeting before it) naming 下周/下礼拜/下星期, 本周/这周,
下下周, a month by number or 下个月; one or two lines beneath, each a bare weekday (周二,
星期四, 礼拜五) or a bare 号 day with a part of the day, and the speaker (我) or a colleague
of any name shape going somewhere. Each is read at several mornings chosen so that the
heading's day and the bare day read as today differ (a Monday for 下周二; the start of a month
for 12月 8号; no 本周 day already past, an outing told after). A reading is right when it is
a report whose first and last days are the heading's and whose people are the line's; the
bench also counts readings whose every day is one the heading places (two lines of mixed
spacing are read as one line, with a heading or without: a limit of their own).

The contrasts must not change: a heading that is a notice to everyone (下周工作安排：\\n周二上午
全局大会, a roster) stays silent; a line that names its own week (下下周一) keeps it; a single
line and lines with no heading read their bare days from today.

Two more sides, on a draw of their own: a heading closed by a colon with its one item on
the same line (下周外出：周二上午去区法院) places the item's day the same way, and a heading
sent alone (报一下下周外出：, its list to follow in the next message) is never recorded as the
week or the month away: it is asked about, or left silent.

Run ``.venv/bin/python bench/measure_heading_week.py [--show N] [--root PATH]``; ``--root``
reads with the reader of another checkout (the same bench on main: the "before").
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
ZONE = ZoneInfo("Asia/Shanghai")
SAMPLE = 400  # messages drawn for each side (a fixed seed: the same set every run)

# Monday 30 November to Friday 4 December 2026 at 09:20, and three November mornings early
# in the month (for 12月 and 下个月 headings, whose bare 号 read from today would fall in November).
WEEK_MORNINGS = tuple(
    datetime(2026, 11, 30, 9, 20, tzinfo=ZONE) + timedelta(days=d) for d in range(5)
)
MONTH_MORNINGS = tuple(datetime(2026, 11, d, 9, 20, tzinfo=ZONE) for d in (2, 3, 4))

WEEKS = (("下周", 1), ("下礼拜", 1), ("下星期", 1), ("本周", 0), ("这周", 0), ("下下周", 2))
WEEK_HEADINGS = (
    "{w}外出：", "报一下{w}外出：", "{w}安排：", "【{w}值班外出】", "{w}外出计划：",
    "{w}行程：", "各位，{w}外出报备：", "{w}去向", "报备一下{w}的外出：", "{w}外出安排",
)  # fmt: skip
MONTH_HEADINGS = ("{m}外出计划：", "{m}外出：", "报一下{m}的外出安排：", "【{m}外出】")
DAY_WORDS = ("周", "星期", "礼拜")
WEEKDAYS = "一二三四五"
PARTS = ("上午", "下午", "全天", "")
NAMES = ("吴涛", "李敏", "欧阳晓峰", "老彭", "小龚", "钟工", "谢主任", "申屠磊", "任静")
ERRANDS = (
    "去区财政局对账", "赴长丰垸巡堤", "去市局开会", "去区法院出庭", "去省厅送材料",
    "到城东泵站检修", "去青山水库查看水位", "去区审计局对接",
)  # fmt: skip
NOTICES = (
    "{w}工作安排：\n{d}上午全局大会", "{w}安排：\n{d}全局大会\n{e}消防演练",
    "【{w}值班】\n{d} 刘洋\n{e} 老吴", "{w}会议安排：\n{d}下午 党组会",
    "各位：{w}值班安排\n{d} 刘洋\n{e} 小蒋", "{w}工作安排：\n{d}上午 各股室报送材料",
)  # fmt: skip
OPENINGS = ("各位好\n", "陈主任：\n", "说一下\n")


def _reader(root: Path) -> Any:
    sys.path.insert(0, str(root))
    return importlib.import_module("bot.domain.absence_reader").read_report


def _line(rng: random.Random, day: str, own: bool = False) -> tuple[str, tuple[str, ...]]:
    """One line beneath the heading: a day, a part, who (the speaker when ``own``), where;
    and the people it names."""
    part, errand = rng.choice(PARTS), rng.choice(ERRANDS)
    if own or rng.random() < 0.4:
        return f"{day}{part}{rng.choice(('', ' '))}我{errand}", ()
    name = rng.choice(NAMES)
    if rng.random() < 0.3:
        return f"{name} {day}{part}{errand}", (name,)
    return f"{day}{part} {name} {errand}", (name,)


def _weekday_said(rng: random.Random, index: int) -> str:
    return f"{rng.choice(DAY_WORDS)}{WEEKDAYS[index]}"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


Case = tuple[str, datetime, list[date], tuple[str, ...]]


def heading_cases(rng: random.Random) -> list[Case]:
    """(text, now, days, people): bare days beneath a heading naming their week or month."""
    found: list[Case] = []
    for _ in range(SAMPLE):
        if rng.random() < 0.75:
            word, week = rng.choice(WEEKS)
            now = rng.choice(WEEK_MORNINGS)
            head = rng.choice(WEEK_HEADINGS).format(w=word)
            # 本周 days already behind today are outings told after: none is drawn
            first = now.weekday() if week == 0 else 0
            count = min(rng.choice((1, 1, 2)), 5 - first)
            indexes = sorted(rng.sample(range(first, 5), count))
            days = [_monday(now.date()) + timedelta(days=7 * week + i) for i in indexes]
            said = [_weekday_said(rng, i) for i in indexes]
        else:
            now = rng.choice(MONTH_MORNINGS)
            month = rng.choice(("12月", "十二月", "下个月", "下月"))
            head = rng.choice(MONTH_HEADINGS).format(m=month)
            numbers = sorted(rng.sample(range(now.day + 2, 29), rng.choice((1, 1, 2))))
            days = [date(2026, 12, n) for n in numbers]
            said = [f"{n}号" for n in numbers]
        # two lines of one message are the speaker's own (a report holds one set of people);
        # under 安排 a colleague's line is an assignment, which the rules leave to a person
        own = len(said) > 1 or "安排" in head
        lines = [_line(rng, s, own) for s in said]
        text = head + "\n" + "\n".join(t for t, _ in lines)
        found.append((text, now, days, lines[0][1]))
    return found


def contrast_cases(rng: random.Random) -> list[tuple[str, str, datetime, list[date] | None]]:
    """(family, text, now, days): notices stay silent (days None); a line's own week and
    lines with no heading keep their days."""
    found: list[tuple[str, str, datetime, list[date] | None]] = []
    for _ in range(SAMPLE):
        now = rng.choice(WEEK_MORNINGS)
        word, _week = rng.choice(WEEKS)
        family = rng.choice(("notice", "own week", "single line", "no heading"))
        first, second = rng.sample(range(5), 2)
        if family == "notice":
            text = rng.choice(NOTICES).format(
                w=word, d=_weekday_said(rng, first), e=_weekday_said(rng, second)
            )
            found.append((family, text, now, None))
            continue
        if family == "own week":
            own = rng.choice((("下下周", 2), ("下周", 1)))
            if own[1] == _week:
                own = ("下下周", 2) if _week != 2 else ("下周", 1)
            head = rng.choice(WEEK_HEADINGS).format(w=word)
            line, _people = _line(rng, f"{own[0]}{WEEKDAYS[first]}", "安排" in head)
            text = head + "\n" + line
            found.append((family, text, now, [_monday(now.date()) + timedelta(7 * own[1] + first)]))
            continue
        line, _people = _line(rng, _weekday_said(rng, first))
        shift = (first - now.weekday()) % 7
        days = [now.date() + timedelta(days=shift)]
        text = line if family == "single line" else rng.choice(OPENINGS) + line
        found.append((family, text, now, days))
    return found


def one_line_cases(rng: random.Random) -> list[Case]:
    """(text, now, days, people): a heading closed by a colon with its one item on the same
    line (下周外出：周二上午去区法院)."""
    found: list[Case] = []
    heads = [h for h in WEEK_HEADINGS if h.endswith("：")]
    for _ in range(SAMPLE // 2):
        word, week = rng.choice(WEEKS)
        now = rng.choice(WEEK_MORNINGS)
        first = now.weekday() if week == 0 else 0
        index = rng.randrange(first, 5)
        line, people = _line(rng, _weekday_said(rng, index), True)
        text = rng.choice(heads).format(w=word) + line
        found.append((text, now, [_monday(now.date()) + timedelta(days=7 * week + index)], people))
    return found


def alone_cases(rng: random.Random) -> list[tuple[str, datetime]]:
    """A heading sent alone, its list to follow in the next message: never the week or the
    month away (asked about, or silent)."""
    heads = [h.format(w=rng.choice(WEEKS)[0]) for h in WEEK_HEADINGS] + [
        h.format(m=m) for h in MONTH_HEADINGS for m in ("12月", "下个月")
    ]
    return [(rng.choice(heads), rng.choice(WEEK_MORNINGS)) for _ in range(SAMPLE // 4)]


def _days_read(got: Any) -> list[date]:
    """The first and the last day the reading covers (one day: that day once). Two lines of
    days are read as two periods or as one stretch from the first to the last, as the
    rules read them without a heading; the heading decides only which week or month."""
    if got.start is None:
        return []
    last = got.periods[-1][1] if got.periods else got.end
    first = got.start.date()
    return [first] if last is None or last.date() == first else [first, last.date()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="misses shown on each side")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose reader reads")
    args = parser.parse_args()
    read_report = _reader(args.root.resolve())
    rng = random.Random(20261201)
    right = asked = placed = 0
    missed: list[str] = []
    for text, now, days, people in heading_cases(rng):
        got = read_report(text, now)
        placed += got.is_report and bool(_days_read(got)) and set(_days_read(got)) <= set(days)
        ok = got.is_report and got.action == "new" and _days_read(got) == days
        if ok and tuple(got.people) == people:
            right += 1
            asked += got.ask
        else:
            missed.append(
                f"{text!r} @{now:%a %m-%d} want {days} {people} → "
                f"{_days_read(got)} {got.people} ask={got.ask}"
            )
    print(
        f"under a heading: {SAMPLE}; read right {right} = {right / SAMPLE:.1%} (asked {asked});"
        f" every day read on a day the heading places {placed} = {placed / SAMPLE:.1%}"
    )
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    spoke: list[str] = []
    for family, text, now, want in contrast_cases(rng):
        got = read_report(text, now)
        total[family] += 1
        ok = not got.is_report if want is None else got.is_report and _days_read(got) == want
        kept[family] += ok
        if not ok:
            spoke.append(
                f"[{family}] {text!r} @{now:%a %m-%d} want {want} → "
                f"{got.is_report} {_days_read(got)} {got.people} ask={got.ask}"
            )
    print(f"contrasts: {SAMPLE}; as they should be {sum(kept.values())}")
    for family in sorted(total):
        print(f"  {family:<12} {kept[family]:>4} of {total[family]}")
    more = random.Random(20261202)  # its own draw: the figures above stay comparable
    cases = one_line_cases(more)
    on_line = 0
    for text, now, days, people in cases:
        got = read_report(text, now)
        fine = got.is_report and _days_read(got) == days and tuple(got.people) == people
        on_line += fine
        if not fine:
            missed.append(f"{text!r} @{now:%a %m-%d} want {days} {people} → {_days_read(got)}")
    print(f"one line, heading：item: {len(cases)}; read right {on_line}")
    alone = alone_cases(more)
    unrecorded = 0
    for text, now in alone:
        got = read_report(text, now)
        unrecorded += not got.is_report or got.ask
        if got.is_report and not got.ask:
            spoke.append(f"[alone] {text!r} recorded {_days_read(got)}")
    print(f"a heading alone: {len(alone)}; never recorded {unrecorded}")
    for line in missed[: args.show]:
        print("  missed:", line)
    for line in spoke[: args.show]:
        print("  contrast:", line)


if __name__ == "__main__":
    main()
