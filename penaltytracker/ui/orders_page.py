"""The suspicious-order page (不審な注文): the event log, the patterns the rule flags, the
numbered evidence text (copy, save as text, PDF), the reports made, and erasing a buyer.

The evidence shown is that of the chosen pattern, or of the events chosen in the log.
Every change goes through the operation helper; adding and deleting events are undoable.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from penaltytracker.core.order_events import SELECTION, OrderEvent, Pattern, load_order_catalogue
from penaltytracker.reports.evidence import evidence_text
from penaltytracker.store.order_events import (
    ReportRecord, add_event, add_report, delete_events, erase_buyer, import_events, list_events, list_reports,
    restore_events, shop_patterns,
)
from penaltytracker.ui.deferred import LoadsWhenShown
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.order_dialogs import ImportEventsDialog, OrderEventDialog, ReportDialog
from penaltytracker.ui.style import heading
from penaltytracker.ui.undo import StoreStep

ID_ROLE = Qt.ItemDataRole.UserRole


def _table(name: str, columns: int, stretch: int, multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, key)
            table.setItem(r, c, item)


class OrdersPage(LoadsWhenShown, QWidget):
    loaded = Signal()

    def __init__(self, ops: Ops, lang: str, today: Callable[[], date], now: Callable[[], datetime],
                 undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("ordersPage")
        self.ops, self.lang, self.today, self.now, self.undo_stack = ops, lang, today, now, undo_stack
        self.catalogue = load_order_catalogue()
        self.store = None
        self.shop: str | None = None
        self.events: list[OrderEvent] = []
        self.patterns: list[Pattern] = []
        self.reports: list[ReportRecord] = []
        self.shown: tuple[str, str, list[OrderEvent]] | None = None  # kind, key, events of the evidence
        self._generation = 0

        self.add_button = QPushButton()
        self.add_button.setObjectName("logOrderEvent")
        self.add_button.clicked.connect(self.new_event)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseBuyer")
        self.erase_button.clicked.connect(self.ask_erase)
        self.log = _table("orderEventLog", 9, 6, multi=True)
        self.log.itemSelectionChanged.connect(self._events_chosen)

        self.patterns_title = heading()
        self.pattern_table = _table("orderPatterns", 5, 1)
        self.pattern_table.itemSelectionChanged.connect(self._pattern_chosen)
        self.no_patterns = QLabel()
        self.no_patterns.setProperty("role", "muted")

        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidenceText")
        self.evidence.setReadOnly(True)
        self.numbering = QComboBox()
        self.numbering.setObjectName("evidenceNumbering")
        self.numbering.addItem("① ② ③", "circled")
        self.numbering.addItem("1. 2. 3.", "dotted")
        self.numbering.setCurrentIndex(max(self.numbering.findData(self.catalogue.numbering), 0))
        self.numbering.currentIndexChanged.connect(lambda _i: self._show_evidence())
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyEvidence")
        self.copy_button.clicked.connect(self.copy_evidence)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_save_text)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.choose_save_pdf)
        self.report_button = QPushButton()
        self.report_button.setObjectName("logReport")
        self.report_button.clicked.connect(self.log_report)
        self.report_table = _table("abuseReports", 5, 4)
        self.status = QLabel()
        self.status.setObjectName("ordersStatus")

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for w in (self.add_button, self.import_button, self.delete_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        lv.addLayout(row)
        lv.addWidget(self.log, 3)
        lv.addWidget(self.patterns_title)
        lv.addWidget(self.no_patterns)
        lv.addWidget(self.pattern_table, 2)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.evidence_box = QGroupBox()
        ev = QVBoxLayout(self.evidence_box)
        ev.addWidget(self.evidence)
        buttons = QHBoxLayout()
        buttons.addWidget(self.numbering)
        buttons.addStretch(1)
        for w in (self.copy_button, self.save_button, self.pdf_button, self.report_button):
            buttons.addWidget(w)
        ev.addLayout(buttons)
        rv.addWidget(self.evidence_box, 3)
        self.reports_box = QGroupBox()
        rb = QVBoxLayout(self.reports_box)
        rb.addWidget(self.report_table)
        rv.addWidget(self.reports_box, 1)
        rv.addWidget(self.status)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    # -- wiring ------------------------------------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store

    def set_shop(self, shop: str | None) -> None:
        self.shop = shop
        self.shown = None
        self.status.setText("")
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Log order event…"))
        self.import_button.setText(self.tr("Import report CSV…"))
        self.delete_button.setText(self.tr("Delete"))
        self.erase_button.setText(self.tr("Erase a buyer…"))
        self.log.setHorizontalHeaderLabels([self.tr("Date and time (JST)"), self.tr("Order ID"), self.tr("Event"),
                                            self.tr("Payment"), self.tr("Buyer"), self.tr("ASIN/SKU"),
                                            self.tr("Item"), self.tr("Subtotal"), self.tr("Status")])
        self.pattern_table.setHorizontalHeaderLabels([self.tr("Pattern"), self.tr("Buyer or item"), self.tr("Events"),
                                                      self.tr("First"), self.tr("Last")])
        self.report_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Channel"), self.tr("Case number"),
                                                     self.tr("Reported"), self.tr("Reply")])
        rule = self.catalogue.rule
        self.patterns_title.setText(self.tr("Flagged patterns ({n} or more events within {d} days)").format(
            n=rule.min_events, d=rule.window_days))
        self.no_patterns.setText(self.tr("No pattern is flagged."))
        self.evidence_box.setTitle(self.tr("Evidence for the marketplace's support"))
        self.reports_box.setTitle(self.tr("Reports made"))
        self.copy_button.setText(self.tr("Copy"))
        self.save_button.setText(self.tr("Save as text…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.report_button.setText(self.tr("Log report…"))
        self.evidence.setPlaceholderText(self.tr("Choose a flagged pattern, or events in the log, to see the "
                                                 "numbered evidence."))

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.store is None or self.defer_while_hidden():  # a hidden tab reads once shown
            return
        self._generation += 1
        generation, store, shop, as_of = self._generation, self.store, self.shop, self.today()
        catalogue = self.catalogue
        enabled = shop is not None
        for w in (self.add_button, self.import_button, self.erase_button, self.report_button):
            w.setEnabled(enabled)
        if shop is None:
            self.events, self.patterns, self.reports, self.shown = [], [], [], None
            self._show()
            self.status.setText(self.tr("Choose a shop in the list above."))
            return

        def work():
            from penaltytracker.store import list_shops

            if shop not in list_shops(store):
                return [], [], []
            return list_events(store, shop), shop_patterns(store, shop, as_of, catalogue), list_reports(store, shop)

        def done(result) -> None:
            if generation != self._generation:
                return
            self.events, self.patterns, self.reports = result
            if self.shown is not None:  # the same evidence, read again
                kind, key, events = self.shown
                ids = {e.id for e in events}
                self.shown = (kind, key, [e for e in self.events if e.id in ids])
            self._show()
            self.loaded.emit()

        self.ops.run(work, on_done=done, title=self.tr("Could not read the order events"))

    def _show(self) -> None:
        c, lang = self.catalogue, self.lang
        events = sorted(self.events, key=lambda e: e.occurred_at, reverse=True)
        self.log.blockSignals(True)
        _fill(self.log, [(e.id, [e.occurred_at.strftime("%Y-%m-%d %H:%M"), e.order_id, c.event_name(e.event, lang),
                                 c.payment_name(e.payment, lang) if e.payment else "", e.buyer,
                                 " / ".join(x for x in (e.asin, e.sku) if x), e.item,
                                 "" if e.subtotal is None else f"¥{e.subtotal:,}", e.status]) for e in events])
        self.log.blockSignals(False)
        kinds = {"buyer": self.tr("Same buyer"), "item": self.tr("Same item")}
        self.pattern_table.blockSignals(True)
        _fill(self.pattern_table, [(i, [kinds[p.kind], p.key + (f"（{c.payment_name(p.payment, lang)}）" if p.payment
                                                                  else ""), str(p.count),
                                        p.first.strftime("%Y-%m-%d %H:%M"), p.last.strftime("%Y-%m-%d %H:%M")])
                                   for i, p in enumerate(self.patterns)])
        self.pattern_table.blockSignals(False)
        self.pattern_table.setVisible(bool(self.patterns))
        self.no_patterns.setVisible(not self.patterns)
        _fill(self.report_table, [(r.id, [r.made_on.isoformat(), r.channel, r.case_number, r.subject,
                                          r.reply]) for r in self.reports])
        self._show_evidence()

    # -- evidence ---------------------------------------------------------------------------------

    def show_pattern(self, index: int) -> None:
        p = self.patterns[index]
        self.shown = (p.kind, p.key, list(p.events))
        self._show_evidence()

    def _pattern_chosen(self) -> None:
        rows = self.pattern_table.selectionModel().selectedRows()
        if rows:
            self.show_pattern(rows[0].row())

    def _events_chosen(self) -> None:
        ids = {self.log.item(i.row(), 0).data(ID_ROLE) for i in self.log.selectionModel().selectedRows()}
        if len(ids) >= 2:
            self.shown = (SELECTION, "", [e for e in self.events if e.id in ids])
            self._show_evidence()

    def evidence_now(self) -> str:
        if not self.shown or not self.shown[2]:
            return ""
        kind, key, events = self.shown
        return evidence_text(events, self.catalogue, kind=kind, key=key, shop=self.shop or "", lang=self.lang,
                             numbering=self.numbering.currentData())

    def _show_evidence(self) -> None:
        text = self.evidence_now()
        self.evidence.setPlainText(text)
        for w in (self.copy_button, self.save_button, self.pdf_button):
            w.setEnabled(bool(text))

    def copy_evidence(self) -> None:
        QGuiApplication.clipboard().setText(self.evidence_now())
        self.status.setText(self.tr("The evidence is on the clipboard."))

    def choose_save_text(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the evidence"), str(Path.home() / "evidence.txt"),
                                               self.tr("Text files (*.txt)"))
        if path:
            self.save_text(path)

    def save_text(self, path: str):
        from penaltytracker.reports.evidence import save_text

        text = self.evidence_now()
        return self.ops.run(lambda: save_text(path, text), title=self.tr("Could not save the evidence"),
                            on_done=lambda _p: self.status.setText(self.tr("Saved {file}.").format(file=path)))

    def choose_save_pdf(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the evidence as PDF"),
                                               str(Path.home() / "evidence.pdf"), self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str):
        """Drawn on the UI thread: Qt's text layout with the app's font (a page or two, quick)."""
        from penaltytracker.reports.evidence import save_pdf
        from penaltytracker.reports.pdf import ensure_gui

        ensure_gui()
        try:
            save_pdf(path, self.evidence_now(), self.tr("Record of suspicious orders — {shop}").format(
                shop=self.shop or ""), self.lang)
        except OSError as exc:
            self.ops.report_error(exc, self.tr("Could not save the evidence"))
            return None
        self.status.setText(self.tr("Saved {file}.").format(file=path))
        return path

    # -- changes ----------------------------------------------------------------------------------------

    def _step(self, text: str, do, undo, done=None) -> None:
        self.undo_stack.push(StoreStep(self.ops, self.undo_stack, text, do, undo,
                                       self.tr("Could not save the order event"), done))

    def new_event(self) -> OrderEventDialog | None:
        if self.shop is None:
            return None
        dialog = OrderEventDialog(self.catalogue, self.lang, self.shop, self.now(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.add)
        dialog.open()
        self.dialog = dialog
        return dialog

    def add(self, event: OrderEvent) -> None:
        store, state, catalogue = self.store, {"event": event}, self.catalogue

        def done(saved: OrderEvent) -> None:
            from dataclasses import replace

            state["event"] = replace(saved, version=None)

        self._step(self.tr("Log order event"), lambda: add_event(store, state["event"], catalogue),
                   lambda: delete_events(store, [state["event"].id]), done)

    def delete_selected(self) -> None:
        ids = sorted({self.log.item(i.row(), 0).data(ID_ROLE) for i in self.log.selectionModel().selectedRows()})
        if not ids:
            return
        store, state = self.store, {}

        def deleted(events):
            state["events"] = events

        self._step(self.tr("Delete order events"), lambda: delete_events(store, ids),
                   lambda: restore_events(store, state["events"]), deleted)

    def choose_import(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import a marketplace report"), str(Path.home()),
                                               self.tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.open_import(path)

    def open_import(self, path: str) -> ImportEventsDialog | None:
        try:
            dialog = ImportEventsDialog(self.catalogue, self.lang, path, self)
        except Exception as exc:  # an unreadable file: said in the operator's words
            self.ops.report_error(exc, self.tr("Nothing was imported"))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_file(path, dialog.mapping(), dialog.default_event()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def import_file(self, path: str, mapping: dict[str, str] | None = None, default_event: str | None = None):
        from penaltytracker.reports.order_events_csv import read_order_events

        store, shop, catalogue = self.store, self.shop, self.catalogue

        def work():
            return import_events(store, read_order_events(path, catalogue, shop, mapping, default_event), catalogue)

        return self.ops.run(work, mutates=True, title=self.tr("Nothing was imported"),
                            on_done=lambda n: self.status.setText(self.tr("Imported {n} new event(s).").format(n=n)),
                            progress=self.tr("Importing {file}…").format(file=Path(path).name))

    def log_report(self) -> ReportDialog | None:
        if self.shop is None:
            return None
        kind, key, events = self.shown if self.shown else ("", "", [])
        dialog = ReportDialog(self.today(), key or (self.tr("{n} orders").format(n=len(events)) if events else ""),
                              self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store, shop, text = self.store, self.shop, self.evidence_now()

        def accepted() -> None:
            record = ReportRecord(shop=shop, made_on=dialog.made_on.value() or self.today(),
                                  channel=dialog.channel.currentText(), case_number=dialog.case.text(),
                                  reply=dialog.reply.toPlainText(), kind=kind, subject=key,
                                  orders=tuple(dict.fromkeys(e.order_id for e in events)), text=text)
            self.ops.run(lambda: add_report(store, record), mutates=True, title=self.tr("Could not save the report"))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog
        return dialog

    def ask_erase(self) -> None:
        buyers = sorted({e.buyer for e in self.events if e.buyer})
        if not buyers:
            self.status.setText(self.tr("No buyer is recorded."))
            return
        buyer, ok = QInputDialog.getItem(self, self.tr("Erase a buyer"), self.tr(
            "Replace this buyer's handle in every event and report with an anonymous token (cannot be undone):"),
            buyers, 0, False)
        if ok and buyer:
            self.erase(buyer)

    def erase(self, buyer: str):
        store, shop = self.store, self.shop

        def done(result) -> None:
            # Undo steps may hold the handle (a deleted event kept for undo): they go too.
            self.undo_stack.clear()
            self.status.setText(self.tr("The buyer is now {token}.").format(token=result[0]))

        return self.ops.run(lambda: erase_buyer(store, shop, buyer), mutates=True,
                            title=self.tr("Could not erase the buyer"), on_done=done)


__all__ = ["OrdersPage"]
