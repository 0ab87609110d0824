"""Builds bot/domain/reader/fuzzy_twins.json: the fuzzy-pinyin twins of the reader's key words.

Run ``.venv/bin/pip install -e '.[build]' && .venv/bin/pip install --no-deps
pycorrector==1.1.4 && .venv/bin/python bench/build_fuzzy.py`` (dev-only, like
bench/build_homophones.py, whose key words, readings, exclusions and word list it shares).

Speakers of Hunan's dialects (the bureau is in Xiangtan) do not hear n from l, f from h,
in from ing, en from eng, an from ang (nor z, c, s from zh, ch, sh), and pinyin keyboards
offer "fuzzy pinyin" settings for exactly that; so a key word is typed as a character whose
pinyin differs by one such pair: 秦假 (qin) for 请假 (qing), 连假 for 年假, 晚刀 for 晚到 is
no twin (dao has no pair). A twin changes one syllable of one key word by one pair; its
character is among the 3,755 common ones with that toneless pinyin.

A twin is kept only where it is no word of ordinary text: no common two-character word
holding the changed character (pycorrector's ``data/word_freq.txt``, frequency >=
build_homophones.MIN_FREQ: 出彩 and 惊天 go), no part of a key word (亲假 in 探亲假), and
never seen in a training non-report or in the seed document
tests/data/rectification-report-2023-06.txt.
The reader (bot.domain.reader.fuzzy) corrects twins only where the rules are silent, and
only ever asks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.build_common_chars import level_one  # noqa: E402
from bench.build_homophones import (  # noqa: E402
    KEY_WORDS,
    MIN_FREQ,
    NEVER,
    NEVER_IN,
    READINGS,
    _pycorrector_data,
)

OUT = ROOT / "bot" / "domain" / "reader" / "fuzzy_twins.json"
CORPUS = ROOT / "tests" / "data" / "reader_corpus"
SEED = ROOT / "tests" / "data" / "rectification-report-2023-06.txt"

# The pairs of the fuzzy-pinyin settings (initials both ways; a final's g dropped or added:
# an/ang, en/eng, in/ing, and with them ian/iang, uan/uang).
INITIALS = {"zh": "z", "z": "zh", "ch": "c", "c": "ch", "sh": "s", "s": "sh", "n": "l",
            "l": "n", "f": "h", "h": "f"}  # fmt: skip
NASALS = ("an", "en", "in")


def split(sound: str) -> tuple[str, str]:
    """(initial, final) of a toneless syllable: zhang -> (zh, ang), an -> ("", an)."""
    if sound[:2] in ("zh", "ch", "sh"):
        return sound[:2], sound[2:]
    if sound[:1] and sound[0] not in "aeiouv":
        return sound[0], sound[1:]
    return "", sound


def fuzzy(sound: str) -> set[str]:
    """The syllables one fuzzy pair away from ``sound`` (valid or not: the caller keeps the
    ones some common character has)."""
    initial, final = split(sound)
    found = set()
    if initial in INITIALS:
        found.add(INITIALS[initial] + final)
    if final.endswith(tuple(n + "g" for n in NASALS)):
        found.add(initial + final[:-1])
    elif final.endswith(NASALS):
        found.add(initial + final + "g")
    return found


def common_words() -> set[str]:
    words: set[str] = set()
    for line in _pycorrector_data("word_freq.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 2 and parts[1].isdigit():
            words.update(parts[:1] if int(parts[1]) >= MIN_FREQ else ())
    return words


def ordinary_text() -> str:
    """Every training non-report and the seed document, one text."""
    texts = [SEED.read_text(encoding="utf-8")]
    for path in sorted(CORPUS.glob("train-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if not item["expect"]["is_report"]:
                    texts.append(item["text"])
    return "\n".join(texts)


def twins() -> dict[str, str]:
    by_sound: dict[str, list[str]] = {}
    for char in level_one():
        by_sound.setdefault(pinyin(char, style=Style.NORMAL)[0][0], []).append(char)
    words, ordinary = common_words(), ordinary_text()
    found: dict[str, str] = {}
    dropped = {"word": 0, "ordinary": 0}
    for word in KEY_WORDS:
        sounds = READINGS.get(word) or lazy_pinyin(word, style=Style.NORMAL)
        never = NEVER | NEVER_IN.get(word, frozenset())
        for at, sound in enumerate(sounds):
            exact = set(by_sound.get(sound, ())) | {word[at]}
            for other in sorted(fuzzy(sound)):
                for char in by_sound.get(other, ()):
                    if char in exact or char in never:
                        continue
                    twin = word[:at] + char + word[at + 1 :]
                    # the two-character windows holding the changed character
                    around = range(max(0, at - 1), min(at, len(twin) - 2) + 1)
                    pairs = {twin[k : k + 2] for k in around}
                    if pairs & words:
                        dropped["word"] += 1
                    elif twin in ordinary:
                        dropped["ordinary"] += 1
                    elif twin not in found and not any(twin in k for k in KEY_WORDS):
                        found[twin] = word
    print(f"dropped: {dropped['word']} common words, {dropped['ordinary']} seen in ordinary text")
    return found


def main() -> None:
    found = twins()
    text = json.dumps(found, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(found)} twins of {len(set(found.values()))} key words")


if __name__ == "__main__":
    main()
