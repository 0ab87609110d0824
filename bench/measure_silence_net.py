"""Measures the silence net (absence_reader.net_reading): its false questions and its reach.

Run ``.venv/bin/python bench/measure_silence_net.py [--threshold T] [--show]`` after
``.venv/bin/pip install -e '.[train]'`` (scikit-learn, for the out-of-fold model). Only
training material is read: ``tests/data/reader_corpus/train-*.jsonl``, the reader's case
table and the rectification report; never a held-out file.

The net speaks where the rules (and the homophone fallback) are silent, the message names a
time, the model's P(report | text) is at least T and the message holds no deliberate
refusal; it asks, never records. Measured with OUT-OF-FOLD probabilities (the model of
bench/train_report_model.py, cross-validated over contiguous blocks of training files, so
every message is scored by a model that never saw its batch):

1. False questions: over every training non-report (and the case table's, and every piece
   of the rectification report at two instants, scored by the packaged model, which never
   saw them), how many the net newly asks about, per candidate T.
2. Reach on silent reports: the training reports the rules are silent on; how many the net
   asks about, and with the reading fully right.
3. Reach on reports as if the rules were silent: every training report the rules read as a
   new absence, read by the net's guess alone (the rules' intent withheld, the period and
   the refusals as the net has them): how many the net would ask about and how many of
   those with the reading fully right (kind, start, end, people). This is what the net does
   for the shapes the rules have not met, if they look like the ones they have.
4. ``--files F…``: the same on named files (new batches, before anything is tuned on them),
   with the packaged model's P (``--oof``: a model trained without those files).
5. Synthetic: every combination of a time, a symptom and going home with no leave word
   (下午头有点晕，先回去了): how many the rules are silent on, and how many of those the net
   asks about as 病假 for the period named (packaged model's P: it never saw them).
6. Synthetic, no time said (intent.outing_now): generated outings set out for now (去区财政局
   调卷宗, 跟张工去看下泵站, 闸门那边漏水我直接过去了: 外出/会议/培训 from now, end open) and
   generated chatter, instructions, plans, habits, questions and work done with the same
   places and errands, which must stay silent; by the packaged model's P (it never saw them)
   and by the structure alone (net_reading without the model's gate).

Sections 1 and 2 split what the net newly asks into messages with a time and messages with
none (the outing set out for now).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.reader_score import differences  # noqa: E402
from bench.train_report_model import CORPUS, case_table, cross_validate, load  # noqa: E402
from bot.domain import absence_reader as ar  # noqa: E402
from bot.domain.reader import intent as it  # noqa: E402
from bot.domain.reader import lexicon as lx  # noqa: E402
from bot.domain.reader.expressions import Skeleton, expressions  # noqa: E402
from bot.domain.reader.intent import SILENCE, guess_intent, judged, refusal  # noqa: E402
from bot.domain.reader.report_model import MODEL, MODEL_FILE  # noqa: E402
from bot.domain.reader.spacing import join_spaces  # noqa: E402
from bot.domain.reader.text import normalize, read_slips  # noqa: E402

REPORT = ROOT / "tests" / "data" / "rectification-report-2023-06.txt"
NOWS = ("2026-11-30T10:00:00+08:00", "2026-12-03T16:40:00+08:00")
CANDIDATES = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
_RAW = json.loads((ROOT / "bot" / "domain" / "reader" / MODEL_FILE).read_text("utf-8"))
SETTINGS = (float(_RAW.get("c", 3.0)), int(_RAW.get("keep", 1000)))  # the packaged model's


def silent(text: str, now: datetime) -> bool:
    """The reader without the net (rules, homophones) says nothing."""
    return not ar.read_report(text, now, second_opinion=False).is_report


def skeleton(text: str) -> Skeleton:
    norm = read_slips(normalize(join_spaces(text, stops=True)))
    return Skeleton.build(norm, expressions(norm))


def why(text: str) -> str:
    """Why the net stays silent on a text (for the listings)."""
    sk = skeleton(text)
    if not sk.exprs_at:
        return no_time_why(sk)
    if judged(sk) is SILENCE:
        return "rules: " + rules_why(sk)
    if (refused := refusal(sk)) is not None:
        return refused
    if guess_intent(sk) is None:
        return "no cue / another's"
    return "no period / over"


def no_time_why(sk: Skeleton) -> str:
    """Why the net stays silent on a message naming no time (intent.outing_now's steps)."""
    if judged(sk) is SILENCE:
        return "no time; rules: " + rules_why(sk)
    text = it._neutral(sk.text)
    if lx.SETTING_OUT.search(text) is None and lx.OUT_WEAK.search(text) is None:
        return "no time, no setting out"
    if (m := lx.NOT_SETTING_OUT.search(text)) is not None:
        return f"no time, not now ({m.group(0)})"
    if (refused := refusal(sk)) is not None:
        return "no time; " + refused
    if it.outing_now(sk) is None:
        return "no time; another's, or no outing"
    return "no time; below T, or after hours"


def timed(text: str) -> bool:
    return bool(skeleton(text).exprs_at)


def rules_why(sk: Skeleton) -> str:
    """Which of the rules' refusals holds a message (a rough probe, for the listings): whose
    absence it is unclear (a colleague the rules cannot name), a refusal the net shares, a
    cancellation, or another."""
    text = it._neutral(sk.text)
    found = it._people(text)
    if found is None:
        return "whose?"
    people, text = found
    _, pos, _ = it.kind_of(text)
    if not people and pos >= 0 and it._someone_else(text, pos):
        return "someone else"
    if (refused := refusal(sk)) is not None:
        return refused
    return "other"


def asked(item: dict[str, Any], now: datetime, guess_only: bool = False) -> ar.Report:
    if guess_only:
        return ar.net_reading(item["text"], now, intent_of=guess_intent)
    return ar.net_reading(item["text"], now)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=MODEL.net_threshold)
    parser.add_argument("--show", action="store_true", help="list the texts")
    parser.add_argument("--files", nargs="*", type=Path, default=[])
    parser.add_argument("--oof", action="store_true", help="--files: out-of-fold P for them")
    args = parser.parse_args()
    t = args.threshold
    paths = sorted(CORPUS.glob("train-*.jsonl"))
    items = load(paths) + case_table()
    p = cross_validate(items, 7, *SETTINGS)
    pieces = [s.strip() for s in re.split(r"[。；\n]", REPORT.read_text("utf-8")) if s.strip()]
    print(f"{len(paths)} training files, {len(items)} messages; out-of-fold P (7 blocks)")
    print(f"threshold T = {t}\n")

    # 1. false questions
    quiet: list[tuple[str, str, datetime, float]] = [
        ("case table" if i["file"] == "case-table" else "corpora", i["text"], now(i), float(q))
        for i, q in zip(items, p, strict=True)
        if not i["expect"]["is_report"]
    ]
    quiet += [
        ("rectification", s, datetime.fromisoformat(n), MODEL.probability(s))
        for s in pieces
        for n in NOWS
    ]
    fired = [
        (src, text, q)
        for src, text, when, q in quiet
        if q >= min(CANDIDATES) and silent(text, when) and ar.net_reading(text, when).is_report
    ]
    totals = Counter(src for src, *_ in quiet)
    print("1. false questions: non-reports the net newly asks about")
    print("| T | " + " | ".join(f"{s} ({n})" for s, n in totals.items()) + " |")
    print("| --- |" + " --- |" * len(totals))
    for c in sorted({*CANDIDATES, t}):
        row = Counter(src for src, _, q in fired if q >= c)
        cells = " | ".join(f"{row[s]} ({row[s] / n:.2%})" for s, n in totals.items())
        print(f"| {c}{' ←' if c == t else ''} | {cells} |")
    untimed = [(src, text, q) for src, text, q in fired if q >= t and not timed(text)]
    non_total = sum(totals.values())
    print(
        f"   at T, of {non_total} non-reports: {sum(q >= t for *_, q in fired)} newly asked "
        f"({sum(q >= t for *_, q in fired) / non_total:.2%}), {len(untimed)} of them naming "
        "no time (the outing set out for now)"
    )
    bare = [
        (src, text)
        for src, text, when, _ in quiet
        if not timed(text) and silent(text, when) and ar.net_reading(text, when).is_report
    ]
    print(
        f"   naming no time, by the structure alone (no model's gate): {len(bare)} of "
        f"{non_total} non-reports would be asked"
        + "".join(f"\n    [{src}] {text[:70]!r}" for src, text in bare if args.show)
    )
    if args.show:
        for src, text, q in fired:
            if q >= t:
                print(f"    {q:.3f} [{src}] {'' if timed(text) else '(no time) '}{text[:70]!r}")
    blocked = Counter(
        why(text)
        for src, text, when, q in quiet
        if q >= t and silent(text, when) and not ar.net_reading(text, when).is_report
    )
    print(f"   kept silent at T (P ≥ T, rules silent): {dict(blocked.most_common())}\n")

    # 2. silent training reports
    rows = [
        (i, float(q), now(i)) for i, q in zip(items, p, strict=True) if i["expect"]["is_report"]
    ]
    quiet_reports = [(i, q, n) for i, q, n in rows if silent(i["text"], n)]
    print(f"2. training reports the rules are silent on: {len(quiet_reports)}")
    report_reach(quiet_reports, t, args.show, guess_only=False)

    # 3. every report the rules read as new, read by the guess alone
    news = [
        (i, q, n)
        for i, q, n in rows
        if i["file"] != "case-table" and i["expect"].get("action") == "new"
    ]
    print(f"\n3. training reports of a new absence, read by the net's guess alone: {len(news)}")
    report_reach(news, t, False, guess_only=True)

    synthetic()
    synthetic_now(args.show)

    # 4. named files
    if args.files:
        extra = load(args.files)
        if args.oof:
            probs = oof_for(items, extra)
        else:
            probs = np.array([MODEL.probability(i["text"]) for i in extra])
        rows4 = [(i, float(q), now(i)) for i, q in zip(extra, probs, strict=True)]
        print(f"\n4. {', '.join(f.name for f in args.files)}: {len(extra)} messages")
        non = [r for r in rows4 if not r[0]["expect"]["is_report"]]
        new_q = [
            r
            for r in non
            if r[1] >= t and silent(r[0]["text"], r[2]) and ar.net_reading(r[0]["text"], r[2])
        ]
        new_q = [r for r in new_q if ar.net_reading(r[0]["text"], r[2]).is_report]
        print(f"   non-reports {len(non)}; newly asked {len(new_q)}")
        for i, q, _ in new_q:
            print(f"    {q:.3f} {i['id']} {i['text'][:70]!r}")
        reps = [r for r in rows4 if r[0]["expect"]["is_report"]]
        reps = [r for r in reps if silent(r[0]["text"], r[2])]
        print(f"   reports the rules are silent on: {len(reps)}")
        report_reach(reps, t, True, guess_only=False)


