"""The shipping page: on-time rate against the target, the delay log, charts, order import.

Store work goes through the operation helper (off the UI thread); the log reads a
page of rows at a time, so a shop with a million orders scrolls like one with ten.
The page is standalone: the main window gives it the store, the rule set, a callable
that names the selected shop, and the language, and calls refresh() when they change.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord, ShippingSummary, days_late, is_late, week_spans
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.shipments_csv import FIELDS, REQUIRED, guess_mapping, preview, read_shipments
from penaltytracker.store.shipments import (
    LIMITS, ShipmentFilter, count_shipments, delete_shipment, find_shipment, late_by_cause, page_shipments,
    shipment_ids, shipments_by_ids, shipping_summary, update_shipment, add_shipment, upsert_shipments,
    weekly_shipping,
)
from penaltytracker.ui.deferred import ChartArea, LoadsWhenShown, chart_canvas
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.paged_log import PagedLogModel
from penaltytracker.ui.widgets import log_table
from penaltytracker.ui.widgets import DateField, tab_in_reading_order

PREVIEW_ROWS = 5
WEEKS_SHOWN = 8
LATE_COLOUR = "#b91c1c"

# (sort key in the store, or None when the store cannot sort by it)
COLUMNS = (
    ("order_id", "order_id"),
    ("promised_ship_date", "promised_ship_date"),
    ("shipped_on", "shipped_on"),
    ("days_late", None),
    ("cause", "cause"),
    ("carrier", "carrier"),
    ("customer_contacted", "customer_contacted"),
    ("note", None),
    ("shop", "shop"),
)
SHOP_COLUMN = len(COLUMNS) - 1


class ShipmentTableModel(PagedLogModel):
    """The delay log, read from the store a page at a time (ui/paged_log.py)."""

    def __init__(self, ops: Ops, rules: RuleSet, lang: str, parent=None):
        super().__init__(ops, len(COLUMNS), ShipmentFilter(), "promised_ship_date", parent)
        self.rules, self.lang = rules, lang
        self.as_of = date.today()

    # -- reading (on a pool thread) ----------------------------------------------------

    def count_rows(self, store, flt) -> int:
        return count_shipments(store, flt)

    def read_page(self, store, flt, offset, limit, sort, descending) -> list[ShipmentRecord]:
        return page_shipments(store, flt, offset, limit, sort, descending)

    def read_ids(self, store, flt, sort, descending):
        return shipment_ids(store, flt, sort, descending)

    def read_by_ids(self, store, ids) -> list[ShipmentRecord]:
        return shipments_by_ids(store, ids)

    def failure_title(self) -> str:
        return self.tr("Could not read the shipments")

    # -- Qt model ----------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(COLUMNS[section][0])
        return None

    def header_text(self, key: str) -> str:
        return {
            "order_id": self.tr("Order number"), "promised_ship_date": self.tr("Promised ship date"),
            "shipped_on": self.tr("Shipped on"), "days_late": self.tr("Days late"), "cause": self.tr("Cause"),
            "carrier": self.tr("Carrier"), "customer_contacted": self.tr("Customer contacted"),
            "note": self.tr("Note"), "shop": self.tr("Shop"),
        }[key]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = key == "days_late"
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole):
            return None
        record = self._record(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return record
        if record is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(LATE_COLOUR)) if key == "days_late" and is_late(record, self.as_of) else None
        return self.cell_text(record, key)

    def cell_text(self, r: ShipmentRecord, key: str) -> str:
        if key in ("promised_ship_date",):
            return r.promised_ship_date.isoformat()
        if key == "shipped_on":
            return r.shipped_on.isoformat() if r.shipped_on else self.tr("Not shipped yet")
        if key == "days_late":
            late = days_late(r, self.as_of)
            return str(late) if late else ""
        if key == "cause":
            if not r.cause and is_late(r, self.as_of):
                return self.tr("No cause given")  # as the causes chart calls it
            return self.rules.shipping_cause_label(r.cause, self.lang)
        if key == "customer_contacted":
            return self.tr("Yes") if r.customer_contacted else ""
        return str(getattr(r, key) or "")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] or "promised_ship_date"
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()


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
        row(self.tr("Cause"), "cause", self.cause)
        row(self.tr("Carrier"), "carrier", self.carrier)
        row(self.tr("Customer"), "customer_contacted", self.contacted)
        row(self.tr("Note"), "note", self.note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for field in (self.promised, self.shipped):
            field.validity_changed.connect(self._dates_checked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        tab_in_reading_order(self.order, self.promised, self.shipped, self.not_shipped, self.cause, self.carrier,
                             self.contacted, self.note, self.save_button,
                             self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self._fill(record)

    def _dates_checked(self, _valid: bool = True) -> None:
        # A ship date being typed while "not shipped yet" is ticked does not hold Save back.
        self.save_button.setEnabled(self.promised.is_valid() and (self.not_shipped.isChecked()
                                                                  or self.shipped.is_valid()))

    def _fill(self, r: ShipmentRecord | None) -> None:
        if r is None:
            self.promised.set_value(self.today)
            self.shipped.set_value(self.today)
            self.not_shipped.setChecked(True)
            return
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
        if len(self.carrier.text().strip()) > LIMITS["carrier"]:
            problems["carrier"] = self.tr("At most {n} characters.").format(n=LIMITS["carrier"])
        for name in self.errors:
            self._show_error(name, problems.get(name))
        self.adjustSize()  # room for the messages that appeared (or went)
        if problems:
            focus = {"order_id": self.order, "promised_ship_date": self.promised.edit,
                     "shipped_on": self.shipped.edit, "carrier": self.carrier}.get(next(iter(problems)))
            if focus is not None:
                focus.setFocus()
            return None
        values = dict(order_id=order, promised_ship_date=promised, shipped_on=shipped,
                      cause=self.cause.currentData() or "", carrier=self.carrier.text().strip(),
                      customer_contacted=self.contacted.isChecked(), note=self.note.toPlainText().strip())
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

    def __init__(self, shop: str, parent=None, shops: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("shipmentImportDialog")
        self.shops = list(shops or [])  # a shop typed that is not among them is asked about first
        self.confirm_box = None
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

        self.preview = QTableWidget()
        self.preview.setObjectName("previewTable")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the next field, not cell by cell
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
            self.show_problems(str(exc))
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
        """Field → column as chosen ("" = not in the file)."""
        return {name: combo.currentData() or "" for name, combo in self.mapping.items()}

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


class ShippingPage(LoadsWhenShown, QWidget):
    """The shipping tab: summary, filters, the delay log, charts, and the buttons acting on them.

    matplotlib is loaded when the page first draws its charts (ui/deferred.py); until
    then `weekly_canvas` and `causes_canvas` (and their figures) are None."""

    changed = Signal()  # the page wrote to the store (other views may reload)
    said = Signal(str)  # what an action did, in words (the window shows it in the status bar)

    def __init__(self, store, rules: RuleSet, shop: Callable[[], str | None], lang: str = "ja", parent=None,
                 *, ops: Ops | None = None, today: Callable[[], date] | None = None, load_when_shown: bool = False):
        super().__init__(parent)
        self.store, self.rules, self.shop_getter, self.lang = store, rules, shop, lang
        # As a hidden tab, the page reads and draws only once it is shown (its charts
        # cost a quarter second each time; start-up should not pay for them).
        self.load_when_shown = load_when_shown
        self.ops = ops or Ops(self)
        if today is None:
            from penaltytracker.core.status import today_in_japan

            today = lambda: today_in_japan(rules.timezone)  # noqa: E731
        self.today = today
        self.dialog: ShipmentDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.model = ShipmentTableModel(self.ops, rules, lang, self)
        self.model.store = store
        self.setObjectName("shippingPage")

        self.summary = QLabel()
        self.summary.setObjectName("shippingSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 0;")

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("shipmentSearch")
        self.late_only = QCheckBox()
        self.late_only.setObjectName("lateOnly")
        self.cause = QComboBox()
        self.cause.setObjectName("causeFilter")
        self.search_label, self.cause_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.cause_label)
        filters.addWidget(self.cause)
        filters.addWidget(self.late_only)

        self.table = log_table(self.model, "shipmentTable", multi_select=False, stretch=7,
                               widths={0: 200, 1: 130, 2: 120, 3: 80, 4: 130, 5: 110, 6: 130, 8: 120})
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.weekly_canvas = self.causes_canvas = self.weekly_figure = self.causes_figure = None
        charts = ChartArea(10, 3)  # the two canvases side by side, 6 and 4 inches wide
        self._charts_layout = charts.row

        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addLayout(filters)
        log_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(log)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.delete_button, self.import_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("newShipment")
        self.edit_button.setObjectName("editShipment")
        self.delete_button.setObjectName("deleteShipment")
        self.import_button.setObjectName("importShipments")
        self.new_button.clicked.connect(self.new_incident)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.open_import)
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._text_timer = QTimer(self, singleShot=True, interval=300)  # wait for the operator to stop typing
        self._text_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._text_timer.start)
        self.late_only.toggled.connect(self._apply_filter)
        self.cause.currentIndexChanged.connect(self._apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_buttons)
        self.ops.data_changed.connect(self.refresh)

        self._filling = False
        self.retranslate()
        self.refresh()

    # -- wiring from the main window ---------------------------------------------------

    def shop(self) -> str | None:
        return self.shop_getter() or None

    def set_store(self, store) -> None:
        self.store = store
        self.model.store = store
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.model.lang = lang
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the summary, charts and log again (after a change, a new shop or a new day)."""
        if self.defer_while_hidden():
            return
        self.model.as_of = self.today()
        self.table.setColumnHidden(SHOP_COLUMN, self.shop() is not None)
        self._apply_filter(force=True)
        self._load_measures()

    def current_filter(self) -> ShipmentFilter:
        return ShipmentFilter(shop=self.shop(), late_only=self.late_only.isChecked(), cause=self.cause.currentData(),
                              text=self.search.text().strip(), as_of=self.today())

    def _apply_filter(self, *_args, force: bool = False) -> None:
        if self._filling:
            return
        flt = self.current_filter()
        if force or flt != self.model.filter:
            self.model.filter = flt
            self.model.reload()

    def _load_measures(self) -> None:
        shop, as_of, store, rules = self.shop(), self.today(), self.store, self.rules
        if shop is None or store is None:
            self._draw(None)
            return

        def work():
            from penaltytracker.store.violations import NotFound

            try:
                weeks = weekly_shipping(store, shop, as_of, WEEKS_SHOWN)
            except NotFound:  # a shop not in the store yet: nothing recorded
                return None
            since = week_spans(as_of, WEEKS_SHOWN)[0][0]
            return (shipping_summary(store, rules, shop, as_of), weeks, late_by_cause(store, shop, as_of, since))

        self.ops.run(work, on_done=self._draw, title=self.tr("Could not read the shipments"))

    def _draw(self, measures) -> None:
        if measures is None:
            self.summary.setText(self.tr("Choose a shop to see its on-time shipping rate.")
                                 if self.shop() is None else self.tr("No shipments recorded for this shop yet."))
            from penaltytracker.core.shipping import WeekPoint

            causes: dict[str, int] = {}
            weeks = [WeekPoint(a, b, 0, 0, None) for a, b in week_spans(self.today(), WEEKS_SHOWN)]
        else:
            summary, weeks, causes = measures
            self.summary.setText(self.summary_text(summary))
        drawing = chart_canvas()
        if self.weekly_canvas is None:
            self.weekly_canvas, self.causes_canvas = drawing.add_canvases(
                self._charts_layout, ("weeklyChart", 6, 3, 3), ("causesChart", 4, 3, 2))
            self.weekly_figure, self.causes_figure = self.weekly_canvas.figure_, self.causes_canvas.figure_
        drawing.shipping_chart(self.weekly_figure, weeks, self.rules, self.lang)
        drawing.causes_chart(self.causes_figure, causes, self.rules, self.lang)
        self.weekly_canvas.draw_idle()
        self.causes_canvas.draw_idle()

    def summary_text(self, s: ShippingSummary) -> str:
        span = self.tr("{start} to {end}").format(start=s.window_start.isoformat(), end=s.window_end.isoformat())
        if s.on_time_rate is None:
            return self.tr("On-time shipping ({span}): no shipments due.").format(span=span)
        target = f"{s.target * 100:g}%"
        text = self.tr("On-time shipping ({span}): {rate} — {late} of {n} late; target {target}.").format(
            span=span, rate=f"{s.on_time_rate:.1%}", late=f"{s.late:,}", n=f"{s.shipments:,}", target=target)
        if s.meets_target is None:
            return text + " " + self.tr("Not judged: fewer than {n} shipments.").format(n=s.minimum_shipments)
        return text + " " + (self.tr("Target met.") if s.meets_target else self.tr("Below target."))

    def retranslate(self) -> None:
        self._filling = True
        self.search.setPlaceholderText(self.tr("Order number, carrier or note"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_label.setBuddy(self.search)
        self.cause_label.setText(self.tr("Cause:"))
        self.late_only.setText(self.tr("Late only"))
        chosen = self.cause.currentData()
        self.cause.clear()
        self.cause.addItem(self.tr("All causes"), None)
        for c in self.rules.shipping_causes:
            self.cause.addItem(c.name(self.lang), c.key)
        self.cause.addItem(self.tr("No cause given"), "")
        self.cause.setCurrentIndex(max(self.cause.findData(chosen), 0) if chosen is not None else 0)
        self._filling = False
        self.new_button.setText(self.tr("New delay incident…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import orders…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._loaded(self.model.rowCount())

    def _loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("{count} shipment(s)").format(count=f"{count:,}"))

    # -- acting ------------------------------------------------------------------------

    def selected_record(self) -> ShipmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        has_shop = self.shop() is not None
        selected = self.selected_record() is not None
        self.new_button.setEnabled(has_shop)
        self.import_button.setEnabled(True)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _order_taken(self, shop: str, order_id: str) -> bool:
        return find_shipment(self.store, shop, order_id) is not None  # one indexed lookup

    def new_incident(self) -> ShipmentDialog | None:
        shop = self.shop()
        if shop is None:
            return None
        return self._open_dialog(None, shop)

    def edit_selected(self, *_args) -> ShipmentDialog | None:
        record = self.selected_record()
        return self._open_dialog(record, record.shop) if record else None

    def _open_dialog(self, record: ShipmentRecord | None, shop: str) -> ShipmentDialog:
        self.dialog = ShipmentDialog(self.rules, self.lang, self.today(), shop, self._order_taken, record, self)
        self.dialog.saved.connect(self._save)
        self.dialog.open()
        return self.dialog

    def _save(self, record: ShipmentRecord) -> None:
        store = self.store
        work = (lambda: update_shipment(store, record)) if record.id is not None else (
            lambda: add_shipment(store, record))
        def saved(result: ShipmentRecord) -> None:
            self.changed.emit()
            self.said.emit(self.tr("Saved order {order} ({shop}).").format(order=result.order_id, shop=result.shop))

        self.ops.run(work, mutates=True, on_done=saved, title=self.tr("Could not save the shipment"))

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or record.id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete shipment"),
                          self.tr("Delete order {order} from the log?").format(order=record.order_id),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteShipmentBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                store, sid = self.store, record.id
                def deleted(_r) -> None:
                    self.changed.emit()
                    self.said.emit(self.tr("Deleted order {order} from the log.").format(order=record.order_id))

                self.ops.run(lambda: delete_shipment(store, sid), mutates=True, on_done=deleted,
                             title=self.tr("Could not delete the shipment"))

        box.finished.connect(answered)
        box.open()

    def open_import(self) -> ImportDialog:
        from penaltytracker.store import list_shops

        self.import_dialog = ImportDialog(self.shop() or "", self, shops=list_shops(self.store) if self.store else [])
        self.import_dialog.import_requested.connect(self._import)
        self.import_dialog.open()
        return self.import_dialog

    def _import(self, path: str, shop: str, mapping: dict) -> None:
        store, rules, dialog = self.store, self.rules, self.import_dialog

        def work():
            # A refused file is an answer for the dialog to show, not an error box.
            try:
                records = read_shipments(path, rules, shop or None, mapping)
            except CsvImportError as exc:
                return exc
            return upsert_shipments(store, records)

        def done(result) -> None:
            if dialog is None:
                return
            if isinstance(result, CsvImportError):
                dialog.show_problems(str(result))
                return
            dialog.finished_import(*result)
            self.changed.emit()
            added, updated = result
            self.said.emit(self.tr("Imported {n} order(s) from {file}: {added} added, {updated} updated.").format(
                n=added + updated, file=Path(path).name, added=added, updated=updated))

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.show_problems(self.ops.error_text(error))

        self.ops.run(work, mutates=True, on_done=done, on_error=failed, title=self.tr("Could not import the orders"),
                     progress=self.tr("Importing orders…"))


__all__ = ["ShippingPage", "ShipmentDialog", "ImportDialog", "ShipmentTableModel"]
