"""The PDF's two charts, painted with QPainter straight onto the page (no matplotlib).

Lines, rectangles and text as real text in the report's embedded font: the chart stays
a vector drawing and its words can be searched like the rest of the PDF. It looks as
the app's matplotlib charts do (charts.py, shipping_charts.py): the same elements,
colours, font sizes and tick choices (chart_data.py), placed as matplotlib's defaults
and tight_layout place them. Importing matplotlib alone cost a command-line report
0.4 s of its 1.5 s.

Each chart keeps its place in the document flow as an <img> of its size; after the
layout, `chart_rects` finds where each landed and `paint_charts` paints the drawing
there, page by page. A chart is drawn in points of its own size (its width in mm),
scaled onto that place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import WeekPoint
from penaltytracker.core.status import ShopStatus
from penaltytracker.reports import chart_data as cd

# matplotlib's defaults that the app's charts are drawn with, in points.
PAD = 1.08 * 10  # tight_layout's padding: 1.08 × the 10 pt default font
TICK, TICK_PAD, LABEL_PAD, TITLE_PAD = 3.5, 3.5, 4.0, 6.0
TEXT_PT, TITLE_PT = 10, 11
SPINE_W, GRID_W = 0.8, 0.6
SUBPLOT_H = 0.77  # the axes' share of the figure's height as first placed (subplot top 0.88, bottom 0.11)
BLACK = "#000000"
DASHED = [3.7, 1.6]  # "--", in line widths
# Fonts are made _UP times their size and drawn scaled down: Qt rounds a font to whole
# device pixels, which at 300 dpi would make 8 pt text 1 % small.
_UP = 16


@dataclass
class Chart:
    """A chart placed in the document: `paint(painter, rect, family)` draws it into rect."""

    name: str
    width_mm: float
    height_mm: float
    paint: Callable[[QPainter, QRectF, str], None]


def report_charts(status: ShopStatus, weeks: list[WeekPoint] | None, rules: RuleSet, lang: str,
                  width_mm: float) -> list[Chart]:
    """The points chart, and the shipping chart when there are `weeks` to show."""
    charts = [Chart("points", width_mm, 72,
                    lambda p, r, f: _points(_Canvas(p, r, width_mm, f), status, rules, lang, 72))]
    if weeks:
        charts.append(Chart("shipping", width_mm, 60,
                            lambda p, r, f: _shipping(_Canvas(p, r, width_mm, f), weeks, rules, lang)))
    return charts


# --- placing them in the document -----------------------------------------------------------------

def chart_img(chart: Chart) -> str:
    """The chart's place in the flow (HTML pixels are 1/96 inch)."""
    return (f'<img src="chart://{chart.name}" width="{round(chart.width_mm * 96 / 25.4)}" '
            f'height="{round(chart.height_mm * 96 / 25.4)}">')


class _Places(QPyTextObject):
    """The document's images are only the charts' places: each takes its width and height
    (as Qt's own image handler would, scaled to the device) and draws nothing, so no
    placeholder picture goes into the PDF."""

    def __init__(self, parent: QTextDocument, dpi: int):
        super().__init__(parent)
        self.scale = dpi / 96

    def intrinsicSize(self, doc, pos, fmt) -> QSizeF:  # noqa: N802 - Qt's name
        img = fmt.toImageFormat()
        return QSizeF(img.width() * self.scale, img.height() * self.scale)

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:  # noqa: N802 - painted by paint_charts
        pass


def add_places(doc: QTextDocument, dpi: int) -> None:
    """Make the charts' <img> keep their places without a picture; before the HTML is read,
    so that the document is laid out once."""
    doc.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, _Places(doc, dpi))


def chart_rects(doc: QTextDocument, charts: list[Chart], dpi: int) -> dict[str, QRectF]:
    """Where each chart's image landed, in document coordinates (after pagination)."""
    wanted = {f"chart://{c.name}": c.name for c in charts}
    found: dict[str, QRectF] = {}
    layout = doc.documentLayout()
    # An image is an object replacement character in the text: Qt finds those for us,
    # without walking the thousands of table cells in Python.
    cursor = doc.find("\ufffc")
    while not cursor.isNull() and len(found) < len(wanted):
        fmt = cursor.charFormat()  # the found character's (the cursor stands right after it)
        if fmt.isImageFormat() and fmt.toImageFormat().name() in wanted:
            img = fmt.toImageFormat()
            block = cursor.block()
            position = cursor.selectionStart() - block.position()
            box = layout.blockBoundingRect(block)
            line = block.layout().lineForTextPosition(position)
            width, height = img.width() * dpi / 96, img.height() * dpi / 96
            x = box.x() + line.cursorToX(position)[0]
            y = box.y() + line.y() + line.ascent() - height
            found[wanted[img.name()]] = QRectF(x, y, width, height)
        cursor = doc.find("\ufffc", cursor)
    return found


