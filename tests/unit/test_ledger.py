"""The ledger's pure pieces: measures as the seed numbers them, the report's outline, and
the opening sentence's counts."""

from __future__ import annotations

from datetime import date

from bot.domain.ledger import LedgerItem, measure_lines, outline, status_counts
from bot.domain.rectification import Status
from messages.rectification_export import report_summary


def item(number: int, area: str | None, category: str | None, status: Status) -> LedgerItem:
    return LedgerItem(
        number, f"问题{number}", area, None, category, (), "", "", "", status, None, None
    )


def test_measures_are_numbered_unless_there_is_one():
    assert measure_lines(["甲", "乙", "丙"]) == ["一是甲", "二是乙", "三是丙"]
    assert measure_lines(["只有一条"]) == ["只有一条"]
    assert measure_lines([f"第{i}" for i in range(1, 12)])[10] == "十一是第11"


def test_outline_keeps_the_report_order_and_a_missing_level():
    items = [
        item(3, "乙方面", "丙类", Status.DONE),
        item(1, "甲方面", "甲类", Status.IN_PROGRESS),
        item(2, "甲方面", "乙类", Status.CLOSED),
        item(4, None, None, Status.NOT_STARTED),
    ]
    areas = outline(items)
    assert [a.title for a in areas] == ["甲方面", "乙方面", None]
    assert [[c.title for c in a.categories] for a in areas] == [["甲类", "乙类"], ["丙类"], [None]]
    assert [i.number for i in areas[0].categories[1].items] == [2]


def test_the_summary_sentence_counts_done_and_closed_together():
    items = [item(1, None, None, Status.DONE), item(2, None, None, Status.CLOSED)]
    items += [item(n, None, None, Status.LONG_TERM) for n in (3, 4)]
    items += [item(5, None, None, Status.IN_PROGRESS)]
    counts = {s.value: n for s, n in status_counts(items).items()}
    assert report_summary(date(2026, 12, 4), 5, counts) == (
        "截至2026年12月4日，5项问题已完成2项（其中已销号1项）、长期坚持2项、整改中1项，完成率40%。"
    )
