"""The number of problems a report says it has ("对三个方面10大类25条具体问题").

Only the words before the first problem count: numbers inside measures ("整改问题3个")
describe other things.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.domain.rectification_parsing.text import cn_to_int

_NUMBER = r"(\d{1,4}|[一二三四五六七八九十百两]{1,6})"
_STATED = re.compile(
    rf"{_NUMBER}\s*(?:条|个|项)\s*(?:具体|主要|反馈|突出|重点)?(?:问题|反馈问题|整改问题)"
    rf"|(?:反馈|具体|整改)问题(?:共|共计)?\s*{_NUMBER}\s*(?:条|个|项)"
)


class StatedTotals:
    """Every stated total in a document, to ask for the first one before a given line."""

    def __init__(self, lines: list[str]) -> None:
        self._found: list[tuple[int, int]] = []
        for index, line in enumerate(lines):
            match = _STATED.search(line)
            if match:
                value = cn_to_int(match.group(1) or match.group(2))
                if value:
                    self._found.append((index, value))

    def before(self, line: int) -> int | None:
        """The first total stated on a line before ``line``, or ``None``."""
        position = bisect_left(self._found, (line, -1))
        return self._found[0][1] if position > 0 else None
