"""Throughput of the absence reader over its own case table (target: >= 5,000 messages/s).

Run ``.venv/bin/python bench/bench_reader.py [--seconds N]``. Prints figures; asserts
nothing, since timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

started = time.perf_counter()
from bot.domain.absence_reader import read_report  # noqa: E402

import_seconds = time.perf_counter() - started

from tests.unit.test_absence_reader import CASES  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"


def corpus_cases() -> list[tuple[datetime, str]]:
    """The blind training corpus's messages: longer and more varied than the table's."""
    found = []
    for path in sorted(CORPUS.glob("train-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found.append((datetime.fromisoformat(item["now"]), item["text"]))
    return found


def run(seconds: float, cases: list[tuple[datetime, str]]) -> tuple[int, float, float]:
    """Read ``cases`` over and over for about ``seconds``: (messages, wall, cpu)."""
    messages = 0
    begin, cpu_begin = time.perf_counter(), time.process_time()
    while True:
        for now, text in cases:
            read_report(text, now)
        messages += len(cases)
        elapsed = time.perf_counter() - begin
        if elapsed >= seconds:
            return messages, elapsed, time.process_time() - cpu_begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to measure")
    args = parser.parse_args()
    reports = sum(1 for now, text, _ in CASES if read_report(text, now).is_report)
    table = [(now, text) for now, text, _ in CASES]
    run(0.3, table)  # warm the caches (numerals, calendar) as a running bot would have them
    messages, elapsed, cpu = run(args.seconds, table)
    print(f"import of the reader: {import_seconds * 1000:.0f} ms (date engine, calendar)")
    print(f"case table: {len(CASES)} messages, {reports} reports, {len(CASES) - reports} not")
    print(f"read {messages} messages in {elapsed:.2f} s: {messages / elapsed:,.0f} messages/s")
    print(
        f"by CPU time ({cpu:.2f} s, steadier on a busy machine): {messages / cpu:,.0f} messages/s"
    )
    print(f"mean {elapsed / messages * 1e6:.0f} µs per message (target: >= 5,000 messages/s)")
    corpus = corpus_cases()
    if corpus:
        run(0.3, corpus)
        messages, elapsed, _ = run(args.seconds, corpus)
        print(
            f"training corpus ({len(corpus)} messages): {messages / elapsed:,.0f} messages/s, "
            f"mean {elapsed / messages * 1e6:.0f} µs"
        )


if __name__ == "__main__":
    main()
