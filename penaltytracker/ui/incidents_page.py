"""The trouble page (トラブル): the shop's incidents and one incident's triage.

The list shows open incidents first (or all); the detail shows the category's checklist
(ticked with the time each step was done), "stop everything" and "resume", the contacts
with buyers and support, links to the violations or late shipments it caused, and the
figures (time to stop, time to first contact, days open). Every change is one undoable
step (ui/undo.py StoreStep) through the operation helper.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from penaltytracker.core.incidents import IncidentRecord, duration_text, figures, load_troubles
from penaltytracker.store.incidents import (
    add_contact, add_incident, close_incident, delete_contact, delete_incident, link, list_incidents, resume_selling,
    stop_selling, tick_step, update_incident, without_ids,
)
from penaltytracker.ui.deferred import LoadsWhenShown
from penaltytracker.ui.incident_checklist import ChecklistTree
from penaltytracker.ui.incident_dialogs import ContactDialog, LinkDialog, NewIncidentDialog, ResumeDialog, edit_value
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.style import heading
from penaltytracker.ui.undo import StoreStep

def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(name: str, columns: int, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class IncidentsPage(LoadsWhenShown, QWidget):
    loaded = Signal()  # the list and the detail show the store

    def __init__(self, ops: Ops, lang: str, today: Callable[[], date], now: Callable[[], datetime],
                 undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("incidentsPage")
        self.ops, self.lang, self.today, self.now, self.undo_stack = ops, lang, today, now, undo_stack
        self.troubles = load_troubles()
        self.troubles_timezone = "Asia/Tokyo"  # the history's clock; the window sets the rule set's zone
        self.store = None
        self.shop: str | None = None
        self.shops: list[str] = []
        self.incidents: list[IncidentRecord] = []
        self.current_id: int | None = None
        self._generation = 0
        self._filling = False

        self.new_button = QPushButton()
        self.new_button.setObjectName("newIncident")
        self.new_button.clicked.connect(self.new_incident)
        self.open_only = QCheckBox()
        self.open_only.setObjectName("incidentsOpenOnly")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.list = _table("incidentList", 6, 5)
        self.list.itemSelectionChanged.connect(self._selected)

        self.title = heading()
        self.title.setObjectName("incidentTitle")
        self.urgency = QLabel()
        self.urgency.setStyleSheet("color: #b91c1c; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setObjectName("incidentFacts")
        self.facts.setWordWrap(True)
        self.stop_state = QLabel()
        self.stop_state.setObjectName("incidentStopState")
        self.stop_state.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("incidentFigures")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopEverything")
        self.stop_button.setStyleSheet("QPushButton { background: #b91c1c; color: white; font-weight: bold; "
                                       "padding: 6px 14px; border-radius: 4px; } "
                                       "QPushButton:disabled { background: #d1d5db; }")
        self.stop_button.clicked.connect(self.stop_everything)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeSelling")
        self.resume_button.clicked.connect(self.resume)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeIncident")
        self.close_button.clicked.connect(self.toggle_closed)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_current)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editIncident")
        self.edit_button.clicked.connect(self.edit_current)
        self.history_button = QPushButton()
        self.history_button.setObjectName("incidentHistoryButton")
        self.history_button.clicked.connect(self.show_history)
        self.branch = QComboBox()
        self.branch.setObjectName("incidentBranch")
        self.branch.activated.connect(self._branch_chosen)
        self.branch_label = QLabel()

        self.steps = ChecklistTree()
        self.steps.step_toggled.connect(self._step_toggled)
        self.contacts = _table("incidentContacts", 5, 4)
        self.contact_button = QPushButton()
        self.contact_button.setObjectName("logContact")
        self.contact_button.clicked.connect(self.log_contact)
        self.uncontact_button = QPushButton()
        self.uncontact_button.clicked.connect(self.remove_contact)
        self.links = QLabel()
        self.links.setObjectName("incidentLinks")
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.add_link)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.open_only)
        lv.addLayout(top)
        lv.addWidget(self.list)

        self.detail = QWidget()
        dv = QVBoxLayout(self.detail)
        dv.setContentsMargins(0, 0, 0, 0)
        dv.addWidget(self.title)
        dv.addWidget(self.urgency)
        dv.addWidget(self.facts)
        actions = QHBoxLayout()
        actions.addWidget(self.stop_button)
        actions.addWidget(self.resume_button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.close_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.delete_button)
        dv.addLayout(actions)
        dv.addWidget(self.stop_state)
        dv.addWidget(self.figures)
        branch_row = QHBoxLayout()
        branch_row.addWidget(self.branch_label)
        branch_row.addWidget(self.branch, 1)
        dv.addLayout(branch_row)
        dv.addWidget(self.steps, 3)
        self.contacts_box = QGroupBox()
        cv = QVBoxLayout(self.contacts_box)
        cv.addWidget(self.contacts)
        crow = QHBoxLayout()
        crow.addWidget(self.contact_button)
        crow.addWidget(self.uncontact_button)
        crow.addStretch(1)
        crow.addWidget(self.links)
        crow.addWidget(self.link_button)
        cv.addLayout(crow)
        dv.addWidget(self.contacts_box, 2)
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        dv.addWidget(self.empty)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([480, 720])  # the list's summary column stays readable
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self._show_detail()

    # -- wiring --------------------------------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store
        self.current_id = None

    def set_shop(self, shop: str | None) -> None:
        if shop != self.shop:
            self.current_id = None
        self.shop = shop
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._fill_list()
        self._show_detail()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New incident… (Ctrl+T)"))
        self.open_only.setText(self.tr("Open only"))
        self.list.setHorizontalHeaderLabels([self.tr("Opened"), self.tr("Category"), self.tr("State"),
                                             self.tr("Selling"), self.tr("Steps"), self.tr("Summary")])
        self.contacts.setHorizontalHeaderLabels([self.tr("When"), self.tr("With"), self.tr("Direction"),
                                                 self.tr("Channel"), self.tr("What was said")])
        self.steps.setHeaderLabels([self.tr("Checklist"), self.tr("Done at")])
        self.stop_button.setText(self.tr("Stop everything"))
        self.resume_button.setText(self.tr("Resume selling…"))
        self.delete_button.setText(self.tr("Delete"))
        self.history_button.setText(self.tr("History…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.contact_button.setText(self.tr("Log contact…"))
        self.uncontact_button.setText(self.tr("Remove contact"))
        self.link_button.setText(self.tr("Link…"))
        self.contacts_box.setTitle(self.tr("Contacts with buyers and support"))
        self.branch_label.setText(self.tr("Rule 3 branch:"))
        self.empty.setText(self.tr("Choose a shop, then an incident, or open one with Ctrl+T."))

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.store is None or self.defer_while_hidden():  # a hidden tab reads once shown
            return
        self._generation += 1
        generation, store, shop, as_of = self._generation, self.store, self.shop, self.today()
        open_only = self.open_only.isChecked()

        def work():
            from penaltytracker.store import list_shops

            if shop is not None and shop not in list_shops(store):
                return []
            return list_incidents(store, shop, open_only=open_only, as_of=as_of)

        def done(records) -> None:
            if generation != self._generation:
                return
            self.incidents = records
            if self.current_id not in {r.id for r in records}:
                self.current_id = records[0].id if records else None
            self._fill_list()
            self._show_detail()
            self.loaded.emit()

        self.ops.run(work, on_done=done, title=self.tr("Could not read the incidents"))

    def current(self) -> IncidentRecord | None:
        return next((r for r in self.incidents if r.id == self.current_id), None)

    def select(self, incident_id: int) -> None:
        self.current_id = incident_id
        self.refresh()

    def _fill_list(self) -> None:
        self._filling = True
        as_of = self.today()
        self.list.setRowCount(len(self.incidents))
        for row, r in enumerate(self.incidents):
            f = figures(r, self.troubles, as_of)
            stopped = (self.tr("stopped") if r.stopped_at and not r.resumed_at
                       else self.tr("resumed") if r.resumed_at else "")
            cells = [r.opened_at.strftime("%Y-%m-%d %H:%M"), self.troubles.category(r.category).name(self.lang),
                     self.tr("open") if r.state(as_of) == "open" else self.tr("closed"), stopped,
                     f"{f.steps_done}/{f.steps_total}", r.summary]
            for col, text in enumerate(cells):
                item = _cell(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if col == 3 and r.stopped_at and not r.resumed_at:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.list.setItem(row, col, item)
            if r.id == self.current_id:
                self.list.selectRow(row)
        self._filling = False

    def _selected(self) -> None:
        if self._filling:
            return
        rows = self.list.selectionModel().selectedRows()
        if rows:
            self.current_id = self.list.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self._show_detail()

    def _show_detail(self) -> None:
        r = self.current()
        has = r is not None
        for w in (self.title, self.urgency, self.facts, self.stop_button, self.resume_button, self.close_button,
                  self.delete_button, self.history_button, self.edit_button, self.stop_state, self.figures, self.steps,
                  self.contacts_box):
            w.setVisible(has)
        self.empty.setVisible(not has)
        self.new_button.setEnabled(self.store is not None)
        if r is None:
            self.branch.setVisible(False)
            self.branch_label.setVisible(False)
            return
        lang, as_of = self.lang, self.today()
        cat = self.troubles.category(r.category)
        self.title.setText(f"#{r.id}　{cat.name(lang)}" + (f"（{r.shop}）" if self.shop is None else ""))
        self.urgency.setText(cat.urgency(lang))
        facts = [self.tr("Opened {at}").format(at=r.opened_at.strftime("%Y-%m-%d %H:%M"))]
        if r.affected:
            facts.append(self.tr("Affected: {what}").format(what=r.affected))
        if r.summary:
            facts.append(r.summary)
        if r.closed_on:
            facts.append(self.tr("Closed on {d}").format(d=r.closed_on.isoformat()))
        self.facts.setText("\n".join(facts))
        if r.stopped_at is None:
            self.stop_state.setText(self.tr("Selling has not been stopped."))
        elif r.resumed_at is None:
            self.stop_state.setText(self.tr("Selling stopped at {at}.").format(
                at=r.stopped_at.strftime("%Y-%m-%d %H:%M")))
        else:
            self.stop_state.setText(self.tr("Selling stopped at {a}, resumed at {b}: {why}").format(
                a=r.stopped_at.strftime("%Y-%m-%d %H:%M"), b=r.resumed_at.strftime("%Y-%m-%d %H:%M"),
                why=r.resume_reason))
        f = figures(r, self.troubles, as_of)
        self.figures.setText(self.tr("Time to stop: {stop}　Time to first contact: {contact}　Days open: {days}").format(
            stop=duration_text(f.time_to_stop, lang), contact=duration_text(f.time_to_first_contact, lang),
            days=f.days_open))
        closed = r.closed_on is not None
        self.stop_button.setEnabled(r.stopped_at is None and not closed)
        self.resume_button.setEnabled(r.stopped_at is not None and r.resumed_at is None)
        self.close_button.setText(self.tr("Reopen") if closed else self.tr("Close incident"))
        branches = cat.branches
        self.branch.setVisible(bool(branches))
        self.branch_label.setVisible(bool(branches))
        self.branch.blockSignals(True)
        self.branch.clear()
        self.branch.addItem(self.tr("Not judged yet (all steps)"), "")
        for b in branches:
            self.branch.addItem(self.troubles.branch_name(b, lang), b)
        self.branch.setCurrentIndex(max(self.branch.findData(r.branch), 0))
        self.branch.blockSignals(False)
        self.steps.show_record(r, self.troubles, self.lang)
        self._fill_contacts(r)
        self.links.setText(self.tr("Caused: {links}").format(
            links=", ".join(f"{self.tr('violation') if x.kind == 'violation' else self.tr('shipment')} #{x.target_id}"
                            for x in r.links) or "—"))

    def _fill_contacts(self, r: IncidentRecord) -> None:
        party = {"buyer": self.tr("Buyer"), "support": self.tr("Marketplace support"), "other": self.tr("Other")}
        direction = {"out": self.tr("We wrote"), "in": self.tr("They wrote")}
        self.contacts.setRowCount(len(r.contacts))
        for row, c in enumerate(r.contacts):
            for col, text in enumerate([c.at.strftime("%Y-%m-%d %H:%M"), party.get(c.party, c.party),
                                        direction.get(c.direction, c.direction), c.channel, c.summary]):
                item = _cell(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.contacts.setItem(row, col, item)

    # -- changes (each one undoable) -------------------------------------------------------------

    def _step(self, text: str, do, undo, done=None) -> None:
        self.undo_stack.push(StoreStep(self.ops, self.undo_stack, text, do, undo,
                                       self.tr("Could not save the incident"), done))

    def new_incident(self) -> NewIncidentDialog:
        dialog = NewIncidentDialog(self.troubles, self.lang, self.shops, self.shop, self.now(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.add)
        dialog.open()
        self.dialog = dialog
        return dialog

    def add(self, record: IncidentRecord) -> None:
        store, state = self.store, {"record": record}

        def do():
            return add_incident(store, state["record"], self.troubles)

        def done(saved: IncidentRecord) -> None:
            state["record"] = without_ids(saved)  # a redo puts it back under the same id
            self.current_id = saved.id

        self._step(self.tr("Open incident"), do, lambda: delete_incident(store, state["record"].id), done)

    def edit_current(self) -> NewIncidentDialog | None:
        """Edit the time, category, what is affected and the summary (refused if changed elsewhere)."""
        r = self.current()
        if r is None:
            return None
        from dataclasses import replace

        dialog = NewIncidentDialog(self.troubles, self.lang, self.shops, r.shop, self.now(), self, record=r)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store, state = self.store, {"first": True}

        def saved(after: IncidentRecord) -> None:
            def do():
                # The first save checks the version the dialog was opened on; redo writes what it holds.
                record = after if state["first"] else replace(after, version=None)
                state["first"] = False
                return update_incident(store, record, self.troubles)

            self._step(self.tr("Edit incident"), do,
                       lambda: update_incident(store, replace(r, version=None), self.troubles))

        dialog.saved.connect(saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def stop_everything(self) -> None:
        r, store, at = self.current(), self.store, self.now()
        if r is not None:
            self._step(self.tr("Stop everything"), lambda: stop_selling(store, r.id, at),
                       lambda: stop_selling(store, r.id, None))

    def resume(self) -> ResumeDialog | None:
        r = self.current()
        if r is None:
            return None
        dialog = ResumeDialog(self.now(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store = self.store

        def accepted() -> None:
            at, reason = edit_value(dialog.at), dialog.reason.text()
            self._step(self.tr("Resume selling"), lambda: resume_selling(store, r.id, at, reason),
                       lambda: resume_selling(store, r.id, None))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog
        return dialog

    def toggle_closed(self) -> None:
        r, store = self.current(), self.store
        if r is None:
            return
        if r.closed_on is None:
            on = self.today()
            self._step(self.tr("Close incident"), lambda: close_incident(store, r.id, on),
                       lambda: close_incident(store, r.id, None))
        else:
            before, note = r.closed_on, r.close_note
            self._step(self.tr("Reopen incident"), lambda: close_incident(store, r.id, None),
                       lambda: close_incident(store, r.id, before, note))

    def delete_current(self) -> None:
        r, store = self.current(), self.store
        if r is None:
            return
        state = {"record": r}

        def deleted(record):
            state["record"] = without_ids(record)

        self._step(self.tr("Delete incident"), lambda: delete_incident(store, r.id),
                   lambda: add_incident(store, state["record"], self.troubles), deleted)

    def _step_toggled(self, key: str, done: bool) -> None:
        r, store = self.current(), self.store
        if r is None:
            return
        before = r.done_at(key)
        at = self.now() if done else None
        self._step(self.tr("Tick step") if at else self.tr("Untick step"),
                   lambda: tick_step(store, r.id, key, at, self.troubles),
                   lambda: tick_step(store, r.id, key, before, self.troubles))

    def tick(self, key: str) -> None:
        self.steps.tick(key)

    def _branch_chosen(self, _index: int) -> None:
        r, store = self.current(), self.store
        if r is None:
            return
        from dataclasses import replace

        after = replace(r, branch=self.branch.currentData(), version=None)
        before = replace(r, version=None)
        self._step(self.tr("Choose the branch"), lambda: update_incident(store, after, self.troubles),
                   lambda: update_incident(store, before, self.troubles))

    def log_contact(self) -> ContactDialog | None:
        r = self.current()
        if r is None:
            return None
        dialog = ContactDialog(self.now(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store = self.store

        def accepted() -> None:
            contact = dialog.contact()
            state = {}

            def do():
                saved = add_contact(store, r.id, contact)
                state["id"] = max(c.id for c in saved.contacts)
                return saved

            self._step(self.tr("Log contact"), do, lambda: delete_contact(store, state["id"]))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog
        return dialog

    def remove_contact(self) -> None:
        rows = self.contacts.selectionModel().selectedRows()
        r, store = self.current(), self.store
        if not rows or r is None:
            return
        contact_id = self.contacts.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        contact = next(c for c in r.contacts if c.id == contact_id)
        state = {"id": contact_id}

        def undo():
            saved = add_contact(store, r.id, contact)
            state["id"] = max(c.id for c in saved.contacts)

        self._step(self.tr("Remove contact"), lambda: delete_contact(store, state["id"]), undo)

    def show_history(self):
        """The incident's audit history, read-only (read off the UI thread, then shown)."""
        from penaltytracker.store.incidents import history
        from penaltytracker.ui.incident_history import IncidentHistoryDialog

        r, store = self.current(), self.store
        if r is None:
            return None

        def shown(entries) -> None:
            dialog = IncidentHistoryDialog(entries, r.id, self.troubles_timezone, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.dialog = dialog

        return self.ops.run(lambda: history(store, r.id), on_done=shown, title=self.tr("Could not read the history"))

    def add_link(self) -> LinkDialog | None:
        r = self.current()
        if r is None:
            return None
        dialog = LinkDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store = self.store

        def accepted() -> None:
            kind, target = dialog.kind.currentData(), dialog.target.value()
            self._step(self.tr("Link"), lambda: link(store, r.id, kind, target),
                       lambda: link(store, r.id, kind, target, remove=True))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.dialog = dialog
        return dialog


__all__ = ["IncidentsPage"]
