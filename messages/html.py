"""Escaping for Telegram's HTML parse mode."""

from __future__ import annotations

import html
import re


def esc(value: object) -> str:
    """Escape a user-supplied value for an HTML reply (``<``, ``>``, ``&`` and quotes)."""
    return html.escape(str(value), quote=False)


_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """An HTML reply as a phone shows it, minus the formatting (for the console and the
    command line, which print text, not HTML)."""
    return html.unescape(_TAG.sub("", text))
