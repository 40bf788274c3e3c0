"""Dialogs of the suspicious-order page: log one order event, import a marketplace report
(with the column mapping), log a report made to the marketplace."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from penaltytracker.core.order_events import OrderCatalogue, OrderEvent
from penaltytracker.ui.incident_dialogs import datetime_edit, edit_value
from penaltytracker.ui.widgets import DateField


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _amount() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 999_999_999)
    box.setSpecialValueText("—")  # -1: not known
    box.setValue(-1)
    box.setGroupSeparatorShown(True)
    return box


def _value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


class OrderEventDialog(QDialog):
    """One order event as the operator knows it. The buyer is a handle at most."""

    saved = Signal(object)  # OrderEvent

    def __init__(self, catalogue: OrderCatalogue, lang: str, shop: str, now: datetime, parent=None):
        super().__init__(parent)
        self.setObjectName("orderEventDialog")
        self.setWindowTitle(self.tr("Log an order event"))
        self.shop = shop
        self.order = QLineEdit()
        self.at = datetime_edit(now)
        self.event = QComboBox()
        for key, named in catalogue.events.items():
            self.event.addItem(named.name(lang), key)
        self.payment = QComboBox()
        self.payment.addItem(self.tr("Unknown"), "")
        for key, named in catalogue.payments.items():
            self.payment.addItem(named.name(lang), key)
        self.cancelled_by = QComboBox()
        self.cancelled_by.addItem(self.tr("Unknown"), "")
        for key, named in catalogue.cancelled_by.items():
            self.cancelled_by.addItem(named.name(lang), key)
        self.buyer = QLineEdit()
        self.buyer.setPlaceholderText(self.tr("A handle, as far as known (nothing more)"))
        self.item = QLineEdit()
        self.asin = QLineEdit()
        self.sku = QLineEdit()
        self.subtotal = _amount()
        self.shipping_cost = _amount()
        self.days_tied_up = _amount()
        self.reason = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(50)
        self.error = QLabel()
        self.error.setProperty("role", "fieldError")
        form = QFormLayout()
        for label, widget in ((self.tr("Order ID"), self.order), (self.tr("Date and time (JST)"), self.at),
                              (self.tr("What happened"), self.event), (self.tr("Payment method"), self.payment),
                              (self.tr("Cancelled by"), self.cancelled_by), (self.tr("Buyer"), self.buyer),
                              (self.tr("Item name"), self.item), ("ASIN", self.asin), ("SKU", self.sku),
                              (self.tr("Subtotal (yen)"), self.subtotal),
                              (self.tr("Shipping both ways (yen)"), self.shipping_cost),
                              (self.tr("Days tied up"), self.days_tied_up), (self.tr("Reason given"), self.reason),
                              (self.tr("Note"), self.note)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def event_record(self) -> OrderEvent:
        return OrderEvent(shop=self.shop, order_id=self.order.text().strip(), occurred_at=edit_value(self.at),
                          event=self.event.currentData(), buyer=self.buyer.text().strip(),
                          item=self.item.text().strip(), asin=self.asin.text().strip(), sku=self.sku.text().strip(),
                          payment=self.payment.currentData(), cancelled_by=self.cancelled_by.currentData(),
                          subtotal=_value(self.subtotal), shipping_cost=_value(self.shipping_cost),
                          days_tied_up=_value(self.days_tied_up), reason=self.reason.text().strip(),
                          note=self.note.toPlainText().strip())

    def accept(self) -> None:
        if not self.order.text().strip():
            self.error.setText(self.tr("The order ID is required."))
            return
        self.saved.emit(self.event_record())
        super().accept()


class ImportEventsDialog(QDialog):
    """Which column holds which field (the file's header shown), and the event for rows
    that have no event or status column."""

    def __init__(self, catalogue: OrderCatalogue, lang: str, path: str | Path, parent=None):
        super().__init__(parent)
        from penaltytracker.reports.order_events_csv import FIELDS, HEADERS, file_header

        self.setObjectName("importEventsDialog")
        self.setWindowTitle(self.tr("Import order events"))
        self.path = str(path)
        header = file_header(path)
        lowered = [h.strip().lower() for h in header]
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(QLabel(Path(path).name))
        for name in FIELDS:
            box = QComboBox()
            box.addItem(self.tr("(not in the file)"), "")
            for h in header:
                box.addItem(h, h)
            guess = next((header[lowered.index(n.lower())] for n in (name, *HEADERS[name]) if n.lower() in lowered),
                         None)
            box.setCurrentIndex(box.findData(guess) if guess else 0)
            self.columns[name] = box
            form.addRow(name, box)
        self.event = QComboBox()
        self.event.addItem(self.tr("From the file"), "")
        for key, named in catalogue.events.items():
            self.event.addItem(named.name(lang), key)
        form.addRow(self.tr("Event of every row"), self.event)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def mapping(self) -> dict[str, str]:
        """Every field named by the operator's choice ("" = not in the file)."""
        return {name: box.currentData() for name, box in self.columns.items()
                if name not in ("order_id", "occurred_at") or box.currentData()}

    def default_event(self) -> str | None:
        return self.event.currentData() or None


class ReportDialog(QDialog):
    """A report made to the marketplace: date, channel, case number, reply (later too)."""

    def __init__(self, today: date, subject: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Log a report to the marketplace"))
        self.made_on = DateField(optional=False)
        self.made_on.set_value(today)
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems([self.tr("Seller support (case form)"), self.tr("Chat"), self.tr("Mail"),
                               self.tr("Phone")])
        self.case = QLineEdit()
        self.reply = QPlainTextEdit()
        self.reply.setFixedHeight(60)
        form = QFormLayout(self)
        if subject:
            form.addRow(self.tr("Reported"), QLabel(subject))
        form.addRow(self.tr("Date"), self.made_on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Case number"), self.case)
        form.addRow(self.tr("Reply"), self.reply)
        form.addRow(_buttons(self))


__all__ = ["OrderEventDialog", "ImportEventsDialog", "ReportDialog"]
