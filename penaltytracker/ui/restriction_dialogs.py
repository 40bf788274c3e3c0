"""Dialogs of the restrictions page: a restriction, a contact with the marketplace, an open
trade, and the date a restriction was lifted or its case resolved.

Each emits `saved(value)` with a core value once its own fields are filled in; the store
checks the rest, and the page shows a refusal through the operation helper.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from penaltytracker.core.marketplaces import Catalogue
from penaltytracker.core.restrictions import (
    CHANNELS, RECEIVED, SENT, ContactEntry, RestrictionRecord, TradeRecord,
)
from penaltytracker.ui.widgets import DateField


def _text_box(name: str, height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setFixedHeight(height)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "fieldError")
    label.hide()
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog._save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def make_table(name: str, columns: int, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[int | None], red: set[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if r in red:
                item.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(r, col, item)


class RestrictionDialog(QDialog):
    saved = Signal(object)

    def __init__(self, cat: Catalogue, lang: str, shops: list[str], today: date,
                 record: RestrictionRecord | None = None, shop: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("restrictionDialog")
        self.cat, self.lang, self.original = cat, lang, record
        self.setWindowTitle(self.tr("Edit restriction") if record else self.tr("New restriction"))
        self.setMinimumWidth(620)
        self.shop = QComboBox()
        self.shop.setObjectName("restrictionShop")
        self.shop.addItems(shops)
        self.kind = QComboBox()
        self.kind.setObjectName("restrictionKind")
        for key, label in cat.kinds.items():
            self.kind.addItem(label.text(lang), key)
        self.cause = QComboBox()
        self.cause.setObjectName("restrictionCause")
        self.start = DateField(optional=False)
        self.start.set_value(today)
        self.days = QSpinBox()
        self.days.setObjectName("restrictionDays")
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.open_ended = QCheckBox(self.tr("Until further notice (no end date)"))
        self.open_ended.setObjectName("restrictionOpenEnded")
        self.open_ended.toggled.connect(lambda on: self.days.setEnabled(not on))
        length = QWidget()
        row = QHBoxLayout(length)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addWidget(QLabel(self.tr("days")))
        row.addWidget(self.open_ended)
        row.addStretch(1)
        self.notice = _text_box("restrictionNotice", 64)
        self.account = QLineEdit()
        self.account.setObjectName("restrictionAccount")
        self.happened = _text_box("restrictionHappened")
        self.fixed = _text_box("restrictionFixed")
        self.prevention = _text_box("restrictionPrevention")
        self.request = QLineEdit()
        self.request.setObjectName("restrictionRequest")
        self.request.setPlaceholderText(self.tr("Leave empty for the template's request"))
        self.note = QLineEdit()
        self.note.setObjectName("restrictionNote")
        self.shop_error = _error_label()
        self.hint = QLabel()  # the marketplace's own ways, from the data
        self.hint.setObjectName("restrictionHint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")

        form = QFormLayout()
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow("", self.shop_error)
        form.addRow("", self.hint)
        form.addRow(self.tr("What is blocked"), self.kind)
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Length"), length)
        form.addRow(self.tr("Notice text (quoted)"), self.notice)
        form.addRow(self.tr("Account ID"), self.account)
        form.addRow(self.tr("What happened"), self.happened)
        form.addRow(self.tr("What was fixed"), self.fixed)
        form.addRow(self.tr("What prevents it"), self.prevention)
        form.addRow(self.tr("Request"), self.request)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.shop.currentTextChanged.connect(lambda _t: self._fill_causes())
        self.marketplace_of = {}  # shop -> marketplace key, set by the page
        if shop and self.shop.findText(shop) >= 0:
            self.shop.setCurrentText(shop)
        self._fill_causes()
        if record is not None:
            self._load(record)

    def set_marketplaces(self, found: dict[str, str]) -> None:
        self.marketplace_of = dict(found)
        self._fill_causes()

    def _fill_causes(self) -> None:
        keep = self.cause.currentData()
        market = self.marketplace_of.get(self.shop.currentText())
        found = self.cat.marketplaces.get(market) if market else None
        self.hint.setText(found.hint.text(self.lang) if found and found.hint else "")
        self.hint.setVisible(bool(self.hint.text()))
        self.cause.clear()
        for key in self.cat.causes:
            self.cause.addItem(self.cat.cause_label(key, self.lang, market), key)
        self.cause.setCurrentIndex(max(self.cause.findData(keep or "unknown"), 0))

    def _load(self, r: RestrictionRecord) -> None:
        self.shop.setCurrentText(r.shop)
        self.shop.setEnabled(False)  # a restriction belongs to its shop
        self.kind.setCurrentIndex(max(self.kind.findData(r.kind), 0))
        self.cause.setCurrentIndex(max(self.cause.findData(r.cause), 0))
        self.start.set_value(r.start)
        self.open_ended.setChecked(r.days is None)
        if r.days is not None:
            self.days.setValue(r.days)
        self.notice.setPlainText(r.notice)
        self.account.setText(r.account)
        self.happened.setPlainText(r.what_happened)
        self.fixed.setPlainText(r.fixed)
        self.prevention.setPlainText(r.prevention)
        self.request.setText(r.request)
        self.note.setText(r.note)

    def value(self) -> RestrictionRecord:
        fields = dict(shop=self.shop.currentText().strip(), kind=self.kind.currentData(),
                      cause=self.cause.currentData() or "unknown", start=self.start.value(),
                      days=None if self.open_ended.isChecked() else self.days.value(),
                      notice=self.notice.toPlainText().strip(), account=self.account.text().strip(),
                      what_happened=self.happened.toPlainText().strip(), fixed=self.fixed.toPlainText().strip(),
                      prevention=self.prevention.toPlainText().strip(), request=self.request.text().strip(),
                      note=self.note.text().strip())
        if self.original is not None:
            return replace(self.original, **fields)
        return RestrictionRecord(**fields)

    def _save(self) -> None:
        if not self.shop.currentText().strip():
            self.shop_error.setText(self.tr("Choose the shop."))
            self.shop_error.show()
            return
        self.saved.emit(self.value())
        self.accept()


class ShopMarketplaceDialog(QDialog):
    """A shop's marketplace; a name not yet in the store adds the shop."""

    saved = Signal(str, str)  # shop, marketplace key

    def __init__(self, cat: Catalogue, lang: str, marketplaces: dict[str, str], shop: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("shopMarketplaceDialog")
        self.setWindowTitle(self.tr("Shop and marketplace"))
        self.marketplaces = dict(marketplaces)
        self.shop = QComboBox()
        self.shop.setObjectName("marketplaceShop")
        self.shop.setEditable(True)
        self.shop.addItems(sorted(marketplaces))
        self.market = QComboBox()
        self.market.setObjectName("marketplaceKey")
        for key, m in cat.marketplaces.items():
            self.market.addItem(m.label(lang), key)
        self.shop.currentTextChanged.connect(self._shop_changed)
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow("", self.error)
        form.addRow(self.tr("Marketplace"), self.market)
        form.addRow("", self.note)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if shop:
            self.shop.setCurrentText(shop)
        self._shop_changed(self.shop.currentText())

    def _shop_changed(self, name: str) -> None:
        known = name.strip() in self.marketplaces
        if known:
            self.market.setCurrentIndex(max(self.market.findData(self.marketplaces[name.strip()]), 0))
        self.note.setText("" if known or not name.strip() else self.tr("A new shop will be added."))

    def _save(self) -> None:
        name = self.shop.currentText().strip()
        if not name:
            self.error.setText(self.tr("Enter the shop."))
            self.error.show()
            return
        self.saved.emit(name, self.market.currentData())
        self.accept()


class ContactDialog(QDialog):
    """One exchange: date, channel, direction, summary, due date, documents sent."""

    saved = Signal(object, object)  # ContactEntry, list of files to copy

    def __init__(self, restriction_id: int, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.restriction_id = restriction_id
        self.setWindowTitle(self.tr("Log a contact"))
        self.setMinimumWidth(520)
        self.on = DateField(optional=False)
        self.on.set_value(today)
        self.channel = QComboBox()
        self.channel.setObjectName("contactChannel")
        names = {"mail": self.tr("Mail"), "form": self.tr("Inquiry form"), "chat": self.tr("Chat"),
                 "phone": self.tr("Phone")}
        for key in CHANNELS:
            self.channel.addItem(names[key], key)
        self.direction = QComboBox()
        self.direction.setObjectName("contactDirection")
        self.direction.addItem(self.tr("Sent to the marketplace"), SENT)
        self.direction.addItem(self.tr("Received from the marketplace"), RECEIVED)
        self.summary = _text_box("contactSummary", 72)
        self.summary_error = _error_label()
        self.due = DateField(optional=True)
        self.due.clear()
        self.files = QListWidget()
        self.files.setObjectName("contactFiles")
        self.files.setFixedHeight(70)
        self.add_file = QPushButton(self.tr("Add a document…"))
        self.add_file.clicked.connect(self.choose_files)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self.summary_error)
        form.addRow(self.tr("Reply or document due"), self.due)
        form.addRow(self.tr("Documents (copied into the data folder)"), self.files)
        form.addRow("", self.add_file)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choose_files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Documents sent"), str(Path.home()))
        for path in paths:
            self.add_path(path)

    def add_path(self, path: str) -> None:
        self.files.addItem(str(path))

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def value(self) -> ContactEntry:
        return ContactEntry(restriction_id=self.restriction_id, on=self.on.value(), channel=self.channel.currentData(),
                            direction=self.direction.currentData(), summary=self.summary.toPlainText().strip(),
                            due=self.due.value())

    def _save(self) -> None:
        if not self.summary.toPlainText().strip():
            self.summary_error.setText(self.tr("Write what was said or sent."))
            self.summary_error.show()
            return
        self.saved.emit(self.value(), self.paths())
        self.accept()


class TradeDialog(QDialog):
    """A trade that needs care while the restriction lasts."""

    saved = Signal(object)

    def __init__(self, restriction_id: int, tell_default: str, parent=None):
        super().__init__(parent)
        self.setObjectName("tradeDialog")
        self.restriction_id = restriction_id
        self.setWindowTitle(self.tr("Open trade"))
        self.setMinimumWidth(520)
        self.item = QLineEdit()
        self.item.setObjectName("tradeItem")
        self.item_error = _error_label()
        self.buyer = QLineEdit()
        self.buyer.setObjectName("tradeBuyer")
        self.address = QLineEdit()
        self.address.setObjectName("tradeAddress")
        self.price = QSpinBox()
        self.price.setObjectName("tradePrice")
        self.price.setRange(0, 100_000_000)
        self.price.setSuffix(self.tr(" yen"))
        self.shipped = DateField(optional=True)
        self.shipped.clear()
        self.order = QLineEdit()
        self.order.setObjectName("tradeOrder")
        self.tell = _text_box("tradeTell", 64)
        self.tell.setPlainText(tell_default)
        form = QFormLayout()
        form.addRow(self.tr("Item"), self.item)
        form.addRow("", self.item_error)
        form.addRow(self.tr("Buyer"), self.buyer)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.tr("Shipped on"), self.shipped)
        form.addRow(self.tr("Trade / order ID"), self.order)
        form.addRow(self.tr("What the buyer must be told"), self.tell)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> TradeRecord:
        return TradeRecord(restriction_id=self.restriction_id, item=self.item.text().strip(),
                           buyer=self.buyer.text().strip(), address=self.address.text().strip(),
                           price=self.price.value() or None, shipped_on=self.shipped.value(),
                           order=self.order.text().strip(), tell_buyer=self.tell.toPlainText().strip())

    def _save(self) -> None:
        if not self.item.text().strip():
            self.item_error.setText(self.tr("Enter the item."))
            self.item_error.show()
            return
        self.saved.emit(self.value())
        self.accept()


