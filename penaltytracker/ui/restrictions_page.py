"""The 「制限・凍結」 page: every restriction of the shop (or of all shops), its case log,
the trades that need care while it lasts, and the inquiry or appeal text to send.

Reads through the operation helper (off the UI thread); every change is an undoable
command on the window's undo stack (ui/restriction_undo.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from penaltytracker.core import restrictions as core
from penaltytracker.core.restrictions import ACTIVE, ContactEntry, RestrictionRecord, TradeRecord
from penaltytracker.store import restrictions as rs
from penaltytracker.ui.deferred import LoadsWhenShown
from penaltytracker.ui.restriction_dialogs import fill_table as _fill, make_table as _table
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.style import heading

STATE_ORDER = {ACTIVE: 0, core.UPCOMING: 1, core.LIFTED: 2, core.ENDED: 2, core.RESOLVED: 3}


class RestrictionsPage(LoadsWhenShown, QWidget):
    loaded = Signal()

    def __init__(self, ops: Ops, undo_stack, lang: str, today: Callable[[], date], shop: Callable[[], str | None],
                 parent=None, *, load_when_shown: bool = False):
        super().__init__(parent)
        self.setObjectName("restrictionsPage")
        self.load_when_shown = load_when_shown  # as a hidden tab, read once shown
        self.ops, self.undo_stack, self.lang, self.today, self.shop = ops, undo_stack, lang, today, shop
        self.store = None
        self.cat = rs.catalogue()
        self.items: list[tuple[RestrictionRecord, list[ContactEntry]]] = []
        self.trades: dict[int, list[TradeRecord]] = {}
        self.marketplaces: dict[str, str] = {}
        self.dialog = None
        self._generation = 0
        self._keep: int | None = None

        self.title = heading()
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newRestriction")
        self.new_button.clicked.connect(self.new_restriction)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.lift_button = QPushButton()
        self.lift_button.setObjectName("liftRestriction")
        self.lift_button.clicked.connect(lambda: self.end_selected(resolve=False))
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveRestriction")
        self.resolve_button.clicked.connect(lambda: self.end_selected(resolve=True))
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.show_history)
        self.market_button = QPushButton()
        self.market_button.setObjectName("shopMarketplace")
        self.market_button.clicked.connect(self.edit_marketplace)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.lift_button, self.resolve_button, self.delete_button,
                  self.history_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.market_button)

        self.table = _table("restrictionsTable", 9, 3)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.summary = QLabel()
        self.summary.setObjectName("restrictionSummary")
        self.summary.setWordWrap(True)
        self.allowed = QLabel()
        self.allowed.setObjectName("restrictionAllowed")
        self.allowed.setWordWrap(True)
        self.details = QTabWidget()
        self.details.setObjectName("restrictionDetails")
        # the case log
        self.contacts = _table("contactsTable", 6, 3)
        self.add_contact_button = QPushButton()
        self.add_contact_button.setObjectName("addContact")
        self.add_contact_button.clicked.connect(self.new_contact)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_attachments)
        log_page = QWidget()
        lv = QVBoxLayout(log_page)
        lv.addWidget(self.contacts)
        row = QHBoxLayout()
        for b in (self.add_contact_button, self.done_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        lv.addLayout(row)
        # the open trades
        self.trades_table = _table("tradesTable", 5, 4)
        self.trades_table.itemSelectionChanged.connect(self._show_trade_text)
        self.add_trade_button = QPushButton()
        self.add_trade_button.setObjectName("addTrade")
        self.add_trade_button.clicked.connect(self.new_trade)
        self.trade_done_button = QPushButton()
        self.trade_done_button.setObjectName("tradeDone")
        self.trade_done_button.clicked.connect(self.trade_done)
        self.trade_text = QPlainTextEdit()
        self.trade_text.setObjectName("hiddenTradeText")
        self.trade_text.setReadOnly(True)
        self.trade_text.setFixedHeight(120)
        trades_page = QWidget()
        tv = QVBoxLayout(trades_page)
        tv.addWidget(self.trades_table)
        row = QHBoxLayout()
        row.addWidget(self.add_trade_button)
        row.addWidget(self.trade_done_button)
        row.addStretch(1)
        tv.addLayout(row)
        tv.addWidget(self.trade_text)
        # the letter
        self.letter = QPlainTextEdit()
        self.letter.setObjectName("letterText")
        self.letter.setReadOnly(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyLetter")
        self.copy_button.clicked.connect(self.copy_letter)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_letter_dialog)
        letter_page = QWidget()
        lp = QVBoxLayout(letter_page)
        lp.addWidget(self.letter)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        lp.addLayout(row)
        for page in (log_page, trades_page, letter_page):
            self.details.addTab(page, "")

        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.summary)
        low.addWidget(self.allowed)
        low.addWidget(self.details, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(buttons)
        tl.addWidget(self.table)
        split.addWidget(top)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        self.retranslate()
        self._update_buttons()
        ops.data_changed.connect(self.refresh)  # after every change, here or on another page

    # -- loading -----------------------------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._show()

    def refresh(self) -> None:
        if self.store is None or self.defer_while_hidden():
            return
        self._generation += 1
        generation, store, shop = self._generation, self.store, self.shop()

        def work():
            items = rs.restrictions_with_logs(store, shop)
            return items, rs.trades_of(store, [r.id for r, _c in items]), rs.shop_marketplaces(store)

        def done(result) -> None:
            if generation == self._generation:
                self.items, self.trades, self.marketplaces = result
                self._show()
                self.loaded.emit()

        self.ops.run(work, on_done=done, title=self.tr("Could not read the restrictions"))

    # -- showing -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Restrictions and account freezes"))
        self.hint.setText(self.tr("Every restriction on the shop's marketplaces, with the days left, the exchange "
                                  "with support and the trades to look after. Active ones first."))
        self.new_button.setText(self.tr("New restriction…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.lift_button.setText(self.tr("Lifted early…"))
        self.resolve_button.setText(self.tr("Resolve…"))
        self.delete_button.setText(self.tr("Delete"))
        self.history_button.setText(self.tr("Change history…"))
        self.market_button.setText(self.tr("Shop's marketplace…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Shop"), self.tr("Marketplace"), self.tr("Blocked"), self.tr("Cause"), self.tr("Start"),
            self.tr("End"), self.tr("Days"), self.tr("State"), self.tr("Next due")])
        self.contacts.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Channel"), self.tr("Direction"),
                                                 self.tr("Summary"), self.tr("Due"), self.tr("Documents")])
        self.trades_table.setHorizontalHeaderLabels([self.tr("Shipped on"), self.tr("Buyer"), self.tr("Item"),
                                                     self.tr("Price"), self.tr("Tell the buyer")])
        self.details.setTabText(0, self.tr("Case log"))
        self.details.setTabText(1, self.tr("Open trades"))
        self.details.setTabText(2, self.tr("Inquiry / appeal text"))
        self.add_contact_button.setText(self.tr("Log a contact…"))
        self.done_button.setText(self.tr("Due date met"))
        self.open_button.setText(self.tr("Open documents folder"))
        self.add_trade_button.setText(self.tr("Add a trade…"))
        self.trade_done_button.setText(self.tr("Looked after"))
        self.copy_button.setText(self.tr("Copy"))
        self.save_button.setText(self.tr("Save as…"))

    def state_text(self, state: str) -> str:
        return {ACTIVE: self.tr("Active"), core.ENDED: self.tr("Ended"), core.LIFTED: self.tr("Lifted early"),
                core.RESOLVED: self.tr("Resolved"), core.UPCOMING: self.tr("Not started")}[state]

    def span_text(self, r: RestrictionRecord, on: date) -> str:
        if not r.is_active(on):
            return "—"
        left = r.days_left(on)
        if left is None:
            return self.tr("day {n}").format(n=r.days_so_far(on))
        return self.tr("{n} days left").format(n=left)

    def ordered(self) -> list[tuple[RestrictionRecord, list[ContactEntry]]]:
        on = self.today()
        return sorted(self.items, key=lambda rc: (STATE_ORDER[rc[0].state(on)], -rc[0].start.toordinal()))

    def _show(self) -> None:
        on = self.today()
        keep = self._keep if self._keep is not None else self.selected_id()
        self._keep = None
        rows, ids, red = [], [], set()
        self._rows = self.ordered()
        for i, (r, contacts) in enumerate(self._rows):
            due = core.next_due(r, contacts, on)
            due_text = due.isoformat() if due else "—"
            if due and due < on:
                due_text += self.tr(" (overdue)")
            rows.append([r.shop, self.cat.marketplace_label(r.marketplace, self.lang),
                         self.cat.kind_label(r.kind, self.lang),
                         self.cat.cause_label(r.cause, self.lang, r.marketplace), r.start.isoformat(),
                         r.end.isoformat() if r.end else self.tr("until further notice"), self.span_text(r, on),
                         self.state_text(r.state(on)), due_text])
            ids.append(r.id)
            if r.is_active(on):
                red.add(i)
        self.table.blockSignals(True)
        _fill(self.table, rows, ids, red)
        self.table.blockSignals(False)
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    def selected(self) -> tuple[RestrictionRecord, list[ContactEntry]] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        rid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next(((r, c) for r, c in self.items if r.id == rid), None)

    def selected_id(self) -> int | None:
        found = self.selected()
        return found[0].id if found else None

    def _update_buttons(self) -> None:
        found = self.selected()
        for b in (self.edit_button, self.delete_button, self.history_button, self.add_contact_button,
                  self.add_trade_button, self.trade_done_button, self.copy_button, self.save_button, self.open_button,
                  self.done_button):
            b.setEnabled(found is not None)
        self.lift_button.setEnabled(found is not None and found[0].lifted_on is None and found[0].resolved_on is None)
        self.resolve_button.setEnabled(found is not None and found[0].resolved_on is None)
        self.new_button.setEnabled(self.store is not None and bool(self.marketplaces or self.shop()))

    def _show_selected(self) -> None:
        self._update_buttons()
        found = self.selected()
        if found is None:
            self.summary.setText("" if self.items else self.tr("No restrictions recorded."))
            self.allowed.setText("")
            self.contacts.setRowCount(0)
            self.trades_table.setRowCount(0)
            self.letter.setPlainText("")
            self.trade_text.setPlainText("")
            return
        r, contacts = found
        on = self.today()
        if r.end is not None:
            span = self.tr("{start} to {end} ({days} days)").format(start=r.start, end=r.end, days=r.days)
        else:
            span = self.tr("from {start}, until further notice").format(start=r.start)
        extra = ""
        if r.lifted_on:
            extra += "　" + self.tr("lifted on {d}").format(d=r.lifted_on)
        appeal = core.appeal_by(self.cat, r)
        if appeal and r.is_active(on):
            extra += "　" + self.tr("appeal by {d} (as sellers report it)").format(d=appeal)
        if r.resolved_on:
            extra += "　" + self.tr("resolved on {d}: {outcome}").format(d=r.resolved_on, outcome=r.outcome or "—")
        self.summary.setText(f"{r.shop}（{self.cat.marketplace_label(r.marketplace, self.lang)}）　"
                             f"{self.cat.kind_label(r.kind, self.lang)}　{span}　{self.state_text(r.state(on))}"
                             f"{extra}")
        self.allowed.setText(self.tr("Still allowed: {text}").format(text=core.still_allowed(self.cat, r, self.lang)))
        open_ids = {c.id for c in core.open_dues(r, contacts, on)}
        names = {"mail": self.tr("Mail"), "form": self.tr("Inquiry form"), "chat": self.tr("Chat"),
                 "phone": self.tr("Phone")}
        rows = [[c.on.isoformat(), names.get(c.channel, c.channel),
                 self.tr("sent") if c.direction == core.SENT else self.tr("received"), c.summary,
                 (c.due.isoformat() + ("" if c.id in open_ids else self.tr(" (done)"))) if c.due else "",
                 ", ".join(c.attachments)] for c in contacts]
        _fill(self.contacts, rows, [c.id for c in contacts], {i for i, c in enumerate(contacts) if c.id in open_ids})
        trades = self.trades.get(r.id, [])
        _fill(self.trades_table, [[t.shipped_on.isoformat() if t.shipped_on else "", t.buyer,
                                   t.item + (self.tr(" (looked after)") if t.done else ""),
                                   "" if t.price is None else f"¥{t.price:,}", t.tell_buyer] for t in trades],
              [t.id for t in trades], {i for i, t in enumerate(trades) if not t.done})
        self.trade_text.setPlainText("")
        if trades:
            self.trades_table.selectRow(0)
        self.letter.setPlainText(core.letter(self.cat, r, contacts))

    def _show_trade_text(self) -> None:
        found = self.selected()
        rows = self.trades_table.selectionModel().selectedRows()
        if found is None or not rows:
            return
        tid = self.trades_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        trade = next((t for t in self.trades.get(found[0].id, []) if t.id == tid), None)
        if trade is not None:
            self.trade_text.setPlainText(core.hidden_trade_text(self.cat, found[0], trade))

    # -- changes (undoable) ----------------------------------------------------------------

    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def new_restriction(self):
        from penaltytracker.ui.restriction_dialogs import RestrictionDialog

        shops = sorted(self.marketplaces) or ([self.shop()] if self.shop() else [])
        dialog = RestrictionDialog(self.cat, self.lang, shops, self.today(), shop=self.shop(), parent=self)
        dialog.set_marketplaces(self.marketplaces)
        dialog.saved.connect(self._add)
        return self._open(dialog)

    def _add(self, record: RestrictionRecord) -> None:
        from penaltytracker.ui.restriction_undo import AddRestriction

        def saved(result):
            self._keep = result.id

        self._push(AddRestriction(self.ops, self.undo_stack, self.store, record, self.tr("Add restriction"),
                                  self.tr("Could not save the restriction"), on_saved=saved))

    def edit_selected(self):
        from penaltytracker.ui.restriction_dialogs import RestrictionDialog
        from penaltytracker.ui.restriction_undo import EditRestriction

        found = self.selected()
        if found is None:
            return None
        before = found[0]
        dialog = RestrictionDialog(self.cat, self.lang, [before.shop], self.today(), record=before, parent=self)
        dialog.set_marketplaces(self.marketplaces)
        dialog._load(before)
        dialog.saved.connect(lambda after: self._push(EditRestriction(
            self.ops, self.undo_stack, self.store, before, after, self.tr("Edit restriction"),
            self.tr("Could not save the restriction"))))
        return self._open(dialog)

    def end_selected(self, resolve: bool):
        from penaltytracker.ui.restriction_dialogs import EndDialog

        found = self.selected()
        if found is None:
            return None
        before = found[0]
        title = self.tr("Resolve the case") if resolve else self.tr("Lifted early")
        dialog = EndDialog(title, self.today(), with_outcome=resolve, parent=self)
        dialog.saved.connect(lambda on, outcome: self._end(before, on, outcome, resolve))
        return self._open(dialog)

    def _end(self, before: RestrictionRecord, on: date, outcome: str, resolve: bool) -> None:
        from penaltytracker.messages import Problem
        from penaltytracker.ui.restriction_undo import EditRestriction

        try:
            after = core.resolved(before, on, outcome) if resolve else core.lifted(before, on)
        except Problem as exc:
            from penaltytracker.store.engine import StoreError

            self.ops.report_error(StoreError(exc.code, **exc.params), self.tr("Could not save the restriction"))
            return
        text = self.tr("Resolve restriction") if resolve else self.tr("Lift restriction")
        self._push(EditRestriction(self.ops, self.undo_stack, self.store, before, after, text,
                                   self.tr("Could not save the restriction"), action="resolve" if resolve else "lift"))

    def delete_selected(self) -> None:
        from penaltytracker.ui.restriction_undo import DeleteRestriction

        rid = self.selected_id()
        if rid is not None:
            self._push(DeleteRestriction(self.ops, self.undo_stack, self.store, rid, self.tr("Delete restriction"),
                                         self.tr("Could not delete")))

    def edit_marketplace(self):
        """Set a shop's marketplace, or add a shop on a marketplace (one audited change)."""
        from penaltytracker.ui.restriction_dialogs import ShopMarketplaceDialog

        dialog = ShopMarketplaceDialog(self.cat, self.lang, self.marketplaces, self.shop(), parent=self)
        dialog.saved.connect(self._set_marketplace)
        return self._open(dialog)

    def _set_marketplace(self, shop: str, key: str) -> None:
        from penaltytracker.store import add_shop

        store, known = self.store, shop in self.marketplaces

        def work():
            return rs.set_shop_marketplace(store, shop, key) if known else add_shop(store, shop, key)

        self.ops.run(work, mutates=True, title=self.tr("Could not save the shop"))

    def show_history(self):
        from penaltytracker.ui.restriction_dialogs import RestrictionHistoryDialog

        rid = self.selected_id()
        if rid is None or self.store is None:
            return None
        return self._open(RestrictionHistoryDialog(self, self.store, rid, self.lang))

    def new_contact(self):
        from penaltytracker.ui.restriction_dialogs import ContactDialog
        from penaltytracker.ui.restriction_undo import AddContact

        rid = self.selected_id()
        if rid is None:
            return None
        self._keep = rid
        dialog = ContactDialog(rid, self.today(), parent=self)
        dialog.saved.connect(lambda entry, files: self._push(AddContact(
            self.ops, self.undo_stack, self.store, entry, files, self.tr("Log contact"),
            self.tr("Could not save the contact"))))
        return self._open(dialog)

    def new_trade(self):
        from penaltytracker.ui.restriction_dialogs import TradeDialog
        from penaltytracker.ui.restriction_undo import AddTrade

        found = self.selected()
        if found is None:
            return None
        self._keep = found[0].id
        dialog = TradeDialog(found[0].id, core.buyer_notice(self.cat, found[0], self.lang), parent=self)
        dialog.saved.connect(lambda trade: self._push(AddTrade(
            self.ops, self.undo_stack, self.store, trade, self.tr("Add trade"), self.tr("Could not save the trade"))))
        return self._open(dialog)

    def trade_done(self) -> None:
        from dataclasses import replace

        found, rows = self.selected(), self.trades_table.selectionModel().selectedRows()
        if found is None or not rows:
            return
        tid = self.trades_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        trade = next((t for t in self.trades.get(found[0].id, []) if t.id == tid), None)
        if trade is not None:
            store, after = self.store, replace(trade, done=True)
            self._keep = found[0].id
            self.ops.run(lambda: rs.update_trade(store, after), mutates=True, title=self.tr("Could not save the trade"))

    def mark_done(self) -> None:
        rows = self.contacts.selectionModel().selectedRows()
        if not rows or self.store is None:
            return
        cid, store = self.contacts.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole), self.store
        self._keep = self.selected_id()
        self.ops.run(lambda: rs.set_contact_closed(store, cid, True), mutates=True,
                     title=self.tr("Could not save the contact"))

    def open_attachments(self) -> None:
        rid = self.selected_id()
        if rid is not None and self.store is not None:
            folder = rs.attachments_root(self.store) / f"restriction-{rid}"
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def copy_letter(self) -> None:
        QGuiApplication.clipboard().setText(self.letter.toPlainText())

    def save_letter_dialog(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the text"), str(Path.home() / "letter.txt"),
                                               self.tr("Text files (*.txt)"))
        if path:
            self.save_letter(path)

    def save_letter(self, path: str):
        from penaltytracker.reports.safe_write import atomic_write

        text = self.letter.toPlainText()
        return self.ops.run(lambda: atomic_write(path, lambda fh: fh.write(text), text=True, encoding="utf-8"),
                            title=self.tr("Could not save the text"))

    def _open(self, dialog):
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog


__all__ = ["RestrictionsPage"]
