"""How the reader reads a colleague's return told by someone else (老王回来了, 小李已经到岗了,
刘股长从省厅回来了), on generated messages none of the rules were written against.

Messages are built from parts (bot/domain/reader/others_back.py reads their shape, not
these words): names of every shape (老/小 with common and rare surnames, a surname with a
title, full names of two and three characters, a compound surname, two names joined or run
together), ways of being back, an errand finished first, a clause after (arrived, work
resumed), an opening @ or greeting, and an act of reporting (销假, 帮他销个假, 报一下). Each
is read as a return now for exactly those names; asked, or recorded when an act of
reporting is said. The contrasts are the same names in the shapes that are no report:
questions, hearsay and sightings, things and vehicles back, meals and breaks, not back or
not yet, anything said beside the return (a welcome, what they brought, what to do now) and
the speaker's own talk; each must stay silent.

Run ``.venv/bin/python bench/measure_others_back.py [--show N]`` (``--show`` prints N misses
of each side). Read at Thursday 2026-11-26 10:20, Asia/Shanghai.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.absence_reader import read_report  # noqa: E402

NOW = datetime(2026, 11, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai"))
SAMPLE = 400  # messages drawn on each side (a fixed seed: the same set every run)

NAMES: tuple[tuple[str, ...], ...] = (
    ("老彭",), ("小龚",), ("老蒯",), ("小糜",), ("老欧",), ("小汤",),
    ("钟工",), ("谢主任",), ("贺局",), ("罗股长",), ("龚会计",), ("黎书记",), ("欧阳科长",),
    ("任静",), ("邹磊",), ("黄志强",), ("谭晓燕",), ("司马飞",), ("欧阳晓峰",),
    ("老彭", "小龚"), ("钟工", "小汤"), ("谢主任", "贺局"), ("任静", "邹磊"),
)  # fmt: skip
PLACES = ("省厅", "市局", "长沙", "十万垅", "城东泵站", "区法院", "青山水库", "株洲")
ERRANDS = ("开完会", "看完病", "办完事", "巡完堤", "考完试")
JOBS = (
    "{place}的事办完了", "{place}那边检查完了", "闸门修好了", "巡查结束了", "测量很顺利",
    "培训提前结束了", "病好多了",
)  # fmt: skip
BACK = (
    "回来了", "已经回来了", "刚回来", "回到单位了", "已经回到局里了", "到岗了", "已经到岗了",
    "刚到办公室", "从{place}回来了", "已从{place}回来", "已经从{place}回来了", "{errand}回来了",
    "今天回来上班了", "已经上班了", "回单位了", "回局里了", "刚回到局里",
)  # fmt: skip
AFTER = ("", "", "", "，刚到局里", " 人已经在办公室了", "，人在办公室了", "，已经回到单位")
OPENING = ("", "", "", "各位，", "@全体成员 ", "陈主任，")
REPORTING = ("", "", "", "，销假", "，帮他销个假", "，报一下", "，跟大家说一声")

QUESTIONS = (
    "{n}回来了吗", "{n}回来了没", "{n}回来没有", "{n}到岗了没有？", "{n}是不是回来了",
    "{n}从{place}回来了吗", "{n}今天回来上班没有", "{n}回来了？",
)  # fmt: skip
HEARSAY = (
    "听说{n}回来了", "{n}好像回来了", "据说{n}已经从{place}回来了", "刚看见{n}回来了",
    "看到{n}到单位了", "群里说{n}回来了",
)  # fmt: skip
THINGS = (
    "快递回来了", "文件回来了", "公车回来了", "{n}的车回来了", "样品已经到了", "批复回来了",
    "{n}把材料拿回来了", "{n}的快递到了",
)  # fmt: skip
MEALS = ("{n}吃完饭回来了", "{n}午休回来了", "{n}去食堂回来了", "{n}抽烟回来了")
NOT_BACK = (
    "{n}回家了",
    "{n}回老家了",
    "{n}还没回来",
    "{n}没到岗",
    "{n}回来了又走了",
    "{n}在办公室",
    "{n}到了",
    "{n}回去了",
)  # fmt: skip  (明天回来, 三点回来 say the colleague is away until then: the rules' to read)
ASIDES = (
    "，欢迎归队", "，要签字的抓紧去", "，带了些特产", "，有事找他", "，在开会", "，辛苦了",
    "，让大家三点去开会", " 报销单可以找他签了", "，中午一起吃个饭",
)  # fmt: skip
SPEAKER = ("我看{n}回来了", "{n}回来了，我去找他签字", "{n}回来了我就走")


def _joined(names: tuple[str, ...], rng: random.Random) -> str:
    if len(names) == 1:
        return names[0]
    mark = rng.choice(("和", "、", ""))
    if not mark and not names[1].startswith(("老", "小")):
        mark = "和"  # only 老X/小X run together unmarked (刘洋小周)
    return mark.join(names)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(place=rng.choice(PLACES), errand=rng.choice(ERRANDS), n="{n}")


def reports(rng: random.Random) -> list[tuple[str, tuple[str, ...], bool]]:
    """(text, names, recorded): a colleague's return told plainly."""
    found = []
    for _ in range(SAMPLE):
        names = rng.choice(NAMES)
        who = _joined(names, rng)
        if rng.random() < 0.3:
            body = f"{who}{_fill(rng.choice(JOBS), rng)}，{_fill(rng.choice(BACK), rng)}"
        else:
            body = f"{who}{_fill(rng.choice(BACK), rng)}{rng.choice(AFTER)}"
        act = rng.choice(REPORTING)
        found.append((f"{rng.choice(OPENING)}{body}{act}", names, bool(act)))
    return found