def paint_charts(painter: QPainter, charts: list[Chart], places: dict[str, QRectF], clip: QRectF,
                 family: str) -> None:
    """Paint the charts whose place meets `clip` (the page being painted)."""
    for chart in charts:
        rect = places.get(chart.name)
        if rect is not None and clip.intersects(rect):
            painter.save()
            try:
                chart.paint(painter, rect, family)
            finally:
                painter.restore()


# --- drawing ----------------------------------------------------------------------------------------

class _Canvas:
    """A painter working in the chart's points (y down from its top left) that sets text
    the way matplotlib does: boxes of the font's ascent over the rest of the em (grown to
    glyphs that reach further), aligned by those boxes, widths by advance."""

    def __init__(self, painter: QPainter, rect: QRectF, width_mm: float, family: str):
        self.p = painter
        self.width = width_mm / 25.4 * 72
        self.height = rect.height() * self.width / rect.width()
        self.family = family
        self.dpi = painter.device().logicalDpiY()
        self._fonts: dict[float, tuple[QFont, QFontMetricsF]] = {}
        painter.translate(rect.topLeft())
        scale = rect.width() / self.width
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def _font(self, size: float) -> tuple[QFont, QFontMetricsF]:
        if size not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(size * 72 / self.dpi * _UP)  # size × _UP device pixels
            self._fonts[size] = font, QFontMetricsF(font, self.p.device())
        return self._fonts[size]

    def box(self, text: str, size: float) -> tuple[float, float, float]:
        """(width, above the baseline, below it) in points."""
        _font, fm = self._font(size)
        ink = fm.tightBoundingRect(text)
        ascent = fm.ascent() / _UP
        # IPAex's ascent and descent make one em (hhea); Qt's descent() is the Windows one.
        return (fm.horizontalAdvance(text) / _UP, max(ascent, -ink.top() / _UP),
                max(size - ascent, ink.bottom() / _UP))

    def text(self, x: float, y: float, text: str, size: float, colour: str, ha: str = "left",
             va: str = "baseline", vertical: bool = False) -> None:
        """`text` anchored at (x, y); `vertical` turns it to read upwards about the anchor
        after aligning (matplotlib's rotation_mode "anchor", as its y labels are)."""
        width, above, below = self.box(text, size)
        dx = {"left": 0.0, "center": -width / 2, "right": -width}[ha]
        dy = {"baseline": 0.0, "top": above, "bottom": -below, "center": (above - below) / 2,
              "center_baseline": above / 2}[va]
        font, _fm = self._font(size)
        p = self.p
        p.save()
        p.translate(x, y)
        if vertical:
            p.rotate(-90)
        p.translate(dx, dy)
        p.scale(1 / _UP, 1 / _UP)
        p.setFont(font)
        p.setPen(QColor(colour))
        p.drawText(QPointF(0, 0), text)
        p.restore()

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: str, width: float,
             cap=Qt.PenCapStyle.SquareCap, dashes: list[float] | None = None) -> None:
        pen = QPen(QColor(colour), width, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin)
        if dashes:
            pen.setDashPattern(dashes)  # in line widths, as matplotlib scales its dashes
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def rect(self, x0: float, y0: float, x1: float, y1: float, colour: str, alpha: float = 1.0) -> None:
        fill = QColor(colour)
        fill.setAlphaF(alpha)
        self.p.fillRect(QRectF(QPointF(min(x0, x1), min(y0, y1)), QPointF(max(x0, x1), max(y0, y1))), fill)

    def polyline(self, points: list[tuple[float, float]], colour: str, width: float) -> None:
        path = QPainterPath(QPointF(*points[0]))
        for x, y in points[1:]:
            path.lineTo(x, y)
        self.p.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                           Qt.PenJoinStyle.RoundJoin))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    def dots(self, points: list[tuple[float, float]], size: float, colour: str, edge: str) -> None:
        """matplotlib's "o" markers: `size` across, edged 1 pt in `edge`."""
        self.p.setPen(QPen(QColor(edge), 1.0))
        self.p.setBrush(QBrush(QColor(colour)))
        for x, y in points:
            self.p.drawEllipse(QPointF(x, y), size / 2, size / 2)


