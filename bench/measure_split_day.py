"""How the reader reads a day split between two places (上午去城东泵站，下午去长丰垸), on generated
messages none of the rules were written against.

A morning away somewhere and an afternoon away somewhere else, each half in a clause of its
own, is the day away: one period from 08:30 to 17:30 (BB0228's label, 上午去区财政局，下午去
发改局，今天都不在局里). Messages are built from parts: a day (今天, 明天, 周X, none), the
speaker or no subject, two errands of every shape (去, 到, 赴, 在 + a place and an errand),
and a separator (a comma, a space, none). Read on Monday 30 November 2026 at 07:50, before
the day begins, so that a half already under way does not move the start.

The contrasts must not change: the other half back at work (下午在局里, 下午正常在股里办公,
下午到岗, 下午回单位) or at a meeting in the building (下午局里开会) keeps the absence to
the first half.

Run ``.venv/bin/python bench/measure_split_day.py [--show N] [--root PATH]``; ``--root``
reads with the reader of another checkout (the same bench at an older commit: the "before").
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
ZONE = ZoneInfo("Asia/Shanghai")
SAMPLE = 400  # messages drawn for each side (a fixed seed: the same set every run)
NOW = datetime(2026, 11, 30, 7, 50, tzinfo=ZONE)  # a Monday, before office hours

DAYS = (("今天", 0), ("明天", 1), ("", 0), ("周三", 2), ("周四", 3), ("下周一", 7))
SUBJECTS = ("", "我", "我")
ERRANDS = (
    "去城东泵站", "到长丰垸巡堤", "去区财政局对账", "赴青山水库查看水位", "在金霞闸站调试闸门",
    "去区审计局对接", "到十万垅大堤看险情", "去韶山灌区渠首", "在白石乡走访养殖户",
    "去区行政服务中心办手续", "到湘潭县交地形图", "在涟水河沿线检查",
)  # fmt: skip
SEPARATORS = ("，", "，", " ", ",", "；")
AT_WORK = ("在局里", "正常在股里办公", "到岗", "回单位", "局里开会", "在办公室写材料", "在局")


def _reader(root: Path) -> Any:
    sys.path.insert(0, str(root))
    return importlib.import_module("bot.domain.absence_reader").read_report


def _day(offset: int) -> date:
    return NOW.date() + timedelta(days=offset)


def split_cases(rng: random.Random) -> list[tuple[str, date]]:
    """(text, day): a morning away and an afternoon away elsewhere: the day away."""
    found: list[tuple[str, date]] = []
    for _ in range(SAMPLE):
        day, offset = rng.choice(DAYS)
        first, second = rng.sample(ERRANDS, 2)
        sep = rng.choice(SEPARATORS)
        text = f"{day}{rng.choice(SUBJECTS)}上午{first}{sep}下午{second}"
        found.append((text, _day(offset)))
    return found


def contrast_cases(rng: random.Random) -> list[tuple[str, date]]:
    """(text, day): a morning away, the afternoon at work: the morning alone."""
    found: list[tuple[str, date]] = []
    for _ in range(SAMPLE):
        day, offset = rng.choice(DAYS)
        sep = rng.choice(SEPARATORS[:2])
        text = f"{day}{rng.choice(SUBJECTS)}上午{rng.choice(ERRANDS)}{sep}下午{rng.choice(AT_WORK)}"
        found.append((text, _day(offset)))
    return found


def _span(got: Any) -> tuple[datetime | None, datetime | None]:
    return got.start, got.periods[-1][1] if got.periods else got.end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="misses shown on each side")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose reader reads")
    args = parser.parse_args()
    read_report = _reader(args.root.resolve())
    rng = random.Random(20261202)
    at = lambda d, h, m: datetime(d.year, d.month, d.day, h, m, tzinfo=ZONE)  # noqa: E731
    right = 0
    missed: list[str] = []
    for text, day in split_cases(rng):
        got = read_report(text, NOW)
        want = (at(day, 8, 30), at(day, 17, 30))
        if got.is_report and got.action == "new" and _span(got) == want:
            right += 1
        else:
            missed.append(f"{text!r} → {got.is_report} {_span(got)}")
    print(f"a day split between two places: {SAMPLE}; the whole day {right} = {right / SAMPLE:.1%}")
    kept = 0
    spoke: list[str] = []
    for text, day in contrast_cases(rng):
        got = read_report(text, NOW)
        want = (at(day, 8, 30), at(day, 12, 0))
        if got.is_report and _span(got) == want:
            kept += 1
        else:
            spoke.append(f"{text!r} → {got.is_report} {_span(got)}")
    share = f"{kept / SAMPLE:.1%}"
    print(f"contrasts, the afternoon at work: {SAMPLE}; the morning alone {kept} = {share}")
    for line in missed[: args.show]:
        print("  missed:", line)
    for line in spoke[: args.show]:
        print("  contrast:", line)


if __name__ == "__main__":
    main()
