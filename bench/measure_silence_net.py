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
        return "no time"
    if judged(sk) is SILENCE:
        return "rules: " + rules_why(sk)
    if (refused := refusal(sk)) is not None:
        return refused
    if guess_intent(sk) is None:
        return "no cue / another's"
    return "no period / over"


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
    if args.show:
        for src, text, q in fired:
            if q >= t:
                print(f"    {q:.3f} [{src}] {text[:70]!r}")
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
