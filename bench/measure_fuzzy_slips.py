"""Measures the fuzzy-pinyin twins (bot.domain.reader.fuzzy): what they bring, what they cost.

Run ``.venv/bin/python bench/measure_fuzzy_slips.py [--per-word N]``. Every measure compares
the reader with the twins and the same reader with them off (nothing else differs).

*Reports*: sentence frames of several shapes (a day first, a reason after, a person, a
closing; none taken from the corpus) each hold one key word; a frame counts where the
reader reads it right as a report. Its key word is replaced by each of up to N twins (fixed
seed): how many the reader without twins is silent on, and of those how many the twins turn
into a question with the right reading (*asked right*), a wrong one, or leave silent.

*Quietness*: every training non-report and every piece of the seed document (read at two
instants) that the twins newly make a question or a record of (must be 0), and every
training message whose reading they change (with its label: right before, right after).
Never reads the held-out files.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure_homophones import ordinary_texts, training_items  # noqa: E402
from bench.reader_score import differences  # noqa: E402
from bot.domain import absence_reader as ar  # noqa: E402
from bot.domain.reader.fuzzy import twins  # noqa: E402

FRAME_NOWS = ("2026-11-30T08:10:00+08:00", "2026-12-02T21:00:00+08:00")

# {w} is the key word. Kinds of leave, duties, lateness, halves and days, returns.
LEAVE = ("请假", "事假", "病假", "年假", "调休", "补休", "婚假", "产假", "丧假", "休假",
         "陪产假", "探亲假", "护理假", "年休假")  # fmt: skip
FRAMES = {
    LEAVE: (
        "明天{w}一天",
        "我后天{w}，家里有事",
        "下周一{w}两天 回老家",
        "领导好，周五{w}一天，麻烦批一下",
        "小刘明天{w}",
        "明天上午{w}半天",
        "12月8日{w}一天",
    ),
    ("外出", "出差", "培训", "开会"): (
        "明天去长沙{w}",
        "我下午{w}，五点前回",
        "后天到市局{w}一天",
        "老张明天{w}两天",
    ),
    ("迟到", "晚到", "早退"): ("明天早上{w}半小时", "我明天{w}一会儿，送孩子", "下午{w}一小时"),
    ("上午", "下午", "中午", "明天", "今天", "后天", "明早"): (
        "{w}请假",
        "我{w}要去医院，请个假",
        "{w}晚到一会儿",
        "小王{w}外出办事",
    ),
    ("回来", "返回"): ("我已经{w}了，销假", "出差{w}了，今天正常上班"),
    ("上班", "下班"): ("明天请假，后天正常{w}", "今天提前{w}两小时，孩子发烧"),
    ("不去", "不来", "没去", "没来", "不是", "取消"): (
        "明天{w}了，假取消",
        "{w}明天，是后天请假",
    ),
}


def read(text: str, now: datetime) -> dict[str, object]:
    return ar.read_report(text, now).to_json()


@contextmanager
def without_twins() -> Iterator[None]:
    """The reader with the twins off: no text holds one."""
    saved = ar.twin_corrected

    def none(text: str) -> str | None:
        return None

    ar.twin_corrected = none
    try:
        yield
    finally:
        ar.twin_corrected = saved


def outcome(expected: dict[str, object], got: dict[str, object]) -> str:
    if not got["is_report"]:
        return "silent"
    how = "asked" if got["ask"] else "recorded"
    return f"{how} {'wrong' if differences(expected, got) else 'right'}"


def reports(per_word: int) -> None:
    by_word: dict[str, list[str]] = {}
    for twin, word in sorted(twins().items()):
        by_word.setdefault(word, []).append(twin)
    rng = random.Random(7)
    table: Counter[tuple[str, str]] = Counter()
    by_group: Counter[tuple[str, str, str]] = Counter()
    framed = 0
    for words, frames in FRAMES.items():
        for word in words:
            chosen = by_word.get(word, [])
            chosen = rng.sample(chosen, min(per_word, len(chosen)))
            for frame in frames:
                text = frame.format(w=word)
                for stamp in FRAME_NOWS:
                    now = datetime.fromisoformat(stamp)
                    expected = read(text, now)
                    if not expected["is_report"] or expected["ask"]:
                        continue
                    framed += 1
                    for twin in chosen:
                        slipped = text.replace(word, twin, 1)
                        with without_twins():
                            before = read(slipped, now)
                        sort = outcome(expected, before)
                        after = outcome(expected, read(slipped, now))
                        table[sort, after] += 1
                        by_group[words[0], sort, after] += 1
    print(f"reports: {framed} framed reports read right, {sum(table.values())} with a twin")
    print("  without twins -> with them:")
    for (was, became), n in sorted(table.items()):
        print(f"    {was:14} -> {became:14} {n:5}")
    for words in FRAMES:
        g = words[0]
        silent = sum(n for (w, s, _), n in by_group.items() if w == g and s == "silent")
        right = by_group[g, "silent", "asked right"]
        total = sum(n for (w, _, _), n in by_group.items() if w == g)
        name = "/".join(words[:3]) + ("…" if len(words) > 3 else "")
        print(f"    {name:20} {total:4} slipped, silent {silent:4} -> asked right {right}")


def quietness() -> None:
    items = training_items()
    quiet = ordinary_texts(items)
    newly = []
    for text, now in quiet:
        with without_twins():
            before = read(text, now)
        if not before["is_report"] and read(text, now)["is_report"]:
            newly.append(text)
    print(f"quietness: {len(newly)} of {len(quiet)} non-reports newly asked or recorded")
    for text in newly:
        print("   ", text[:60])
    changed: Counter[tuple[bool, bool]] = Counter()
    for i in items:
        now, text = datetime.fromisoformat(str(i["now"])), str(i["text"])
        with without_twins():
            before = read(text, now)
        after = read(text, now)
        if before != after:
            was = not differences(i["expect"], before)
            is_now = not differences(i["expect"], after)
            changed[was, is_now] += 1
            how = f"{'right' if was else 'wrong'} -> {'right' if is_now else 'wrong'}"
            print(f"    changed ({how}): {i['id']} {text[:50]}")
    print(
        f"training readings the twins change: {sum(changed.values())}"
        f" (wrong -> right {changed[False, True]}, right -> wrong {changed[True, False]})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-word", type=int, default=4)
    args = parser.parse_args()
    print(f"twins: {len(twins())} of {len(set(twins().values()))} key words")
    reports(args.per_word)
    quietness()


if __name__ == "__main__":
    main()