def report_reach(
    rows: list[tuple[dict[str, Any], float, datetime]], t: float, show: bool, guess_only: bool
) -> None:
    low = min(t, *CANDIDATES)
    every = [(i, q, asked(i, n, guess_only).to_json()) for i, q, n in rows if q >= low]
    good = [q for i, q, g in every if g["is_report"] and not differences(i["expect"], g)]
    print(
        "   fully right by T: " + ", ".join(f"{c}: {sum(q >= c for q in good)}" for c in CANDIDATES)
    )
    sure = [r for r in rows if r[1] >= t]
    got = [(i, q, g) for i, q, g in every if q >= t]
    asks = [(i, q, g) for i, q, g in got if g["is_report"]]
    right = [(i, q, g) for i, q, g in asks if not differences(i["expect"], g)]
    kinds = sum(1 for i, _, g in asks if g["kind"] == i["expect"]["kind"])
    print(
        f"   P ≥ T: {len(sure)}; asked {len(asks)}; kind right {kinds}; "
        f"fully right {len(right)} ({len(right) / max(len(rows), 1):.1%} of all {len(rows)})"
    )
    if not guess_only:
        untimed = [r for r in rows if not timed(r[0]["text"])]
        print(
            f"   naming no time: {len(untimed)}; asked "
            f"{sum(1 for i, _, g in asks if not timed(i['text']))}, fully right "
            f"{sum(1 for i, _, g in right if not timed(i['text']))}"
        )
    if guess_only:
        wrong = Counter(
            f for i, _, g in asks for f in differences(i["expect"], g) if f != "is_report"
        )
        print(f"   fields wrong when asked: {dict(wrong.most_common())}")
        stays = Counter(why(i["text"]) for i, _, g in got if not g["is_report"])
        print(f"   kept silent: {dict(stays.most_common(12))}")
    if show:
        for i, q, g in got:
            mark = "right" if (i, q, g) in right else "asked" if g["is_report"] else "silent"
            wrong = ",".join(differences(i["expect"], g)) if g["is_report"] else why(i["text"])
            print(f"    {q:.3f} {mark:6} {wrong:18} {i.get('id')} {i['text'][:60]!r}")
        for i, q, _ in [r for r in rows if r[1] < t]:
            print(f"    {q:.3f} below  {'':18} {i.get('id')} {i['text'][:60]!r}")


