"""The pieces behind :mod:`bot.domain.absence_reader`, one step per module.

The raw date and time pieces come from the shared date engine (:mod:`bot.domain.chinese_dates`:
numerals, lexer, date specs). Here: ``text`` normalisation and typos; ``expressions`` the
engine's pieces grouped into points, ranges and durations, and the skeleton the grammar
reads; ``resolve`` points and ranges to instants; ``mentions`` the extraction layer the
Recognizers reference cases run on; ``lexicon`` the key words and cues; ``intent`` report
or not, action, kind, people; ``period`` start and end; ``reason``.
"""
