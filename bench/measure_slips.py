"""Measures the slip corrections (bot.domain.reader.homophones) by slip type and outcome.

Run ``.venv/bin/python bench/measure_slips.py [--per-report N] [--tables DIR]``. Each
training report the reader reads fully right gets one character of one key word replaced
(fixed seed, up to N slips per report and type): by a homophone (``homophones.json``) or by
a look-alike (``lookalikes.json``). What the rules alone make of the slipped text sorts it:
*silent* (no report), *misread* (a report, but not the labelled one: 赔产假 read as 产假,
捕去了 as going) or *robust* (still right). The reader's answer is then *asked right*,
*recorded right*, *asked wrong*, *recorded wrong* or *silent*. Quietness: every training
non-report and every piece of the rectification report (read at two instants) the reader
newly asks about or records, and every training report whose reading a correction changes.
``--tables`` reads the slip tables from another folder (to measure an older reader with the
same slips). Never reads the held-out files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reader_score import differences  # noqa: E402
from bot.domain import absence_reader as ar  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
REPORT = ROOT / "tests" / "data" / "rectification-report-2023-06.txt"
NOWS = ("2026-11-30T10:00:00+08:00", "2026-12-03T16:40:00+08:00")
TYPES = {"homophone": "homophones.json", "look-alike": "lookalikes.json"}
# The key words by what a slip of them may break.
GROUPS = {
    "kind": "请假 请假人 销假 休假 事假 病假 年假 调休 补休 婚假 产假 丧假"
    " 陪产假 探亲假 护理假 年休假 外出 出差 培训 开会 晚到 早退 迟到",
    "half/day": "上午 下午 中午 明天 后天 今天 明早 上班 下班",
    "return/cancel/negation": "回来 返回 取消 不去 不来 没去 没来",
    "correction": "不是 不对",
}
OUTCOMES = ("asked right", "recorded right", "asked wrong", "recorded wrong", "silent")

Reading = tuple[datetime, str, dict[str, object]]


def rules(text: str, now: datetime) -> ar.Report:
    return ar._read_message(text, now, ar._DEFAULT_OFFICE, None)


def outcome(expected: dict[str, object], got: dict[str, object]) -> str:
    if not got["is_report"]:
        return "silent"
    how = "asked" if got["ask"] else "recorded"
    return f"{how} {'wrong' if differences(expected, got) else 'right'}"


def group_of(word: str) -> str:
    return next((g for g, words in GROUPS.items() if word in words.split()), "clock")


def slips(
    items: list[Reading], sets: dict[str, list[str]], per_report: int, rng: random.Random
) -> list[tuple[Reading, str, str]]:
    """(reading, slipped text, key word) for up to ``per_report`` one-character slips each."""
    words = sorted(sets, key=len, reverse=True)
    found = []
    for item in items:
        text = item[1]
        spots = [
            (m.start() + at, word, other)
            for word in words
            for m in re.finditer(re.escape(word), text)
            for at, chars in enumerate(sets[word])
            for other in chars[1:]
        ]
        for at, word, other in rng.sample(spots, min(per_report, len(spots))):
            found.append((item, text[:at] + other + text[at + 1 :], word))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-report", type=int, default=3)
    parser.add_argument("--tables", type=Path, default=ROOT / "bot" / "domain" / "reader")
    args = parser.parse_args()
    items = [
        json.loads(line)
        for path in sorted(CORPUS.glob("train-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    quietness(items)
    reports = [
        (datetime.fromisoformat(i["now"]), i["text"], i["expect"])
        for i in items
        if i["expect"]["is_report"]
    ]
    right = [r for r in reports if not differences(r[2], ar.read_report(r[1], r[0]).to_json())]
    print(f"slipped: training reports read fully right {len(right)} of {len(reports)}")
    for kind, name in TYPES.items():
        sets = json.loads((args.tables / name).read_text(encoding="utf-8"))
        table: Counter[tuple[str, str]] = Counter()
        groups: Counter[tuple[str, str, str]] = Counter()
        rng = random.Random(11)
        for (now, _text, expected), slipped, word in slips(right, sets, args.per_report, rng):
            before = rules(slipped, now).to_json()
            sort = (
                "silent"
                if not before["is_report"]
                else "misread"
                if differences(expected, before)
                else "robust"
            )
            after = outcome(expected, ar.read_report(slipped, now).to_json())
            table[sort, after] += 1
            groups[group_of(word), sort, after] += 1
        print(f"{kind} slips: {sum(table.values())}")
        for sort in ("silent", "misread", "robust"):
            total = sum(n for (s, _), n in table.items() if s == sort)
            shares = ", ".join(f"{o} {table[sort, o]}" for o in OUTCOMES if table[sort, o])
            print(f"  rules {sort:7} {total:5}: {shares}")
        for group in (*GROUPS, "clock"):
            line = []
            for sort in ("silent", "misread"):
                total = sum(n for (g, s, _), n in groups.items() if g == group and s == sort)
                fixed = groups[group, sort, "asked right"]
                line.append(f"{sort} {fixed}/{total} asked right")
            print(f"    {group:24} {'; '.join(line)}")


def quietness(items: list[dict[str, object]]) -> None:
    """Non-reports newly asked about or recorded, and training readings a correction changes."""
    pieces = [p.strip() for p in re.split(r"[。；\n]", REPORT.read_text(encoding="utf-8"))]
    quiet = [(str(i["text"]), str(i["now"])) for i in items if not i["expect"]["is_report"]]  # type: ignore[index]
    quiet += [(p, n) for p in pieces if p for n in NOWS]
    newly = [
        t
        for t, n in quiet
        if not rules(t, datetime.fromisoformat(n)).is_report
        and ar.read_report(t, datetime.fromisoformat(n)).is_report
    ]
    print(f"quietness: {len(newly)} of {len(quiet)} non-reports newly asked or recorded")
    for text in newly:
        print("   ", text[:60])
    changed = []
    for i in items:
        now, text = datetime.fromisoformat(str(i["now"])), str(i["text"])
        found = rules(text, now)
        if found.is_report:
            got = ar.read_report(text, now, second_opinion=False)
            if (got.kind, got.start, got.end, got.action, got.people) != (
                found.kind,
                found.start,
                found.end,
                found.action,
                found.people,
            ):
                changed.append(text)
    print(f"training readings a correction changes: {len(changed)}")
    for text in changed:
        print("   ", text[:60])


if __name__ == "__main__":
    main()
