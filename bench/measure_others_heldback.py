"""The held-back check of the **others** family of ``bench/measure_invariance.py``: a report
handed to a colleague, in frames and with names the reader's fixes were NOT tuned on.

Written before the fix that reads who a report is for from the frame's grammar
(bot/domain/reader/handed.py) and not looked at while it was written: a fix that lifts only
the transforms of measure_invariance has not made the reader understand anything, and this
set says whether it did. Run ``.venv/bin/python bench/measure_others_heldback.py``
(``--show N`` prints N misses per transform; please leave it unread while tuning).

Sources: the training messages measure_invariance rewrites (train-*.jsonl only; held-out
files are never read). Report side: a self-report handed on by other frames (代X报备一下,
X托我报一下, X让我跟大家说一下, 代X请个假, X让我帮他请个假, the frame after the body) and
names of other shapes (a full name, a compound surname, a title, a word-like surname with a
title, a surname outside the inventory); the speaker going with a colleague (陪). Non-report
side: the same self-reports turned into an instruction or a question to a colleague, which
must stay silent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure_invariance import (  # noqa: E402
    _LETTER,
    _OTHER_PERSON,
    Item,
    _bare,
    _text,
    _with,
    report,
    sources,
)
from bench.reader_score import score  # noqa: E402

LEAVE = frozenset(
    {"病假", "请假", "年假", "事假", "调休", "婚假", "陪产假", "丧假", "探亲假", "护理假"}
)
DUTY = frozenset({"外出", "会议", "培训", "出差"})
NOT_A_REPORT: dict[str, object] = {
    "is_report": False,
    "action": None,
    "kind": None,
    "start": None,
    "end": None,
    "people": None,
    "periods": None,
}
Rewrite = Callable[[Item], Item | None]


def _own(item: Item, kinds: frozenset[str] | None = None) -> str | None:
    """The text of a new self-report naming nobody else (as measure_invariance's ``_for``)."""
    expect = item["expect"]
    assert isinstance(expect, dict)
    text = _bare(_text(item))
    if expect.get("people") != [] or expect.get("action") != "new":
        return None
    if kinds is not None and expect.get("kind") not in kinds:
        return None
    if _OTHER_PERSON.search(text) or text.count("我") > 1 or _LETTER.search(text):
        return None
    if _ADDRESSED.search(text):
        return None
    return text


# A colleague by title inside the body (陪李局去…: both would be away), or the report
# addressed to someone first (领导 明天…, @办公室): not a sentence to hand over whole.
_ADDRESSED = re.compile(
    r"陪[^，,。\s去到]{0,4}(?:局|主任|股长|科长|书记|工|总)|^\W*(?:领导|各位)|@"
)


def handed(name: str, pronoun: str, frame: str, kinds: frozenset[str] | None = None) -> Rewrite:
    """A self-report made for ``name``; ``{body}`` has 我 as ``pronoun`` (or opens with it),
    ``{bare}`` has 我 dropped (the name is the subject)."""

    def rewrite(item: Item) -> Item | None:
        text = _own(item, kinds)
        if text is None:
            return None
        body = text.replace("我", pronoun) if "我" in text else pronoun + text
        bare = text.replace("我", "")
        return _with(item, frame.format(name=name, body=body, bare=bare), people=[name])

    return rewrite


def escorted(name: str) -> Rewrite:
    """我…去X → 我…陪{name}去X: the speaker going with a colleague is still the speaker's own
    report (people stays [])."""

    def rewrite(item: Item) -> Item | None:
        text = _own(item, frozenset({"外出"}))
        if text is None or text.count("去") != 1 or "陪" in text:
            return None
        return _with(item, text.replace("去", f"陪{name}去"))

    return rewrite


def told_to(frame: str) -> Rewrite:
    """The self-report said to a colleague as an instruction or a question: not a report."""

    def rewrite(item: Item) -> Item | None:
        text = _own(item, DUTY)
        if text is None or any(w in text for w in ("不", "没", "吗", "？", "?")):
            return None
        body = text.replace("我", "你") if "我" in text else "你" + text
        made = _with(item, frame.format(body=body, bare=text.replace("我", "")))
        return {**made, "expect": dict(NOT_A_REPORT)}

    return rewrite


HELD_BACK: tuple[tuple[str, Rewrite], ...] = (
    ("代黄股长报备一下，他…", handed("黄股长", "他", "代{name}报备一下，{body}")),
    ("欧阳敏托我报一下，她…", handed("欧阳敏", "她", "{name}托我报一下，{body}")),
    ("郑工让我跟大家说一下，他…", handed("郑工", "他", "{name}让我跟大家说一下，{body}")),
    ("代小谭请个假，她…", handed("小谭", "她", "代{name}请个假，{body}", LEAVE)),
    ("覃主任让我帮他请个假，他…", handed("覃主任", "他", "{name}让我帮他请个假，{body}", LEAVE)),
    ("同事蒯磊托我说一声，他…", handed("蒯磊", "他", "同事{name}托我说一声，{body}")),
    ("周建华…", handed("周建华", "", "{name}{bare}")),
    ("符股长…", handed("符股长", "", "{name}{bare}")),
    ("曾志强…，他让我在群里说一声", handed("曾志强", "", "{name}{bare}，他让我在群里说一声")),
    ("…陪郑股长去…", escorted("郑股长")),
    ("请刘工… (instruction)", told_to("请刘工{bare}")),
    ("老周，你… (instruction)", told_to("老周，{body}")),
    ("欧阳工你…吗？ (question)", told_to("欧阳工{body}吗？")),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="misses to print per transform")
    parser.add_argument("--no-second-opinion", action="store_true")
    args = parser.parse_args()
    reports, _non_reports = sources()
    total = right_all = 0
    for name, rewrite in HELD_BACK:
        made = [v for v in (rewrite(i) for i in reports) if v is not None]
        if not made:
            continue
        result = score(made, second_opinion=not args.no_second_opinion)
        total += result.total
        right_all += result.right
        report(f"{name:28s}", result, args.show)
    if total:
        print(f"held-back variants: {right_all}/{total} = {100 * right_all / total:.1f} %")


if __name__ == "__main__":
    main()
