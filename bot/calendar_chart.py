"""The team calendar posted by /calendar: people down the side, working days across, each
cell coloured and lettered by kind (事 病 年 差 外 培 会 调), a half day as half a cell,
weekday holidays greyed.

matplotlib is imported here, when a picture is drawn; the Agg canvas is used directly and
the CJK font is the one :mod:`bot.charts` finds for the digest.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.charts import _lock, find_cjk_font
from bot.domain.attendance_sheet import MARKS, DayMark
from messages import week_view as text

log = logging.getLogger(__name__)

KIND_COLOURS = {
    "事": "#f4a261",
    "病": "#e76f51",
    "年": "#2a9d8f",
    "调": "#8ab17d",
    "差": "#457b9d",
    "外": "#8ecae6",
    "培": "#9b5de5",
    "会": "#f15bb5",
}
OTHER_COLOUR = "#e9c46a"  # 婚 产 陪 丧 探 护 假
HOLIDAY_COLOUR = "#d9d9d9"
DARK = frozenset({"病", "年", "差"})  # white letters read better on these
LEGEND = ("事", "病", "年", "调", "差", "外", "培", "会")


@dataclass(frozen=True)
class Column:
    day: date
    workday: bool  # False: a weekday holiday, greyed
    worked_weekend: bool = False


def colour(mark: str) -> str:
    return KIND_COLOURS.get(mark, OTHER_COLOUR)


def render_calendar(
    title: str,
    people: Sequence[tuple[int, str]],
    columns: Sequence[Column],
    cells: Mapping[tuple[int, date], DayMark],
) -> bytes:
    font = find_cjk_font()
    if font is None:
        log.warning("no CJK font found for the calendar (install fonts-wqy-microhei)")
    with _lock:
        return _draw(title, people, columns, cells, font)


def _draw(
    title: str,
    people: Sequence[tuple[int, str]],
    columns: Sequence[Column],
    cells: Mapping[tuple[int, date], DayMark],
    font: str | None,
) -> bytes:
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch, Rectangle

    families = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    width = 2.2 + 0.85 * max(len(columns), 3)
    height = 1.9 + 0.42 * max(len(people), 1)
    with rc_context({"font.family": "sans-serif", "font.sans-serif": families}):
        fig = Figure(figsize=(width, height), dpi=120)
        FigureCanvasAgg(fig)
        # Fixed margins in inches: the title and two-line day labels above, the legend below.
        top, bottom = 1.1, 0.6
        ax = fig.add_axes(
            (1.6 / width, bottom / height, 1 - 2.0 / width, 1 - (top + bottom) / height)
        )
        fig.suptitle(text.chart_title(title), fontsize=14, y=1 - 0.12 / height, va="top")
        for x, column in enumerate(columns):
            for y, (member_id, _name) in enumerate(people):
                _cell(ax, Rectangle, x, y, column, cells.get((member_id, column.day)))
        ax.set_xlim(0, len(columns))
        ax.set_ylim(len(people), 0)
        ax.set_xticks(
            [x + 0.5 for x in range(len(columns))],
            [text.weekday_label(c.day, c.worked_weekend) for c in columns],
            fontsize=9,
        )
        ax.xaxis.tick_top()
        ax.set_yticks([y + 0.5 for y in range(len(people))], [n for _i, n in people], fontsize=10)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        handles = [Patch(color=KIND_COLOURS[k], label=_kind_name(k)) for k in LEGEND]
        handles.append(Patch(color=HOLIDAY_COLOUR, label=text.HOLIDAY_CELL))
        fig.legend(
            handles=handles,
            loc="lower center",
            ncol=len(handles),
            fontsize=8,
            frameon=False,
            handlelength=1.2,
            columnspacing=0.8,
        )
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()


def _kind_name(mark: str) -> str:
    return next(kind for kind, m in MARKS.items() if m == mark)


def _cell(ax: Any, rectangle: Any, x: int, y: int, column: Column, mark: DayMark | None) -> None:
    add = ax.add_patch
    grid = {"edgecolor": "white", "linewidth": 1.5}
    if not column.workday:
        add(rectangle((x, y), 1, 1, facecolor=HOLIDAY_COLOUR, **grid))
        ax.text(
            x + 0.5,
            y + 0.5,
            text.HOLIDAY_CELL,
            ha="center",
            va="center",
            fontsize=9,
            color="#777777",
        )
        return
    am, pm = mark.halves if mark is not None else (None, None)
    if am is None and pm is None:
        add(rectangle((x, y), 1, 1, facecolor="#f5f5f5", **grid))
        return
    if am == pm:
        add(rectangle((x, y), 1, 1, facecolor=colour(am or ""), **grid))
        _letter(ax, x + 0.5, y, am or "")
        return
    # Half a day: the morning on the left half, the afternoon on the right, each lettered.
    for offset, half in ((0.0, am), (0.5, pm)):
        add(
            rectangle(
                (x + offset, y), 0.5, 1, facecolor=colour(half) if half else "#f5f5f5", **grid
            )
        )
        if half:
            _letter(ax, x + offset + 0.25, y, half)


def _letter(ax: Any, x: float, y: int, mark: str) -> None:
    colour_ = "white" if mark in DARK else "#1a1a1a"
    ax.text(x, y + 0.5, mark, ha="center", va="center", fontsize=11, color=colour_)
