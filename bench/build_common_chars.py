"""Builds bot/domain/reader/common_chars.txt: the 3,755 characters of GB 2312 level 1.

Run ``.venv/bin/python bench/build_common_chars.py``. The reader tells a rare character (郈,
訾, a surname no inventory holds) from a common one by this list, read on first use and held
as one compiled character class (about 3 kB), rather than by asking the GB 2312 codec at run
time: the codec's module and tables cost the bot about 0.1 MB of idle memory
(docs/performance.md, issue 17). The list is the codec's own (rows 16–55, lead bytes
0xB0–0xD7), written in code-point order on one line.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bot" / "domain" / "reader" / "common_chars.txt"


def level_one() -> list[str]:
    """GB 2312 level 1, the 3,755 most common characters, in the codec's order (also the
    common characters of bench/build_homophones.py)."""
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def main() -> None:
    chars = sorted(level_one())
    OUT.write_text("".join(chars) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(chars)} characters")


if __name__ == "__main__":
    main()
