"""The shipping page's dialogs: one shipment or delay incident, and the order CSV import
with its mapping step and preview (split from ui/shipping_page.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.messages import text
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.shipments_csv import FIELDS, IGNORE, REQUIRED, guess_mapping, preview
from penaltytracker.store.shipments import LIMITS
from penaltytracker.ui.widgets import DateField, tab_in_reading_order

PREVIEW_ROWS = 5
LATE_COLOUR = "#b91c1c"


class ShipmentDialog(QDialog):
    """One shipment or delay incident; each problem is shown beside its field.

    Emits `saved(record)` once the entry is valid; the page writes it.
    """

    saved = Signal(object)

    def __init__(self, rules: RuleSet, lang: str, today: date, shop: str,
                 order_taken: Callable[[str, str], bool], record: ShipmentRecord | None = None, parent=None):
        super().__init__(parent)
        self.rules, self.lang, self.today = rules, lang, today
        self.original = record
        self.shop = record.shop if record else shop
        self.order_taken = order_taken
        self.setObjectName("shipmentDialog")
        self.setWindowTitle(self.tr("Edit shipment") if record else self.tr("New delay incident"))
        self.setMinimumWidth(520)

        self.order = QLineEdit()
        self.order.setObjectName("orderField")
        self.order.setMinimumWidth(260)  # RMS order numbers: 350987-20261027-00912
        self.promised = DateField(optional=False)
        self.promised.setObjectName("promisedField")
        self.shipped = DateField(optional=False)
        self.shipped.setObjectName("shippedField")
        self.not_shipped = QCheckBox(self.tr("Not shipped yet"))
        self.not_shipped.setObjectName("notShippedField")
        self.not_shipped.toggled.connect(lambda on: (self.shipped.setEnabled(not on), self._dates_checked()))
        self.delivered = DateField(optional=True)
        self.delivered.setObjectName("deliveredField")
        self.cancelled = QCheckBox(self.tr("Cancelled order: not a shipment, neither on time nor late"))
        self.cancelled.setObjectName("cancelledField")
        self.cause = QComboBox()
        self.cause.setObjectName("causeField")
        self.cause.addItem(self.tr("(none)"), "")
        for c in rules.shipping_causes:
            self.cause.addItem(c.name(lang), c.key)
        self.carrier = QLineEdit()
        self.carrier.setObjectName("carrierField")
        self.carrier.setMinimumWidth(260)
        self.contacted = QCheckBox(self.tr("The customer was told about the delay"))
        self.contacted.setObjectName("contactedField")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setObjectName("noteField")

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, name: str, *widgets: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            line = QHBoxLayout()
            for w in widgets:
                line.addWidget(w)
            line.addStretch(1)
            box.addLayout(line)
            error = QLabel()
            error.setProperty("role", "fieldError")
            error.setStyleSheet(f"color: {LATE_COLOUR};")
            error.setObjectName(f"{name}Error")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[name] = error
            form.addRow(label, box)

        shop_label = QLabel(self.shop)
        shop_label.setObjectName("dialogShop")
        form.addRow(self.tr("Shop"), shop_label)
        row(self.tr("Order number (受注番号) *"), "order_id", self.order)
        row(self.tr("Promised ship date (出荷予定日) *"), "promised_ship_date", self.promised)
        row(self.tr("Shipped on (出荷日)"), "shipped_on", self.shipped, self.not_shipped)
        row(self.tr("Delivered on (お届け日)"), "delivered_on", self.delivered)
        row(self.tr("Status"), "cancelled", self.cancelled)
        row(self.tr("Cause"), "cause", self.cause)
        row(self.tr("Carrier"), "carrier", self.carrier)
        row(self.tr("Customer"), "customer_contacted", self.contacted)
        row(self.tr("Note"), "note", self.note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for field in (self.promised, self.shipped, self.delivered):
            field.validity_changed.connect(self._dates_checked)
        tab_in_reading_order(self.order, self.promised, self.shipped, self.not_shipped, self.delivered, self.cause,
                             self.carrier, self.contacted, self.note, self.save_button,
                             self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self._fill(record)

    def _dates_checked(self, _valid: bool = True) -> None:
        # A ship date being typed while "not shipped yet" is ticked does not hold Save back.
        self.save_button.setEnabled(self.promised.is_valid() and self.delivered.is_valid()
                                    and (self.not_shipped.isChecked() or self.shipped.is_valid()))

    def _fill(self, r: ShipmentRecord | None) -> None:
        if r is None:
            self.promised.set_value(self.today)
            self.shipped.set_value(self.today)
            self.not_shipped.setChecked(True)
            self.delivered.set_value(None)
            return
        self.delivered.set_value(r.delivered_on)
        self.cancelled.setChecked(r.cancelled)
        self.order.setText(r.order_id)
        self.promised.set_value(r.promised_ship_date)
        self.shipped.set_value(r.shipped_on or self.today)
        self.not_shipped.setChecked(r.shipped_on is None)
        i = self.cause.findData(r.cause)
        if i < 0 and r.cause:  # a cause the rule set no longer lists: keep it as it is
            self.cause.addItem(r.cause, r.cause)
            i = self.cause.count() - 1
        self.cause.setCurrentIndex(max(i, 0))
        self.carrier.setText(r.carrier)
        self.contacted.setChecked(r.customer_contacted)
        self.note.setPlainText(r.note)

    def _show_error(self, name: str, message: str | None) -> None:
        self.errors[name].setText(message or "")
        self.errors[name].setVisible(bool(message))

    def validate(self) -> ShipmentRecord | None:
        """The shipment as entered, or None with every problem shown next to its field."""
        problems: dict[str, str] = {}
        order = self.order.text().strip()
        if not order:
            problems["order_id"] = self.tr("Enter the order number.")
        elif len(order) > LIMITS["order_id"]:
            problems["order_id"] = self.tr("At most {n} characters.").format(n=LIMITS["order_id"])
        elif (self.original is None or order != self.original.order_id) and self.order_taken(self.shop, order):
            problems["order_id"] = self.tr("This order is already in the log; edit it there.")
        promised = self.promised.value()
        if not self.promised.is_valid():
            problems["promised_ship_date"] = ""  # the field says why, under itself
        elif promised is None:
            problems["promised_ship_date"] = self.tr("Enter the promised ship date.")
        shipped = None if self.not_shipped.isChecked() else self.shipped.value()
        if not self.not_shipped.isChecked():
            if not self.shipped.is_valid():
                problems["shipped_on"] = ""
            elif shipped is None:
                problems["shipped_on"] = self.tr("Enter the ship date, or tick “Not shipped yet”.")
            elif shipped > self.today:
                problems["shipped_on"] = self.tr("The ship date {day} is after today; tick “Not shipped yet” "
                                                 "if it has not shipped.").format(day=shipped.isoformat())
            elif self.original and self.original.ordered_on and shipped < self.original.ordered_on:
                problems["shipped_on"] = self.tr("The ship date is before the order date {day}.").format(
                    day=self.original.ordered_on.isoformat())
        delivered = self.delivered.value()
        if delivered is not None:
            ordered = self.original.ordered_on if self.original else None
            if delivered > self.today:
                problems["delivered_on"] = self.tr("The delivery date {day} is after today.").format(
                    day=delivered.isoformat())
            elif shipped is not None and delivered < shipped:
                problems["delivered_on"] = self.tr("The delivery date is before the ship date {day}.").format(
                    day=shipped.isoformat())
            elif ordered is not None and delivered < ordered:
                problems["delivered_on"] = self.tr("The delivery date is before the order date {day}.").format(
                    day=ordered.isoformat())
        if len(self.carrier.text().strip()) > LIMITS["carrier"]:
            problems["carrier"] = self.tr("At most {n} characters.").format(n=LIMITS["carrier"])
        for name in self.errors:
            self._show_error(name, problems.get(name))
        self.adjustSize()  # room for the messages that appeared (or went)
        if problems:
            focus = {"order_id": self.order, "promised_ship_date": self.promised.edit,
                     "shipped_on": self.shipped.edit, "delivered_on": self.delivered.edit,
                     "carrier": self.carrier}.get(next(iter(problems)))
            if focus is not None:
                focus.setFocus()
            return None
        values = dict(order_id=order, promised_ship_date=promised, shipped_on=shipped,
                      cause=self.cause.currentData() or "", carrier=self.carrier.text().strip(),
                      customer_contacted=self.contacted.isChecked(), note=self.note.toPlainText().strip(),
                      delivered_on=delivered, cancelled=self.cancelled.isChecked())
        if self.original is not None:
            return replace(self.original, **values)
        return ShipmentRecord(shop=self.shop, **values)

    def try_save(self) -> None:
        record = self.validate()
        if record is not None:
            self.saved.emit(record)
            self.accept()


class ImportDialog(QDialog):
    """Order CSV import: choose the file, map its columns (with a preview), import.

    Emits `import_requested(path, shop, mapping)`; the page runs it and calls
    show_problems() or finished() with the outcome.
    """

    import_requested = Signal(str, str, dict)

    def __init__(self, shop: str, parent=None, shops: list[str] | None = None, lang: str = "ja"):
        super().__init__(parent)
        self.lang = lang  # the file's refusals are message codes, worded in this language
        self.setObjectName("shipmentImportDialog")
        self.setWindowTitle(self.tr("Import orders"))
        self.setMinimumSize(880, 620)
        self.path: str | None = None
        self.header: list[str] = []

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setObjectName("importFile")
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        self.shop = QLineEdit(shop)
        self.shop.setObjectName("importShop")
        self.shop.setPlaceholderText(self.tr("Shop the file belongs to (RMS exports have no shop column)"))

        top = QFormLayout()
        line = QHBoxLayout()
        line.addWidget(self.file, 1)
        line.addWidget(browse)
        top.addRow(self.tr("Order CSV"), line)
        top.addRow(self.tr("Shop"), self.shop)

        self.mapping: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.setMinimumWidth(220)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping[name] = combo
            label = QLabel(self.field_label(name) + (" *" if name in REQUIRED else ""))
            label.setBuddy(combo)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.leave_out = QCheckBox(self.tr("Leave out the columns not chosen above (a header that looks "
                                           "misspelt is otherwise refused)"))
        self.leave_out.setObjectName("leaveOutOthers")
        self.shops = list(shops or [])  # a shop typed that is not among them is asked about first
        self.confirm_box = None
        self.preview = QTableWidget()
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the next field, not cell by cell
        self.preview.setObjectName("previewTable")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.problems.setStyleSheet(f"color: {LATE_COLOUR};")
        self.problems.hide()
        self.result = QLabel()
        self.result.setObjectName("importResult")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.request_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        mapping_title = QLabel(self.tr("Which column holds what (preselected from the file's headers):"))
        layout.addWidget(mapping_title)
        layout.addLayout(grid)
        layout.addWidget(self.leave_out)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)

    def field_label(self, name: str) -> str:
        return {
            "shop": self.tr("Shop (店舗)"), "order_id": self.tr("Order number (受注番号)"),
            "promised_ship_date": self.tr("Promised ship date (出荷予定日)"),
            "shipped_on": self.tr("Shipped on (出荷日)"), "ordered_on": self.tr("Order date (注文日)"),
            "carrier": self.tr("Carrier (配送業者)"), "cause": self.tr("Cause (遅延理由)"),
            "customer_contacted": self.tr("Customer contacted"), "note": self.tr("Note"),
            "delivered_on": self.tr("Delivered on (お届け日)"), "status": self.tr("Order status (注文ステータス)"),
        }[name]

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose an order CSV"), "",
                                                    self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> bool:
        """Read the header and the first rows; preselect each field's column."""
        self.problems.hide()
        self.result.clear()
        try:
            table = preview(path, PREVIEW_ROWS)
        except CsvImportError as exc:
            self.show_problems(text(exc, self.lang))
            self.import_button.setEnabled(False)
            return False
        self.path = str(path)
        self.file.setText(self.path)
        self.header = table.header
        guessed = guess_mapping(table.header)
        for name, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for column in table.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(guessed[name] or ""), 0))
            combo.blockSignals(False)
        self.preview.clear()
        self.preview.setColumnCount(len(table.header))
        self.preview.setRowCount(len(table.rows))
        for r, (_line, cells) in enumerate(table.rows):
            for c in range(len(table.header)):
                self.preview.setItem(r, c, QTableWidgetItem(cells[c] if c < len(cells) else ""))
        self._mapping_changed()
        self.preview.resizeColumnsToContents()
        self.import_button.setEnabled(True)
        return True

    def _mapping_changed(self, *_args) -> None:
        # The preview's headers say which field each column feeds.
        fed: dict[str, list[str]] = {}
        for name, combo in self.mapping.items():
            if combo.currentData():
                fed.setdefault(combo.currentData(), []).append(self.field_label(name))
        labels = [column + ("\n→ " + ", ".join(fed[column]) if column in fed else "") for column in self.header]
        self.preview.setHorizontalHeaderLabels(labels)

    def chosen_mapping(self) -> dict[str, str]:
        """Field → column as chosen ("" = not in the file); with "leave out" ticked, every
        column not chosen → "-" (not read)."""
        chosen = {name: combo.currentData() or "" for name, combo in self.mapping.items()}
        if self.leave_out.isChecked():
            used = set(chosen.values())
            chosen.update({column: IGNORE for column in self.header if column and column not in used
                           and column not in chosen})
        return chosen

    def request_import(self) -> None:
        if not self.path:
            return
        from penaltytracker.core.names import clean_name
        from penaltytracker.ui.confirm import confirm_new_shop, known_shop

        typed = clean_name(self.shop.text())
        if typed and self.shops and known_shop(typed, self.shops) is None:
            def chosen(name: str) -> None:
                self.confirm_box = None
                self.shop.setText(name)
                self._emit_import(name)

            self.confirm_box = confirm_new_shop(self, typed, self.shops, chosen,
                                                lambda: setattr(self, "confirm_box", None))
            return
        self._emit_import(known_shop(typed, self.shops) or typed)

    def _emit_import(self, shop: str) -> None:
        self.problems.hide()
        self.import_button.setEnabled(False)
        self.import_requested.emit(self.path, shop, self.chosen_mapping())

    def show_problems(self, text: str) -> None:
        self.problems.setPlainText(text)
        self.problems.show()
        self.import_button.setEnabled(self.path is not None)

    def finished_import(self, added: int, updated: int) -> None:
        self.result.setText(self.tr("{added} shipment(s) added, {updated} updated.").format(
            added=added, updated=updated))
        self.accept()


__all__ = ["ShipmentDialog", "ImportDialog"]
