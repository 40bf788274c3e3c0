"""Dialogs of the trouble page: open an incident (Ctrl+T, from anywhere), log a contact,
resume selling, link what the incident caused. They only gather values; the page saves."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QVBoxLayout,
)

from penaltytracker.core.incidents import Contact, IncidentRecord, Troubles


def datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))
    return edit


def edit_value(edit: QDateTimeEdit) -> datetime:
    q = edit.dateTime()
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NewIncidentDialog(QDialog):
    """Open an incident in seconds: shop, time (now), category, what is affected, summary,
    and "stop everything now" (ticked for the categories whose rule says stop first)."""

    saved = Signal(object)  # IncidentRecord

    def __init__(self, troubles: Troubles, lang: str, shops: list[str], shop: str | None, now: datetime,
                 parent=None, record: IncidentRecord | None = None):
        super().__init__(parent)
        self.setObjectName("newIncidentDialog")
        self.troubles, self.lang, self.original = troubles, lang, record
        self.setWindowTitle(self.tr("New incident") if record is None else self.tr("Edit incident"))
        self.shop = QComboBox()
        self.shop.setEditable(True)
        self.shop.addItems(shops)
        self.shop.setCurrentText(shop or (shops[0] if shops else ""))
        self.opened = datetime_edit(now)
        self.category = QComboBox()
        self.category.setObjectName("incidentCategory")
        for key, cat in troubles.categories.items():
            self.category.addItem(cat.name(lang), key)
        self.urgency = QLabel()
        self.urgency.setObjectName("incidentUrgency")
        self.urgency.setStyleSheet("color: #b91c1c; font-weight: 600;")
        self.affected = QLineEdit()
        self.affected.setPlaceholderText(self.tr("Items, SKUs or the lot affected"))
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(70)
        self.preview = QLabel()
        self.preview.setObjectName("incidentChecklistPreview")
        self.preview.setWordWrap(True)
        self.preview.setProperty("role", "muted")
        self.stop_all = QCheckBox(self.tr("Stop everything now (record that selling stopped)"))
        self.stop_all.setObjectName("incidentStopAll")
        self.error = QLabel()
        self.error.setProperty("role", "fieldError")
        form = QFormLayout()
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("When"), self.opened)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.urgency)
        form.addRow(self.tr("Affected"), self.affected)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self.stop_all)
        form.addRow(self.tr("Checklist"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.category.currentIndexChanged.connect(self._category_changed)
        self.setMinimumWidth(600)
        if record is not None:  # editing: the same fields, filled in; stopping is the page's button
            self.shop.setCurrentText(record.shop)
            self.shop.setEnabled(False)
            self.opened.setDateTime(datetime_edit(record.opened_at).dateTime())
            self.category.setCurrentIndex(max(self.category.findData(record.category), 0))
            self.affected.setText(record.affected)
            self.summary.setPlainText(record.summary)
            self.stop_all.hide()
        self._category_changed()

    def _category_changed(self, *_a) -> None:
        cat = self.troubles.category(self.category.currentData())
        self.urgency.setText(cat.urgency(self.lang))
        if self.original is None:
            self.stop_all.setChecked(cat.stop_suggested)
        self.preview.setText("\n".join(
            f"・{self.troubles.phase_name(s.phase, self.lang)}：" + (f"[{s.branch}] " if s.branch else "")
            + s.text(self.lang) for s in cat.steps))
        self.preview.setMinimumHeight(self.preview.heightForWidth(460))  # wrapped lines get their room
        self.adjustSize()

    def record(self) -> IncidentRecord:
        opened = edit_value(self.opened)
        if self.original is not None:
            from dataclasses import replace

            category = self.category.currentData()
            return replace(self.original, opened_at=opened, category=category, affected=self.affected.text().strip(),
                           summary=self.summary.toPlainText().strip(),
                           branch=self.original.branch if category == self.original.category else "")
        return IncidentRecord(shop=self.shop.currentText().strip(), opened_at=opened,
                              category=self.category.currentData(), affected=self.affected.text().strip(),
                              summary=self.summary.toPlainText().strip(),
                              stopped_at=opened if self.stop_all.isChecked() else None)

    def accept(self) -> None:
        if not self.shop.currentText().strip():
            self.error.setText(self.tr("Choose or type the shop."))
            return
        self.saved.emit(self.record())
        super().accept()


class ContactDialog(QDialog):
    """Log a contact with a buyer or the marketplace's support: when, channel, direction, what."""

    def __init__(self, now: datetime, parent=None):
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Log a contact"))
        self.at = datetime_edit(now)
        self.party = QComboBox()
        for key, text in (("buyer", self.tr("Buyer")), ("support", self.tr("Marketplace support")),
                          ("other", self.tr("Other"))):
            self.party.addItem(text, key)
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems([self.tr("Mail"), self.tr("Phone"), self.tr("Message"), self.tr("Support form")])
        self.direction = QComboBox()
        self.direction.addItem(self.tr("We wrote"), "out")
        self.direction.addItem(self.tr("They wrote"), "in")
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(80)
        form = QFormLayout(self)
        form.addRow(self.tr("When"), self.at)
        form.addRow(self.tr("With"), self.party)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("What was said"), self.summary)
        form.addRow(_buttons(self))

    def contact(self) -> Contact:
        return Contact(at=edit_value(self.at), party=self.party.currentData(), channel=self.channel.currentText(),
                       direction=self.direction.currentData(), summary=self.summary.toPlainText().strip())


class ResumeDialog(QDialog):
    """When selling resumed, and why (required)."""

    def __init__(self, now: datetime, parent=None):
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self.setWindowTitle(self.tr("Resume selling"))
        self.at = datetime_edit(now)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it is safe to sell again"))
        self.box = _buttons(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Resumed at"), self.at)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.box)
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_a) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))


class LinkDialog(QDialog):
    """Link a violation or a late shipment (by its id) the incident caused."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link what the incident caused"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Violation"), "violation")
        self.kind.addItem(self.tr("Late shipment"), "shipment")
        self.target = QSpinBox()
        self.target.setRange(1, 2_000_000_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("ID"), self.target)
        form.addRow(_buttons(self))


__all__ = ["NewIncidentDialog", "ContactDialog", "ResumeDialog", "LinkDialog", "datetime_edit", "edit_value"]