# 5. Synthetic: the speaker's health and going home, with no leave word (issue 11's category
# 6), every combination of a time, a symptom and a going home; expected 病假 for the time.
SYN_NOW = datetime.fromisoformat("2026-11-30T09:00:00+08:00")  # a Monday morning
SYN_TIMES = {
    "下午": ("2026-11-30T14:30", "2026-11-30T17:30"),
    "今天下午": ("2026-11-30T14:30", "2026-11-30T17:30"),
    "明天上午": ("2026-12-01T08:30", "2026-12-01T12:00"),
    "明天": ("2026-12-01T08:30", "2026-12-01T17:30"),
    "后天": ("2026-12-02T08:30", "2026-12-02T17:30"),
}
SYN_HEALTH = (
    "头有点晕",
    "胃疼得厉害",
    "发烧了",
    "嗓子疼得说不出话",
    "腰扭了",
    "拉肚子",
    "感冒了",
    "牙疼",
)
SYN_HOME = ("先回去了", "回家休息", "在家躺着", "在家歇着", "去趟医院", "先回去休息")


def synthetic() -> None:
    tried = silent_n = right = asked_n = 0
    for when, (start, end) in SYN_TIMES.items():
        for health in SYN_HEALTH:
            for home in SYN_HOME:
                text = f"{when}{health}，{home}"
                tried += 1
                if not silent(text, SYN_NOW):
                    continue
                silent_n += 1
                got = ar.read_report(text, SYN_NOW)
                asked_n += got.is_report
                right += (
                    got.is_report
                    and got.kind == "病假"
                    and got.start is not None
                    and got.end is not None
                    and got.start.isoformat()[:16] == start
                    and got.end.isoformat()[:16] == end
                )
    print(
        f"\n5. synthetic, health and going home with no leave word: {tried} messages, "
        f"the rules silent on {silent_n}; the net asks about {asked_n}, "
        f"{right} of them fully right (病假, the period named; packaged model's P)"
    )


