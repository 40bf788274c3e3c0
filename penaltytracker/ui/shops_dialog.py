"""Shops → Manage shops: add, rename, merge (every record moves) and remove an empty shop.

Each change is one transaction through the operation helper and is written to the
audit log by the store; what was done is said under the list and in the status bar.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
    QPushButton, QVBoxLayout,
)

from penaltytracker.core.names import clean_name
from penaltytracker.messages import message
from penaltytracker.store.shops import (
    add_shop, list_shops, merge_shops, records_text, remove_shop, rename_shop, shop_record_counts,
)
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.style import heading
from penaltytracker.ui.widgets import tab_in_reading_order


def moved_text(moved: dict[str, int], lang: str) -> str:
    parts = [m.text(lang) for m in records_text(moved)]
    return ("、" if lang == "ja" else ", ").join(parts) or message("shop.nothing_moved", lang)


class ShopsDialog(QDialog):
    changed = Signal(str)  # what was done, in words (the main window says it in the status bar)

    def __init__(self, ops: Ops, store, lang: str, parent=None, notify: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.setObjectName("shopsDialog")
        self.ops, self.store, self.lang = ops, store, lang
        self.notify = notify
        self.confirm_box: QMessageBox | None = None
        self.setMinimumSize(620, 420)

        self.title = heading()
        self.shops = QListWidget()
        self.shops.setObjectName("shopList")
        self.shops.currentTextChanged.connect(self._selected)
        self.counts = QLabel()
        self.counts.setObjectName("shopCounts")
        self.counts.setProperty("role", "muted")
        self.counts.setWordWrap(True)

        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("shopName")
        self.name_label.setBuddy(self.name)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addShop")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameShop")
        self.rename_button.clicked.connect(self.rename)
        self.into_label = QLabel()
        self.into = QComboBox()
        self.into.setObjectName("mergeInto")
        self.into_label.setBuddy(self.into)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeShop")
        self.merge_button.clicked.connect(self.merge)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeShop")
        self.remove_button.clicked.connect(self.remove)
        self.done_text = QLabel()
        self.done_text.setObjectName("shopsDone")
        self.done_text.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.into_label, 2, 0)
        grid.addWidget(self.into, 2, 1)
        grid.addWidget(self.merge_button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.remove_button, 4, 1, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addLayout(grid)
        right.addWidget(self.counts)
        right.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.shops, 1)
        middle.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(middle, 1)
        layout.addWidget(self.done_text)
        layout.addWidget(close)
        tab_in_reading_order(self.shops, self.name, self.add_button, self.rename_button, self.into, self.merge_button,
                             self.remove_button)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manage shops"))
        self.title.setText(self.tr("Shops in this data file"))
        self.name_label.setText(self.tr("&Name:"))
        self.add_button.setText(self.tr("&Add as a new shop"))
        self.rename_button.setText(self.tr("Re&name the selected shop"))
        self.into_label.setText(self.tr("Merge &into:"))
        self.merge_button.setText(self.tr("&Merge the selected shop into it"))
        self.remove_button.setText(self.tr("&Remove the selected shop (only when it holds no records)"))

    # -- reading -------------------------------------------------------------------------

    def reload(self, keep: str | None = None):
        store = self.store
        keep = keep if keep is not None else self.selected()
        return self.ops.run(lambda: list_shops(store), on_done=lambda names: self._loaded(names, keep),
                            title=self.tr("Could not read the shops"))

    def _loaded(self, names: list[str], keep: str | None) -> None:
        self.shops.clear()
        self.shops.addItems(names)
        matches = self.shops.findItems(keep, Qt.MatchFlag.MatchExactly) if keep else []
        if matches:
            self.shops.setCurrentItem(matches[0])
        elif names:
            self.shops.setCurrentRow(0)
        self._selected(self.selected() or "")

    def selected(self) -> str | None:
        item = self.shops.currentItem()
        return item.text() if item else None

    def _selected(self, shop: str) -> None:
        self.into.clear()
        self.into.addItems([self.shops.item(i).text() for i in range(self.shops.count())
                            if self.shops.item(i).text() != shop])
        has = bool(shop)
        self.rename_button.setEnabled(has)
        self.merge_button.setEnabled(has and self.into.count() > 0)
        self.remove_button.setEnabled(has)
        self.counts.clear()
        if has:
            store = self.store

            def shown(counts: dict[str, int]) -> None:
                if self.selected() == shop:
                    self.counts.setText(self.tr("Records of “{shop}”: {records}").format(
                        shop=shop, records=moved_text(counts, self.lang)))
                    self.remove_button.setEnabled(not counts)  # only an empty shop can go (the store checks too)

            self.ops.run(lambda: shop_record_counts(store, shop), on_done=shown,
                         title=self.tr("Could not read the shops"))

    # -- changes -------------------------------------------------------------------------

    def _done(self, text: str, keep: str | None) -> None:
        self.done_text.setText(text)
        self.changed.emit(text)
        if self.notify is not None:
            self.notify(text)
        self.reload(keep)

    def add(self):
        store, name = self.store, self.name.text()
        return self.ops.run(lambda: add_shop(store, name), mutates=True, title=self.tr("Could not add the shop"),
                            on_done=lambda _id: (self.name.clear(), self._done(
                                message("shop.added", self.lang, shop=clean_name(name)), clean_name(name))))

    def rename(self):
        old, new, store = self.selected(), self.name.text(), self.store
        if old is None:
            return None
        return self.ops.run(lambda: rename_shop(store, old, new), mutates=True,
                            title=self.tr("Could not rename the shop"),
                            on_done=lambda stored: (self.name.clear(), self._done(
                                message("shop.renamed", self.lang, shop=old, new=stored), stored)))

    def merge(self) -> QMessageBox | None:
        """Asks first (a merge cannot be undone), naming both shops."""
        source, into = self.selected(), self.into.currentText()
        if not source or not into:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge shops"),
                          self.tr("Move every record of “{source}” to “{into}” and remove “{source}”?").format(
                              source=source, into=into),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("mergeConfirmBox")
        box.setInformativeText(self.tr("Violations, shipments and weekly reviews all move. This cannot be undone "
                                       "with Ctrl+Z."))
        ok = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmMerge")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def answered(_r: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is ok:
                store = self.store
                self.ops.run(lambda: merge_shops(store, source, into), mutates=True,
                             title=self.tr("Could not merge the shops"),
                             on_done=lambda moved: self._done(message(
                                 "shop.merged", self.lang, shop=source, into=into,
                                 moved=moved_text(moved, self.lang)), into))

        box.finished.connect(answered)
        box.open()
        return box

    def remove(self):
        shop, store = self.selected(), self.store
        if shop is None:
            return None
        return self.ops.run(lambda: remove_shop(store, shop), mutates=True,
                            title=self.tr("Could not remove the shop"),
                            on_done=lambda _r: self._done(message("shop.removed", self.lang, shop=shop), None))


__all__ = ["ShopsDialog", "moved_text"]
