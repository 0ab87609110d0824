"""One labelled corpus line read through ``read_report``, for the pass tables that pin the
blind corpus cases they fixed, and the tables' clock (shared so each pass does not carry its
own copy)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.reader_score import differences
from bot.domain.absence_reader import read_report

CORPUS = Path(__file__).resolve().parents[1] / "data" / "reader_corpus"
TZ = ZoneInfo("Asia/Shanghai")


def at(hour: int, minute: int, day: int = 26, month: int = 11) -> datetime:
    """The pass tables' clock: a time of a day in 2026, Asia/Shanghai (Thursday 26 November
    unless the row is about another day)."""
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def label(file: str, ident: str) -> dict[str, object]:
    """The labelled line ``ident`` of the training file ``file``."""
    with (CORPUS / file).open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if item["id"] == ident:
                return dict(item)
    raise KeyError(ident)


def check_corpus_case(file: str, ident: str) -> None:
    """The line is read fully right (every field ``bench/reader_score.py`` scores)."""
    item = label(file, ident)
    got = read_report(str(item["text"]), datetime.fromisoformat(str(item["now"]))).to_json()
    expect = item["expect"]
    assert isinstance(expect, dict)
    assert differences(expect, got) == []
