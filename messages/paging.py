"""Splitting long replies for Telegram's 4,096-character limit, at line boundaries, so
that no HTML tag or entity is cut in half."""

from __future__ import annotations

TELEGRAM_LIMIT = 4096


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Parts of at most ``limit`` characters, each made of whole lines.

    A single line longer than the limit (our templates never make one) is cut before an
    ``&`` or ``<`` near the cut so an entity or tag is not broken.
    """
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        for piece in _cut_line(line, limit):
            candidate = piece if not current else f"{current}\n{piece}"
            if len(candidate) <= limit:
                current = candidate
            else:
                parts.append(current)
                current = piece
    if current or not parts:
        parts.append(current)
    return parts


def _cut_line(line: str, limit: int) -> list[str]:
    pieces = []
    while len(line) > limit:
        cut = limit
        for marker in ("&", "<"):
            position = line.rfind(marker, limit - 12, limit)
            if position > 0:
                cut = min(cut, position)
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces
