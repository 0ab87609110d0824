"""The one Chinese date engine: every command reads a day through it.

``numerals`` Chinese and Arabic numerals; ``lexer`` the date, part-of-day, clock and
duration pieces of a text (明天, 下下周一, 3号, 十二月三日, 12.3, 2026-12-03, 月底, 这周末,
下午3点半, 9：10, 两天半 …); ``dates`` the specs those pieces stand for and how they resolve,
forward (reports, reminders, deadlines, /whosout, /duty) or backward (discipline notes);
``days`` a whole day named on its own, as commands take it. The absence reader builds its
grammar of reports on the same lexer.
"""

from bot.domain.chinese_dates.days import BACKWARD, FORWARD, DayNotFound, find_day, read_day

__all__ = ["BACKWARD", "FORWARD", "DayNotFound", "find_day", "read_day"]
