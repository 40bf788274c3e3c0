"""Adding or editing one violation, with each problem shown beside its field."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from penaltytracker.core.model import ACTIVE, WITHDRAWN, ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.names import clean_name
from penaltytracker.ui.i18n import status_label
from penaltytracker.ui.widgets import DateField, tab_in_reading_order

# Same limits the CSV import applies, so a record typed here can always be exported and read back.
LIMITS = {"shop": 200, "title": 500, "reference": 200}


class ViolationDialog(QDialog):
    """Emits `saved(record)` once the entry is valid (and a future date is confirmed)."""

    saved = Signal(object)

    def __init__(self, rules: RuleSet, lang: str, shops: list[str], today: date,
                 record: ViolationRecord | None = None, shop: str | None = None, parent=None):
        super().__init__(parent)
        self.rules = rules
        self.lang = lang
        self.today = today
        self.original = record
        self.shops = list(shops)
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("violationDialog")
        self.setWindowTitle(self.tr("Edit violation") if record else self.tr("New violation"))
        self.setMinimumWidth(560)

        self.shop = QComboBox()
        self.shop.setEditable(True)
        self.shop.addItems(shops)
        self.shop.setObjectName("shopField")
        self.points_date = DateField(optional=False)
        self.points_date.setObjectName("pointsDateField")
        self.occurred_on = DateField(optional=True)
        self.category = QComboBox()
        self.category.setObjectName("categoryField")
        self.category.addItem(self.tr("(none)"), "")
        for c in rules.categories:
            self.category.addItem(f"{c.name(lang)}", c.key)
        self.points = QLineEdit()
        self.points.setObjectName("pointsField")
        self.points.setMaximumWidth(120)
        self.title = QLineEdit()
        self.title.setObjectName("titleField")
        self.reference = QLineEdit()
        self.status = QComboBox()
        self.status.addItem(status_label(ACTIVE), ACTIVE)
        self.status.addItem(status_label(WITHDRAWN), WITHDRAWN)
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(70)
        self.corrective = QPlainTextEdit()
        self.corrective.setTabChangesFocus(True)
        self.corrective.setFixedHeight(70)
        self.typical_hint = QLabel()
        self.typical_hint.setProperty("role", "muted")

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, name: str, widget: QWidget, extra: QWidget | None = None) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            line = QHBoxLayout()
            line.addWidget(widget, 1 if not isinstance(widget, (QLineEdit,)) or name != "points" else 0)
            if extra is not None:
                line.addWidget(extra, 1)
            box.addLayout(line)
            error = QLabel()
            error.setProperty("role", "fieldError")
            error.setObjectName(f"{name}Error")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[name] = error
            form.addRow(label, box)

        row(self.tr("Shop *"), "shop", self.shop)
        row(self.tr("Points date (加点日) *"), "points_date", self.points_date)
        row(self.tr("Occurred on (発生日)"), "occurred_on", self.occurred_on)
        row(self.tr("Category"), "category", self.category)
        row(self.tr("Points *"), "points", self.points, self.typical_hint)
        row(self.tr("Title"), "title", self.title)
        row(self.tr("Notice ref. (管理番号)"), "reference", self.reference)
        row(self.tr("Status"), "status", self.status)
        row(self.tr("Details"), "details", self.details)
        row(self.tr("Corrective action"), "corrective", self.corrective)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for field in (self.points_date, self.occurred_on):
            field.validity_changed.connect(self._dates_checked)
        note = QLabel(self.tr("* required"))
        note.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(note)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)
        # Reading order; the date fields' calendar buttons take no focus.
        tab_in_reading_order(self.shop, self.points_date, self.occurred_on, self.category, self.points, self.title,
                             self.reference, self.status, self.details, self.corrective, self.save_button,
                             self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        self._points_touched = record is not None
        self.points.textEdited.connect(lambda _t: setattr(self, "_points_touched", True))
        self.category.currentIndexChanged.connect(self._category_chosen)
        self._fill(record, shop)

    def _fill(self, record: ViolationRecord | None, shop: str | None) -> None:
        if record is None:
            self.shop.setCurrentText(shop or "")
            self.points_date.set_value(self.today)
            self.occurred_on.set_value(None)
            return
        self.shop.setCurrentText(record.shop)
        self.points_date.set_value(record.points_date)
        self.occurred_on.set_value(record.occurred_on)
        i = self.category.findData(record.category)
        if i < 0 and record.category:  # a category the rule set no longer lists: keep it as it is
            self.category.addItem(record.category, record.category)
            i = self.category.count() - 1
        self.category.setCurrentIndex(max(i, 0))
        self.points.setText(str(record.points))
        self.title.setText(record.title)
        self.reference.setText(record.reference)
        self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
        self.details.setPlainText(record.details)
        self.corrective.setPlainText(record.corrective_action)

    def _category_chosen(self) -> None:
        cat = self.rules.category(self.category.currentData() or "")
        if cat is None:
            self.typical_hint.clear()
            return
        self.typical_hint.setText(self.tr("usually {points} points").format(points=cat.typical_points))
        if not self._points_touched:
            self.points.setText(str(cat.typical_points))

    # -- validation --------------------------------------------------------------------

    def _dates_checked(self, _valid: bool = True) -> None:
        self.save_button.setEnabled(self.points_date.is_valid() and self.occurred_on.is_valid())

    def _show_error(self, name: str, message: str | None) -> None:
        label = self.errors[name]
        label.setText(message or "")
        label.setVisible(bool(message))

    def validate(self) -> ViolationRecord | None:
        """The record as entered, or None with every problem shown next to its field."""
        problems: dict[str, str] = {}
        shop = clean_name(self.shop.currentText())
        if not shop:
            problems["shop"] = self.tr("Enter the shop.")
        elif len(shop) > LIMITS["shop"]:
            problems["shop"] = self.tr("At most {n} characters.").format(n=LIMITS["shop"])
        points_date = self.points_date.value()
        if not self.points_date.is_valid():
            problems["points_date"] = self.points_date.problem()
        elif points_date is None:
            problems["points_date"] = self.tr("Enter the date the points were added.")
        if not self.occurred_on.is_valid():
            problems["occurred_on"] = self.occurred_on.problem()
        occurred = self.occurred_on.value()
        if occurred and points_date and occurred > points_date and "occurred_on" not in problems:
            problems["occurred_on"] = self.tr("The violation cannot occur after its points were added.")
        text = unicodedata.normalize("NFKC", self.points.text()).strip().replace(",", "")
        points = None
        if not text:
            problems["points"] = self.tr("Enter the points (0 or more).")
        elif not re.fullmatch(r"\d{1,6}", text):
            problems["points"] = self.tr("Points must be a whole number of 0 or more, not “{text}”.").format(
                text=self.points.text().strip())
        else:
            points = int(text)
        for name, widget in (("title", self.title), ("reference", self.reference)):
            if len(widget.text().strip()) > LIMITS[name]:
                problems[name] = self.tr("At most {n} characters.").format(n=LIMITS[name])
        for name in self.errors:
            # A date field shows its own reading problem under itself; the row says the rest.
            date_field = {"points_date": self.points_date, "occurred_on": self.occurred_on}.get(name)
            own = date_field is not None and not date_field.is_valid()
            self._show_error(name, None if own else problems.get(name))
        if problems:
            first = next(iter(problems))
            focus = {"shop": self.shop, "points_date": self.points_date.edit, "occurred_on": self.occurred_on.edit,
                     "points": self.points, "title": self.title, "reference": self.reference}.get(first)
            if focus is not None:
                focus.setFocus()
            return None
        values = dict(
            shop=shop, points_date=points_date, points=points, status=self.status.currentData(),
            category=self.category.currentData() or "", title=self.title.text().strip(), occurred_on=occurred,
            reference=self.reference.text().strip(), details=self.details.toPlainText().strip(),
            corrective_action=self.corrective.toPlainText().strip(),
        )
        # A withdrawal chosen here takes effect today (the withdraw action asks for the day);
        # one that stood keeps its day; an active violation has none.
        if values["status"] != WITHDRAWN:
            values["withdrawn_on"] = None
        elif self.original is None or self.original.status != WITHDRAWN:
            values["withdrawn_on"] = self.today
        if self.original is not None:
            return replace(self.original, **values)
        return ViolationRecord(**values)

    def try_save(self) -> None:
        record = self.validate()
        if record is None:
            return
        self._confirm_shop(record)

    def _confirm_shop(self, record: ViolationRecord) -> None:
        """A shop name nobody has yet: ask before it becomes a new shop, offering the close match."""
        from penaltytracker.ui.confirm import confirm_new_shop, known_shop

        known = known_shop(record.shop, self.shops)
        if known is not None:
            self._confirm_date(replace(record, shop=known))
            return

        def chosen(name: str) -> None:
            self.confirm_box = None
            self.shop.setCurrentText(name)
            self._confirm_date(replace(record, shop=name))

        def back() -> None:
            self.confirm_box = None
            self.shop.setFocus()

        self.confirm_box = confirm_new_shop(self, record.shop, self.shops, chosen, back)

    def _confirm_date(self, record: ViolationRecord) -> None:
        if record.points_date > self.today:
            # Points are normally added on or before today: a later date is usually a typo.
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Points date in the future"),
                              self.tr("The points date {day} is after today ({today}). Save it anyway?").format(
                                  day=record.points_date.isoformat(), today=self.today.isoformat()),
                              QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("futureDateBox")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            self.confirm_box = box

            def answered(button: int) -> None:
                self.confirm_box = None
                if button == QMessageBox.StandardButton.Save:
                    self._accept(record)
                else:
                    self.points_date.edit.setFocus()

            box.finished.connect(answered)
            box.open()
            return
        self._accept(record)

    def _accept(self, record: ViolationRecord) -> None:
        self.saved.emit(record)
        self.accept()
