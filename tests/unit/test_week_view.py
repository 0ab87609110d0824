"""Reading /whosout's and /calendar's span words (today is Monday 30 November 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.week_view import Span, SpanError, read_span

TODAY = date(2026, 11, 30)
DEPARTMENTS = ("工程股", "办公室")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("本周", Span("week", date(2026, 11, 30), date(2026, 12, 6))),
        ("这周", Span("week", date(2026, 11, 30), date(2026, 12, 6))),
        ("下周", Span("next_week", date(2026, 12, 7), date(2026, 12, 13))),
        ("12月", Span("month", date(2026, 12, 1), date(2026, 12, 31))),
        ("十二月", Span("month", date(2026, 12, 1), date(2026, 12, 31))),
        ("11月", Span("month", date(2026, 11, 1), date(2026, 11, 30))),
        ("1月", Span("month", date(2027, 1, 1), date(2027, 1, 31))),  # what is coming
        ("2026年2月", Span("month", date(2026, 2, 1), date(2026, 2, 28))),
        ("下个月", Span("month", date(2026, 12, 1), date(2026, 12, 31))),
        ("工程股", Span("week", date(2026, 11, 30), date(2026, 12, 6), "工程股")),
        ("办公室 下周", Span("next_week", date(2026, 12, 7), date(2026, 12, 13), "办公室")),
        ("12月 工程股", Span("month", date(2026, 12, 1), date(2026, 12, 31), "工程股")),
    ],
)
def test_spans(words, expected):
    assert read_span(words, TODAY, DEPARTMENTS) == expected


@pytest.mark.parametrize("words", ["", "明天", "周三", "12月3日", "本周三", "2026-12-03", "a b c"])
def test_single_days_are_not_spans(words):
    assert read_span(words, TODAY, DEPARTMENTS) is None


@pytest.mark.parametrize(
    ("words", "code"),
    [("13月", "month"), ("0月", "month"), ("1999年3月", "month"), ("财务股", "department")],
)
def test_bad_months_and_departments(words, code):
    with pytest.raises(SpanError) as caught:
        read_span(words, TODAY, DEPARTMENTS)
    assert caught.value.code == code and caught.value.value == words


def test_a_week_spans_monday_to_sunday_from_a_sunday():
    span = read_span("本周", date(2026, 12, 6), DEPARTMENTS)
    assert span is not None and (span.first, span.last) == (date(2026, 11, 30), date(2026, 12, 6))
