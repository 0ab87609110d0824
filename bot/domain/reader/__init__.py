"""The pieces behind :mod:`bot.domain.absence_reader`, one step per module.

``text`` normalisation and typos; ``numerals`` (cn2an, cached); ``lexer`` the raw date and
time pieces; ``dates`` specs, clock times, durations and the office conventions that
resolve them; ``expressions`` pieces grouped into points, ranges and durations, and the
skeleton the intent patterns read; ``resolve`` points and ranges to instants; ``mentions``
the extraction layer the Recognizers reference cases run on; ``lexicon`` the key words;
``intent`` report or not, action, kind, people; ``period`` start and end; ``reason``.
"""
