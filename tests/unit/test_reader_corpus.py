"""Regression guard: the reader's score on the blind training corpus never drops.

The corpus (tests/data/reader_corpus/train-*.jsonl) was written by someone who never saw
the reader's code (CORPUS.md). Scoring is bench/reader_score.py's, so the figure here is the
one the benchmark prints. Raise FLOOR when the reader improves; never lower it, except to
take in a new blind batch at its first look (a larger corpus, not a worse reader).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
FLOOR = 0.9854  # fully right, share of all training messages (167 files, 22,179 messages)
MAX_RECORDED = 0.01  # non-reports recorded without a question
MAX_ASKED = 0.05  # non-reports asked about


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reader_score", ROOT / "bench/reader_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_training_corpus_score_does_not_drop() -> None:
    scorer = _scorer()
    files = sorted((ROOT / "tests/data/reader_corpus").glob("train-*.jsonl"))
    assert len(files) >= 85
    result = scorer.score(scorer.read_lines(files))
    assert result.total >= 9665
    crashed = [(ident, got["error"]) for _, ident, _, _, got in result.misses if "error" in got]
    assert crashed == []  # the reader never raises on a message
    assert result.right_share >= FLOOR, f"{result.right_share:.1%} < {FLOOR:.1%}"
    assert result.recorded_share <= MAX_RECORDED, f"recorded {result.recorded_share:.1%}"
    assert result.asked_share <= MAX_ASKED, f"asked {result.asked_share:.1%}"


def test_a_bad_line_is_a_miss_not_a_crash() -> None:
    scorer = _scorer()
    lines = [
        {"id": "x", "text": "明天请假", "now": "not a time", "expect": {"is_report": True}},
        {"id": "y", "text": "早上好", "now": "2026-11-30T09:00:00+08:00", "category": "non_report",
         "expect": {"is_report": False}},
    ]  # fmt: skip
    result = scorer.score(lines)
    assert (result.total, result.right, result.non_reports) == (2, 1, 1)
    assert result.misses[0][4]["error"].startswith("ValueError")


def test_the_second_opinion_never_lowers_the_score_and_only_moves_records_to_questions() -> None:
    scorer = _scorer()
    files = sorted((ROOT / "tests/data/reader_corpus").glob("train-*.jsonl"))
    gated = scorer.score(scorer.read_lines(files))
    rules = scorer.score(scorer.read_lines(files), second_opinion=False)
    # a question with the right reading is still right; the silence net adds a few
    assert gated.right >= rules.right
    assert gated.recorded + gated.asked == rules.recorded + rules.asked  # silence untouched
    assert gated.recorded <= rules.recorded
