"""The matplotlib canvas that the chart pages draw on.

Importing this module imports matplotlib and its Qt canvas: pages reach it through
`ui.deferred.chart_canvas()`, when they first draw, never at start-up.
"""

from __future__ import annotations

import warnings

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QBoxLayout, QSizePolicy

# The builders the pages draw with, loaded with matplotlib.
from penaltytracker.reports.charts import monthly_chart, points_chart  # noqa: F401
from penaltytracker.reports.shipping_charts import causes_chart, shipping_chart  # noqa: F401
from penaltytracker.reports.fonts import configure_matplotlib

configure_matplotlib()  # the Japanese font, before anything is drawn


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas that lays its figure out again when resized (labels never clip)."""

    def __init__(self, name: str, width_in: float = 8, height_in: float = 3.2):
        self.figure_ = Figure(figsize=(width_in, height_in), dpi=100, facecolor="white")
        super().__init__(self.figure_)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.figure_.axes:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # too small to lay out: keep the last layout
                self.figure_.tight_layout()
            self.draw_idle()


def add_canvases(layout: QBoxLayout, *specs: tuple[str, float, float, int]) -> list[ChartCanvas]:
    """Canvases (object name, width and height in inches, stretch) added to `layout`."""
    made = []
    for name, width, height, stretch in specs:
        canvas = ChartCanvas(name, width, height)
        layout.addWidget(canvas, stretch)
        made.append(canvas)
    return made
