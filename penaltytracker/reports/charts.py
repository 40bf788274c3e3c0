"""The charts the app shows, drawn with matplotlib.

Each builder draws into a matplotlib Figure it is given (never pyplot). The PDF draws
the same charts with Qt's painter (pdf_charts.py) from the same texts, colours and
arithmetic (chart_data.py), without loading matplotlib.
"""

from __future__ import annotations

from collections import defaultdict

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus
from penaltytracker.reports.chart_data import (  # noqa: F401 - re-exported: the app's and tests' names
    LABEL_PT,
    LINE_COLOUR,
    POINTS_T,
    SEVERITY_COLOURS,
    label_gap,
    month_label,
    points_range,
    points_texts,
    spread_labels,
    step_points,
    violation_marks,
)
from penaltytracker.reports.fonts import configure_matplotlib

# The texts, colours and pure helpers live in chart_data (the PDF draws without matplotlib).
_T = POINTS_T
_t = points_texts


def _line_height(fig: Figure, ax, y_max: float, font_pt: float) -> float:
    """One line of `font_pt` text in data units of the y axis, with a little air. Measured
    on the axes as first placed (before the layout makes them taller): never too small."""
    return label_gap(fig.get_figheight() * ax.get_position().height, y_max, font_pt)


def points_chart(fig: Figure, status: ShopStatus, rules: RuleSet, lang: str) -> None:
    """The year's running total against the level thresholds, each violation marked."""
    configure_matplotlib()
    t = _t(lang)
    fig.clear()
    ax = fig.add_subplot()

    start, end, y_max = points_range(status, rules.levels[-1].threshold)
    steps = step_points(status)

    # Bands: level k covers its threshold up to the next one (the last one to the top).
    label_at = blended_transform_factory(ax.transAxes, ax.transData)
    centres = []
    for i, lv in enumerate(rules.levels):
        upper = rules.levels[i + 1].threshold if i + 1 < len(rules.levels) else y_max
        colour = SEVERITY_COLOURS[min(i, len(SEVERITY_COLOURS) - 1)]
        ax.axhspan(lv.threshold, upper, color=colour, alpha=0.45, lw=0, zorder=0, gid=f"band-{lv.name}")
        ax.axhline(lv.threshold, color=colour, lw=0.8, zorder=1)
        centres.append((lv.threshold + upper) / 2)
    # Labels sit at the left: the line starts low there, so they rarely collide with it.
    # Narrow bands (75–80 between 55 and 100) would stack their labels on each other:
    # they are spread to at least one line of text apart.
    for lv, y in zip(rules.levels, spread_labels(centres, _line_height(fig, ax, y_max, LABEL_PT), 0, y_max)):
        ax.text(0.006, y, t["level"].format(lv=lv.name, th=lv.threshold),
                transform=label_at, ha="left", va="center", fontsize=LABEL_PT, color="#374151", zorder=2,
                gid=f"band-label-{lv.name}")

    xs = [d for d, _ in steps]
    ys = [p for _, p in steps]
    ax.step(xs, ys, where="post", color=LINE_COLOUR, lw=2, zorder=3, gid="cumulative")

    marks = violation_marks(status)  # one marker per violation
    if marks:
        ax.plot([d for d, _ in marks], [p for _, p in marks], ls="none", marker="o", ms=5,
                color=LINE_COLOUR, markeredgecolor="white", zorder=4, gid="violations")
        ax.annotate(t["now"].format(n=status.points), (status.as_of, status.points), xytext=(-4, 6),
                    textcoords="offset points", ha="right", fontsize=9, color=LINE_COLOUR, zorder=5)
    else:
        ax.text(0.02, 0.5 * rules.levels[0].threshold / y_max, t["no_points"], transform=ax.transAxes,
                fontsize=9, color="#6b7280")

    ax.set_xlim(start, end)
    ax.set_ylim(0, y_max)
    ax.set_ylabel(t["points_axis"])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(t["points_title"].format(y=status.year, d=status.as_of.isoformat()), fontsize=11)
    if (end - start).days > 62:
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: month_label(mdates.num2date(x).month, lang)))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: f"{mdates.num2date(x):%m/%d}"))
    ax.grid(axis="x", color="#e5e7eb", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()


def monthly_points(records: list[ViolationRecord], year: int) -> dict[str, list[int]]:
    """Category key → points in each of the 12 months (only active records of `year`)."""
    per: dict[str, list[int]] = defaultdict(lambda: [0] * 12)
    for r in records:
        if r.counts and r.points_date.year == year:
            per[r.category][r.points_date.month - 1] += r.points
    return dict(per)


def monthly_chart(fig: Figure, records: list[ViolationRecord], rules: RuleSet, year: int, lang: str) -> None:
    """Points per month of `year`, stacked by category."""
    configure_matplotlib()
    t = _t(lang)
    fig.clear()
    ax = fig.add_subplot()

    per = monthly_points(records, year)
    known = [c.key for c in rules.categories]
    # The rule set's order first, so colours stay put from one chart to the next.
    order = [k for k in known if k in per] + sorted(k for k in per if k not in known)
    palette = [f"C{i}" for i in range(10)]
    months = list(range(1, 13))
    bottom = [0] * 12
    unknown = [k for k in order if k not in known]
    for key in order:
        slot = known.index(key) if key in known else len(known) + unknown.index(key)
        colour = palette[slot % len(palette)]
        label = rules.category_label(key, lang) if key else t["uncategorised"]
        ax.bar(months, per[key], bottom=bottom, color=colour, label=label, width=0.7, gid=f"month-{key}")
        bottom = [b + p for b, p in zip(bottom, per[key])]

    ax.set_xticks(months, [month_label(m, lang) for m in months])
    ax.set_xlim(0.4, 12.6)
    ax.set_ylim(0, max(max(bottom), 1) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(t["points_axis"])
    ax.set_title(t["monthly_title"].format(y=year), fontsize=11)
    if order:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        ax.text(0.5, 0.5, t["no_points"], transform=ax.transAxes, ha="center", color="#6b7280")
    ax.grid(axis="y", color="#e5e7eb", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
