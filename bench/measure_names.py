"""Measures who a report is for, by NAME SWAPPING: does the reader find people by how a name
is written and where it stands, or only by the names the training corpus happens to use?

Run ``.venv/bin/python bench/measure_names.py [--show N] [--shape S] [--write-table PATH]``.

1. Every training report (train-*.jsonl) whose label names people has each labelled name
   replaced, everywhere it occurs in the text, by a generated name of a given shape; the
   label's ``people`` is swapped the same way and every other field kept. Shapes: a full name
   with a common surname (``full``), with a compound surname (``compound``), with a rare
   surname that is in no inventory the reader has (``rare``); 老/小 + surname (``lao_xiao``);
   surname + title (``sur_title``); full name + title (``full_title``). A variant is made
   only in the shape of the original (a 2–3 character name becomes any full-name shape, 李局
   becomes a surname or full name with a title, 老陈 becomes 老/小 + surname).
2. Self-reports (label ``people`` []) that mention a colleague (陪李局, 和刘洋一起) get the
   mention swapped the same way; the reading must still be the speaker's own.
3. Non-reports that mention someone get the mention swapped; they must stay non-reports.

Printed: for each shape, the share of variants read with the swapped label exactly (people
and every other field), and the share among messages whose unswapped reading is right
("held": the only misses that are the name's fault). Names are drawn with a fixed seed, so
two runs print the same. Never reads the held-out files.

Sources of the names: the surname inventory is the reader's own
(``SURNAME_CHARS`` and ``COMPOUND_SURNAMES`` of :mod:`bot.domain.reader.names`: the
2019–2020 household-register ranking of the Ministry of Public Security's 户政管理研究中心,
the ~300 most common single surnames, plus the compound surnames of 《百家姓》);
``RARE_SURNAMES`` below are surnames of 《百家姓》 outside that ranking, deliberately absent
from the reader's inventory; ``GIVEN`` are common given-name characters (the most frequent
characters of the 2020 report's popular names and of older generations' names), leaving out
characters that are function words in a report (在 去 到 明 天 回 …), since 李明明天 is
ambiguous to a person as well.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reader_score import differences  # noqa: E402
from bot.domain.absence_reader import read_report  # noqa: E402
from bot.domain.reader.names import (  # noqa: E402
    COMPOUND_SURNAMES,
    LAO_XIAO_WORDS,
    SURNAME_CHARS,
)

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
SEED = 20261201

# 《百家姓》 surnames outside the ~300 most common (so outside the reader's inventory).
RARE_SURNAMES = "郗仝訾逄眭昝亓佘隗阙郦璩嵇郏逯矫暴蓟扈甯糜綦郈笪酆沃羿夔鄞漆雎"
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚英华玉萍红鹏辉斌建文宇浩凯健俊帆旭晨欣怡佳"
    "雪琳晶颖倩婷慧莉峰波亮飞燕鑫志海国春德荣新东云龙兰梅丹玲雯瑶璐思雨嘉睿博晓淑桂凤"
    "琴彬庆坤锋诚翔昊涵轩梓萱子铭泽晗悦琪瑞楠欢宏振永立君忠兵松林晖岚蓉薇娇媛"
)
TITLES = (
    "局", "局长", "副局长", "主任", "副主任", "工", "股长", "队长", "书记", "科长", "所长",
    "站长", "总", "师傅", "工程师",
)  # fmt: skip
SHAPES = ("full", "compound", "rare", "lao_xiao", "sur_title", "full_title")
# 老/小 + a character that is an everyday word, not a colleague (老家, 小时, 老师 …): the
# reader's own list, and 小程 老总, which it takes as names too.
_NOT_MENTIONS = LAO_XIAO_WORDS | {
    "小程", "老总", "全局", "施工", "班主任", "小农",
}  # fmt: skip
_FRAME = frozenset("陪跟和同与给找向请让叫送带帮替代问")  # before 李局 in 陪李局, 跟王局


def _rng(*key: object) -> random.Random:
    return random.Random(f"{SEED}:{':'.join(map(str, key))}")


def _given(rng: random.Random) -> str:
    return "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def make_name(shape: str, rng: random.Random) -> str:
    """One generated name of ``shape``."""
    singles = SURNAME_CHARS
    if shape == "full":
        return rng.choice(singles) + _given(rng)
    if shape == "compound":
        return rng.choice(sorted(COMPOUND_SURNAMES)) + _given(rng)[: 1 + rng.randrange(2)]
    if shape == "rare":
        return rng.choice(RARE_SURNAMES) + _given(rng)
    if shape == "lao_xiao":
        return rng.choice("老小") + rng.choice(singles)
    if shape == "sur_title":
        return rng.choice(singles) + rng.choice(TITLES)
    if shape == "full_title":
        return rng.choice(singles) + _given(rng) + rng.choice(TITLES[1:])
    raise ValueError(shape)


def shape_of(name: str) -> str | None:
    """The shape of a name as the corpus writes it; None for what is no plain name."""
    if len(name) == 2 and name[0] in "老小":
        return "lao_xiao"
    for title in sorted(TITLES, key=len, reverse=True):
        if name.endswith(title) and len(name) > len(title):
            head = name[: -len(title)]
            return "sur_title" if len(head) == 1 or head in COMPOUND_SURNAMES else "full_title"
    if 2 <= len(name) <= 4:
        return "full"
    return None


def targets(shape: str) -> tuple[str, ...]:
    """The shapes a name of ``shape`` is swapped into."""
    if shape == "full":
        return ("full", "compound", "rare")
    if shape in ("sur_title", "full_title"):
        return ("sur_title", "full_title")
    return (shape,)


@dataclass
class Tally:
    total: int = 0
    right: int = 0
    base_right: int = 0  # the unswapped message is read right
    held: int = 0  # ... and its variant too

    def line(self, label: str) -> str:
        share = self.right / self.total if self.total else 0.0
        held = self.held / self.base_right if self.base_right else 0.0
        return (
            f"  {label:<18} {self.total:>5} variants  fully right {share:6.1%}"
            f"  held {self.held}/{self.base_right} = {held:6.1%}"
        )


def _items() -> list[dict[str, object]]:
    return [
        json.loads(line)
        for path in sorted(CORPUS.glob("train-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _mention_pattern(labelled: set[str]) -> re.Pattern[str]:
    """Colleague mentions in a message whose label names nobody: a name labelled elsewhere in
    the corpus, 老/小 + surname, or surname + title."""
    singles = SURNAME_CHARS
    titles = "|".join(sorted(TITLES, key=len, reverse=True))
    known = "|".join(sorted((re.escape(n) for n in labelled if len(n) >= 2), key=len, reverse=True))
    return re.compile(rf"{known}|[老小][{singles}]|[{singles}](?:{titles})(?![里面内作程区部])")


def mentions(text: str, pattern: re.Pattern[str]) -> list[str]:
    found: list[str] = []
    for m in pattern.finditer(text):
        word = m.group(0)
        before = text[m.start() - 1 : m.start()]
        if word in _NOT_MENTIONS or word[:2] in _NOT_MENTIONS or word in COMPOUND_SURNAMES:
            continue
        if (
            word.endswith(("局", "局长"))
            and "\u4e00" <= before <= "\u9fff"
            and before not in _FRAME
        ):
            continue  # 城管局, 公路局, 分管局长: a unit, not a person
        if word not in found:
            found.append(word)
    return found


def swap(
    text: str, names: list[str], shapes: dict[str, str], rng: random.Random
) -> tuple[str, dict[str, str]]:
    """The text with each name replaced (longest first) by a generated one of its shape."""
    mapping: dict[str, str] = {}
    used = set(names)
    for name in names:
        while True:
            new = make_name(shapes[name], rng)
            if new not in used and new not in text:
                break
        used.add(new)
        mapping[name] = new
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, keys)))
    return pattern.sub(lambda m: mapping[m.group(0)], text), mapping


@dataclass
class Variant:
    group: str  # for_others, self_mention, non_report
    shape: str
    ident: str
    text: str
    now: str
    expect: dict[str, object]
    base_right: bool


def variants() -> Iterator[Variant]:
    """Every swapped variant, in corpus order, with a fixed seed per message and shape."""
    items = _items()
    labelled = {n for it in items for n in (it["expect"].get("people") or [])}  # type: ignore[union-attr]
    pattern = _mention_pattern(labelled)
    for item in items:
        expect = dict(item["expect"])  # type: ignore[arg-type]
        text = str(item["text"])
        people = list(expect.get("people") or [])
        if expect.get("is_report") and people:
            group, names = "for_others", people
        else:
            group = "self_mention" if expect.get("is_report") else "non_report"
            names = mentions(text, pattern)
        names = [n for n in names if n in text]
        if not names or (group == "for_others" and len(names) != len(people)):
            continue
        kinds = {n: shape_of(n) for n in names}
        if any(k is None for k in kinds.values()):
            continue
        base = _right(text, str(item["now"]), expect)
        for target in targets(str(kinds[names[0]])):
            shapes = {}
            for n in names:
                own = targets(str(kinds[n]))
                shapes[n] = target if target in own else own[0]
            new_text, mapping = swap(text, names, shapes, _rng(item["id"], target))
            new_expect = dict(expect)
            if expect.get("people"):
                new_expect["people"] = [mapping.get(n, n) for n in people]
            yield Variant(group, target, str(item["id"]), new_text, str(item["now"]),
                          new_expect, base)  # fmt: skip


def _reading(text: str, now: str) -> dict[str, object]:
    return read_report(text, datetime.fromisoformat(now)).to_json()


def _right(text: str, now: str, expect: dict[str, object]) -> bool:
    return not differences(expect, _reading(text, now))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many misses per shape")
    parser.add_argument("--shape", default=None, help="only misses of this shape / group")
    parser.add_argument(
        "--write-table", type=Path, default=None, help="write a sample of the variants read right"
    )
    args = parser.parse_args()
    tallies: dict[tuple[str, str], Tally] = {}
    shown: Counter[str] = Counter()
    recorded = asked = 0
    table: list[dict[str, object]] = []
    for v in variants():
        got = _reading(v.text, v.now)
        wrong = differences(v.expect, got)
        tally = tallies.setdefault((v.group, v.shape), Tally())
        tally.total += 1
        tally.right += not wrong
        tally.base_right += v.base_right
        tally.held += v.base_right and not wrong
        if v.group == "non_report" and got.get("is_report"):
            asked += bool(got.get("ask"))
            recorded += not got.get("ask")
        if not wrong and v.base_right:
            table.append({"id": v.ident, "group": v.group, "shape": v.shape, "text": v.text,
                          "now": v.now, "is_report": bool(v.expect.get("is_report")),
                          "people": v.expect.get("people")})  # fmt: skip
        key = f"{v.group}/{v.shape}"
        wanted = args.shape in (None, v.group, v.shape, key)
        if wrong and v.base_right and shown[key] < args.show and wanted:
            shown[key] += 1
            print(f"[{key}] {v.ident} {v.text!r}\n  want people={v.expect.get('people')} "
                  f"got {got.get('is_report') and got.get('people')} ask={got.get('ask')} "
                  f"wrong: {', '.join(wrong)}")  # fmt: skip
    for group in ("for_others", "self_mention", "non_report"):
        print(f"{group}:")
        for shape in SHAPES:
            if (group, shape) in tallies:
                print(tallies[(group, shape)].line(shape))
        whole = Tally()
        for (g, _), t in tallies.items():
            if g == group:
                whole.total += t.total
                whole.right += t.right
                whole.base_right += t.base_right
                whole.held += t.held
        print(whole.line("all"))
    print(f"non-reports with a swapped name: recorded {recorded}, asked {asked}")
    if args.write_table is not None:
        _write_table(args.write_table, table)


def _write_table(path: Path, rows: list[dict[str, object]]) -> None:
    """A fixed sample (20 a group and shape) of the variants read right, for the unit test."""
    rng = _rng("table")
    picked: list[dict[str, object]] = []
    for group in ("for_others", "self_mention", "non_report"):
        for shape in SHAPES:
            pool = [r for r in rows if r["group"] == group and r["shape"] == shape]
            picked.extend(rng.sample(pool, min(20, len(pool))))
    with path.open("w", encoding="utf-8") as out:
        for row in picked:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} rows to {path}")


if __name__ == "__main__":
    main()
