import logging
from datetime import date

from bot.domain.workcalendar import WorkCalendar


def test_statutory_holidays_and_adjusted_weekends():
    cal = WorkCalendar()
    assert not cal.is_workday(date(2026, 10, 1))  # National Day
    assert cal.is_workday(date(2026, 10, 10))  # Saturday, adjusted working day
    assert not cal.is_workday(date(2026, 11, 28))  # an ordinary Saturday
    assert cal.next_workday(date(2026, 10, 1)) == date(2026, 10, 8)
    assert cal.previous_workday(date(2026, 10, 8), include_today=False) == date(2026, 9, 30)


def test_unknown_year_falls_back_with_one_warning(caplog):
    cal = WorkCalendar(extra_holidays=[date(2027, 1, 1)], extra_workdays=[date(2027, 2, 6)])
    with caplog.at_level(logging.WARNING):
        assert not cal.is_workday(date(2027, 1, 1))  # configured holiday
        assert cal.is_workday(date(2027, 2, 6))  # configured Saturday workday
        assert cal.is_workday(date(2027, 1, 4))  # a Monday, by the fallback
        assert not cal.is_workday(date(2027, 1, 9))  # a Saturday, by the fallback
    assert cal.missing_years == {2027}
    assert sum("2027" in r.message for r in caplog.records) == 1
    assert not cal.knows_year(2027) and cal.knows_year(2026)


def test_workdays_between_counts_both_ends():
    cal = WorkCalendar()
    days = cal.workdays_between(date(2026, 9, 28), date(2026, 10, 11))
    assert days == [
        date(2026, 9, 28),
        date(2026, 9, 29),
        date(2026, 9, 30),
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),
    ]


def test_python_holidays_fills_a_year_chinese_calendar_lacks():
    cal = WorkCalendar()
    assert cal.source(2026) == "statutory" and cal.source(2027) == "holidays"
    assert not cal.is_workday(date(2027, 1, 1)) and cal.holiday_name(date(2027, 1, 1)) == "元旦"
    assert not cal.is_workday(date(2027, 10, 1))  # 国庆节
    assert cal.unconfirmed_years(date(2026, 12, 28), date(2027, 1, 4)) == [2027]


def test_declared_days_win_and_confirm_their_year():
    cal = WorkCalendar(extra_holidays=[date(2027, 3, 1)])
    cal.declare({date(2027, 2, 7): (True, "春节调休"), date(2027, 3, 1): (True, None)})
    assert cal.is_workday(date(2027, 2, 7))  # a Sunday, declared a working day
    assert cal.is_workday(date(2027, 3, 1))  # the declaration beats the configuration
    assert cal.holiday_name(date(2027, 2, 7)) == "春节调休"
    assert cal.unconfirmed_years(date(2027, 1, 1), date(2027, 12, 31)) == []
    assert list(cal.declared(2027)) == [date(2027, 2, 7), date(2027, 3, 1)]
    cal.declare({})
    assert not cal.is_workday(date(2027, 2, 7))
