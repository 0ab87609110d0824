"""Compares the packaged second opinion with a retrained one on training files neither saw.

Run ``.venv/bin/python bench/compare_report_models.py --block F… [--block F…] [--rules-at
COMMIT…] [--c C] [--keep K] [--show]`` after ``.venv/bin/pip install -e '.[train]'``. Only
training material is read (the corpora ``tests/data/reader_corpus/train-*.jsonl`` and the
reader's case table); never a held-out file. For each block of files (which the packaged
model must not have been trained on: checked against its ``trained_on``), a candidate is
fitted (bench/train_report_model.py's ``fit``) on the case table and every training file
outside the block, so both models are blind to it; the candidate's threshold T is chosen by
the training script's own rule (k-fold by files over its own training material, the largest
T with at most 2 % of reports below it). Each model then stands behind the rules on the block
(the current ones, or with ``--rules-at`` those of an older commit, when the batch was still
blind to them: today's rules were tuned on every training file and record none of their
non-reports, which leaves the gate nothing to catch):

- gate: the new absences the rules alone would record (no question) among the block's
  non-reports, and how many the model turns into questions (false records caught); the same
  among the real reports (friction: still right, one tap);
- net (current rules only): where the rules are silent and the model is sure (P ≥
  ``net_threshold``), the net's question on non-reports (false questions) and on real reports
  (asked; fully right);
- the whole reading: fully right, non-reports recorded / asked, reports asked.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.reader_score import differences  # noqa: E402
from bench.train_report_model import (  # noqa: E402
    CANDIDATES,
    CORPUS,
    case_table,
    cross_validate,
    fit,
    load,
)
from bot.domain import absence_reader as ar  # noqa: E402
from bot.domain.reader.report_model import MODEL_FILE  # noqa: E402
from bot.domain.reader.report_model import load as load_model  # noqa: E402

PACKAGED = ROOT / "bot" / "domain" / "reader" / MODEL_FILE


def _number(name: str) -> str:
    """train-100.jsonl → 100 (a slice of fixed width read the three-digit files as 10)."""
    return name.removeprefix("train-").removesuffix(".jsonl")


def choose_t(items: list[dict[str, Any]], c: float, keep: int, folds: int) -> float:
    """The training script's rule: the largest candidate T with ≤ 2 % of reports below it,
    out of fold over the candidate's own training files."""
    p = cross_validate(items, folds, c, keep)
    labels = np.array([bool(i["expect"]["is_report"]) for i in items])
    fits = [t for t in CANDIDATES if (p[labels] < t).mean() <= 0.02]
    return max(fits, default=CANDIDATES[0])


def records(r: dict[str, Any]) -> bool:
    """The rules alone would record it: a new absence, no question, in range."""
    return bool(r["is_report"] and not r["ask"] and r["action"] == "new") and not r.get(
        "out_of_range"
    )


def reading(
    r: dict[str, Any], item: dict[str, Any], p: float, t: float, net: float
) -> dict[str, Any]:
    """read_report with a given P: the gate on the rules' new records, the net on silence."""
    if not r["is_report"]:
        if p < net:
            return r
        return ar.net_reading(item["text"], datetime.fromisoformat(item["now"])).to_json()
    return {**r, "ask": True} if records(r) and p < t else r


RULES_AT = """
import json, sys
from datetime import datetime
sys.path.insert(0, sys.argv[1])
from bot.domain.absence_reader import read_report
for line in sys.stdin:
    i = json.loads(line)
    r = read_report(i["text"], datetime.fromisoformat(i["now"]), second_opinion=False)
    print(json.dumps(r.to_json(), ensure_ascii=False))
"""