# 6. Synthetic, no time said: an outing set out for now, and the same places and errands in
# chatter, instructions, plans, habits, questions and work done (which must stay silent).
# Said at 09:00 on a Monday: an outing is away from 09:00, its return open.
NOW_PLACES = (
    "区财政局", "区公安分局", "市水利局", "北湖泵站", "城南水厂", "区行政审批局", "县自来水公司",
    "河西大堤", "三号闸", "红旗水库", "区法院", "区政务服务中心", "市档案馆", "白沙灌区",
    "李家村", "区人社局", "建设银行", "施工现场", "区应急局", "省水利厅",
)  # fmt: skip
NOW_ERRANDS = (
    "调卷宗", "交材料", "送文件", "盖个章", "办手续", "对接工作", "看下水情", "看看设备",
    "取资料", "签合同", "核对数据", "",
)  # fmt: skip
NOW_NAMES = ("张工", "刘洋", "小王", "李局")
# (frame, kind): {p} a place, {e} an errand, {n} a colleague; 外出 unless a meeting or training.
NOW_OUTINGS = (
    ("去{p}{e}", "外出"),
    ("我去{p}{e}", "外出"),
    ("我去趟{p}{e}", "外出"),
    ("去一趟{p}{e}，有事打电话", "外出"),
    ("跑一趟{p}{e}", "外出"),
    ("我先去{p}{e}了", "外出"),
    ("{p}那边有点事，我过去一下", "外出"),
    ("{p}那边要人，我直接过去了", "外出"),
    ("跟{n}去{p}{e}", "外出"),
    ("我和{n}去{p}{e}", "外出"),
    ("接到电话，去{p}{e}", "外出"),
    ("出去一趟，去{p}{e}", "外出"),
    ("我去{p}开会", "会议"),
    ("去{p}参加培训", "培训"),
)
NOW_SILENT = (
    # done, back
    "去了趟{p}{e}", "刚去{p}{e}回来", "已经去{p}{e}了", "去过{p}了，{e}的事办好了",
    "上午去{p}{e}，已经回来了", "{e}的事去{p}办完了",
    # plans, wishes, unsettled
    "我打算去{p}{e}", "准备去{p}{e}", "可能要去{p}{e}", "改天去{p}{e}", "有空去{p}看看",
    "要不要去{p}{e}", "我想去{p}{e}", "回头去{p}{e}", "等领导批了再去{p}{e}",
    # instructions, notices, questions
    "你去{p}{e}", "{n}，你去趟{p}", "请{n}去{p}{e}", "让{n}去{p}{e}", "大家去{p}{e}",
    "谁去{p}{e}？", "去{p}{e}吗", "{p}怎么去？", "麻烦哪位去{p}{e}", "去{p}{e}的请报名",
    # negation
    "我不去{p}了", "不用去{p}{e}", "没去{p}", "别去{p}了",
    # habits, needs, rules
    "我平时都去{p}{e}", "每次都是去{p}{e}", "一般去{p}{e}要一个小时", "办这个需要去{p}{e}",
    "可以去{p}{e}", "最好去{p}{e}", "以后{e}都去{p}",
    # talked about, someone else, leisure
    "去{p}的路在修", "去{p}{e}的材料准备好了", "上次去{p}排了很久的队", "{p}离这里挺远的",
    "他去{p}{e}了", "她去{p}了", "下班后去{p}", "周末去{p}玩", "如果下雨就去{p}看看",
    "{n}说{p}那边{e}的事不急",
)  # fmt: skip


