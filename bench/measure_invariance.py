"""Measures the reader by METAMORPHIC variants: rewrites of training messages that a person
reads exactly as the original. A reader that understands a report, not the sentences it was
tuned to, reads the variant as it reads the original; every variant it reads differently is a
place where an unseen message of that shape would be missed.

Run ``.venv/bin/python bench/measure_invariance.py [--only NAME,…] [--show N]``
(``--no-second-opinion`` reads with the rules alone).

Sources: every training message (train-*.jsonl) on one line that the reader reads fully right
as written. Held-out files are never read. Each transform below rewrites such a message and,
where the meaning moves (a report made for a colleague), its label too; a transform that does
not apply to a message (a report with 我们 cannot be handed to a colleague) skips it.

Families:
- **frames**: words around a report that add nothing to what it says: 报备：…, …，特此报备,
  各位领导，…, …，请知悉. Applied to reports (label kept) and, for the address and closing
  frames that fit anything, to non-reports (they must stay non-reports).
- **voice**: the same words as voice input leaves them: punctuation dropped or turned into
  spaces, a space between every character (numbers kept whole).
- **marks**: a trailing emoji or ～, full-width digits.
- **places**: every place name (X家垸, X大堤, 泵站, 水库, 镇, 灌区, 区X局, X建设公司, 医院 …)
  renamed to an unseen one of its type by bench/place_names.py's fixed-seed generator, in
  reports and non-reports; an outing's errand swapped for another outing errand. Its held-back
  twin **places-held** (other heads: 水文站, 大桥, 工地, 小区, 服务区; a person's unit, 老李那边;
  an errand with no place, 去办个证) was written before the reader was changed: only scored.
- **others**: a self-report handed to a colleague: 替小李报个备：…, 帮刘洋报一下，他…,
  陈主任让我说一声，他…; ``people`` becomes that colleague. Only new reports whose text has
  no other person in it (no 我们, 咱, 他, 她, a colleague's title or a second 我) and that
  is not a letter or a form (本人, a colon).

Printed for each transform and side (reports / non-reports): variants read fully right, and
the misses split into silence, wrong fields (with the most common fields) and, on non-reports,
questions and records. ``--show N`` prints N missed variants per transform (training text only).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import place_names  # noqa: E402
from bench.reader_score import differences, read_lines, score  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
Item = dict[str, object]


@dataclass(frozen=True)
class Transform:
    """A rewrite of one message; ``None`` when it does not apply to that message."""

    name: str
    family: str
    rewrite: Callable[[Item], Item | None]
    on_non_reports: bool = False


def _text(item: Item) -> str:
    return str(item["text"])


def _with(item: Item, text: str, **label: object) -> Item:
    original = item["expect"]
    assert isinstance(original, dict)
    expect = {**original, **label}
    return {**item, "text": text, "expect": expect}


def _bare(text: str) -> str:
    """The message without its closing full stop or exclamation."""
    return text.rstrip("。.!！ ")


def _prefix(words: str) -> Callable[[Item], Item | None]:
    return lambda item: _with(item, words + _bare(_text(item)))


def _suffix(words: str) -> Callable[[Item], Item | None]:
    return lambda item: _with(item, _bare(_text(item)) + words)


_STOPS = re.compile(r"[，,。！!；;、]|(?<!\d)\.(?!\d)")  # 11.16 and 37.8 keep their point
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _map_text(change: Callable[[str], str]) -> Callable[[Item], Item | None]:
    def rewrite(item: Item) -> Item | None:
        text = _text(item)
        new = change(text)
        return None if new == text else _with(item, new)

    return rewrite


# Someone else in the text: the report cannot simply be handed to a colleague.
_OTHER_PERSON = re.compile(
    r"我们|咱|他|她|大家|你|[局科股处][长]?[，,\s]|主任|老[张王李赵刘陈杨黄周吴孙]|小[张王李赵刘陈杨黄周吴孙]"
)


# A letter or form (局领导：本人…, 请假人：): its own frame, not a sentence to hand over.
_LETTER = re.compile(r"[:：]|本人|\n")


def _spaced(text: str) -> str:
    """A space between every character, as some voice input leaves it; a number stays whole."""
    return " ".join(re.findall(r"[0-9０-９]+|\S", text))


def _for(name: str, pronoun: str, frame: str) -> Callable[[Item], Item | None]:
    """A self-report made for ``name``: 我 becomes ``pronoun``; with no 我 the pronoun opens it."""

    def rewrite(item: Item) -> Item | None:
        expect = item["expect"]
        assert isinstance(expect, dict)
        text = _bare(_text(item))
        if expect.get("people") != [] or expect.get("action") != "new":
            return None
        if _OTHER_PERSON.search(text) or text.count("我") > 1 or _LETTER.search(text):
            return None
        body = text.replace("我", pronoun) if "我" in text else pronoun + text
        return _with(item, frame.format(name=name, body=body), people=[name])

    return rewrite


_NAMER: list[place_names.Namer] = []


def _namer() -> place_names.Namer:
    if not _NAMER:
        _NAMER.append(place_names.Namer())
    return _NAMER[0]


def _renamed(item: Item) -> Item | None:
    """Every place renamed to an unseen one of its type (区发改局 → 区统计局)."""
    text = _text(item)
    new = place_names.rename(text, str(item["id"]), _namer())
    return None if new == text else _with(item, new)


def _outing_only(change: Callable[[str, str], str | None]) -> Callable[[Item], Item | None]:
    """A rewrite of an outing's place or errand; a meeting or a course is left alone."""

    def rewrite(item: Item) -> Item | None:
        expect = item["expect"]
        assert isinstance(expect, dict)
        if expect.get("kind") != "外出":
            return None
        new = change(_text(item), str(item["id"]))
        return None if new is None or new == _text(item) else _with(item, new)

    return rewrite