@dataclass
class _Axes:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def w(self) -> float:
        return self.right - self.left

    @property
    def h(self) -> float:
        return self.bottom - self.top

    def y(self, value: float, low: float, high: float) -> float:
        return self.bottom - (value - low) / (high - low) * self.h


def _int_label(v: float) -> str:
    return str(int(round(v)))


def _widest(c: _Canvas, labels: list[str], size: float = TEXT_PT) -> float:
    return max((c.box(s, size)[0] for s in labels), default=0.0)


def _tallest(c: _Canvas, labels: list[str], size: float) -> float:
    return max((sum(c.box(s, size)[1:]) for s in labels), default=0.0)


def _left_axis(c: _Canvas, ax: _Axes, ticks: list[float], labels: list[str], low: float, high: float,
               label: str, colour: str, label_x: float) -> None:
    for v, s in zip(ticks, labels):
        y = ax.y(v, low, high)
        c.line(ax.left - TICK, y, ax.left, y, BLACK, SPINE_W, Qt.PenCapStyle.FlatCap)
        c.text(ax.left - TICK - TICK_PAD, y, s, TEXT_PT, BLACK, ha="right", va="center_baseline")
    c.text(label_x, (ax.top + ax.bottom) / 2, label, TEXT_PT, colour, ha="center", va="bottom", vertical=True)


def _bottom_ticks(c: _Canvas, ax: _Axes, xs: list[float], labels: list[str], size: float) -> None:
    for x, s in zip(xs, labels):
        c.line(x, ax.bottom, x, ax.bottom + TICK, BLACK, SPINE_W, Qt.PenCapStyle.FlatCap)
        c.text(x, ax.bottom + TICK + TICK_PAD, s, size, BLACK, ha="center", va="top")


def _spines(c: _Canvas, ax: _Axes, right: bool = False) -> None:
    c.line(ax.left, ax.top, ax.left, ax.bottom, BLACK, SPINE_W)
    c.line(ax.left, ax.bottom, ax.right, ax.bottom, BLACK, SPINE_W)
    if right:
        c.line(ax.right, ax.top, ax.right, ax.bottom, BLACK, SPINE_W)


def _title(c: _Canvas, ax: _Axes, title: str) -> None:
    c.text((ax.left + ax.right) / 2, ax.top - TITLE_PAD, title, TITLE_PT, BLACK, ha="center")


def _points(c: _Canvas, status: ShopStatus, rules: RuleSet, lang: str, height_mm: float) -> None:
    """The year's running total against the level thresholds (charts.points_chart)."""
    t = cd.points_texts(lang)
    start, end, y_max = cd.points_range(status, rules.levels[-1].threshold)
    span = (end - start).days
    title = t["points_title"].format(y=status.year, d=status.as_of.isoformat())
    y_ticks = cd.nice_ticks(0, y_max, integer=True)
    y_labels = [_int_label(v) for v in y_ticks]
    days, monthly = cd.date_ticks(start, end)
    x_labels = [cd.month_label(d.month, lang) if monthly else f"{d:%m/%d}" for d in days]

    # tight_layout: the decorations around the axes, PAD from the figure's edges.
    axis_label = t["points_axis"]
    label_h = sum(c.box(axis_label, TEXT_PT)[1:])
    left = PAD + label_h + LABEL_PAD + _widest(c, y_labels) + TICK + TICK_PAD
    if days and days[0] == start:  # the first tick's label is centred on the left edge
        left = max(left, PAD + c.box(x_labels[0], TEXT_PT)[0] / 2)
    right = c.width - PAD
    if days and days[-1] == end:
        right -= c.box(x_labels[-1], TEXT_PT)[0] / 2
    ax = _Axes(left, PAD + c.box(title, TITLE_PT)[1] + TITLE_PAD, right,
               c.height - PAD - TICK - TICK_PAD - _tallest(c, x_labels, TEXT_PT))

    def x_of(day: date) -> float:
        return ax.left + (day - start).days / span * ax.w

    def y_of(points: float) -> float:
        return ax.y(points, 0, y_max)

    # Nothing is clipped to the axes, as the PDF's charts never were (QtSvg drew them
    # unclipped): the line along 0 of a year without violations shows whole.
    # Bands: level k covers its threshold up to the next one (the last one to the top).
    centres = []
    for i, lv in enumerate(rules.levels):
        upper = rules.levels[i + 1].threshold if i + 1 < len(rules.levels) else y_max
        c.rect(ax.left, y_of(lv.threshold), ax.right, y_of(upper), _severity(i), cd.BAND_ALPHA)
        centres.append((lv.threshold + upper) / 2)
    for d in days:
        c.line(x_of(d), ax.top, x_of(d), ax.bottom, cd.GRID_COLOUR, GRID_W)
    for i, lv in enumerate(rules.levels):
        c.line(ax.left, y_of(lv.threshold), ax.right, y_of(lv.threshold), _severity(i), 0.8)

    # Labels at the left, spread to a line apart (charts.points_chart says why).
    gap = cd.label_gap(height_mm / 25.4 * SUBPLOT_H, y_max)
    for lv, y in zip(rules.levels, cd.spread_labels(centres, gap, 0, y_max)):
        c.text(ax.left + 0.006 * ax.w, y_of(y), t["level"].format(lv=lv.name, th=lv.threshold), cd.LABEL_PT,
               cd.LABEL_COLOUR, va="center")
    _spines(c, ax)

    steps = cd.step_points(status)
    marks = cd.violation_marks(status)
    line = []
    for i, (day, total) in enumerate(steps):  # drawn "post": each total held until the next day
        if i:
            line.append((x_of(day), line[-1][1]))
        line.append((x_of(day), y_of(total)))
    c.polyline(line, cd.LINE_COLOUR, 2)
    c.dots([(x_of(d), y_of(p)) for d, p in marks], 5, cd.LINE_COLOUR, "#ffffff")
    if marks:
        c.text(x_of(status.as_of) - 4, y_of(status.points) - 6, t["now"].format(n=status.points), 9,
               cd.LINE_COLOUR, ha="right")
    else:
        c.text(ax.left + 0.02 * ax.w, y_of(0.5 * rules.levels[0].threshold), t["no_points"], 9, cd.MUTED_COLOUR)

    _left_axis(c, ax, y_ticks, y_labels, 0, y_max, axis_label, BLACK,
               ax.left - TICK - TICK_PAD - _widest(c, y_labels) - LABEL_PAD)
    _bottom_ticks(c, ax, [x_of(d) for d in days], x_labels, TEXT_PT)
    _title(c, ax, title)