def contrasts(rng: random.Random) -> list[tuple[str, str]]:
    """(text, family): the same names in shapes that are no report."""
    families = {
        "question": QUESTIONS, "hearsay": HEARSAY, "thing": THINGS, "meal": MEALS,
        "not back": NOT_BACK, "speaker": SPEAKER,
    }  # fmt: skip
    found = []
    for _ in range(SAMPLE):
        who = _joined(rng.choice(NAMES), rng)
        family = rng.choice((*families, "aside"))
        if family == "aside":
            text = f"{who}{_fill(rng.choice(BACK), rng)}{rng.choice(ASIDES)}"
        else:
            text = _fill(rng.choice(families[family]), rng)
        found.append((text.replace("{n}", who), family))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="misses shown on each side")
    args = parser.parse_args()
    rng = random.Random(20261201)
    minute = NOW.replace(second=0)
    right = asked = recorded = 0
    missed: list[str] = []
    for text, names, reported in reports(rng):
        got = read_report(text, NOW)
        ok = (got.is_report, got.action, got.kind, got.start, got.end, got.people) == (
            True, "return", "销假", None, minute, names,
        )  # fmt: skip
        if ok and got.ask != reported:
            right += 1
            asked += got.ask
            recorded += not got.ask
        else:
            missed.append(f"{text} → {got.action} {got.people} ask={got.ask}")
    print(f"reports: {SAMPLE}; read right {right} = {right / SAMPLE:.1%}", end="")
    print(f" (asked {asked}, recorded with an act of reporting {recorded})")
    silent: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    spoke = {"asked": 0, "recorded": 0}
    for text, family in contrasts(rng):
        got = read_report(text, NOW)
        total[family] += 1
        if not got.is_report:
            silent[family] += 1
            continue
        spoke["asked" if got.ask else "recorded"] += 1
        wrong.append(f"[{family}] {text} → {got.action} {got.kind} {got.people} ask={got.ask}")
    print(
        f"contrasts: {SAMPLE}; silent {sum(silent.values())} = {sum(silent.values()) / SAMPLE:.1%}"
        f" (asked {spoke['asked']}, recorded {spoke['recorded']})"
    )
    for family in sorted(total):
        print(f"  {family:<10} {silent[family]:>4} of {total[family]} silent")
    for line in missed[: args.show]:
        print("  missed:", line)
    for line in wrong[: args.show]:
        print("  spoke: ", line)


if __name__ == "__main__":
    main()
