"""The held-back check of the voice family: other shapes of the same voice input than
``bench/measure_invariance.py``'s, written before the spacing work and never read for misses
while it was done (only their score is compared before and after, to see that the reader
learned how voice input leaves a message rather than the three transforms it was tuned on).

Run ``.venv/bin/python bench/voice_heldback.py`` (the word-level transform needs jieba, from
``pip install -e '.[build]'``; without it that line is skipped). Same sources as
measure_invariance: training messages on one line that the reader reads fully right.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure_invariance import (  # noqa: E402
    Item,
    Transform,
    _bare,
    _map_text,
    sources,
    variants,
)
from bench.reader_score import score  # noqa: E402

# Clause stops (a 、 inside a list is not one: 张伟、陈静 stays a list).
_CLAUSE = re.compile(r"[，,。.！!；;]")
_ANY_STOP = re.compile(r"[，,。.！!；;、]")
_COMMA = re.compile(r"[，,]")


def _clauses(filler: str) -> Callable[[Item], Item | None]:
    """Each clause stop said as a filler (然后, 那个) or typed as a line break."""
    return _map_text(lambda t: _CLAUSE.sub(filler, _bare(t)))


def _spaced_bare(text: str) -> str:
    """A space between every character and no punctuation at all; numbers whole."""
    return " ".join(re.findall(r"[0-9０-９]+|[^\s，,。.！!；;、]", text))


def _word_spaced(text: str) -> str:
    """Spaces between words as a word-level input method leaves them, stops dropped."""
    import jieba

    words = [w for w in jieba.cut(_ANY_STOP.sub(" ", text)) if w.strip()]
    return " ".join(words)


def _has_jieba() -> bool:
    try:
        import jieba

        jieba.setLogLevel(60)
        return True
    except ImportError:
        return False


HELD_BACK: tuple[Transform, ...] = (
    Transform("stops → 然后", "voice", _clauses("然后")),
    Transform("stops → 那个", "voice", _clauses("那个")),
    Transform("stops → line breaks", "voice", _clauses("\n")),
    Transform("commas dropped only", "voice", _map_text(lambda t: _COMMA.sub("", t))),
    Transform("stops → double space", "voice", _map_text(lambda t: _ANY_STOP.sub("  ", _bare(t)))),
    Transform(
        "stops → ideographic sp.", "voice", _map_text(lambda t: _ANY_STOP.sub("\u3000", _bare(t)))
    ),
    Transform("spaced, no stops", "voice", _map_text(_spaced_bare), on_non_reports=True),
    Transform("word spaced", "voice", _map_text(_word_spaced), on_non_reports=True),
)


def _kind(expected: dict[str, object], got: dict[str, object]) -> str:
    if expected.get("is_report"):
        return "wrong" if got.get("is_report") else "silent"
    return "asked" if got.get("ask") else "recorded"


def main() -> None:
    reports, non_reports = sources()
    jieba_ok = _has_jieba()
    total = right_all = 0
    for transform in HELD_BACK:
        if transform.name == "word spaced" and not jieba_ok:
            print("word spaced: skipped (no jieba; pip install -e '.[build]')")
            continue
        sides = [("reports", reports)] + (
            [("non-reports", non_reports)] if transform.on_non_reports else []
        )
        for side, items in sides:
            made = list(variants(transform, items))
            if not made:
                continue
            result = score(made)
            kinds = [_kind(expected, got) for _c, _i, _t, expected, got in result.misses]
            silent, asked, recorded = (kinds.count(k) for k in ("silent", "asked", "recorded"))
            total += result.total
            right_all += result.right
            print(
                f"{transform.name:24s} {side:11s} {result.right:5d}/{result.total:<5d} "
                f"{100 * result.right / result.total:5.1f} %  (silent {silent}, asked {asked},"
                f" recorded {recorded})"
            )
    if total:
        print(f"held-back voice variants: {right_all}/{total} = {100 * right_all / total:.1f} %")


if __name__ == "__main__":
    main()
