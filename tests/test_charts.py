"""Chart builders: the data they draw, and that Japanese text really renders."""

from __future__ import annotations

import shutil
import warnings
from datetime import date

import matplotlib.dates as mdates
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from penaltytracker.core.model import WITHDRAWN, ViolationRecord
from penaltytracker.core.status import compute_status
from penaltytracker.reports import fonts
from penaltytracker.reports.charts import monthly_chart, points_chart, step_points


def _records(rules):
    cats = [c.key for c in rules.categories]
    return [
        ViolationRecord("店舗A", date(2026, 1, 20), 15, category=cats[0], id=1),
        ViolationRecord("店舗A", date(2026, 3, 5), 20, category=cats[1], id=2),
        ViolationRecord("店舗A", date(2026, 3, 5), 5, category=cats[2], id=3),
        ViolationRecord("店舗A", date(2026, 4, 2), 35, category=cats[1], status=WITHDRAWN, id=4),
        ViolationRecord("店舗A", date(2026, 5, 2), 15, category=cats[0], id=5),
        ViolationRecord("店舗A", date(2026, 6, 1), 5, category="", id=6),
        ViolationRecord("店舗A", date(2025, 6, 1), 80, category=cats[0], id=7),  # last year: not drawn
    ]


@pytest.fixture
def status(rules):
    return compute_status(rules, "店舗A", _records(rules), date(2026, 6, 20))


def _by_gid(ax, gid):
    found = [a for a in ax.get_children() if a.get_gid() == gid]
    assert found, f"no artist with gid {gid}"
    return found[0]


def test_step_points_start_at_zero_and_hold_to_as_of(status):
    assert step_points(status) == [
        (date(2026, 1, 1), 0), (date(2026, 1, 20), 15), (date(2026, 3, 5), 40),
        (date(2026, 5, 2), 55), (date(2026, 6, 1), 60), (date(2026, 6, 20), 60),
    ]


def test_points_chart_draws_the_steps_bands_and_each_violation(status, rules):
    fig = Figure()
    points_chart(fig, status, rules, "ja")
    ax = fig.axes[0]
    line = _by_gid(ax, "cumulative")
    xs = [mdates.num2date(x).date() for x in mdates.date2num(line.get_xdata())]
    assert list(zip(xs, line.get_ydata())) == step_points(status)
    assert line.get_drawstyle() == "steps-post"

    # one band per level, from its threshold up to the next level's threshold
    thresholds = [lv.threshold for lv in rules.levels]
    for i, lv in enumerate(rules.levels):
        band = _by_gid(ax, f"band-{lv.name}")
        assert band.get_y() == lv.threshold
        if i + 1 < len(thresholds):
            assert band.get_y() + band.get_height() == thresholds[i + 1]
        assert lv.name in _by_gid(ax, f"band-label-{lv.name}").get_text()
    # bands get more severe (darker) level by level
    greys = [sum(_by_gid(ax, f"band-{lv.name}").get_facecolor()[:3]) for lv in rules.levels]
    assert greys == sorted(greys, reverse=True)

    marks = _by_gid(ax, "violations")
    assert list(marks.get_ydata()) == [15, 35, 40, 55, 60]  # withdrawn and last year's left out
    assert ax.get_xlim() == tuple(mdates.date2num([date(2026, 1, 1), date(2026, 6, 20)]))


def test_points_chart_on_new_years_day_with_nothing_counted(rules):
    empty = compute_status(rules, "店舗A", [], date(2026, 1, 1))
    fig = Figure()
    points_chart(fig, empty, rules, "en")
    left, right = fig.axes[0].get_xlim()
    assert right > left
    assert not [a for a in fig.axes[0].get_children() if a.get_gid() == "violations"]


def test_points_chart_clears_the_figure_first(status, rules):
    fig = Figure()
    points_chart(fig, status, rules, "ja")
    points_chart(fig, status, rules, "en")
    assert len(fig.axes) == 1
    assert "Points in 2026" in fig.axes[0].get_title()


