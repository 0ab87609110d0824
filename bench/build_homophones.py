"""Builds bot/domain/reader/homophones.json: the homophones of the reader's key words.

Run ``.venv/bin/pip install -e '.[build]' && .venv/bin/python bench/build_homophones.py``
(dev-only, like bench/train_report_model.py; pypinyin is never a runtime dependency).

Staff type through a pinyin keyboard or voice input, so a slipped key word is nearly always
a homophone of the right one (same syllables, often another tone): 情假, 夏午, 出茶. For each
key word and each of its characters, the table lists the characters among the 3,755 most
common ones (GB2312 level 1) that share the character's toneless pinyin in that word,
the word's own character first. bot.domain.reader.homophones reads it lazily.
"""

from __future__ import annotations

import json
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bot" / "domain" / "reader" / "homophones.json"

# The key words of the reader's lexicon (bot/domain/reader/lexicon.py): the leave kinds of
# LEAVE_KINDS (the three-character statutory ones too) and 请假/销假/休假, the duty kinds
# (外出 出差 培训 开会), the late and early kinds (晚到 早退 迟到), work (上班 下班), and the
# days and halves of the date engine that reports lean on (上午 下午 中午 明天 后天 今天 明早).
KEY_WORDS = (
    "请假", "销假", "休假", "事假", "病假", "年假", "调休", "补休", "婚假", "产假", "丧假",
    "外出", "出差", "培训", "开会", "晚到", "早退", "迟到", "上班", "下班",
    "上午", "下午", "中午", "明天", "后天", "今天", "明早",
    "陪产假", "探亲假", "护理假", "年休假",
)  # fmt: skip


# Where pypinyin's reading in context is not the office's: 调休 is tiao xiu, not diao xiu.
READINGS = {"调休": ["tiao", "xiu"]}


# Never offered as a slip: words of their own far more often than a mistyped key word
# (这是假的 is no 事假, 维修加固 no 休假, 不休 no 补休, 商场销价 no 销假).
NEVER = frozenset("是不了在有也都就加价")


def level_one() -> list[str]:
    """GB2312 level 1, the 3,755 most common characters, in their code order."""
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def build() -> dict[str, list[str]]:
    by_sound: dict[str, list[str]] = {}
    for char in level_one():
        # The common reading only: rare ones (汤 shang, 母 wu) are not what a keyboard offers.
        by_sound.setdefault(pinyin(char, style=Style.NORMAL)[0][0], []).append(char)
    table: dict[str, list[str]] = {}
    for word in KEY_WORDS:
        sounds = READINGS.get(word) or lazy_pinyin(word, style=Style.NORMAL)  # 出差: chai
        table[word] = [
            char + "".join(c for c in by_sound.get(sound, []) if c != char and c not in NEVER)
            for char, sound in zip(word, sounds, strict=True)
        ]
    return table


def main() -> None:
    table = build()
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(table)} words, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
