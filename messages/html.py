"""Escaping for Telegram's HTML parse mode."""

from __future__ import annotations

import html


def esc(value: object) -> str:
    """Escape a user-supplied value for an HTML reply (``<``, ``>``, ``&`` and quotes)."""
    return html.escape(str(value), quote=False)
