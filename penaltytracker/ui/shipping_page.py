"""The shipping page: the label's shop criteria, the delay log, charts, order import.

Store work goes through the operation helper (off the UI thread); the log reads a
page of rows at a time, so a shop with a million orders scrolls like one with ten.
The page is standalone: the main window gives it the store, the rule set, a callable
that names the selected shop, and the language, and calls refresh() when they change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord, ShippingSummary, days_late, is_late, week_spans
from penaltytracker.messages import text
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.shipments_csv import read_shipments
from penaltytracker.store.shipments import (
    ShipmentFilter, count_shipments, delete_shipment, find_shipment, late_by_cause, page_shipments,
    set_cancelled, shipment_ids, shipments_by_ids, shipping_summary, update_shipment, add_shipment,
    upsert_shipments, weekly_shipping,
)
from penaltytracker.ui.deferred import ChartArea, LoadsWhenShown, chart_canvas
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.paged_log import PagedLogModel
from penaltytracker.ui.shipping_criteria import CriteriaPanel
from penaltytracker.ui.shipping_dialogs import LATE_COLOUR, ImportDialog, ShipmentDialog
from penaltytracker.ui.widgets import log_table

WEEKS_SHOWN = 8
CANCELLED_COLOUR = "#6b7280"

# (sort key in the store, or None when the store cannot sort by it)
COLUMNS = (
    ("order_id", "order_id"),
    ("promised_ship_date", "promised_ship_date"),
    ("shipped_on", "shipped_on"),
    ("days_late", None),
    ("delivered_on", "delivered_on"),
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
            "note": self.tr("Note"), "shop": self.tr("Shop"), "delivered_on": self.tr("Delivered on"),
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
            if record.cancelled:
                return QBrush(QColor(CANCELLED_COLOUR))
            return QBrush(QColor(LATE_COLOUR)) if key == "days_late" and is_late(record, self.as_of) else None
        return self.cell_text(record, key)

    def cell_text(self, r: ShipmentRecord, key: str) -> str:
        if key in ("promised_ship_date",):
            return r.promised_ship_date.isoformat()
        if key == "shipped_on":
            if r.cancelled and r.shipped_on is None:
                return self.tr("Cancelled")
            return r.shipped_on.isoformat() if r.shipped_on else self.tr("Not shipped yet")
        if key == "days_late":
            if r.cancelled:
                return self.tr("Cancelled")  # no shipment: neither on time nor late
            late = days_late(r, self.as_of)  # how late it actually shipped
            return str(late) if late else ""
        if key == "delivered_on":
            return r.delivered_on.isoformat() if r.delivered_on else ""
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
        self.criteria = CriteriaPanel()
        self.criteria.hide()

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
                               widths={0: 200, 1: 130, 2: 120, 3: 80, 4: 110, 5: 130, 6: 110, 7: 130, 9: 120})
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
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelShipment")
        self.cancel_button.clicked.connect(self.toggle_cancelled)
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
        for b in (self.new_button, self.edit_button, self.cancel_button, self.delete_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.criteria)
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
            self.criteria.show_summary(None)
            from penaltytracker.core.shipping import WeekPoint

            causes: dict[str, int] = {}
            weeks = [WeekPoint(a, b, 0, 0, None) for a, b in week_spans(self.today(), WEEKS_SHOWN)]
        else:
            summary, weeks, causes = measures
            self.summary.setText(self.summary_text(summary))
            self.criteria.show_summary(summary)
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
        """One line on the on-time rate; the criteria panel below it has all three."""
        span = self.tr("{start} to {end}").format(start=s.window_start.isoformat(), end=s.window_end.isoformat())
        if s.on_time_rate is None:
            return self.tr("On-time shipping ({span}): no shipments due.").format(span=span)
        target = f"{s.target * 100:g}%"
        text = self.tr("On-time shipping ({span}): {rate} — {late} of {n} late; target {target}.").format(
            span=span, rate=f"{s.on_time_rate:.1%}", late=f"{s.late:,}", n=f"{s.shipments:,}", target=target)
        if not s.eligible:
            return text + " " + self.tr("Not eligible: {n} of the {m} shipments needed.").format(
                n=f"{s.shipments:,}", m=f"{s.minimum_shipments:,}")
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
        self._update_buttons()
        self.criteria.retranslate()
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
        self.cancel_button.setEnabled(selected)
        record = self.selected_record()
        self.cancel_button.setText(self.tr("Not cancelled") if record is not None and record.cancelled
                                   else self.tr("Mark cancelled"))

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

    def toggle_cancelled(self) -> None:
        """Mark the selected order cancelled (no shipment: neither on time nor late), or not."""
        record = self.selected_record()
        if record is None or record.id is None:
            return
        store, sid, cancelled = self.store, record.id, not record.cancelled
        self.ops.run(lambda: set_cancelled(store, sid, cancelled), mutates=True,
                     on_done=lambda _r: self.changed.emit(), title=self.tr("Could not save the shipment"))

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

        self.import_dialog = ImportDialog(self.shop() or "", self, shops=list_shops(self.store) if self.store else [],
                                          lang=self.lang)
        self.import_dialog.import_requested.connect(self._import)
        self.import_dialog.open()
        return self.import_dialog

    def _import(self, path: str, shop: str, mapping: dict) -> None:
        store, rules, dialog, today = self.store, self.rules, self.import_dialog, self.today()

        def work():
            # A refused file is an answer for the dialog to show, not an error box.
            try:
                records = read_shipments(path, rules, shop or None, mapping, today)
            except CsvImportError as exc:
                return exc
            return upsert_shipments(store, records)

        def done(result) -> None:
            if dialog is None:
                return
            if isinstance(result, CsvImportError):
                dialog.show_problems(text(result, self.lang))
                return
            dialog.finished_import(*result)
            self.changed.emit()
            added, updated = result[:2]
            self.said.emit(self.tr("Imported {n} order(s) from {file}: {added} added, {updated} updated.").format(
                n=added + updated, file=Path(path).name, added=added, updated=updated))

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.show_problems(self.ops.error_text(error))

        self.ops.run(work, mutates=True, on_done=done, on_error=failed, title=self.tr("Could not import the orders"),
                     progress=self.tr("Importing orders…"))


__all__ = ["ShippingPage", "ShipmentDialog", "ImportDialog", "ShipmentTableModel", "COLUMNS"]
