"""Builds bot/domain/chinese_dates/lunar_new_year.json: the Gregorian date of each year's
Spring Festival (正月初一), 1901–2099.

Run ``.venv/bin/python bench/build_lunar_new_year.py``. The dates are python-holidays'
table for China (a runtime dependency already, but one whose import costs about 0.4 s, so
the reader reads this small file instead, and only when a message names a lunar day). Staff
write the days around the festival in the lunar calendar (初八上班, 正月初六): 正月初N is the
festival's day plus N − 1, 除夕 the day before it. The script prints the check it makes:
every date falls between 21 January and 20 February, the window of the festival.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from holidays.calendars.chinese import _ChineseLunisolar

OUT = (
    Path(__file__).resolve().parents[1] / "bot" / "domain" / "chinese_dates" / "lunar_new_year.json"
)


def main() -> None:
    calendar = _ChineseLunisolar()
    table: dict[str, str] = {}
    for year in range(1901, 2100):
        found, _estimated = calendar.lunar_new_year_date(year)
        if found is None:
            sys.exit(f"no Spring Festival for {year}")
        if not date(year, 1, 21) <= found <= date(year, 2, 20):
            sys.exit(f"{year}: {found} outside 21 January – 20 February")
        table[str(year)] = found.strftime("%m-%d")
    OUT.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{len(table)} years, {min(table)}–{max(table)}, all within 21 January – 20 February;"
        f" 2026: {table['2026']}, 2027: {table['2027']}"
    )


if __name__ == "__main__":
    main()
