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
  frames that fit anything, to non-reports (they must stay non-reports); and run on with no
  stop, as voice input leaves them (报备…, …报备一下).
- **frames-heldback** (only with ``--only frames-heldback``): other frames of the same kinds
  (向领导报告一下：…, …，望知悉, 领导好，…), written before the frames mechanism
  (bot/domain/reader/frames.py) and not looked at while building it: whether the reader
  learned what a frame is or only the frames above.
- **voice**: the same words as voice input leaves them: punctuation dropped or turned into
  spaces, a space between every character (numbers kept whole).
- **marks**: a trailing emoji or ～, full-width digits.
- **others**: a self-report handed to a colleague: 替小李报个备：…, 帮刘洋报一下，他…,
  陈主任让我说一声，他…, or the colleague as its subject (老孙…); ``people`` becomes that
  colleague. Only new reports whose text has no other person in it (no 我们, 咱, 他, 她, a
  colleague's title or a second 我) and that is not a letter or a form (本人, a colon); for
  老孙… not one opening with an address or a greeting (各位…, 领导好，…) nor with 我 as an
  object (替我…), which a name before them makes into no sentence. And the other way: a
  self-report of going somewhere said to a colleague (小王你明天去市局…, 小王你是不是…？,
  让小王明天去市局…) is an instruction or a question, no report (printed as non-reports).
  The held-back set of this family, written before the reader was taught these frames, is
  ``bench/measure_others_heldback.py``.

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


# Someone else in the text: the report cannot simply be handed to a colleague (陪李局去…
# makes both away, 跟段股长去… names the colleague gone with).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖贾夏付邹熊孟秦邱侯尹薛闫段雷龙黎史陶贺毛郝顾龚邵覃武钱"
    "戴严莫孔常汤"
)
_OTHER_PERSON = re.compile(
    r"我们|咱|他|她|大家|你|[局科股处][长]?[，,\s]|主任|老[张王李赵刘陈杨黄周吴孙]|小[张王李赵刘陈杨黄周吴孙]"
    rf"|[{_SURNAMES}](?:局|股长|科长|书记|工(?!作|程|地)|总(?!结|共))"
)
# A message opening with an address or a greeting (各位…, 领导好，…, @办公室, 王局，…) or with
# 我 as an object (替我, 帮我): with a name put before it, no sentence a person writes.
_ADDRESS = re.compile(
    r"^(?:@|各位|领导|大家|麻烦|哈哈|那个|早上好|[^，,。\s]{1,4}(?:好|早)(?:[，,！!。\s☀]|$)"
    rf"|[{_SURNAMES}](?:局|主任|股长|科长|书记)[，,\s！!])"
)
_ME_AS_OBJECT = re.compile(r"(?<=[^，,。\s:：!！;；])我")


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
        if not pronoun and (_ADDRESS.match(text) or _ME_AS_OBJECT.search(text)):
            return None  # 老孙各位早，…; 老孙…，麻烦帮登记一下: not a sentence
        body = text.replace("我", pronoun) if "我" in text else pronoun + text
        return _with(item, frame.format(name=name, body=body), people=[name])

    return rewrite


_NOT_A_REPORT = dict.fromkeys(("action", "kind", "start", "end", "people", "periods"))
_DUTY = frozenset({"外出", "会议", "培训", "出差"})


def _to(name: str, frame: str) -> Callable[[Item], Item | None]:
    """A self-report of going somewhere said to colleague ``name`` instead: an instruction or
    a question (小王你明天去市局送材料), not a report (its label becomes a non-report's)."""

    def rewrite(item: Item) -> Item | None:
        expect = item["expect"]
        assert isinstance(expect, dict)
        text = _bare(_text(item))
        if expect.get("people") != [] or expect.get("action") != "new":
            return None
        if expect.get("kind") not in _DUTY or _OTHER_PERSON.search(text) or _LETTER.search(text):
            return None
        if text.count("我") > 1 or _ADDRESS.match(text) or re.search(r"[不没吗？?]", text):
            return None
        body = text.replace("我", "你") if "我" in text else "你" + text
        said = frame.format(name=name, body=body, bare=text.replace("我", ""))
        return {**item, "text": said, "expect": {"is_report": False, **_NOT_A_REPORT}}

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
    Transform("报备… (run on)", "frames", _prefix("报备")),
    Transform("…报备一下 (run on)", "frames", _suffix("报备一下")),
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
    Transform("小王你… (told to)", "others", _to("小王", "{name}{body}")),
    Transform("小王你是不是…？", "others", _to("小王", "{name}你是不是{bare}？")),
    Transform("让小王…", "others", _to("小王", "让{name}{bare}")),
)

# Held back: other frames of the same kind, written before the frames mechanism was built and
# not looked at while building it. They say whether the reader learned what a frame is or only
# the frames above. Run with ``--only frames-heldback``; not part of the default run.
HELD_BACK: tuple[Transform, ...] = (
    Transform("向领导报告一下：…", "frames-heldback", _prefix("向领导报告一下：")),
    Transform("汇报一下：…", "frames-heldback", _prefix("汇报一下：")),
    Transform("报告：…", "frames-heldback", _prefix("报告：")),
    Transform("备案一下，…", "frames-heldback", _prefix("备案一下，")),
    Transform("知会一声，…", "frames-heldback", _prefix("知会一声，")),
    Transform("说明一下，…", "frames-heldback", _prefix("说明一下，")),
    Transform("领导好，…", "frames-heldback", _prefix("领导好，"), on_non_reports=True),
    Transform("张科长您好，…", "frames-heldback", _prefix("张科长您好，"), on_non_reports=True),
    Transform("…，望知悉", "frames-heldback", _suffix("，望知悉")),
    Transform("…，特此说明", "frames-heldback", _suffix("，特此说明")),
    Transform("…，特此告知", "frames-heldback", _suffix("，特此告知")),
    Transform("…，已跟办公室说了", "frames-heldback", _suffix("，已跟办公室说了")),
    Transform("…，报告完毕", "frames-heldback", _suffix("，报告完毕")),
    Transform("…，麻烦登记一下", "frames-heldback", _suffix("，麻烦登记一下")),
    Transform("…，辛苦了", "frames-heldback", _suffix("，辛苦了"), on_non_reports=True),
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
    for transform in TRANSFORMS + HELD_BACK:
        if wanted and transform.name not in wanted and transform.family not in wanted:
            continue
        if not wanted and transform in HELD_BACK:
            continue
        sides = [("reports", reports)] + (
            [("non-reports", non_reports)] if transform.on_non_reports else []
        )
        for side, items in sides:
            made = list(variants(transform, items))
            if not made:
                continue
            if not any(isinstance(m["expect"], dict) and m["expect"]["is_report"] for m in made):
                side = "non-reports"  # reports turned into what is no report (told to someone)
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
