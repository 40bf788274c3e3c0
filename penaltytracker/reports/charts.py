"""The charts the app shows and the PDF prints: one drawing code for both.

Each builder draws into a matplotlib Figure it is given (never pyplot), so the Qt
canvas in the app and the PDF writer share exactly the same picture.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus, cumulative_series
from penaltytracker.reports.fonts import configure_matplotlib

# Level bands from mild to severe (yellow → dark red); index = level order I..V.
SEVERITY_COLOURS = ("#fde68a", "#fdba74", "#fb923c", "#ef4444", "#991b1b")
LINE_COLOUR = "#1d4ed8"

_T = {
    "ja": {
        "points_title": "{y}年の累積違反点数（{d}時点）", "points_axis": "点数", "level": "レベル{lv}（{th}点〜）",
        "monthly_title": "{y}年 月別の違反点数（カテゴリ別）", "month": "{m}月", "uncategorised": "未分類",
        "now": "{n}点", "no_points": "今年の違反はありません",
    },
    "en": {
        "points_title": "Points in {y} (as of {d})", "points_axis": "Points", "level": "Level {lv} ({th}+)",
        "monthly_title": "Points per month in {y}, by category", "month": "{abbr}", "uncategorised": "Uncategorised",
        "now": "{n} pts", "no_points": "No violations this year",
    },
}
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _t(lang: str) -> dict[str, str]:
    return _T["en" if lang == "en" else "ja"]


def month_label(month: int, lang: str) -> str:
    return _t(lang)["month"].format(m=month, abbr=_MONTH_ABBR[month - 1])


def step_points(status: ShopStatus) -> list[tuple[date, int]]:
    """The step line of the year: 0 on 1 January, each day's new total, held until as_of."""
    start = date(status.year, 1, 1)
    steps = [(start, 0)]
    for day, total in cumulative_series(status):
        if day == start:
            steps[0] = (day, total)
        else:
            steps.append((day, total))
    if steps[-1][0] < status.as_of:
        steps.append((status.as_of, steps[-1][1]))
    return steps


LABEL_PT = 8


def _line_height(fig: Figure, ax, y_max: float, font_pt: float) -> float:
    """One line of `font_pt` text in data units of the y axis, with a little air. Measured
    on the axes as first placed (before the layout makes them taller): never too small."""
    axes_inches = fig.get_figheight() * ax.get_position().height
    return font_pt * 1.45 / 72 * y_max / max(axes_inches, 0.1)


def spread_labels(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Positions as near `wanted` (ascending) as they can be with at least `gap` between
    neighbours, kept within low + gap/2 .. high - gap/2 where there is room."""
    ys = []
    for y in wanted:
        ys.append(max(y, low + gap / 2, ys[-1] + gap if ys else y))
    top = high - gap / 2
    for i in range(len(ys) - 1, -1, -1):  # pushed past the top: come back down, keeping the gaps
        limit = top if i == len(ys) - 1 else ys[i + 1] - gap
        ys[i] = min(ys[i], limit)
    return ys


def points_chart(fig: Figure, status: ShopStatus, rules: RuleSet, lang: str) -> None:
    """The year's running total against the level thresholds, each violation marked."""
    configure_matplotlib()
    t = _t(lang)
    fig.clear()
    ax = fig.add_subplot()

    start = date(status.year, 1, 1)
    end = max(status.as_of, start + timedelta(days=1))  # an axis needs some width on 1 January
    steps = step_points(status)
    top_threshold = rules.levels[-1].threshold
    y_max = max(status.points, top_threshold) * 1.12

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

    # One marker per violation, at the total right after it (several on one day stack up).
    running, marks = 0, []
    for v in status.counted:
        running += v.points
        marks.append((v.points_date, running))
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
