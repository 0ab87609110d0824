"""Byte-identical readings across two checkouts: for a speed change that must not change one
answer.

Three steps, each its own run (the checkouts need not share anything but the inputs file):

    .venv/bin/python bench/compare_readings.py inputs /tmp/inputs.jsonl [--invariance]
    .venv/bin/python /old/checkout/bench/compare_readings.py dump /tmp/inputs.jsonl /tmp/old.txt
    .venv/bin/python bench/compare_readings.py dump /tmp/inputs.jsonl /tmp/new.txt
    .venv/bin/python bench/compare_readings.py compare /tmp/old.txt /tmp/new.txt

``inputs`` writes the (text, now) pairs once: every training line at its own ``now`` and at
six others (early Monday, Thursday afternoon, Friday 16:59, a Saturday, the eve of National
Day, New Year's Eve at night), behind three greetings and before three afterthoughts, the
reader's case table, and with ``--invariance`` every variant bench/measure_invariance.py
makes (all families, held-back ones included). Held-out files are never read. ``dump`` reads
each pair with the checkout it is run from (its own ``bot``, put first on the path), with the
second opinion and without, and writes the full ``repr`` of both answers a line each (an
exception is written as its type and text); ``compare`` counts the lines that differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
TZ = ZoneInfo("Asia/Shanghai")
NOWS = [
    datetime(2026, 11, 23, 7, 50, tzinfo=TZ),  # Monday before work
    datetime(2026, 11, 26, 15, 0, tzinfo=TZ),  # Thursday afternoon
    datetime(2026, 11, 27, 16, 59, tzinfo=TZ),  # Friday at the end of the day
    datetime(2026, 11, 28, 10, 0, tzinfo=TZ),  # Saturday
    datetime(2026, 9, 30, 10, 0, tzinfo=TZ),  # the day before National Day
    datetime(2026, 12, 31, 23, 30, tzinfo=TZ),  # New Year's Eve, at night
]
GREETINGS = ["领导好，", "各位早上好\n", "张科长您好，"]
AFTERTHOUGHTS = ["，谢谢", "。有事打我电话", "～"]


def training() -> Iterator[tuple[str, str]]:
    for path in sorted(CORPUS.glob("train-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield item["text"], item["now"]


def pairs(invariance: bool) -> Iterator[tuple[str, str]]:
    lines = list(training())
    yield from lines
    for text, _now in lines:
        for now in NOWS:
            yield text, now.isoformat()
    for text, now in lines:
        for greeting in GREETINGS:
            yield greeting + text, now
        for afterthought in AFTERTHOUGHTS:
            yield text + afterthought, now
    from tests.unit.test_absence_reader import CASES

    for now_at, text, _ in CASES:
        yield text, now_at.isoformat()
    if invariance:
        from bench import measure_invariance as mi

        reports, non_reports = mi.sources()
        for transform in mi.TRANSFORMS + mi.HELD_BACK:
            sides = [reports] + ([non_reports] if transform.on_non_reports else [])
            for items in sides:
                for made in mi.variants(transform, items):
                    yield str(made["text"]), str(made["now"])


def write_inputs(path: Path, invariance: bool) -> None:
    seen: set[tuple[str, str]] = set()
    with path.open("w", encoding="utf-8") as out:
        for pair in pairs(invariance):
            if pair not in seen:
                seen.add(pair)
                out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    print(f"{len(seen)} distinct (text, now) written to {path}")


def dump(inputs: Path, path: Path) -> None:
    from bot.domain import absence_reader
    from bot.domain.absence_reader import read_report

    print(f"reader from {Path(absence_reader.__file__).resolve().parents[2]}")
    digest = hashlib.sha256()
    count = 0
    with inputs.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for line in lines:
            text, now = json.loads(line)
            at = datetime.fromisoformat(now)
            for second_opinion in (True, False):
                try:
                    found = repr(read_report(text, at, second_opinion=second_opinion))
                except Exception as error:  # a raise is an answer to compare too
                    found = f"raised {type(error).__name__}: {error}"
                out.write(found + "\n")
                digest.update(found.encode())
                count += 1
    print(f"{count} readings written to {path}, sha256 {digest.hexdigest()[:16]}")


def compare(old: Path, new: Path) -> int:
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    differ = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    print(f"{min(len(a), len(b))} readings compared, {differ} differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    made = sub.add_parser("inputs")
    made.add_argument("path", type=Path)
    made.add_argument("--invariance", action="store_true")
    read = sub.add_parser("dump")
    read.add_argument("inputs", type=Path)
    read.add_argument("path", type=Path)
    both = sub.add_parser("compare")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.step == "inputs":
        write_inputs(args.path, args.invariance)
    elif args.step == "dump":
        dump(args.inputs, args.path)
    else:
        sys.exit(compare(args.old, args.new))


if __name__ == "__main__":
    main()
