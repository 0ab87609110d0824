"""Throughput of the absence reader over its own case table (target: >= 5,000 messages/s).

Run ``.venv/bin/python bench/bench_reader.py [--seconds N] [--cold]``. Prints figures;
asserts nothing, since timings depend on the machine.

``--cold`` also reads the training corpus with other work between messages, as in the bot,
where python-telegram-bot, SQLite and the reply run between two readings and push the
reader's code and data out of the processor's caches. The loop above reads message after
message with everything cached; in the absence path the same reading costs several times
more (docs/performance.md, "Where the path's time goes").
"""

from __future__ import annotations

import argparse
import json
import statistics
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


def other_work(heap: list[str]) -> int:
    """What runs between two readings in the bot, for the caches' sake: a walk over a few
    megabytes of objects and a dictionary built, about what decoding an update, a database
    trip and a reply touch. Returns a value so the walk is not skipped."""
    total = sum(len(item) for item in heap[::3])
    scratch = {i: i for i in range(20_000)}
    return total + len(scratch)


def cold(cases: list[tuple[datetime, str]]) -> tuple[list[float], list[float]]:
    """Seconds per message read warm (one after another) and cold (other work between)."""
    heap = [str(i) for i in range(300_000)]
    warm: list[float] = []
    for now, text in cases:
        t0 = time.perf_counter()
        read_report(text, now)
        warm.append(time.perf_counter() - t0)
    chilled: list[float] = []
    for now, text in cases:
        other_work(heap)
        t0 = time.perf_counter()
        read_report(text, now)
        chilled.append(time.perf_counter() - t0)
    return warm, chilled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to measure")
    parser.add_argument("--cold", action="store_true", help="also read with other work between")
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
    if corpus and args.cold:
        warm, chilled = cold(corpus)
        print(
            f"the same corpus once, warm: median {statistics.median(warm) * 1e6:.0f} µs,"
            f" mean {statistics.fmean(warm) * 1e6:.0f} µs; with other work between messages:"
            f" median {statistics.median(chilled) * 1e6:.0f} µs,"
            f" mean {statistics.fmean(chilled) * 1e6:.0f} µs"
            f" ({statistics.median(chilled) / statistics.median(warm):.1f}× the warm median)"
        )


if __name__ == "__main__":
    main()
