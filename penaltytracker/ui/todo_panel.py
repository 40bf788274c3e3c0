"""「やること」: what is due (store/reminders.py), on the all-shops page and the dashboard.

The panel follows the page it sits on: it reloads whenever the page has drawn (after
a change, a new shop, a new store), reads the page's store, and words the items in the
window's language. On the all-shops page it lists every shop (double-click opens the
shop); on the dashboard, the selected shop's.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from penaltytracker.core.reminders import DEFAULT_WITHIN_DAYS, Reminder
from penaltytracker.core.rules import RuleSet
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.style import heading

# Kinds that are urgent today (a fee, a course overdue) are drawn in the warning colour.
_URGENT = ("fee_unpaid", "training_due", "sanction_ends")
MAX_ROWS = 6  # rows shown before the list scrolls


class TodoPanel(QWidget):
    shop_chosen = Signal(str)
    loaded = Signal()  # the items shown match the store

    def __init__(self, page: QWidget, ops: Ops, rules: RuleSet, today: Callable, margin: Callable[[], int],
                 shop: Callable[[], str | None] | None = None, within: int = DEFAULT_WITHIN_DAYS, parent=None):
        super().__init__(parent)
        self.setObjectName("todoPanel")
        self.page = page
        self.ops = ops
        self.rules = rules
        self.today = today
        self.margin = margin
        self.shop = shop  # None: every shop
        self.within = within
        self.items: list[Reminder] = []
        self._generation = 0
        self.title = heading()
        self.empty = QLabel()
        self.empty.setObjectName("todoEmpty")
        self.empty.setProperty("role", "muted")
        self.tree = QTreeWidget()
        self.tree.setObjectName("todoList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(1, shop is not None)  # one shop: no shop column
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        drawn = getattr(page, "drawn", None)
        if drawn is not None:
            drawn.connect(self.refresh)
        self.retranslate()
        self._show()

    @property
    def lang(self) -> str:
        return self.ops.language()

    def refresh(self) -> None:
        store = getattr(self.page, "store", None)
        shop = self.shop() if self.shop is not None else None
        if store is None or (self.shop is not None and shop is None):
            return
        from penaltytracker.store.reminders import due_reminders

        self._generation += 1
        generation = self._generation
        rules, today, within, margin = self.rules, self.today(), self.within, self.margin()
        shops = [shop] if shop is not None else None

        def done(items) -> None:
            if generation == self._generation:
                self.items = list(items)
                self._show()
                self.loaded.emit()

        self.ops.run(lambda: due_reminders(store, rules, today, within, margin, shops), on_done=done,
                     title=self.tr("Could not read what is due"))

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Shop"), self.tr("What to do")])
        self.empty.setText(self.tr("Nothing is due."))
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def texts(self) -> list[str]:
        """The items as shown (for tests and the tray)."""
        return [self.tree.topLevelItem(i).text(2) for i in range(self.tree.topLevelItemCount())]

    def _show(self) -> None:
        n = len(self.items)
        self.title.setText(self.tr("To do ({n})").format(n=n) if n else self.tr("To do"))
        self.tree.clear()
        lang = self.lang
        for r in self.items:
            item = QTreeWidgetItem([r.due.isoformat(), r.shop, r.text(lang, self.rules, with_shop=False)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.shop)
            item.setData(1, Qt.ItemDataRole.UserRole, r.kind)
            item.setToolTip(2, item.text(2))
            if r.kind in _URGENT and r.due <= self.today():
                item.setForeground(2, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(n))
        self.empty.setVisible(not n)
        # As tall as its rows, up to MAX_ROWS: the page below keeps its room.
        row = self.tree.sizeHintForRow(0) if n else 0
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + row * min(max(n, 1), MAX_ROWS)
                                 + 2 * self.tree.frameWidth() + 2)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        shop = item.data(0, Qt.ItemDataRole.UserRole)
        if shop and self.shop is None:
            self.shop_chosen.emit(shop)


__all__ = ["TodoPanel"]