def rules_of(block: list[dict[str, Any]], commit: str | None) -> list[dict[str, Any]]:
    """The rules' readings (no second opinion): the current ones, or those of the reader at
    ``commit`` (its bot/ package extracted with git archive and run in a child process)."""
    if commit is None:
        return [
            ar.read_report(
                i["text"], datetime.fromisoformat(i["now"]), second_opinion=False
            ).to_json()
            for i in block
        ]
    with tempfile.TemporaryDirectory() as tmp:
        tar = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "bot"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=tar, check=True)
        lines = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in block)
        out = subprocess.run(
            [sys.executable, "-c", RULES_AT, tmp],
            input=lines,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return [json.loads(x) for x in out.splitlines()]


def measure(
    block: list[dict[str, Any]], rules: list[dict[str, Any]], p: np.ndarray, t: float, net: float
) -> dict[str, int]:
    out = dict.fromkeys(
        (
            "non",
            "rep",
            "rec_non",
            "caught",
            "rec_rep",
            "friction",
            "net_non",
            "silent_rep",
            "net_rep",
            "net_right",
            "right",
            "recorded",
            "asked",
            "reports_asked",
            "non_p_ge_t",
            "rep_p_lt_t",
        ),
        0,
    )
    for item, r, q in zip(block, rules, p, strict=True):
        is_rep = bool(item["expect"]["is_report"])
        got = reading(r, item, float(q), t, net)
        recorded = records(r)
        out["rep" if is_rep else "non"] += 1
        if is_rep:
            out["rep_p_lt_t"] += q < t
            out["rec_rep"] += recorded
            out["friction"] += recorded and q < t
            if not r["is_report"]:
                out["silent_rep"] += 1
                out["net_rep"] += got["is_report"]
                out["net_right"] += got["is_report"] and not differences(item["expect"], got)
            out["reports_asked"] += bool(got["is_report"] and got["ask"])
        else:
            out["non_p_ge_t"] += q >= t
            out["rec_non"] += recorded
            out["caught"] += recorded and q < t
            out["net_non"] += bool(not r["is_report"] and got["is_report"])
            out["recorded"] += bool(got["is_report"] and not got["ask"])
            out["asked"] += bool(got["is_report"] and got["ask"])
        out["right"] += not differences(item["expect"], got)
    return out


def net_cells(m: dict[str, int], commit: str | None) -> str:
    """The net's two cells; blank under older rules (the net is today's code, and where the
    older rules were silent it would read with today's rules)."""
    if commit is not None:
        return "— | —"
    return f"{m['net_non']} | {m['net_rep']} of {m['silent_rep']} ({m['net_right']})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--block", nargs="+", action="append", required=True, help="file names of one block"
    )
    parser.add_argument("--c", type=float, default=3.0)
    parser.add_argument("--keep", type=int, default=1000)
    parser.add_argument("--folds", type=int, default=7)
    parser.add_argument("--threshold", type=float, default=None, help="candidate T (default: CV)")
    parser.add_argument(
        "--packaged",
        type=Path,
        default=PACKAGED,
        help="the model to compare with (default the packaged one; an older one with e.g. "
        "git show 2cefa11:bot/domain/reader/report_model.json > old.json)",
    )
    parser.add_argument("--show", action="store_true", help="list where the two gates differ")
    parser.add_argument(
        "--rules-at",
        nargs="*",
        default=None,
        help="one commit per block: the rules as they stood then (the batch still blind)",
    )
    args = parser.parse_args()
    paths = sorted(CORPUS.glob("train-*.jsonl"))
    raw = json.loads(args.packaged.read_text("utf-8"))
    seen = set(raw["trained_on"])
    old = load_model(args.packaged.read_text("utf-8"))
    cases = case_table()
    net = old.net_threshold
    print(f"packaged model: trained on {len(seen) - 1} files + case table, T = {old.threshold}")
    print(f"candidate: C = {args.c}, keep = {args.keep}; net threshold {net} for both\n")
    header = (
        "| block | model | T | rule-recorded non-reports caught | rule-recorded reports asked "
        "| non-reports P ≥ T | reports P < T | net: non-reports asked | net: silent reports "
        "asked (fully right) | fully right | non-reports recorded / asked | reports asked |"
    )
    rows = [header, "|" + " --- |" * 12]
    commits = args.rules_at or [None] * len(args.block)
    assert len(commits) == len(args.block), "one --rules-at per --block"
    for names, commit in zip(args.block, commits, strict=True):
        block = load([CORPUS / n for n in names])
        assert not seen & set(names), f"the packaged model saw {sorted(seen & set(names))}"
        train = load([q for q in paths if q.name not in names]) + cases
        t = args.threshold or choose_t(train, args.c, args.keep, args.folds)
        vec, model = fit(
            [i["text"] for i in train],
            np.array([bool(i["expect"]["is_report"]) for i in train]),
            args.c,
            args.keep,
        )
        texts = [i["text"] for i in block]
        p_new = model.predict_proba(vec.transform(texts))[:, 1]
        p_old = np.array([old.probability(x) for x in texts])
        rules = rules_of(block, commit)
        label = f"{_number(names[0])}–{_number(names[-1])}"
        label += f", rules at {commit}" if commit else ""
        trained = sorted((_number(q.name) for q in paths if q.name not in names), key=int)
        for who, p, tt in (
            (f"packaged ({len(seen) - 1} files)", p_old, old.threshold),
            (f"retrained ({len(trained)} files)", p_new, t),
        ):
            m = measure(block, rules, p, tt, net)
            rows.append(
                f"| {label} ({m['non']} non / {m['rep']} rep) | {who} | {tt} "
                f"| {m['caught']} of {m['rec_non']} | {m['friction']} of {m['rec_rep']} "
                f"| {m['non_p_ge_t']} | {m['rep_p_lt_t']} | {net_cells(m, commit)} "
                f"| {m['right']} | {m['recorded']} / {m['asked']} | {m['reports_asked']} |"
            )
        print(f"block {label}: candidate trained on {','.join(trained)} + case table")
        if args.show:
            for i, r, a, b in zip(block, rules, p_old, p_new, strict=True):
                if records(r) and (a < old.threshold) != (b < t):
                    kind = "report" if i["expect"]["is_report"] else "NON-REPORT"
                    print(f"    {kind:10} packaged {a:.2f} retrained {b:.2f} {i['text'][:60]!r}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
