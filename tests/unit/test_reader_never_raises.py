"""Messages that once made the reader raise, and the sweep that would find their kind again.

A reader that raises on a chat message answers nothing at all. Each row is read as a person
would; the sweep reads every training message behind a greeting and before an afterthought,
the shapes in which a clause's position and the whole message's once parted.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.domain.absence_reader import read_report

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
CORPUS = Path(__file__).resolve().parents[1] / "data" / "reader_corpus"

# (text, is_report): a year gone by inside the speaker's own clause, after a greeting (the
# clause's position was looked up in the clause alone: IndexError).
ROWS = [
    ("张科长您好，去年年底我请了五天年假，结果一天都没休成哈哈", False),
    ("李局好，去年我请过一次婚假，今年还能请吗", False),
    ("张科长您好，我明天请一天年假，去年的没休完", True),
]


@pytest.mark.parametrize(("text", "is_report"), ROWS)
def test_reads_without_raising(text: str, is_report: bool) -> None:
    assert read_report(text, NOW).is_report is is_report


def test_training_messages_behind_a_greeting_never_raise() -> None:
    crashed = []
    for path in sorted(CORPUS.glob("train-*.jsonl"))[-8:]:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            now = datetime.fromisoformat(item["now"])
            for text in (f"张科长您好，{item['text']}", f"{item['text']}，去年也是这样"):
                try:
                    read_report(text, now)
                except Exception as error:  # the finding is the exception itself
                    crashed.append((item["id"], type(error).__name__))
    assert crashed == []