# Written apart from the frames above and from the rule (after it was written, not tuned on):
# free-form outings set out now, and free-form chatter with their places and errands.
FREE_OUTINGS = (
    "去区水务局拿批文", "我去一下区住建局", "跟刘工下泵站", "陪检查组去河西大堤",
    "我去县里对接项目", "赶紧去三号闸看看", "我先出去一趟", "去区委党校报到", "去市局参加培训",
    "去区政府开会", "刚接到电话，去区应急局", "我去省厅汇报", "去红旗水库巡查",
    "我和小刘去区法院应诉", "出去送个材料", "我去区税务局办个事", "去城南水厂取水样",
    "跟李局去李家村走访", "我去区审计局配合审计", "去区档案馆复印资料", "张工和我去北湖泵站检修",
    "北湖泵站报警了，我赶过去", "去区纪委送材料", "我去区人大汇报工作", "我到区财政局去一下",
)  # fmt: skip
FREE_CHATTER = (
    "区水务局的批文下来了", "去区住建局的路口在修路", "下泵站要穿雨靴", "县里的项目对接得怎么样了",
    "三号闸那边没事了", "出去的时候记得关灯", "区委党校的培训通知发了", "市局培训的名单报了吗",
    "区政府开会的纪要发群里了", "区应急局来电话了", "省厅汇报材料写好了没", "红旗水库巡查情况正常",
    "小刘去区法院应诉回来了", "材料送出去了", "区税务局下班早", "城南水厂水样合格",
    "李家村的走访记录整理一下", "审计局的人到了", "北湖泵站检修完了", "区财政局的款到账了",
    "泵站报警是误报", "区纪委的材料我来写", "区人大来人检查，大家注意",
    "你们谁去区财政局，帮我带个表", "上周去区财政局跑了三趟", "每周一去泵站巡查",
    "去区财政局得先预约", "我要是去区财政局就顺便交了",
    "去不去区财政局再说", "想去区财政局看看进度", "他们去泵站了", "去了区财政局，没人",
    "区财政局让我们去一趟，谁有空", "刚去了趟泵站，一切正常", "去区里开会的人回来没有",
    "我去区财政局也没用", "去区财政局要带身份证", "区财政局搬到新区了",
)  # fmt: skip