def _severity(i: int) -> str:
    return cd.SEVERITY_COLOURS[min(i, len(cd.SEVERITY_COLOURS) - 1)]


# The legend below the shipping chart (matplotlib's legend defaults at 8 pt).
LEGEND_PT = 8
_HANDLE_W, _HANDLE_H, _HANDLE_GAP, _COLUMN_GAP, _BORDER, _AXES_GAP = (
    x * LEGEND_PT for x in (2.0, 0.7, 0.8, 2.0, 0.4, 0.5))


def _rate_ticks(axes_h: float, low: float) -> list[float]:
    """The right axis' ticks: matplotlib's AutoLocator, as many as one every 20 pt fits."""
    return cd.nice_ticks(low, 1.01, nbins=min(max(int(axes_h // (TEXT_PT * 2)), 1), 9), steps=cd.AUTO_STEPS)


def _shipping(c: _Canvas, weeks: list[WeekPoint], rules: RuleSet, lang: str) -> None:
    """Late shipments per week (bars) and the on-time rate (line, right axis) against the
    target (shipping_charts.shipping_chart)."""
    t = cd.shipping_texts(lang)
    n = len(weeks)
    late = [w.late for w in weeks]
    late_top = max(max(late, default=0), 1) * 1.25
    late_ticks = cd.nice_ticks(0, late_top, integer=True)
    late_labels = [_int_label(v) for v in late_ticks]
    target = rules.shipping.on_time_target
    rated = [(i, w.on_time_rate) for i, w in enumerate(weeks) if w.on_time_rate is not None]
    floor = cd.rate_floor([r for _, r in rated], target)
    x_labels = [t["week"].format(m=w.week_start.month, d=w.week_start.day) for w in weeks]
    entries = [("bar", cd.LATE_COLOUR, t["late"]), ("dashed", cd.TARGET_COLOUR, t["target"].format(
        t=cd.percent(target)))] + ([("marked", cd.RATE_COLOUR, t["rate"])] if rated else [])

    # tight_layout measures the rate ticks and the legend (0.12 of the axes' height below
    # them) on the axes as first placed.
    first_h = c.height * SUBPLOT_H
    rate_w = _widest(c, [_pct(v) for v in _rate_ticks(first_h, floor)])
    title = t["weekly_title"]
    late_w = _widest(c, late_labels)
    left = PAD + sum(c.box(t["late_axis"], TEXT_PT)[1:]) + LABEL_PAD + late_w + TICK + TICK_PAD
    right = c.width - PAD - sum(c.box(t["rate_axis"], TEXT_PT)[1:]) - 8 - rate_w - TICK - TICK_PAD
    legend_above = max([c.box(s, LEGEND_PT)[1] for _k, _c, s in entries] + [_HANDLE_H])
    legend_below = max(c.box(s, LEGEND_PT)[2] for _k, _c, s in entries)
    legend_h = 2 * _BORDER + legend_above + legend_below
    below = max(TICK + TICK_PAD + _tallest(c, x_labels, LEGEND_PT), 0.12 * first_h + _AXES_GAP + legend_h)
    ax = _Axes(left, PAD + c.box(title, TITLE_PT)[1] + TITLE_PAD, right, c.height - PAD - below)

    def x_of(i: float) -> float:
        return ax.left + (i + 0.6) / (n + 0.2) * ax.w

    for v in late_ticks:
        c.line(ax.left, ax.y(v, 0, late_top), ax.right, ax.y(v, 0, late_top), cd.GRID_COLOUR, GRID_W)
    for i, k in enumerate(late):  # a week without late shipments has no bar (as in the app)
        if k:
            c.rect(x_of(i - 0.3), ax.y(k, 0, late_top), x_of(i + 0.3), ax.bottom, cd.LATE_COLOUR)
    _spines(c, ax, right=True)
    _left_axis(c, ax, late_ticks, late_labels, 0, late_top, t["late_axis"], cd.LATE_COLOUR,
               ax.left - TICK - TICK_PAD - late_w - LABEL_PAD)
    _bottom_ticks(c, ax, [x_of(i) for i in range(n)], x_labels, LEGEND_PT)

    target_y = ax.y(target, floor, 1.01)
    c.line(ax.left, target_y, ax.right, target_y, cd.TARGET_COLOUR, 1.2, Qt.PenCapStyle.FlatCap, DASHED)
    if rated:
        points = [(x_of(i), ax.y(r, floor, 1.01)) for i, r in rated]
        if len(points) > 1:
            c.polyline(points, cd.RATE_COLOUR, 2)
        c.dots(points, 4, cd.RATE_COLOUR, cd.RATE_COLOUR)
    else:
        c.text((ax.left + ax.right) / 2, (ax.top + ax.bottom) / 2, t["no_shipments"], TEXT_PT, cd.MUTED_COLOUR,
               ha="center")
    shown = _rate_ticks(ax.h, floor)
    for v in shown:
        y = ax.y(v, floor, 1.01)
        c.line(ax.right, y, ax.right + TICK, y, BLACK, SPINE_W, Qt.PenCapStyle.FlatCap)
        c.text(ax.right + TICK + TICK_PAD, y, _pct(v), TEXT_PT, BLACK, va="center_baseline")
    c.text(ax.right + TICK + TICK_PAD + _widest(c, [_pct(v) for v in shown]) + 8, (ax.top + ax.bottom) / 2,
           t["rate_axis"], TEXT_PT, cd.RATE_COLOUR, ha="center", va="top", vertical=True)
    _legend(c, ax, entries, legend_above)
    _title(c, ax, title)


def _pct(v: float) -> str:
    return f"{v * 100:.0f}%"


def _legend(c: _Canvas, ax: _Axes, entries: list[tuple[str, str, str]], above: float) -> None:
    """One row under the axes, centred: a handle then its words, for each entry."""
    widths = [c.box(s, LEGEND_PT)[0] for _k, _c, s in entries]
    total = 2 * _BORDER + sum(_HANDLE_W + _HANDLE_GAP + w for w in widths) + _COLUMN_GAP * (len(entries) - 1)
    x = (ax.left + ax.right) / 2 - total / 2 + _BORDER
    baseline = ax.bottom + 0.12 * ax.h + _AXES_GAP + _BORDER + above
    for (kind, colour, label), w in zip(entries, widths):
        middle = baseline - _HANDLE_H / 2
        if kind == "bar":
            c.rect(x, baseline - _HANDLE_H, x + _HANDLE_W, baseline, colour)
        elif kind == "dashed":
            c.line(x, middle, x + _HANDLE_W, middle, colour, 1.2, Qt.PenCapStyle.FlatCap, DASHED)
        else:
            c.line(x, middle, x + _HANDLE_W, middle, colour, 2)
            c.dots([(x + _HANDLE_W / 2, middle)], 4, colour, colour)
        c.text(x + _HANDLE_W + _HANDLE_GAP, baseline, label, LEGEND_PT, BLACK)
        x += _HANDLE_W + _HANDLE_GAP + w + _COLUMN_GAP


__all__ = ["Chart", "report_charts", "chart_img", "add_places", "chart_rects", "paint_charts"]
