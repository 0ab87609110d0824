"""A learned second opinion on whether a message is a report: P(report | text).

Why: the reader's rules are precise but brittle on wording nobody tuned them to; on blind
sets they record 1–2 % of non-reports, and every such record is a false 请假/外出 in someone's
file. This small logistic regression over character 1–3-grams (trained by
``bench/train_report_model.py`` on the training corpora only) is a second opinion that can
only *add a question*: when the rules would record a new absence and the model finds the
text unlike a report (P below the threshold stored with it), the reading is asked about
instead; and when the rules are silent and the model finds the text a report beyond doubt
(P at or above the net threshold), the silence net may ask about a guessed reading
(``absence_reader.net_reading``). Either way it never records, and it never changes the
rules' kind, dates or people.

Pure: the weights are a JSON file packaged beside this module, read once at import through
:mod:`importlib.resources` (so it loads from an installed wheel as from a checkout).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from operator import add

from bot.domain.reader.spacing import join_spaces
from bot.domain.reader.text import normalize

__all__ = ["MODEL", "ReportModel", "features", "load"]

MODEL_FILE = "report_model.json"
_DIGITS = str.maketrans("0123456789", "0000000000")


def _grams(text: str) -> set[str]:
    """The 1-, 2- and 3-grams, built by C-level maps rather than a slice per gram in Python,
    added in the same order as ``{norm[i : i + k] for k in (1, 2, 3) for i in …}`` (so the
    set, and the order ``probability`` sums its weights in, is the same)."""
    norm = "^" + " ".join(normalize(join_spaces(text)).translate(_DIGITS).split()) + "$"
    grams = set(norm)
    pairs = list(map(add, norm, norm[1:]))
    grams.update(pairs)
    grams.update(map(add, pairs, norm[2:]))
    return grams


def features(text: str) -> list[str]:
    """The distinct character 1–3-grams of the text as the reader normalises it (spaces
    joined the voice-input way, full-width and typos mapped), every digit as 0, every run of
    white space as one space, and ``^`` and ``$`` at its ends (so 请假 closing a terse
    report and 外出： opening a form count apart from the same words mid-sentence); sorted.
    The training script uses this very function as its analyzer, so training and inference
    see the same n-grams."""
    return sorted(_grams(text))


@dataclass(frozen=True)
class ReportModel:
    """Weights of the n-grams kept, the intercept, and the threshold T below which a
    record becomes a question."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    net_threshold: float = math.inf  # P at or above which a silent message may be asked about

    def probability(self, text: str) -> float:
        """P(report | text): each n-gram present counts once (binary features)."""
        z = self.intercept + sum(map(self.weights.get, _grams(text), repeat(0.0)))
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def doubts(self, text: str) -> bool:
        """True when the text reads unlike a report: P(report) below the threshold."""
        return self.probability(text) < self.threshold

    def sure(self, text: str) -> bool:
        """True when the text reads like a report beyond doubt: P(report) at or above the
        silence net's threshold (a message the rules are silent on may then be asked about)."""
        return self.probability(text) >= self.net_threshold


def load(data: str) -> ReportModel:
    """The model from the JSON the training script writes."""
    raw = json.loads(data)
    weights: dict[str, float] = raw["weights"]  # JSON's own dict: no second copy in memory
    net = float(raw.get("net_threshold", math.inf))  # absent: the net never speaks
    return ReportModel(weights, float(raw["intercept"]), float(raw["threshold"]), net)


def _packaged() -> str:
    return resources.files("bot.domain.reader").joinpath(MODEL_FILE).read_text(encoding="utf-8")


MODEL: ReportModel = load(_packaged())
