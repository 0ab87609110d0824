"""Measures the reader of an event moved by the one who goes (intent._moved_by_goer).

Run ``.venv/bin/python bench/measure_moved.py [--show]``. Only training material is read
(``tests/data/reader_corpus/train-*.jsonl``) and sentences generated here; never a held-out
file.

1. Training, all files: bench/reader_score.py's figures with the mechanism and with it
   withheld (its reader answering nothing), and the messages whose reading it changes.
2. Synthetic: every event × shift word × new time × tie (今天不去, 今天不过去了, 今天在局里,
   我…去): how many read as the amend to the new time (kind null, or 会议/培训 where the
   event names one, 外出 where the going is said). And every event × shift × new time said
   for everyone (请各位准时参加, 大家今天不去了) or with nobody tied to it: how many are read
   as a report (the aim is none).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from reader_score import read_lines, score  # noqa: E402

from bot.domain.absence_reader import read_report  # noqa: E402
from bot.domain.reader import intent  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=TZ)  # a Thursday

EVENTS = [
    ("长城乡的检查", None), ("泵站验收", None), ("河长制考核", None), ("防汛演练", None),
    ("档案移交", None), ("现场勘查", None), ("水质采样", None), ("审计局的对账", None),
    ("省厅的会", "会议"), ("市局的座谈会", "会议"), ("党校的培训", "培训"), ("业务培训", "培训"),
]  # fmt: skip
SHIFTS = ["改到", "推到", "改成"]
NEW_TIMES = [
    ("明天下午", "2026-11-27T14:30", "2026-11-27T17:30"),
    ("下周一", "2026-11-30T08:30", "2026-11-30T17:30"),
    ("下周二上午", "2026-12-01T08:30", "2026-12-01T12:00"),
]
TIES = ["今天不去", "今天不过去了", "今天在局里", "我{new}去"]
SILENT = ["请各位准时参加", "大家今天不去了", ""]


@contextmanager
def withheld() -> Iterator[None]:
    """The mechanism's reader answering nothing, as main before it."""
    kept = intent._moved_by_goer

    def nothing(_skeleton: object) -> Callable[[str, tuple[str, ...]], None]:
        return lambda _text, _people: None

    intent._moved_by_goer = nothing  # type: ignore[assignment]
    try:
        yield
    finally:
        intent._moved_by_goer = kept


def _reading(text: str) -> tuple[object, ...]:
    got = read_report(text, NOW).to_json()
    if not got["is_report"]:
        return ()
    return (got["action"], got["kind"], str(got["start"])[:16], str(got["end"])[:16])


def synthetic(show: bool) -> None:
    with withheld():
        print("withheld:")
        _synthetic(False)
    print("with it:")
    _synthetic(show)


def _synthetic(show: bool) -> None:
    right = total = 0
    for (event, named), shift, (new, start, end), tie in (
        (e, s, n, t) for e in EVENTS for s in SHIFTS for n in NEW_TIMES for t in TIES
    ):
        text = f"{event}{shift}{new}了，{tie.format(new=new)}"
        kind = named or ("外出" if "去" in tie and "不" not in tie else None)
        want = ("amend", kind, start, end)
        got = _reading(text)
        total += 1
        right += got == want
        if show and got != want:
            print(f"  miss {text}: {got}")
    print(f"synthetic moved and tied: {right} of {total} read as the amend to the new time")
    read = total = 0
    for (event, _), shift, (new, _, _), tail in (
        (e, s, n, t) for e in EVENTS for s in SHIFTS for n in NEW_TIMES for t in SILENT
    ):
        text = f"{event}{shift}{new}了" + (f"，{tail}" if tail else "")
        got = _reading(text)
        total += 1
        read += bool(got)
        if show and got:
            print(f"  read {text}: {got}")
    print(f"synthetic moved for everyone or untied: {read} of {total} read as a report")


def training(show: bool) -> None:
    files = sorted((ROOT / "tests/data/reader_corpus").glob("train-*.jsonl"))
    with withheld():
        before = score(read_lines(files))
    after = score(read_lines(files))
    for name, s in (("withheld", before), ("with it", after)):
        print(
            f"training {name}: fully right {s.right} of {s.total}; non-reports recorded "
            f"{s.recorded}, asked {s.asked}; reports asked {s.reports_asked}"
        )
    old = {ident: got for _, ident, _, _, got in before.misses}
    new = {ident: got for _, ident, _, _, got in after.misses}
    print(f"  now right: {len(old.keys() - new.keys())}; now wrong: {len(new.keys() - old.keys())}")
    if show:
        for ident in sorted(old.keys() ^ new.keys()):
            print(f"  {'fixed' if ident in old else 'broken'}: {ident}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list what changes or misses")
    args = parser.parse_args()
    synthetic(args.show)
    training(args.show)


if __name__ == "__main__":
    main()
