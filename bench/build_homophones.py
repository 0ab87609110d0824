"""Builds the reader's slip tables: homophones.json, lookalikes.json and slip_words.json.

Run ``.venv/bin/pip install -e '.[build]' && .venv/bin/pip install --no-deps
pycorrector==1.1.4 && .venv/bin/python bench/build_homophones.py`` (dev-only, like
bench/train_report_model.py; pypinyin and pycorrector are never runtime dependencies). Only
pycorrector's data files are read, never its code, hence ``--no-deps`` (its requirements,
transformers and datasets among them, are large and never used).

Staff type through a pinyin keyboard or voice input, so a slipped key word is nearly always
a homophone of the right one (same syllables, often another tone): 情假, 夏午, 出茶. For each
key word and each of its characters, the table lists the characters among the 3,755 most
common ones (GB2312 level 1) that share the character's toneless pinyin in that word,
the word's own character first. bot.domain.reader.homophones reads it lazily.

Slips of shape (形近字: 午/牛, 休/体, 调/凋, 请/清) come from stroke and handwriting input
and from picking the neighbour of the right candidate. ``lookalikes.json`` lists, for the
same key words, the look-alike characters of each one: the groups of pycorrector's
``data/same_stroke.txt`` (shibing624/pycorrector, Apache-2.0; the shape-confusion sets of
the SIGHAN Chinese spelling-check data) that hold it, plus :data:`SHAPES` where that file
has no group for a key character.

A correction must never turn a word into a key word (去区消防 is no 取消防, 早上雾大 no
早上午大, 收晚稻 no 收晚到): ``slip_words.json`` lists the common two-character words
(pycorrector's ``data/word_freq.txt``, frequency >= :data:`MIN_FREQ` for those that hold a
character of either table, :data:`MIN_FREQ_OTHER` for the rest), by first character, and
the reader leaves a slip alone where it is one of them or where its first or last character
forms one with the character beside it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.build_common_chars import level_one  # noqa: E402

PACKAGE = ROOT / "bot" / "domain" / "reader"
OUT = PACKAGE / "homophones.json"

# The key words of the reader's lexicon (bot/domain/reader/lexicon.py): the leave kinds of
# LEAVE_KINDS (the three-character statutory ones too) and 请假/销假/休假, the duty kinds
# (外出 出差 培训 开会), the late and early kinds (晚到 早退 迟到), work (上班 下班), and the
# days and halves of the date engine that reports lean on (上午 下午 中午 明天 后天 今天 明早).
KEY_WORDS = (
    "请假", "销假", "休假", "事假", "病假", "年假", "调休", "补休", "婚假", "产假", "丧假",
    "外出", "出差", "培训", "开会", "晚到", "早退", "迟到", "上班", "下班",
    "上午", "下午", "中午", "明天", "后天", "今天", "明早",
    "陪产假", "探亲假", "护理假", "年休假",
    # returns, cancellations, negations and corrections: a slip here flips the action (捕去了,
# 取霄了, 怖是明天)
    "回来", "返回", "取消", "不去", "不来", "没去", "没来", "不是", "不对",
    "请假人",  # a form's field: 睛假人 is no 假人 (a dummy)
    # lateness and health as phones type them: 完点到 for 晚点到, 不书服 for 不舒服
    "晚点", "舒服",
)  # fmt: skip

# Clock words: only the 点 or 半 slips (三店, 四点板); the numeral itself stays as typed.
CLOCK_WORDS = (*(n + "点" for n in "一二三四五六七八九十两0123456789"), "点半")


# Where pypinyin's reading in context is not the office's: 调休 is tiao xiu, not diao xiu.
READINGS = {"调休": ["tiao", "xiu"]}


# Never offered as a slip: words of their own far more often than a mistyped key word
# (这是假的 is no 事假, 维修加固 no 休假, 不休 no 补休; 股 is the bureau's section, 全股去 no
# 没去). 价 is offered (婚价, 病价: jia's first candidate), but the reader takes it only as the
# one slip of a key word typed right otherwise (市价 is no 事假: homophones._SOLE_SLIPS).
NEVER = frozenset("是不了在有也都就加股")

# Never offered as a slip of one key word, though it sounds like it: words of their own in
# that place (三点办事, 四点班车; 每去一次, 美来; 总部来人, 会来; 放个小假; 商场销价).
NEVER_IN = {
    "销假": frozenset("小价"), "点半": frozenset("办班"), "没去": frozenset("每美"),
    "没来": frozenset("每美"), "不去": frozenset("部"), "不来": frozenset("部"),
    "不是": frozenset("部"), "不对": frozenset("部"), "回来": frozenset("会"),
    "返回": frozenset("反"),
}  # fmt: skip

# Look-alikes of key characters that same_stroke.txt has no group for, each a common pair
# of handwriting and stroke input (午/牛, 休/体, 早/旱, 去/丢, 天/夭, 明/朋, 差/羞).
SHAPES = {
    "午": "牛", "休": "体", "差": "羞", "早": "旱", "去": "丢", "天": "夭", "明": "朋",
    "中": "申", "外": "处", "回": "囚", "来": "米未", "后": "质", "下": "卞", "点": "占",
    "训": "驯川", "年": "午", "婚": "昏", "亲": "辛", "迟": "尺", "退": "腿", "班": "斑",
}  # fmt: skip

# A common word blocks a slip: frequency at least this in pycorrector's word_freq.txt, for a
# word holding a character of the tables; any other word (参加, 人大: the neighbour's own
# word, which frees the character beside a slip) from this frequency on.
MIN_FREQ = 20
MIN_FREQ_OTHER = 100


def _fixed(word: str, at: int) -> bool:
    """A clock word's numeral (and 点 of 点半) is never a slip position."""
    return word in CLOCK_WORDS and at < len(word) - 1


