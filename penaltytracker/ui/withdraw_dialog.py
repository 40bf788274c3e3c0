"""Withdrawing a violation from a date, and its appeals (異議申立).

A withdrawal takes effect on a day: the violation counts on every day before it and not
from it on, so what stood earlier stays as it was. "It never counted" is the choice for
a violation Rakuten withdrew from the start (a grace, or an old record).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.notices import APPEAL_ACCEPTED, APPEAL_OUTCOMES, APPEAL_PENDING, Appeal
from penaltytracker.ui.widgets import DateField


def appeal_outcome_label(outcome: str) -> str:
    labels = {APPEAL_PENDING: QCoreApplication.translate("Appeals", "Pending"),
              APPEAL_ACCEPTED: QCoreApplication.translate("Appeals", "Accepted (withdrawn)"),
              "rejected": QCoreApplication.translate("Appeals", "Rejected")}
    return labels.get(outcome, outcome)


class WithdrawDialog(QDialog):
    """Asks the day a withdrawal took effect. `chosen` carries that day (None: from its
    加点日, it never counted)."""

    chosen = Signal(object)

    def __init__(self, record: ViolationRecord, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw violation"))
        self.record = record
        self.on = DateField(optional=False)
        self.on.setObjectName("withdrawOn")
        self.on.set_value(max(today, record.points_date))
        self.from_start = QCheckBox(self.tr("It never counted (withdrawn from its points date)"))
        self.from_start.setObjectName("fromStart")
        self.from_start.toggled.connect(lambda on: self.on.setEnabled(not on))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Violation: {day}, {points} points, {title}").format(
            day=record.points_date.isoformat(), points=record.points, title=record.title or "—")))
        form.addRow(self.tr("Withdrawn on"), self.on)
        form.addRow("", self.from_start)
        hint = QLabel(self.tr("It still counts on every day before this date: earlier statuses stay as they were."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        if self.from_start.isChecked():
            self.chosen.emit(None)
            self.accept()
            return
        day = self.on.value()
        if day is None or day < self.record.points_date:
            self.error.setText(self.tr("The withdrawal date cannot be before the points date ({day}).").format(
                day=self.record.points_date.isoformat()))
            self.error.setVisible(True)
            return
        self.chosen.emit(day)
        self.accept()


class AppealDialog(QDialog):
    """The appeals of one violation, and a new one or a decision. `saved` carries
    ("file", filed_on, note) or ("decide", appeal_id, outcome, decided_on)."""

    saved = Signal(tuple)

    def __init__(self, record: ViolationRecord, appeals: list[Appeal], today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("appealDialog")
        self.setWindowTitle(self.tr("Appeals"))
        self.record, self.appeals = record, appeals
        self.table = QTableWidget(len(appeals), 4)
        self.table.setObjectName("appealTable")
        self.table.setHorizontalHeaderLabels([self.tr("Filed on"), self.tr("Outcome"), self.tr("Decided on"),
                                              self.tr("Note")])
        for i, a in enumerate(appeals):
            for j, text in enumerate((a.filed_on.isoformat(), appeal_outcome_label(a.outcome),
                                      a.decided_on.isoformat() if a.decided_on else "", a.note)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        pending = [a for a in appeals if a.outcome == APPEAL_PENDING]
        self.pending = pending[-1] if pending else None
        self.day = DateField(optional=False)
        self.day.setObjectName("appealDay")
        self.day.set_value(max(today, record.points_date))
        self.note = QLineEdit()
        self.note.setObjectName("appealNote")
        self.outcome = QComboBox()
        self.outcome.setObjectName("appealOutcome")
        for o in APPEAL_OUTCOMES:
            if o != APPEAL_PENDING:
                self.outcome.addItem(appeal_outcome_label(o), o)
        form = QFormLayout()
        if self.pending is None:
            form.addRow(self.tr("Appeal filed on"), self.day)
            form.addRow(self.tr("Note"), self.note)
            self.outcome.setVisible(False)
        else:
            form.addRow(self.tr("Outcome"), self.outcome)
            form.addRow(self.tr("Decided on"), self.day)
            self.note.setVisible(False)
        hint = QLabel(self.tr("An accepted appeal withdraws the violation from the day of the decision."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Violation: {day}, {points} points, {title}").format(
            day=record.points_date.isoformat(), points=record.points, title=record.title or "—")))
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_save(self) -> None:
        day = self.day.value()
        earliest = self.pending.filed_on if self.pending else self.record.points_date
        if day is None or day < earliest:
            self.error.setText(self.tr("The date cannot be before {day}.").format(day=earliest.isoformat()))
            self.error.setVisible(True)
            return
        if self.pending is None:
            self.saved.emit(("file", day, self.note.text().strip()))
        else:
            self.saved.emit(("decide", self.pending.id, self.outcome.currentData(), day))
        self.accept()