def synthetic_now(show: bool) -> None:
    outings: list[tuple[str, str, tuple[str, ...]]] = []
    for frame, kind in NOW_OUTINGS:
        for i, place in enumerate(NOW_PLACES):
            errand = NOW_ERRANDS[i % len(NOW_ERRANDS)]
            name = NOW_NAMES[i % len(NOW_NAMES)]
            text = frame.format(p=place, e=errand, n=name)
            people = (name,) if "{n}" in frame else ()
            outings.append((text, kind, people))
    chatter = [
        frame.format(p=place, e=NOW_ERRANDS[i % len(NOW_ERRANDS)], n=NOW_NAMES[i % 4])
        for frame in NOW_SILENT
        for i, place in enumerate(NOW_PLACES)
    ]
    start = SYN_NOW
    rules_read = silent_o = gated = ungated = right = kinds = 0
    missed: Counter[str] = Counter()
    for text, kind, people in outings:
        if not silent(text, SYN_NOW):
            rules_read += 1
            continue
        silent_o += 1
        bare = ar.net_reading(text, SYN_NOW)
        ungated += bare.is_report
        got = ar.read_report(text, SYN_NOW)
        gated += got.is_report
        kinds += got.is_report and got.kind == kind
        right += (
            got.is_report
            and got.ask
            and got.kind == kind
            and got.start == start
            and got.end is None
            and set(got.people) <= set(people)
        )
        if not bare.is_report:
            missed[why(text)] += 1
    print(
        f"\n6. synthetic, outings set out now with no time said: {len(outings)} messages, the "
        f"rules read {rules_read}, silent on {silent_o}; the net asks about {gated} (packaged "
        f"model's P ≥ T; {ungated} by the structure alone), kind right {kinds}, "
        f"{right} fully right (kind, from 09:00, end open)"
    )
    if missed:
        print(f"   not asked by the structure: {dict(missed.most_common(8))}")
    passing = [
        MODEL.probability(text)
        for text, _, _ in outings + [(t, "", ()) for t in FREE_OUTINGS]
        if silent(text, SYN_NOW) and ar.net_reading(text, SYN_NOW).is_report
    ]
    print(
        f"   outings (both sets, {len(outings) + len(FREE_OUTINGS)}) the structure asks about, "
        "by T: " + ", ".join(f"{c}: {sum(q >= c for q in passing)}" for c in CANDIDATES)
    )
    c_silent = c_gated = c_bare = c_rules = 0
    spoke: list[str] = []
    for text in chatter:
        if not silent(text, SYN_NOW):
            c_rules += 1
            continue
        c_silent += 1
        c_bare += ar.net_reading(text, SYN_NOW).is_report
        if ar.read_report(text, SYN_NOW).is_report:
            c_gated += 1
            spoke.append(text)
    print(
        f"   the same words in chatter, instructions, plans, habits, questions and work done: "
        f"{len(chatter)} messages, the rules read {c_rules}, silent on {c_silent}; the net "
        f"asks about {c_gated} (packaged model's P ≥ T; {c_bare} by the structure alone)"
    )
    if show:
        for text in spoke:
            print(f"    asked: {text!r}")
    free_asked = [t for t in FREE_OUTINGS if ar.read_report(t, SYN_NOW).is_report]
    free_bare = [t for t in FREE_OUTINGS if ar.net_reading(t, SYN_NOW).is_report]
    free_read = [t for t in FREE_OUTINGS if not silent(t, SYN_NOW)]
    loud = [t for t in FREE_CHATTER if silent(t, SYN_NOW) and ar.read_report(t, SYN_NOW).is_report]
    loud_bare = [t for t in FREE_CHATTER if silent(t, SYN_NOW) and ar.net_reading(t, SYN_NOW)]
    loud_bare = [t for t in loud_bare if ar.net_reading(t, SYN_NOW).is_report]
    print(
        f"   free-form, written apart: {len(FREE_OUTINGS)} outings, the rules read "
        f"{len(free_read)}, the net asks about {len(free_asked)} ({len(free_bare)} by the "
        f"structure alone); {len(FREE_CHATTER)} chatter, the net asks about {len(loud)} "
        f"({len(loud_bare)} by the structure alone)"
    )
    if show:
        for text in FREE_OUTINGS:
            if text not in free_asked:
                print(f"    not asked ({MODEL.probability(text):.2f}, {why(text)}): {text!r}")
        for text in loud_bare:
            print(f"    chatter asked by the structure ({MODEL.probability(text):.2f}): {text!r}")


def oof_for(items: list[dict[str, Any]], extra: list[dict[str, Any]]) -> np.ndarray:
    """P for ``extra`` by a model trained on the training items not in those files."""
    names = {i["file"] for i in extra}
    rest = [i for i in items if i["file"] not in names]
    from bench.train_report_model import fit

    vec, model = fit(
        [i["text"] for i in rest],
        np.array([bool(i["expect"]["is_report"]) for i in rest]),
        *SETTINGS,
    )
    return np.asarray(model.predict_proba(vec.transform([i["text"] for i in extra]))[:, 1])


def now(item: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(item["now"])


if __name__ == "__main__":
    main()
