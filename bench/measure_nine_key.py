"""Measures whether a nine-key slip table would reach anything: key words typed on a phone's
nine-key (T9) pinyin keyboard, where m/n share a key, and p/q/r/s, and so on.

Run ``.venv/bin/pip install -e '.[build]' && .venv/bin/python bench/measure_nine_key.py``
(pypinyin is a build dependency only, as for bench/build_homophones.py).

On a nine-key keyboard ``ming`` and ``ning`` are the same keys (6464), so 宁天 is 明天 typed
and the wrong candidate picked (train-146's CB0035). The homophone table
(bot/domain/reader/homophones.py) knows only same-sound slips. For every key word of that
table and every character of it, this lists the common characters (GB2312 level one) whose
toneless pinyin differs but presses the same keys, and counts where such a twin of a key word
occurs in the training files: inside a common word (slip_words.json: 不开, 下雨, 上报, which the
reader would leave alone) or not (each then a candidate slip, printed with its id and label).
Never reads the held-out files.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.build_common_chars import level_one  # noqa: E402
from bench.build_homophones import KEY_WORDS  # noqa: E402
from bot.domain.reader.homophones import _is_word  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
_KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv"}
KEY_OF = {c: key for key, letters in {**_KEYPAD, "9": "wxyz"}.items() for c in letters}


def keys(syllable: str) -> str:
    """The digits a nine-key keyboard takes for a toneless pinyin syllable."""
    return "".join(KEY_OF[c] for c in syllable)


def twins() -> dict[str, str]:
    """Each key word with one character replaced by a nine-key twin -> the key word."""
    by_keys: dict[str, dict[str, set[str]]] = {}
    for char in level_one():
        syllable = lazy_pinyin(char, style=Style.NORMAL)[0]
        if syllable.isascii() and syllable.isalpha():
            by_keys.setdefault(keys(syllable), {}).setdefault(syllable, set()).add(char)
    found: dict[str, str] = {}
    for word in KEY_WORDS:
        for i, syllable in enumerate(lazy_pinyin(word, style=Style.NORMAL)):
            for other, chars in by_keys.get(keys(syllable), {}).items():
                if other != syllable:
                    found.update({word[:i] + c + word[i + 1 :]: word for c in chars})
    return found


def main() -> None:
    table = twins()
    in_words: Counter[tuple[str, str]] = Counter()
    candidates: list[tuple[str, str, str, bool, str]] = []
    for path in sorted(CORPUS.glob("train-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            text = str(item["text"])
            for twin, word in table.items():
                if twin not in text:
                    continue
                if _is_word(twin):
                    in_words[(twin, word)] += 1
                else:
                    report = bool(item["expect"]["is_report"])
                    candidates.append((str(item["id"]), twin, word, report, text[:40]))
    print(f"nine-key twins of {len(KEY_WORDS)} key words: {len(table)}")
    print(f"in the training files inside a common word: {sum(in_words.values())}")
    for (twin, word), count in in_words.most_common(12):
        print(f"  {twin} (for {word}): {count}")
    print(f"outside a common word: {len(candidates)}")
    for ident, twin, word, report, text in candidates:
        print(f"  {ident} {twin} for {word} ({'report' if report else 'non-report'}): {text}")


if __name__ == "__main__":
    main()