def test_monthly_chart_stacks_each_months_points_by_category(rules):
    records = _records(rules)
    fig = Figure()
    monthly_chart(fig, records, rules, 2026, "ja")
    ax = fig.axes[0]
    totals = [0.0] * 12
    for container in ax.containers:
        for month, bar in enumerate(container.patches):
            totals[month] += bar.get_height()
    expected = [0] * 12
    for r in records:
        if r.counts and r.points_date.year == 2026:
            expected[r.points_date.month - 1] += r.points
    assert totals == expected
    # stacked: in March the second category sits on top of the first
    march = [c.patches[2] for c in ax.containers if c.patches[2].get_height()]
    assert [b.get_y() for b in march] == [0, 20]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    cats = rules.categories
    assert labels == [cats[0].name_ja, cats[1].name_ja, cats[2].name_ja, "未分類"]


def test_monthly_chart_labels_in_english(rules):
    fig = Figure()
    monthly_chart(fig, _records(rules), rules, 2026, "en")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()][:3] == ["Jan", "Feb", "Mar"]
    assert rules.categories[0].name_en in [t.get_text() for t in ax.get_legend().get_texts()]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_png_renders_with_every_glyph(tmp_path, status, rules, lang):
    for name, draw in (("points", lambda f: points_chart(f, status, rules, lang)),
                       ("monthly", lambda f: monthly_chart(f, _records(rules), rules, 2026, lang))):
        fig = Figure(figsize=(7, 3.2), dpi=100)
        draw(fig)
        out = tmp_path / f"{name}.png"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            FigureCanvasAgg(fig).print_png(out)
        # matplotlib warns "Glyph ... missing from font" whenever it would draw tofu
        assert not [w for w in caught if "missing from" in str(w.message)]
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        pixels = bytes(canvas.buffer_rgba())
        assert len(set(pixels[i:i + 4] for i in range(0, len(pixels), 4 * 97))) > 20  # not a blank image


def test_japanese_title_uses_the_ipaex_font(status, rules):
    fig = Figure()
    points_chart(fig, status, rules, "ja")
    assert fig.axes[0].title.get_fontname() == "IPAexGothic"


def test_configure_matplotlib_registers_the_font_once():
    from matplotlib import font_manager

    assert fonts.configure_matplotlib() == fonts.configure_matplotlib() == "IPAexGothic"
    path = str(fonts.font_path())
    assert sum(1 for f in font_manager.fontManager.ttflist if f.fname == path) == 1


def test_font_path_prefers_the_frozen_apps_resources(tmp_path, monkeypatch):
    import penaltytracker.paths

    (tmp_path / "fonts").mkdir()
    bundled = tmp_path / "fonts" / fonts.FONT_FILE
    shutil.copy(fonts.font_path(), bundled)
    monkeypatch.setattr(penaltytracker.paths, "resources_dir", lambda: tmp_path)
    fonts.font_path.cache_clear()
    try:
        assert fonts.font_path() == bundled
    finally:
        fonts.font_path.cache_clear()


@pytest.mark.parametrize("size", [(6.4, 4.8), (6.0, 2.6), (4.0, 2.0)])
@pytest.mark.parametrize("points", [60, 160, 400])
def test_level_labels_never_overlap_even_in_narrow_bands(rules, size, points):
    """75–80 and 80–100 are narrow, and narrower still when the year's points go far past
    100: their labels must not pile up on each other."""
    status = compute_status(rules, "店舗A", [ViolationRecord("店舗A", date(2026, 3, 1), points, id=1)],
                            date(2026, 6, 20))
    fig = Figure(figsize=size)
    FigureCanvasAgg(fig)
    points_chart(fig, status, rules, "ja")
    fig.tight_layout()
    fig.canvas.draw()
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    boxes = sorted((_by_gid(ax, f"band-label-{lv.name}").get_window_extent(renderer) for lv in rules.levels),
                   key=lambda b: b.y0)
    for below, above in zip(boxes, boxes[1:]):
        assert above.y0 >= below.y1 - 0.5, f"labels overlap: {below} / {above}"
    axes_box = ax.get_window_extent(renderer)
    assert boxes[0].y0 >= axes_box.y0 - 0.5 and boxes[-1].y1 <= axes_box.y1 + 0.5  # inside the plot


def test_spread_labels_keeps_wide_bands_centred():
    from penaltytracker.reports.charts import spread_labels

    assert spread_labels([10, 50, 90], 5, 0, 100) == [10, 50, 90]  # room enough: unchanged
    ys = spread_labels([45, 65, 77.5, 90, 106], 12, 0, 112)
    assert all(b - a >= 12 - 1e-9 for a, b in zip(ys, ys[1:])) and ys[-1] <= 106
