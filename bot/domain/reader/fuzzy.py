"""Fuzzy-pinyin twins of the reader's key words: 秦假 for 请假, 连假 for 年假.

The bureau's staff speak Hunan dialects that do not tell n from l, f from h, in from ing,
en from eng, an from ang (nor z, c, s from zh, ch, sh), and their pinyin keyboards' "fuzzy
pinyin" settings offer the other half of each pair; so a key word arrives with one syllable
one pair away, a slip that no exact homophone (:mod:`bot.domain.reader.homophones`) covers.
``fuzzy_twins.json`` (built offline by bench/build_fuzzy.py) maps each such twin that is no
word of ordinary text to its key word. The reader corrects twins only in a text the rules
are silent on or doubtful about (明天秦假一天, read as 秦假's leave and asked), and only ever
asks about what the corrected text says.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from bot.domain.reader.homophones import common_word

__all__ = ["TWINS_FILE", "twin_corrected", "twins"]

TWINS_FILE = "fuzzy_twins.json"


@cache
def twins() -> dict[str, str]:
    """Twin -> key word, read on the first silent message that needs it."""
    found = json.loads(resources.files("bot.domain.reader").joinpath(TWINS_FILE).read_text("utf-8"))
    if not isinstance(found, dict):
        raise ValueError(f"{TWINS_FILE}: not an object")
    return {str(twin): str(word) for twin, word in found.items()}


@cache
def _index() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """The twins by first character (longest first: 探琴假 before 琴假), and where one may
    start: a first character before a second one (the cheap scan: most texts hold none)."""
    found: dict[str, list[str]] = {}
    for twin in sorted(twins(), key=lambda t: (-len(t), t)):
        found.setdefault(twin[0], []).append(twin)
    firsts = re.escape("".join(sorted(found)))
    seconds = re.escape("".join(sorted({twin[1] for twin in twins()})))
    return {c: tuple(ts) for c, ts in found.items()}, re.compile(f"[{firsts}](?=[{seconds}])")


def twin_corrected(text: str) -> str | None:
    """``text`` with each twin replaced by its key word (same length), or None when it holds
    none. A twin whose changed character forms a common word with the character beside it
    (接连假期: 接连) is left alone: that character is the neighbour's word, not a slip."""
    table = twins()
    index, starts = _index()
    out: list[str] = []
    done = 0
    for m in starts.finditer(text):
        start = m.start()
        if start < done:
            continue
        twin = next((t for t in index[text[start]] if text.startswith(t, start)), None)
        if twin is None:
            continue
        word, end = table[twin], start + len(twin)
        slipped = next(k for k, c in enumerate(word) if c != twin[k])
        if (slipped == 0 and common_word(text[max(0, start - 1) : start + 1])) or (
            slipped == len(word) - 1 and common_word(text[end - 1 : end + 1])
        ):
            continue
        out += (text[done:start], word)
        done = end
    return "".join(out) + text[done:] if out else None
