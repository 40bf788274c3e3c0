"""What the window loads after its first paint: hidden pages, and matplotlib.

Start-up should cost what the first page costs. The first page (the dashboard, or the
all-shops overview) shows no chart, yet importing matplotlib and its Qt canvas takes
about a third of a second, more than the rest of the start together. So the pages that
draw charts import them only when they first draw (`chart_canvas()`), and once the
first page is up `warm_up_charts()` imports them on a background thread while the
operator reads it, so that opening a charts tab later does not wait either.
"""

from __future__ import annotations

import threading
from types import ModuleType

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QWidget

_warm_up: threading.Thread | None = None


def _import_charts() -> None:
    try:
        import penaltytracker.ui.chart_canvas  # noqa: F401
    except Exception:  # the page imports it again when it draws, and reports the real error
        pass


def warm_up_charts() -> None:
    """Import matplotlib and the chart builders on a background thread (once)."""
    global _warm_up
    if _warm_up is None:
        _warm_up = threading.Thread(target=_import_charts, name="chart-warm-up", daemon=True)
        _warm_up.start()


def chart_canvas() -> ModuleType:
    """The chart canvas module, matplotlib loaded and its font set up.

    Waits for a warm-up still under way rather than importing beside it: two threads
    importing the same package can each find the other's modules half-initialised.
    """
    if _warm_up is not None:
        _warm_up.join()
    from penaltytracker.ui import chart_canvas as module

    return module


class LoadsWhenShown:
    """A page that, as a hidden tab, reads and draws only once it is shown.

    Mixed in before the Qt widget class; the page sets `load_when_shown` and starts its
    `refresh()` with `if self.defer_while_hidden(): return`. Pages made on their own (as
    in tests) keep `load_when_shown` False and load at once.
    """

    load_when_shown = False
    _stale = False

    def defer_while_hidden(self) -> bool:
        """True when the page is hidden and loads later; it then loads when next shown."""
        if self.load_when_shown and not self.isVisible():
            self._stale = True
            return True
        self._stale = False
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


class ChartArea(QWidget):
    """Where a page's charts will be, before matplotlib is loaded: it asks for the room its
    canvases will take (width and height in inches, at 100 dpi), so that layouts and
    splitters share out the page as they would with the charts already there."""

    def __init__(self, width_in: float, height_in: float, parent=None):
        super().__init__(parent)
        self._hint = QSize(round(width_in * 100), round(height_in * 100))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        return self._hint
