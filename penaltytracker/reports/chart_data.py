"""What the charts show, without matplotlib: texts, colours and the pure arithmetic.

Shared by the matplotlib builders the app draws with (charts.py, shipping_charts.py)
and the Qt painter the PDF draws with (pdf_charts.py), which must not import matplotlib.
The tick pickers follow matplotlib's own, so the two look alike.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from penaltytracker.core.status import ShopStatus, cumulative_series

# Level bands from mild to severe (yellow → dark red); index = level order I..V.
SEVERITY_COLOURS = ("#fde68a", "#fdba74", "#fb923c", "#ef4444", "#991b1b")
LINE_COLOUR = "#1d4ed8"
BAND_ALPHA = 0.45
LABEL_COLOUR = "#374151"
MUTED_COLOUR = "#6b7280"
GRID_COLOUR = "#e5e7eb"
LABEL_PT = 8

LATE_COLOUR = "#f97316"
RATE_COLOUR = "#1d4ed8"
TARGET_COLOUR = "#16a34a"
NO_CAUSE_COLOUR = "#9ca3af"

POINTS_T = {
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
SHIPPING_T = {
    "ja": {
        "weekly_title": "週ごとの出荷遅延と納期遵守率", "late_axis": "遅延件数", "rate_axis": "納期遵守率",
        "late": "遅延件数", "rate": "納期遵守率", "target": "目標 {t}", "week": "{m}/{d}〜",
        "no_shipments": "この期間の出荷予定はありません", "causes_title": "遅延理由の内訳",
        "no_cause": "理由未記入", "no_late": "遅延はありません", "count_axis": "件数",
    },
    "en": {
        "weekly_title": "Late shipments and on-time rate per week", "late_axis": "Late shipments",
        "rate_axis": "On-time rate", "late": "Late shipments", "rate": "On-time rate", "target": "Target {t}",
        "week": "{m}/{d}–", "no_shipments": "No shipments due in this period", "causes_title": "Late shipments by cause",
        "no_cause": "No cause given", "no_late": "No late shipments", "count_axis": "Shipments",
    },
}
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def points_texts(lang: str) -> dict[str, str]:
    return POINTS_T["en" if lang == "en" else "ja"]


def shipping_texts(lang: str) -> dict[str, str]:
    return SHIPPING_T["en" if lang == "en" else "ja"]


def month_label(month: int, lang: str) -> str:
    return points_texts(lang)["month"].format(m=month, abbr=_MONTH_ABBR[month - 1])


def percent(value: float) -> str:
    return f"{value * 100:g}%"


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


def violation_marks(status: ShopStatus) -> list[tuple[date, int]]:
    """One mark per counted violation, at the total right after it (several on one day stack up)."""
    running, marks = 0, []
    for v in status.counted:
        running += v.points
        marks.append((v.points_date, running))
    return marks


def points_range(status: ShopStatus, top_threshold: int) -> tuple[date, date, float]:
    """The points chart's x range (an axis needs some width on 1 January) and its y top."""
    start = date(status.year, 1, 1)
    return start, max(status.as_of, start + timedelta(days=1)), max(status.points, top_threshold) * 1.12


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


def label_gap(axes_inches: float, y_max: float, font_pt: float = LABEL_PT) -> float:
    """One line of `font_pt` text in data units of a y axis `axes_inches` tall, with a little air."""
    return font_pt * 1.45 / 72 * y_max / max(axes_inches, 0.1)


# --- ticks, as matplotlib picks them -------------------------------------------------------------

MAXN_STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)  # MaxNLocator's default
AUTO_STEPS = (1, 2, 2.5, 5, 10)  # AutoLocator's


def nice_ticks(vmin: float, vmax: float, nbins: int = 10, steps: tuple = MAXN_STEPS,
               integer: bool = False) -> list[float]:
    """The ticks matplotlib's MaxNLocator puts within vmin..vmax (at least two where it can)."""
    if vmax <= vmin:
        return [vmin]
    dv = vmax - vmin
    mean = (vmax + vmin) / 2
    offset = 0.0 if abs(mean) / dv < 100 else math.copysign(10 ** (math.log10(abs(mean)) // 1), mean)
    scale = 10 ** (math.log10(dv / nbins) // 1)
    lo, hi = vmin - offset, vmax - offset
    candidates = [s * scale for s in [0.1 * s for s in steps[:-1]] + list(steps) + [10 * steps[1]]]
    if integer:
        candidates = [s for s in candidates if s < 1 or abs(s - round(s)) < 0.001]
    raw = (hi - lo) / nbins
    large = [i for i, s in enumerate(candidates) if s >= raw]
    last = large[0] if large else len(candidates) - 1
    ticks: list[float] = []
    for step in reversed(candidates[:last + 1]):
        if integer and math.floor(hi) - math.ceil(lo) >= 1:
            step = max(1, step)
        base = (lo // step) * step
        first, rest = divmod(lo - base, step)
        first += abs(rest / step - 1) < 1e-10
        end, rest = divmod(hi - base, step)
        end += abs(rest / step) >= 1e-10
        ticks = [n * step + base for n in range(int(first), int(end) + 1)]
        if sum(1 for x in ticks if lo <= x <= hi) >= 2:
            break
    eps = dv * 1e-9
    return [x + offset for x in ticks if lo - eps <= x <= hi + eps]


def date_ticks(start: date, end: date) -> tuple[list[date], bool]:
    """The x ticks of the points chart and whether they are months (labelled by month_label)
    or days (MM/DD): the first of each month over a long span; over 62 days or less the
    days matplotlib's AutoDateLocator(maxticks=8) picks (every day for under 5 days)."""
    days = (end - start).days
    if days > 62:
        months, y, m = [], start.year, start.month
        while (d := date(y, m, 1)) <= end:
            if d >= start:
                months.append(d)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return months, True
    if days < 5:
        return [start + timedelta(days=i) for i in range(days + 1)], False
    interval = next((i for i in (1, 2, 4, 7, 14) if days <= i * 7), 14)
    monthdays = {7: (1, 8, 15, 22), 14: (1, 15)}.get(interval) or tuple(range(1, 32, interval))
    return [start + timedelta(days=i) for i in range(days + 1)
            if (start + timedelta(days=i)).day in monthdays], False


def rate_floor(rates: list[float], target: float) -> float:
    """The bottom of the on-time rate axis: rates sit near the top, so zoom on the band
    that holds them and the target."""
    lowest = min(rates + [target])
    return max(0.0, min(lowest - 0.05, target - 0.1))
