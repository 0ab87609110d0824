"""Measures the homophone fallback (bot.domain.reader.homophones): its cost and its reach.

Run ``.venv/bin/python bench/measure_homophones.py``. Quietness: over every non-report of
the training files and every piece of the rectification report (read at two instants), how
many the fallback newly asks about (each one a false question in the group). Recall: each
training report the reader reads fully right gets one key word replaced by a random
homophone from the table (fixed seed); how many the rules are silent on, and how many the
reader then reads fully right (as a question). Never reads the held-out files.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reader_score import differences  # noqa: E402
from bot.domain import absence_reader as ar  # noqa: E402
from bot.domain.reader.homophones import table  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
REPORT = ROOT / "tests" / "data" / "rectification-report-2023-06.txt"
NOWS = ("2026-11-30T10:00:00+08:00", "2026-12-03T16:40:00+08:00")


def rules(text: str, now: datetime) -> ar.Report:
    return ar._read_message(text, now, ar._DEFAULT_OFFICE, None)


def training_items() -> list[dict[str, Any]]:
    """Every labelled line of the training files (never the held-out ones)."""
    return [
        json.loads(line)
        for path in sorted(CORPUS.glob("train-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def ordinary_texts(items: list[dict[str, Any]]) -> list[tuple[str, datetime]]:
    """What a fallback must stay quiet on: the training non-reports at their own time, and
    every piece of the rectification report at each of NOWS."""
    pieces = [p.strip() for p in re.split(r"[。；\n]", REPORT.read_text(encoding="utf-8"))]
    quiet = [
        (i["text"], datetime.fromisoformat(i["now"])) for i in items if not i["expect"]["is_report"]
    ]
    return quiet + [(p, datetime.fromisoformat(n)) for p in pieces if p for n in NOWS]


def main() -> None:
    items = training_items()
    quiet = ordinary_texts(items)
    asked = []
    for text, now in quiet:
        if not rules(text, now).is_report and ar.read_report(text, now).is_report:
            asked.append(text)
    print(
        f"quietness: {len(asked)} newly asked of {len(quiet)} non-reports"
        f" ({len(asked) / len(quiet):.2%})"
    )
    for text in asked:
        print("   ", text[:60])

    rng = random.Random(11)
    right = [
        (datetime.fromisoformat(i["now"]), i["text"], i["expect"])
        for i in items
        if i["expect"]["is_report"]
    ]
    right = [(n, t, e) for n, t, e in right if not differences(e, ar.read_report(t, n).to_json())]
    tried, silent, read = recall(right, rng)
    print(
        f"recall: {tried} slipped reports, rules silent on {silent},"
        f" read fully right (asked) {read} ({read / max(silent, 1):.1%})"
    )

    # The case table of tests/unit/test_absence_reader.py, against the reading of the
    # unslipped text (the table's tests hold it right).
    from tests.unit.test_absence_reader import CASES

    cases = [(now, text, ar.read_report(text, now).to_json()) for now, text, _ in CASES]
    tried, silent, read = recall([c for c in cases if c[2]["is_report"]], rng)
    print(f"case table: {tried} slipped reports, rules silent on {silent}, read right {read}")


def recall(
    right: list[tuple[datetime, str, dict[str, object]]], rng: random.Random
) -> tuple[int, int, int]:
    """(slipped, silent before, read fully right as a question after) over ``right``."""
    words = sorted(table(), key=len, reverse=True)
    tried = silent = read = 0
    for now, text, expected in right:
        spots = [(m.start(), w) for w in words for m in re.finditer(w, text)]
        if not spots:
            continue
        start, word = rng.choice(spots)
        sets = table()[word]
        while True:
            slip = "".join(rng.choice(chars) for chars in sets)
            if slip != word:
                break
        slipped = text[:start] + slip + text[start + len(word) :]
        tried += 1
        if rules(slipped, now).is_report:
            continue
        silent += 1
        got = ar.read_report(slipped, now).to_json()
        if not differences(expected, got) and got["ask"]:
            read += 1
    return tried, silent, read


if __name__ == "__main__":
    main()
