"""Builds bot/domain/reader/surname_words.json: the everyday words a word-like surname opens.

Run ``.venv/bin/pip install -e '.[build]' && .venv/bin/python bench/build_names.py``
(dev-only, like bench/build_homophones.py; jieba is never a runtime dependency).

Some common surnames open everyday words (管理, 农村, 季度, 简单, 原来, 安排): after such a
surname (``bot.domain.reader.names.WORDLIKE``) the reader takes two or three characters for
a name (管浩, 农辉媛) only where they are not a word. The word list is jieba's dictionary
(dict.txt, MIT licence: words with their frequency in a large corpus and a part of speech):
every two-character word that starts with a word-like surname and is seen at least
``MIN_FREQ`` times, except rare ones tagged as a person's name (nr: 冷艳 is someone), stored as
{"given": {surname: the second characters}}; and under "titled" the common words (seen at
least ``TITLED_FREQ`` times) made of such a surname and a title: 全局, 劳工, 班主任.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain.reader.names import TITLES, WORDLIKE  # noqa: E402

OUT = ROOT / "bot" / "domain" / "reader" / "surname_words.json"
MIN_FREQ = 3  # jieba's floor for a word it keeps is 1–2; 3 leaves out one-off entries
# jieba tags some kin words as names (岳父 nr, 530): a frequent "name" is a word all the same.
NR_WORD_FREQ = 100
TITLED_FREQ = 100  # 全局, 劳工, 班主任: a surname and a title that make a common word


def main() -> None:
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    seconds: dict[str, set[str]] = {c: set() for c in WORDLIKE}
    titled: set[str] = set()
    titles = set(TITLES.split("|"))
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            word, freq, tag = line.split()
            if word[0] in seconds and word[1:] in titles and int(freq) >= TITLED_FREQ:
                titled.add(word)
            if len(word) != 2 or word[0] not in seconds or int(freq) < MIN_FREQ:
                continue
            if tag != "nr" or int(freq) >= NR_WORD_FREQ:
                seconds[word[0]].add(word[1])
    table = {
        "given": {c: "".join(sorted(s)) for c, s in sorted(seconds.items())},
        "titled": sorted(titled),
    }
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {sum(map(len, table['given'].values()))} words for {len(seconds)} surnames")
    print(f"and {len(titled)} surname-and-title words to {OUT}")


if __name__ == "__main__":
    main()
