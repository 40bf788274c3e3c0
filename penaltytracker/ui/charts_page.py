"""The year's charts of the chosen shop: running total against the levels, points per month."""

from __future__ import annotations

import warnings
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from penaltytracker.core.rules import RuleSet
from penaltytracker.store import list_violations, shop_status, violation_years
from penaltytracker.ui.deferred import LoadsWhenShown, chart_canvas
from penaltytracker.ui.ops import Ops


class ChartsPage(LoadsWhenShown, QWidget):
    """The year's charts. matplotlib is loaded when the page first draws (ui/deferred.py);
    until then `points_canvas` and `monthly_canvas` are None."""

    drawn = Signal()

    def __init__(self, ops: Ops, rules: RuleSet, lang: str, today, parent=None, *, load_when_shown: bool = False):
        super().__init__(parent)
        self.setObjectName("charts")
        self.load_when_shown = load_when_shown
        self.ops = ops
        self.rules = rules
        self.lang = lang
        self.today = today
        self.store = None
        self.shop: str | None = None
        self._generation = 0
        self.year_label = QLabel()
        self.year = QComboBox()
        self.year.setObjectName("chartYear")
        self.year.setMinimumWidth(110)
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.points_canvas = self.monthly_canvas = None
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._filling = False
        self.drawn_year: int | None = None
        self.retranslate()

    def set_store(self, store) -> None:
        self.store = store

    def set_shop(self, shop: str | None) -> None:
        self.shop = shop
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year:"))

    def selected_year(self) -> int:
        return self.year.currentData() or self.today().year

    def refresh(self) -> None:
        if self.store is None or self.defer_while_hidden():
            return
        self._generation += 1
        generation = self._generation
        store, rules, shop, today = self.store, self.rules, self.shop, self.today()
        wanted = self.year.currentData()

        def work():
            years = sorted(set(violation_years(store, shop)) | {today.year}, reverse=True)
            year = wanted if wanted in years else today.year
            if shop is None:
                return years, year, None, None
            # A past year is shown as it ended; this year as of today.
            as_of = today if year == today.year else date(year, 12, 31)
            status = shop_status(store, rules, shop, as_of)
            records = list_violations(store, shop, year)
            return years, year, status, records

        self.ops.run(work, on_done=lambda res: generation == self._generation and self._draw(*res),
                     title=self.tr("Could not draw the charts"))

    def _year_chosen(self) -> None:
        if not self._filling:
            self.refresh()

    def _draw(self, years, year, status, records) -> None:
        self._filling = True
        self.year.clear()
        for y in years:
            self.year.addItem(self.tr("{year}").format(year=y), y)
        self.year.setCurrentIndex(max(self.year.findData(year), 0))
        self._filling = False
        drawing = chart_canvas()
        if self.points_canvas is None:
            self.points_canvas, self.monthly_canvas = drawing.add_canvases(
                self._layout, ("pointsChart", 8, 3.4, 1), ("monthlyChart", 8, 3.0, 1))
        if status is None:
            message = self.tr("Choose a shop to see its charts.")
            for canvas in (self.points_canvas, self.monthly_canvas):
                fig = canvas.figure_
                fig.clear()
                fig.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#6b7280")
        else:
            with warnings.catch_warnings():
                # A hidden page's canvas can be too small to lay out; it is laid out again when shown.
                warnings.simplefilter("ignore", UserWarning)
                drawing.points_chart(self.points_canvas.figure_, status, self.rules, self.lang)
                drawing.monthly_chart(self.monthly_canvas.figure_, records, self.rules, year, self.lang)
        self.points_canvas.draw()
        self.monthly_canvas.draw()
        self.drawn_year = year
        self.drawn.emit()