def _held_head(head: Callable[[str], str]) -> Callable[[Item], Item | None]:
    def rewrite(item: Item) -> Item | None:
        text = _text(item)
        new = place_names.rename(text, str(item["id"]), _namer(), head)
        return None if new == text else _with(item, new)

    return rewrite


TRANSFORMS: tuple[Transform, ...] = (
    Transform("报备：…", "frames", _prefix("报备：")),
    Transform("报备一下，…", "frames", _prefix("报备一下，")),
    Transform("报个备，…", "frames", _prefix("报个备，")),
    Transform("…，特此报备", "frames", _suffix("，特此报备")),
    Transform("…，报备一下", "frames", _suffix("，报备一下")),
    Transform("各位领导，…", "frames", _prefix("各位领导，"), on_non_reports=True),
    Transform("王局，…", "frames", _prefix("王局，"), on_non_reports=True),
    Transform("…，请知悉", "frames", _suffix("，请知悉")),
    Transform("…，谢谢", "frames", _suffix("，谢谢"), on_non_reports=True),
    Transform("no stops, spaces", "voice", _map_text(lambda t: _STOPS.sub(" ", t).strip())),
    Transform("no stops", "voice", _map_text(lambda t: _STOPS.sub("", t))),
    Transform("spaced", "voice", _map_text(_spaced), on_non_reports=True),
    Transform("…🙏", "marks", _suffix("🙏"), on_non_reports=True),
    Transform("…～", "marks", _suffix("～"), on_non_reports=True),
    Transform("full-width digits", "marks", _map_text(lambda t: t.translate(_FULL))),
    Transform("替小李报个备：…", "others", _for("小李", "她", "替{name}报个备：{body}")),
    Transform("帮刘洋报一下，他…", "others", _for("刘洋", "他", "帮{name}报一下，{body}")),
    Transform("陈主任让我说一声，他…", "others", _for("陈主任", "他", "{name}让我说一声，{body}")),
    Transform("老孙…", "others", _for("老孙", "", "{name}{body}")),
    Transform("place renamed", "places", _renamed, on_non_reports=True),
    Transform("errand swapped", "places", _outing_only(place_names.swap_errand)),
    # held back: written before the reader was changed for places, scored and never read
    *(
        Transform(name, "places-held", _held_head(head), on_non_reports=True)
        for name, head in place_names.HELD_HEADS
    ),
    Transform("老李那边", "places-held", _outing_only(place_names.person_place)),
    Transform("去办个证", "places-held", _outing_only(place_names.errand_no_place)),
)


def sources() -> tuple[list[Item], list[Item]]:
    """Training messages on one line read fully right as written: (reports, non-reports)."""
    items = [i for i in read_lines(sorted(CORPUS.glob("train-*.jsonl"))) if "bad" not in i]
    items = [i for i in items if "\n" not in _text(i)]
    wrong = {item_id for _c, item_id, _t, _e, _g in score(items).misses}
    right = [i for i in items if str(i["id"]) not in wrong]
    reports = [i for i in right if isinstance(i["expect"], dict) and i["expect"].get("is_report")]
    return reports, [i for i in right if i not in reports]


def variants(transform: Transform, items: list[Item]) -> Iterator[Item]:
    for item in items:
        made = transform.rewrite(item)
        if made is not None:
            yield made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated families or transform names")
    parser.add_argument(
        "--show", type=int, default=0, help="missed variants to print per transform"
    )
    parser.add_argument("--no-second-opinion", action="store_true")
    args = parser.parse_args()
    wanted = {w for w in args.only.split(",") if w}
    reports, non_reports = sources()
    print(f"sources: {len(reports)} reports and {len(non_reports)} non-reports read right")
    total = right_all = 0
    for transform in TRANSFORMS:
        if wanted and transform.name not in wanted and transform.family not in wanted:
            continue
        sides = [("reports", reports)] + (
            [("non-reports", non_reports)] if transform.on_non_reports else []
        )
        for side, items in sides:
            made = list(variants(transform, items))
            if not made:
                continue
            result = score(made, second_opinion=not args.no_second_opinion)
            kinds: Counter[str] = Counter()
            fields: Counter[str] = Counter()
            for _c, _id, _t, expected, got in result.misses:
                if not expected.get("is_report"):
                    kinds["asked" if got.get("ask") else "recorded"] += 1
                elif not got.get("is_report"):
                    kinds["silent"] += 1
                else:
                    kinds["wrong"] += 1
                    fields.update(differences(expected, got))
            total += result.total
            right_all += result.right
            detail = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
            top = ", ".join(f"{f} {n}" for f, n in fields.most_common(3))
            print(
                f"{transform.family:7s} {transform.name:22s} {side:11s} "
                f"{result.right:5d}/{result.total:<5d} {100 * result.right / result.total:5.1f} %"
                + (f"  ({detail}{'; fields: ' + top if top else ''})" if detail else "")
            )
            for _c, _id, text, expected, got in result.misses[: args.show]:
                print(f"    {text}\n      want {expected}\n      got  {got}")
    if total:
        print(f"all variants: {right_all}/{total} = {100 * right_all / total:.1f} %")


if __name__ == "__main__":
    main()