class EndDialog(QDialog):
    """The day a restriction was lifted early, or its case resolved (with the outcome)."""

    saved = Signal(object, str)  # date, outcome

    def __init__(self, title: str, today: date, with_outcome: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("restrictionEndDialog")
        self.setWindowTitle(title)
        self.on = DateField(optional=False)
        self.on.set_value(today)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("restrictionOutcome")
        form = QFormLayout()
        form.addRow(self.tr("On"), self.on)
        if with_outcome:
            form.addRow(self.tr("Outcome"), self.outcome)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        self.saved.emit(self.on.value(), self.outcome.text().strip())
        self.accept()


_HISTORY_FIELDS = {
    "kind": ("制限内容", "Blocked"), "cause": ("原因", "Cause"), "start": ("開始日", "Start"), "days": ("日数", "Days"),
    "notice": ("通知の文面", "Notice"), "note": ("メモ", "Note"), "account": ("アカウントID", "Account"),
    "what_happened": ("経緯", "What happened"), "fixed": ("是正", "Fixed"), "prevention": ("再発防止策", "Prevention"),
    "request": ("お願い", "Request"), "lifted_on": ("解除日", "Lifted on"), "resolved_on": ("解決日", "Resolved on"),
    "outcome": ("結果", "Outcome"),
}
_HISTORY_ACTIONS = {"create": ("登録", "Created"), "edit": ("編集", "Edited"), "lift": ("早期解除", "Lifted early"),
                    "resolve": ("解決", "Resolved"), "delete": ("削除", "Deleted"), "restore": ("元に戻す", "Restored")}


class RestrictionHistoryDialog(QDialog):
    """A restriction's audit history, read-only like the violations' (ui/audit_view.py)."""

    def __init__(self, parent, store, restriction_id: int, lang: str = "ja"):
        from PySide6.QtWidgets import QTableView

        from penaltytracker.store.restrictions import restriction_history
        from penaltytracker.ui.audit_view import AuditModel

        super().__init__(parent)
        self.setObjectName("restrictionHistory")
        pick = (lambda pair: pair[1]) if lang == "en" else (lambda pair: pair[0])
        self.setWindowTitle(pick((f"変更履歴 — 制限 ID {restriction_id}", f"History — restriction ID {restriction_id}")))
        self.resize(820, 420)
        entries = []
        for e in restriction_history(store, restriction_id):
            changes = {pick(_HISTORY_FIELDS[k]) if k in _HISTORY_FIELDS else k: v for k, v in e["changes"].items()}
            action = pick(_HISTORY_ACTIONS[e["action"]]) if e["action"] in _HISTORY_ACTIONS else e["action"]
            entries.append({**e, "action": action, "changes": changes})
        self.model = AuditModel(entries, lang, None, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


__all__ = ["fill_table", "make_table", "ContactDialog", "EndDialog", "RestrictionDialog", "RestrictionHistoryDialog", "ShopMarketplaceDialog", "TradeDialog"]
