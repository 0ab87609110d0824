"""Scores the absence reader on labelled messages (CORPUS.md's JSON Lines shape).

Run ``.venv/bin/python bench/reader_score.py [FILES…] [--show-misses] [--category C]
[--no-second-opinion]``;
without files it reads ``tests/data/reader_corpus/train-*.jsonl``. It runs the very function
``bureau-bot parse`` uses and prints how many messages are fully right (is_report, action,
kind, start, end, people; periods too when the label has them), how many non-reports were
recorded or asked about, how many real reports are asked about, and the misses per category.
``--no-second-opinion`` scores the rules alone, without the learned model's gate. A line
that cannot be read counts as a miss with its error, never stops the run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.absence_reader import read_report  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
FIELDS = ("is_report", "action", "kind", "start", "end", "people")


@dataclass
class Score:
    """Totals over a corpus; ``misses`` holds (category, id, text, expected, got)."""

    total: int = 0
    right: int = 0
    non_reports: int = 0
    recorded: int = 0
    asked: int = 0
    reports_asked: int = 0  # real reports read with a question (a tap of friction)
    by_category: Counter[str] = field(default_factory=Counter)
    misses_by_category: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str, dict[str, object], dict[str, object]]] = field(
        default_factory=list
    )

    @property
    def right_share(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def recorded_share(self) -> float:
        return self.recorded / self.non_reports if self.non_reports else 0.0

    @property
    def asked_share(self) -> float:
        return self.asked / self.non_reports if self.non_reports else 0.0


def _periods(value: object) -> list[tuple[object, object]] | None:
    if not value:
        return None
    return [(p.get("start"), p.get("end")) for p in value]  # type: ignore[union-attr]


def differences(expected: dict[str, object], got: dict[str, object]) -> list[str]:
    """The fields a reading gets wrong (empty when fully right)."""
    if not expected.get("is_report"):
        return [] if not got.get("is_report") else ["is_report"]
    wrong = [f for f in FIELDS if expected.get(f) != got.get(f)]
    if expected.get("periods") and _periods(expected["periods"]) != _periods(got.get("periods")):
        wrong.append("periods")
    return wrong


def read_lines(paths: Iterable[Path]) -> Iterable[dict[str, object]]:
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except ValueError:
                    item = {"id": f"{path.name}:{number}", "bad": True}
                yield item


def score(items: Iterable[dict[str, object]], *, second_opinion: bool = True) -> Score:
    """Reads every labelled message and compares the reading with its label."""
    result = Score()
    for item in items:
        category = str(item.get("category") or "?")
        expected = item.get("expect")
        result.total += 1
        result.by_category[category] += 1
        got: dict[str, object]
        try:
            if not isinstance(expected, dict):
                raise ValueError("no expect")
            now = datetime.fromisoformat(str(item["now"]))
            reading = read_report(str(item["text"]), now, second_opinion=second_opinion)
            got = reading.to_json()
        except Exception as error:  # one bad line never stops the scoring
            got = {"error": f"{type(error).__name__}: {error}"}
            expected = expected if isinstance(expected, dict) else {}
        if not expected.get("is_report"):
            result.non_reports += 1
            if got.get("is_report"):
                result.asked += bool(got.get("ask"))
                result.recorded += not got.get("ask")
        elif got.get("is_report") and got.get("ask"):
            result.reports_asked += 1
        wrong = ["error"] if "error" in got else differences(expected, got)
        if not wrong:
            result.right += 1
            continue
        result.misses_by_category[category] += 1
        result.misses.append((category, str(item.get("id")), str(item.get("text")), expected, got))
    return result


def _brief(reading: dict[str, object]) -> str:
    if "error" in reading:
        return str(reading["error"])
    if not reading.get("is_report"):
        return "not a report"
    keys = (*FIELDS[1:], "periods", "ask")
    return " ".join(f"{k}={reading.get(k)}" for k in keys if reading.get(k) not in (None, []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines files (CORPUS.md)")
    parser.add_argument("--show-misses", action="store_true", help="list every miss")
    parser.add_argument("--category", default=None, help="only this category's misses")
    parser.add_argument(
        "--no-second-opinion", action="store_true", help="the rules alone, no learned gate"
    )
    args = parser.parse_args()
    files = args.files or sorted(CORPUS.glob("train-*.jsonl"))
    if not files:
        parser.error("no corpus files")
    result = score(read_lines(files), second_opinion=not args.no_second_opinion)
    print(f"messages: {result.total} in {len(files)} file(s)")
    print(f"fully right: {result.right} = {result.right_share:.1%}")
    print(
        f"non-reports: {result.non_reports}; recorded {result.recorded} = "
        f"{result.recorded_share:.1%}, asked {result.asked} = {result.asked_share:.1%}"
    )
    reports = result.total - result.non_reports
    print(f"reports asked about: {result.reports_asked} of {reports}")
    print("misses per category:")
    for category, count in result.misses_by_category.most_common():
        print(f"  {category:<18} {count:>4} of {result.by_category[category]}")
    if args.show_misses:
        for category, ident, text, expected, got in result.misses:
            if args.category and category != args.category:
                continue
            print(f"\n[{category}] {ident} {text!r}")
            print(f"  want: {_brief(expected)}")
            print(f"  got:  {_brief(got)}")
            print(f"  wrong: {', '.join(differences(expected, got)) or 'error'}")


if __name__ == "__main__":
    main()
