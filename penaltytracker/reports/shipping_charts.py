"""Shipping charts for the app: drawn into a matplotlib Figure (never pyplot); the PDF's is pdf_charts.py.

shipping_chart: late shipments per week as bars, the on-time rate as a line on a
second axis, against the rule set's target. causes_chart: late shipments by cause.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import WeekPoint
from penaltytracker.reports.chart_data import (  # noqa: F401 - re-exported
    LATE_COLOUR,
    NO_CAUSE_COLOUR,
    RATE_COLOUR,
    SHIPPING_T,
    TARGET_COLOUR,
    percent,
    rate_floor,
    shipping_texts,
)
from penaltytracker.reports.fonts import configure_matplotlib

_T = SHIPPING_T
_t = shipping_texts


def shipping_chart(fig: Figure, weeks: list[WeekPoint], rules: RuleSet, lang: str) -> None:
    """Late shipments per week (bars) and the on-time rate (line, right axis) against the target."""
    configure_matplotlib()
    t = _t(lang)
    fig.clear()
    ax = fig.add_subplot()
    rate_ax = ax.twinx()

    xs = list(range(len(weeks)))
    labels = [t["week"].format(m=w.week_start.month, d=w.week_start.day) for w in weeks]
    late = [w.late for w in weeks]
    ax.bar(xs, late, color=LATE_COLOUR, width=0.6, label=t["late"], gid="late-bars", zorder=2)
    ax.set_ylim(0, max(max(late, default=0), 1) * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(t["late_axis"], color=LATE_COLOUR)
    ax.set_xticks(xs, labels, fontsize=8)

    target = rules.shipping.on_time_target
    rated = [(x, w.on_time_rate) for x, w in zip(xs, weeks) if w.on_time_rate is not None]
    floor = rate_floor([r for _, r in rated], target)  # zoomed on the rates and the target
    rate_ax.set_ylim(floor, 1.01)
    rate_ax.axhline(target, color=TARGET_COLOUR, ls="--", lw=1.2, label=t["target"].format(t=percent(target)),
                    gid="target-line", zorder=3)
    if rated:
        rate_ax.plot([x for x, _ in rated], [r for _, r in rated], color=RATE_COLOUR, marker="o", ms=4, lw=2,
                     label=t["rate"], gid="rate-line", zorder=4)
    else:
        ax.text(0.5, 0.5, t["no_shipments"], transform=ax.transAxes, ha="center", color="#6b7280")
    rate_ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v * 100:.0f}%"))
    rate_ax.set_ylabel(t["rate_axis"], color=RATE_COLOUR, labelpad=8)
    ax.set_xlim(-0.6, len(weeks) - 0.4)

    handles = ax.get_legend_handles_labels()
    more = rate_ax.get_legend_handles_labels()
    # Below the axes: inside, it would cover bars or the rate line, whichever is low.
    rate_ax.legend(handles[0] + more[0], handles[1] + more[1], fontsize=8, frameon=False, loc="upper center",
                   bbox_to_anchor=(0.5, -0.12), ncol=3)
    ax.set_title(t["weekly_title"], fontsize=11)
    ax.grid(axis="y", color="#e5e7eb", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top",):
        ax.spines[side].set_visible(False)
        rate_ax.spines[side].set_visible(False)
    fig.tight_layout()


def causes_chart(fig: Figure, breakdown: dict[str, int], rules: RuleSet, lang: str) -> None:
    """Late shipments per cause (horizontal bars, most first); each cause keeps one colour."""
    configure_matplotlib()
    t = _t(lang)
    fig.clear()
    ax = fig.add_subplot()
    keys = [c.key for c in rules.shipping_causes]
    items = [(k, n) for k, n in breakdown.items() if n > 0]
    if not items:
        ax.text(0.5, 0.5, t["no_late"], transform=ax.transAxes, ha="center", va="center", color="#6b7280")
        ax.set_axis_off()
        ax.set_title(t["causes_title"], fontsize=11)
        fig.tight_layout()
        return
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    labels, counts, colours = [], [], []
    for key, n in items:
        labels.append(rules.shipping_cause_label(key, lang) if key else t["no_cause"])
        counts.append(n)
        # A cause keeps its colour from one chart to the next: its place in the rule set.
        colours.append(f"C{keys.index(key) % 10}" if key in keys else NO_CAUSE_COLOUR)
    ys = list(range(len(items)))[::-1]  # most first, at the top
    bars = ax.barh(ys, counts, color=colours, height=0.6, gid="cause-bars")
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_yticks(ys, labels, fontsize=9)
    ax.set_xlim(0, max(counts) * 1.2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t["count_axis"])
    ax.set_title(t["causes_title"], fontsize=11)
    ax.grid(axis="x", color="#e5e7eb", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()


__all__ = ["shipping_chart", "causes_chart"]
