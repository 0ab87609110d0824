"""The weekly digest's chart: status by area as stacked bars, the completion trend as a line.

matplotlib is imported here, when a chart is drawn, never at start-up. The Agg canvas is used
directly (no pyplot, no global figure), so a chart can be drawn in a worker thread; the font
settings are global, hence the lock.

Chinese labels need a CJK font (Debian's fonts-wqy-microhei, or Noto Sans CJK). Without one
the chart is labelled in English with area numbers (A1, A2 …, explained in the caption) and
a warning is logged: never a picture of empty boxes.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.domain.digest import Digest, short_area
from messages import digest as text

log = logging.getLogger(__name__)

CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Serif CJK SC",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)
# File names of those fonts, for one installed after matplotlib cached its font list.
_FILE_HINTS = (
    "wqy",
    "notosanscjk",
    "notoserifcjk",
    "notosanssc",
    "sourcehansans",
    "droidsansfallback",
    "simhei",
    "msyh",
    "pingfang",
)
STATUS_COLOURS = {
    "未启动": "#b8b8b8",
    "整改中": "#f0a030",
    "已完成": "#5cb85c",
    "长期坚持": "#5b9bd5",
    "已销号": "#2e7d32",
}
_lock = threading.Lock()
_font_cache: list[str | None] = []


@dataclass(frozen=True)
class Chart:
    png: bytes
    cjk: bool  # False: labelled in English and area numbers (see messages.digest.caption)
    areas: list[str]  # the areas' short names, in the order of their bars (A1, A2 …)


def find_cjk_font() -> str | None:
    """The family name of an installed CJK font matplotlib can use, or None."""
    with _lock:
        if not _font_cache:
            _font_cache.append(_search_font())
        return _font_cache[0]


def _search_font() -> str | None:
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((family for family in CJK_FAMILIES if family in names), None)

    found = known()
    if found is not None:
        return found
    for path in font_manager.findSystemFonts():
        squeezed = Path(path).name.lower().replace("-", "").replace("_", "")
        if any(hint in squeezed for hint in _FILE_HINTS):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    return known()


def render_digest_chart(digest: Digest) -> Chart:
    """The PNG sent with the digest."""
    font = find_cjk_font()
    if font is None:
        log.warning(
            "no CJK font found for the digest chart (install fonts-wqy-microhei);"
            " labelling it in English and area numbers"
        )
    with _lock:
        return _draw(digest, font)


def _draw(digest: Digest, font: str | None) -> Chart:
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    cjk = font is not None
    areas = [short_area(a.area, 24) or text.CHART_NO_AREA for a in digest.areas]
    if cjk:
        labels = [_wrap(a, 8) for a in areas]
    else:
        labels = [text.area_key(i) for i in range(1, len(areas) + 1)]
    families = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    settings: dict[Any, Any] = {  # matplotlib types the keys as literals of every rc name
        "font.family": "sans-serif",
        "font.sans-serif": families,
        "axes.unicode_minus": False,
    }
    with rc_context(settings):
        fig = Figure(figsize=(7.2, 8.4), dpi=120)
        FigureCanvasAgg(fig)
        # Fixed margins: constrained layout would measure every label again (a third of the
        # drawing time); the area labels are at most 3 lines of 8 characters.
        fig.subplots_adjust(left=0.2, right=0.95, top=0.9, bottom=0.07, hspace=0.42)
        top, bottom = fig.subplots(2, 1, height_ratios=[max(len(areas), 2) + 1.5, 3])
        week = text.week_name(digest.week) if cjk else digest.week.label
        title = text.CHART_TITLE if cjk else text.CHART_TITLE_ASCII
        fig.suptitle(title.format(week=week), fontsize=15)

        rows = list(range(len(areas)))[::-1]  # the first area on top
        left = [0] * len(areas)
        for status in text.STATUS_ORDER:
            counts = [a.by_status.get(status, 0) for a in digest.areas]  # type: ignore[call-overload]
            name = status if cjk else text.STATUS_ASCII[status]
            bars = top.barh(
                rows, counts, left=left, color=STATUS_COLOURS[status], label=name, height=0.6
            )
            for bar, n in zip(bars, counts, strict=True):
                if n:
                    top.text(
                        bar.get_x() + bar.get_width() / 2,
                        bar.get_y() + bar.get_height() / 2,
                        str(n),
                        ha="center",
                        va="center",
                        fontsize=10,
                        color="white" if status in ("已销号", "整改中", "长期坚持") else "black",
                    )
            left = [x + n for x, n in zip(left, counts, strict=True)]
        for row, total in zip(rows, left, strict=True):
            top.text(total, row, f" {total}", va="center", fontsize=10, color="#333333")
        top.set_yticks(rows, labels, fontsize=10)
        top.xaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_xlim(0, max([*left, 1]) * 1.1)
        top.set_title(text.CHART_AREAS if cjk else text.CHART_AREAS_ASCII, fontsize=12, loc="left")
        top.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=5, fontsize=9, frameon=False
        )
        top.spines[["top", "right"]].set_visible(False)

        weeks = [f"W{p.week.week:02d}" for p in digest.trend]
        shares = [(p.share or 0) * 100 for p in digest.trend]
        xs = list(range(len(weeks)))
        bottom.plot(xs, shares, marker="o", color="#2e7d32", linewidth=2)
        bottom.fill_between(xs, shares, color="#2e7d32", alpha=0.12)
        for x, y in zip(xs, shares, strict=True):
            bottom.annotate(
                f"{y:.0f}%",
                (x, y),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize=9,
            )
        bottom.set_xticks(xs, weeks, fontsize=9, rotation=45 if len(xs) > 8 else 0)
        bottom.set_ylim(0, 105)
        bottom.set_xlim(-0.5, max(len(xs) - 0.5, 0.5))
        bottom.yaxis.set_major_formatter(PercentFormatter(100, decimals=0))
        bottom.grid(axis="y", alpha=0.3)
        bottom.set_title(
            text.CHART_TREND if cjk else text.CHART_TREND_ASCII, fontsize=12, loc="left"
        )
        bottom.spines[["top", "right"]].set_visible(False)

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", facecolor="white")
    return Chart(buffer.getvalue(), cjk, areas)


def _wrap(label: str, width: int) -> str:
    """Chinese has no spaces to wrap at: cut every ``width`` characters."""
    return "\n".join(label[i : i + width] for i in range(0, len(label), width))
