"""Plugging the trouble and suspicious-order pages into the main window, with Ctrl+T (open an
incident from anywhere), and the small summaries the dashboard and the weekly review show.

The main window calls `install(window)` once; everything else listens to its signals, so
the window's own code stays as it was.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from penaltytracker.ui.incidents_page import IncidentsPage
from penaltytracker.ui.orders_page import OrdersPage


class Troubles(QObject):
    """The two pages and the Ctrl+T action of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.incidents = IncidentsPage(window.ops, window.lang, window.today, self.now, window.undo_stack, window)
        self.orders = OrdersPage(window.ops, window.lang, window.today, self.now, window.undo_stack, window)
        self.incidents.troubles_timezone = window.rules.timezone
        # As hidden tabs they read the store only once shown: start-up pays nothing for them.
        self.incidents.load_when_shown = self.orders.load_when_shown = True
        self.incidents_tab = window.add_page(self.incidents, "")
        self.orders_tab = window.add_page(self.orders, "")
        self.act_new_incident = QAction(window)
        self.act_new_incident.setObjectName("newIncident")
        self.act_new_incident.setShortcut(QKeySequence("Ctrl+T"))
        self.act_new_incident.triggered.connect(self.new_incident)
        window.addAction(self.act_new_incident)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.act_new_incident)
        window.store_changed.connect(self._store)
        window.shop_changed.connect(self._shop)
        window.data_changed.connect(self._reload)
        window.language_changed.connect(self._language)
        self._store(window.store)
        self._language(window.lang)

    def now(self) -> datetime:
        """The current time in Japan, on the window's "today" (the demo's fixed day too)."""
        clock = datetime.now(ZoneInfo(self.window.rules.timezone))
        return datetime.combine(self.window.today(), clock.time()).replace(second=0, microsecond=0)

    def new_incident(self):
        """Ctrl+T: the new-incident dialog over whatever page is shown; saving shows the trouble page."""
        self.incidents.shops = list(self.window._shops)
        self.incidents.shop = self.window.current_shop()
        dialog = self.incidents.new_incident()
        dialog.saved.connect(lambda _r: self.window.tabs.setCurrentIndex(self.incidents_tab))
        return dialog

    def _store(self, store) -> None:
        self.incidents.set_store(store)
        self.orders.set_store(store)

    def _shop(self, shop) -> None:
        self.incidents.shops = list(self.window._shops)
        self.incidents.set_shop(shop)
        self.orders.set_shop(shop)

    def _reload(self) -> None:
        self.incidents.shops = list(self.window._shops)
        self.incidents.refresh()
        self.orders.refresh()

    def _language(self, lang: str) -> None:
        self.window.tabs.setTabText(self.incidents_tab, self.tr("Troubles"))
        self.window.tabs.setTabText(self.orders_tab, self.tr("Suspicious orders"))
        self.act_new_incident.setText(self.tr("New &incident…"))
        self.incidents.set_language(lang)
        self.orders.set_language(lang)


def install(window) -> Troubles:
    return Troubles(window)


# --- the dashboard's and the weekly review's summaries --------------------------------------------

def summary_lines(summary, lang: str) -> list[str]:
    """Plain lines for a TroublesSummary (core/troubles_week.py)."""
    from PySide6.QtCore import QCoreApplication

    from penaltytracker.core.incidents import load_troubles
    from penaltytracker.core.order_events import load_order_catalogue

    troubles, catalogue = load_troubles(), load_order_catalogue()
    lines = []
    for r in summary.open_incidents:
        stopped = (QCoreApplication.translate("TroublesSummary", " — selling stopped")
                   if r.stopped_at is not None and r.resumed_at is None else "")
        lines.append(QCoreApplication.translate(
            "TroublesSummary", "Open incident #{id}: {category}, since {at}{stopped}").format(
            id=r.id, category=troubles.category(r.category).name(lang), at=r.opened_at.strftime("%Y-%m-%d %H:%M"),
            stopped=stopped))
    for p in summary.patterns:
        if p.kind == "buyer":
            kind = QCoreApplication.translate("TroublesSummary", "same buyer")
        else:
            kind = QCoreApplication.translate("TroublesSummary", "same item")
        pay = f" / {catalogue.payment_name(p.payment, lang)}" if p.payment else ""
        lines.append(QCoreApplication.translate(
            "TroublesSummary", "Suspicious orders ({kind}): {key}{pay}, {n} events {first} – {last}").format(
            kind=kind, key=p.key, pay=pay, n=p.count, first=p.first.strftime("%m-%d"), last=p.last.strftime("%m-%d")))
    return lines


def read_summary(store, shop: str, as_of: date, days: int | None = None):
    from penaltytracker.core.order_events import load_order_catalogue
    from penaltytracker.core.troubles_week import troubles_summary
    from penaltytracker.store import list_shops
    from penaltytracker.store.incidents import list_incidents
    from penaltytracker.store.order_events import shop_patterns

    if shop not in list_shops(store):
        return troubles_summary([], [], as_of, days or 7)
    catalogue = load_order_catalogue()
    return troubles_summary(list_incidents(store, shop, open_only=True, as_of=as_of),
                            shop_patterns(store, shop, as_of, catalogue), as_of, days or catalogue.rule.recent_days)


class TroublesNote(QLabel):
    """The dashboard's line: open incidents (selling stopped?) and recent flagged patterns."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("troublesNote")
        self.setWordWrap(True)
        self.hide()
        self._generation = 0

    def refresh(self, ops, store, shop: str | None, as_of: date, lang: str) -> None:
        if store is None or shop is None:
            self.hide()
            return
        self._generation += 1
        generation = self._generation

        def done(summary) -> None:
            if generation != self._generation:
                return
            lines = summary_lines(summary, lang)
            self.setText("\n".join(lines))
            self.setStyleSheet("background: #fee2e2; color: #991b1b; border: 1px solid #ef4444; border-radius: 6px;"
                               " padding: 6px 10px;" if summary.stopped else
                               "background: #fef3c7; color: #92400e; border: 1px solid #f59e0b; border-radius: 6px;"
                               " padding: 6px 10px;")
            self.setVisible(bool(lines))

        ops.run(lambda: read_summary(store, shop, as_of), on_done=done,
                title=self.tr("Could not read the incidents"))


class TroublesReviewBox(QGroupBox):
    """The weekly review's section: incidents open on the day, patterns flagged in the week."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekTroubles")
        self.text = QLabel()
        self.text.setObjectName("weekTroublesText")
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)
        self.summary = None

    def refresh(self, store, shop: str | None, as_of: date, lang: str) -> None:
        """Read on the UI thread like the rest of the weekly review (two small queries)."""
        self.setTitle(self.tr("Open incidents and suspicious orders"))
        if store is None or not shop:
            self.summary = None
            self.text.setText("")
            return
        self.summary = read_summary(store, shop, as_of, 7)
        lines = summary_lines(self.summary, lang)
        self.text.setText("\n".join(lines) or self.tr("No open incident, no pattern flagged this week."))


__all__ = ["Troubles", "install", "TroublesNote", "TroublesReviewBox", "summary_lines", "read_summary"]
