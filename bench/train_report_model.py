"""Trains the reader's second opinion, P(report | text), and writes it into the package.

Run ``.venv/bin/pip install -e '.[train]'`` once (scikit-learn, not a runtime dependency),
then ``.venv/bin/python bench/train_report_model.py``. Only training material is read: the
corpora ``tests/data/reader_corpus/train-*.jsonl`` and the reader's case table (its short,
plain reports, which the corpora have few of; ``--no-case-table`` leaves it out); never a
held-out file. Deterministic: files and messages sorted, a fixed seed, lbfgs.

1. k-fold cross-validation over the training files (contiguous blocks of files, so a fold
   is a batch of writers the model did not see): every message gets an out-of-fold P.
   Printed per candidate threshold T: the share of non-reports with P ≥ T, the share of
   reports with P < T, and the same two among the messages the rules alone would record
   (the only ones the gate touches). T is the largest candidate with at most
   ``--max-friction`` (2 %) of reports below it: on the first blind batches scored with the
   gate, the share of real reports turned into questions came out 1.5–1.8 times the
   cross-validated one.
2. A model on every training file: a logistic regression on binary character 1–3-grams
   (``bot.domain.reader.report_model.features``), the ``--keep`` n-grams of largest weight
   kept and the model fitted again on those alone, so the exported weights *are* the model
   sklearn scored. Written to ``bot/domain/reader/report_model.json`` with the threshold,
   the files and counts it was trained on, C and ``--keep`` (2,000: the 7-fold log loss
   0.075 against 0.086 for 1,000 on 77 files, and the terse 外出：下周一 … forms kept above T)
   and reference texts with sklearn's scores.
   ``--net-threshold`` (0.8) is written beside T: the P at or above which the silence net
   may ask about a message the rules are silent on, chosen by bench/measure_silence_net.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bot.domain.absence_reader import read_report  # noqa: E402
from bot.domain.reader.report_model import MODEL_FILE, features  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "reader_corpus"
OUT = ROOT / "bot" / "domain" / "reader" / MODEL_FILE
SEED = 20261130
CANDIDATES = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def load(paths: list[Path]) -> list[dict[str, Any]]:
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                item["file"] = path.name
                items.append(item)
    return items


def case_table() -> list[dict[str, Any]]:
    """The reader's own case table (tests/unit/test_absence_reader.py): training material
    too, and the short, plain reports (周三请假, 3号请假) the corpora have few of."""
    from tests.unit.test_absence_reader import CASES

    return [
        {
            "text": text,
            "now": now.isoformat(),
            "expect": {"is_report": expected.action is not None},
            "file": "case-table",
        }
        for now, text, expected in CASES
    ]


def rules_record(item: dict[str, Any]) -> bool:
    """Whether the rules alone would record it (a new absence, no question)."""
    got = read_report(item["text"], datetime.fromisoformat(item["now"]), second_opinion=False)
    return got.is_report and not got.ask and got.action == "new" and not got.out_of_range


def fit(texts: list[str], labels: np.ndarray, c: float, keep: int) -> tuple[Any, Any]:
    """The pruned model: fit on every n-gram, keep the largest weights, fit again."""
    full = CountVectorizer(analyzer=features, binary=True)
    x = full.fit_transform(texts)
    first = LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit(x, labels)
    names = full.get_feature_names_out()
    order = np.argsort(-np.abs(first.coef_[0]), kind="stable")[:keep]
    vocabulary = sorted(str(names[i]) for i in order)
    pruned = CountVectorizer(analyzer=features, binary=True, vocabulary=vocabulary)
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit(pruned.transform(texts), labels)
    return pruned, model


def cross_validate(items: list[dict[str, Any]], folds: int, c: float, keep: int) -> np.ndarray:
    files = sorted({i["file"] for i in items})
    blocks = np.array_split(np.array(files), folds)
    texts = [i["text"] for i in items]
    labels = np.array([bool(i["expect"]["is_report"]) for i in items])
    p = np.zeros(len(items))
    for block in blocks:
        held = np.array([i["file"] in set(block) for i in items])
        vec, model = fit(
            [t for t, h in zip(texts, held, strict=True) if not h], labels[~held], c, keep
        )
        p[held] = model.predict_proba(
            vec.transform([t for t, h in zip(texts, held, strict=True) if h])
        )[:, 1]
    return p


def table(items: list[dict[str, Any]], p: np.ndarray, recorded: np.ndarray) -> None:
    labels = np.array([bool(i["expect"]["is_report"]) for i in items])
    n_rep, n_non = labels.sum(), (~labels).sum()
    rec_rep, rec_non = (recorded & labels).sum(), (recorded & ~labels).sum()
    print(
        f"reports {n_rep}, non-reports {n_non}; "
        f"the rules record {rec_rep} reports and {rec_non} non-reports"
    )
    print(
        "| T | non-reports P ≥ T | reports P < T | rule-recorded reports asked "
        "| rule-recorded non-reports left recorded |"
    )
    print("| --- | --- | --- | --- | --- |")
    for t in CANDIDATES:
        a = (p[~labels] >= t).sum()
        b = (p[labels] < t).sum()
        c = (p[recorded & labels] < t).sum()
        d = (p[recorded & ~labels] >= t).sum()
        print(
            f"| {t:.2f} | {a / n_non:.1%} ({a}) | {b / n_rep:.1%} ({b}) | "
            f"{c / max(rec_rep, 1):.1%} ({c}) | {d} of {rec_non} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=7)
    parser.add_argument("--c", type=float, default=3.0, help="inverse regularisation")
    parser.add_argument("--keep", type=int, default=2000, help="n-grams kept")
    parser.add_argument("--threshold", type=float, default=None, help="T (default: chosen)")
    parser.add_argument(
        "--max-friction",
        type=float,
        default=0.02,
        help="largest out-of-fold share of reports with P < T",
    )
    parser.add_argument(
        "--net-threshold",
        type=float,
        default=0.8,
        help="P at or above which the silence net may ask (see bench/measure_silence_net.py)",
    )
    parser.add_argument("--exclude", nargs="*", default=[], help="training file names left out")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--no-case-table", action="store_true", help="the corpora alone")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    paths = [p for p in sorted(CORPUS.glob("train-*.jsonl")) if p.name not in args.exclude]
    items = load(paths) + ([] if args.no_case_table else case_table())
    recorded = np.array([rules_record(i) for i in items])
    p = cross_validate(items, args.folds, args.c, args.keep)
    labels = np.array([bool(i["expect"]["is_report"]) for i in items])
    eps = 1e-12
    loss = -np.mean(labels * np.log(p + eps) + (~labels) * np.log(1 - p + eps))
    print(
        f"{len(paths)} files, {len(items)} messages; {args.folds}-fold by files, "
        f"C={args.c}, keep={args.keep}"
    )
    print(f"out-of-fold log loss {loss:.4f}")
    table(items, p, recorded)
    threshold = args.threshold
    if threshold is None:  # the largest candidate whose friction stays within the bound
        fits = [t for t in CANDIDATES if (p[labels] < t).mean() <= args.max_friction]
        threshold = max(fits, default=CANDIDATES[0])
    print(f"threshold T = {threshold}")
    if args.cv_only:
        return
    texts = [i["text"] for i in items]
    vec, model = fit(texts, labels, args.c, args.keep)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 6)
        for n, w in zip(names, model.coef_[0], strict=True)
        if round(float(w), 6) != 0.0
    }
    step = max(1, len(items) // 20)
    refs = [items[i]["text"] for i in range(0, len(items), step)][:20]
    scores = model.predict_proba(vec.transform(refs))[:, 1]
    counts: dict[str, list[int]] = {}
    for i in items:
        pair = counts.setdefault(i["file"], [0, 0])
        pair[0 if i["expect"]["is_report"] else 1] += 1
    out = {
        "about": "P(report | text): logistic regression on binary character 1-3-grams "
        "(bot.domain.reader.report_model.features); written by bench/train_report_model.py",
        "threshold": threshold,
        "net_threshold": args.net_threshold,
        "intercept": round(float(model.intercept_[0]), 6),
        "c": args.c,
        "keep": args.keep,
        "seed": SEED,
        "trained_on": {
            name: {"reports": r, "non_reports": n} for name, (r, n) in sorted(counts.items())
        },
        "cross_validation": {"folds": args.folds, "log_loss": round(float(loss), 4)},
        "reference": [
            {"text": t, "p": round(float(s), 6)} for t, s in zip(refs, scores, strict=True)
        ],
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out.relative_to(ROOT)}: {len(weights)} weights, "
        f"{args.out.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main()