def _offered(word: str, own: str, chars: list[str]) -> str:
    never = NEVER | NEVER_IN.get(word, frozenset())
    return own + "".join(c for c in chars if c != own and c not in never)


def build() -> dict[str, list[str]]:
    by_sound: dict[str, list[str]] = {}
    for char in level_one():
        # The common reading only: rare ones (汤 shang, 母 wu) are not what a keyboard offers.
        by_sound.setdefault(pinyin(char, style=Style.NORMAL)[0][0], []).append(char)
    table: dict[str, list[str]] = {}
    for word in KEY_WORDS + CLOCK_WORDS:
        sounds = READINGS.get(word) or lazy_pinyin(word, style=Style.NORMAL)  # 出差: chai
        table[word] = [
            char if _fixed(word, at) else _offered(word, char, by_sound.get(sound, []))
            for at, (char, sound) in enumerate(zip(word, sounds, strict=True))
        ]
    return table


def _pycorrector_data(name: str) -> Path:
    """A data file of the installed pycorrector, found without importing the package."""
    spec = importlib.util.find_spec("pycorrector")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps pycorrector==1.1.4 first")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / name


def build_lookalikes() -> dict[str, list[str]]:
    common = set(level_one())
    groups: dict[str, set[str]] = {}
    for line in _pycorrector_data("same_stroke.txt").read_text(encoding="utf-8").splitlines():
        group = line.split()
        for char in group:
            groups.setdefault(char, set()).update(group)
    for char, alike in SHAPES.items():
        groups.setdefault(char, set()).update(alike)
    table: dict[str, list[str]] = {}
    for word in KEY_WORDS + CLOCK_WORDS:
        table[word] = [
            char
            if _fixed(word, at)
            else _offered(word, char, sorted(c for c in groups.get(char, ()) if c in common))
            for at, char in enumerate(word)
        ]
    return table


def build_words(*tables: dict[str, list[str]]) -> dict[str, str]:
    """{"pairs": the common two-character words, sorted, one after another} (the reader
    searches the fixed-width records by halves: a fifth of the memory of a table)."""
    slips = {c for table in tables for sets in table.values() for chars in sets for c in chars}
    words = set()
    for line in _pycorrector_data("word_freq.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or len(parts[0]) != 2 or not parts[1].isdigit():
            continue
        word, freq = parts[0], int(parts[1])
        chinese = "\u4e00" <= min(word) <= max(word) <= "\u9fff"
        if chinese and freq >= (MIN_FREQ if not slips.isdisjoint(word) else MIN_FREQ_OTHER):
            words.add(word)
    return {"pairs": "".join(sorted(words))}


def _write(path: Path, found: object) -> None:
    text = json.dumps(found, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(found)} entries, {len(text.encode())} bytes")  # type: ignore[arg-type]


def main() -> None:
    table = build()
    lookalikes = build_lookalikes()
    _write(OUT, table)
    _write(PACKAGE / "lookalikes.json", lookalikes)
    _write(PACKAGE / "slip_words.json", build_words(table, lookalikes))


if __name__ == "__main__":
    main()
