"""Recording what Rakuten's notice says of a level: the sanctions' actual dates, the
fee billed, the training course, and at level V whether the shop continues.

What is recorded here replaces the expected figures everywhere (dashboard, status, PDF);
a sanction left unticked keeps its expected dates.
"""

from __future__ import annotations

import re
import unicodedata
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout,
)

from penaltytracker.core.notices import V_CONTINUES, V_TERMINATED, LevelNotice, SanctionNotice
from penaltytracker.core.rules import LEVEL_NAMES, RuleSet
from penaltytracker.core.status import ShopStatus
from penaltytracker.store.notices import LevelNoticeState
from penaltytracker.ui.widgets import DateField


class NoticeDialog(QDialog):
    """`saved` carries the LevelNoticeState to record (the whole of that level's notice)."""

    saved = Signal(object)

    def __init__(self, rules: RuleSet, lang: str, shop: str, status: ShopStatus | None, state: LevelNoticeState,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.rules, self.lang, self.shop, self.status, self.state = rules, lang, shop, status, state
        self.setWindowTitle(self.tr("Record Rakuten's notice"))
        self.year = QSpinBox()
        self.year.setObjectName("noticeYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(state.year)
        self.year.setEnabled(False)
        self.level = QComboBox()
        self.level.setObjectName("noticeLevel")
        for name in LEVEL_NAMES:
            self.level.addItem(self.tr("Level {level}").format(level=name), name)
        self.level.setCurrentIndex(LEVEL_NAMES.index(state.level))
        self.level.setEnabled(False)

        expected = {}
        if status is not None:
            for r in status.levels_reached:
                if r.level == state.level:
                    expected.setdefault("start", r.date)
        noticed = {n.kind: n for n in state.sanctions}
        box = QGroupBox(self.tr("Sanctions as the notice states them"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Sanction")), 0, 0)
        grid.addWidget(QLabel(self.tr("Starts")), 0, 1)
        grid.addWidget(QLabel(self.tr("Ends (if the notice says)")), 0, 2)
        self.rows: dict[str, tuple[QCheckBox, DateField, DateField]] = {}
        for i, (kind, days) in enumerate(rules.level(state.level).sanctions.items(), 1):
            tick = QCheckBox(self.tr("{name} ({days} days)").format(name=rules.sanction_name(kind, lang), days=days))
            tick.setObjectName(f"notice_{kind}")
            start, end = DateField(optional=False), DateField(optional=True)
            start.setObjectName(f"notice_{kind}_start")
            end.setObjectName(f"notice_{kind}_end")
            n = noticed.get(kind)
            tick.setChecked(n is not None)
            start.set_value(n.start if n else expected.get("start"))
            end.set_value(n.end if n else None)
            for w in (start, end):
                w.setEnabled(n is not None)
                tick.toggled.connect(w.setEnabled)
            grid.addWidget(tick, i, 0)
            grid.addWidget(start, i, 1)
            grid.addWidget(end, i, 2)
            self.rows[kind] = (tick, start, end)

        notice = state.notice or LevelNotice(shop, state.year, state.level)
        self.fee = QLineEdit("" if notice.fee_yen is None else f"{notice.fee_yen:,}")
        self.fee.setObjectName("noticeFee")
        self.fee.setPlaceholderText(self.tr("expected: {fee}").format(fee=f"¥{rules.level(state.level).penalty_fee_yen:,}"))
        self.billed, self.paid = DateField(optional=True), DateField(optional=True)
        self.billed.set_value(notice.fee_billed_on)
        self.paid.set_value(notice.fee_paid_on)
        self.training_due, self.training_done = DateField(optional=True), DateField(optional=True)
        self.training_due.set_value(notice.training_due_on)
        self.training_done.set_value(notice.training_done_on)
        self.outcome = QComboBox()
        self.outcome.setObjectName("noticeOutcome")
        self.outcome.addItem(self.tr("Not stated"), "")
        self.outcome.addItem(self.tr("The shop continues (V-A)"), V_CONTINUES)
        self.outcome.addItem(self.tr("The contract ends (V-B)"), V_TERMINATED)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(notice.outcome)))
        self.contract_end = DateField(optional=True)
        self.contract_end.set_value(notice.contract_end_on)
        self.note = QLineEdit(notice.note)

        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Fee billed (¥)"), self.fee)
        form.addRow(self.tr("Billed on"), self.billed)
        form.addRow(self.tr("Paid on"), self.paid)
        form.addRow(self.tr("Training due by"), self.training_due)
        form.addRow(self.tr("Training completed on"), self.training_done)
        if state.level == "V":
            form.addRow(self.tr("Outcome"), self.outcome)
            form.addRow(self.tr("Contract ends on"), self.contract_end)
        form.addRow(self.tr("Note"), self.note)
        self.error = QLabel()
        self.error.setObjectName("noticeError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def value(self) -> LevelNoticeState | None:
        """What was entered, or None with the problem shown."""
        sanctions = []
        for kind, (tick, start, end) in self.rows.items():
            if not tick.isChecked():
                continue
            if start.value() is None:
                self._fail(self.tr("Enter the start of {name}.").format(name=self.rules.sanction_name(kind, self.lang)))
                return None
            if end.value() is not None and end.value() < start.value():
                self._fail(self.tr("{name} ends before it starts.").format(
                    name=self.rules.sanction_name(kind, self.lang)))
                return None
            sanctions.append(SanctionNotice(self.shop, self.state.year, self.state.level, kind, start.value(),
                                            end.value()))
        text = unicodedata.normalize("NFKC", self.fee.text()).replace(",", "").replace("¥", "").replace("円", "")
        text = text.strip()
        if text and not re.fullmatch(r"\d{1,10}", text):
            self._fail(self.tr("The fee must be an amount in yen, not “{text}”.").format(text=self.fee.text()))
            return None
        outcome = self.outcome.currentData() if self.state.level == "V" else ""
        if outcome == V_TERMINATED and self.contract_end.value() is None:
            self._fail(self.tr("Enter the day the contract ends."))
            return None
        fields = dict(fee_yen=int(text) if text else None, fee_billed_on=self.billed.value(),
                      fee_paid_on=self.paid.value(), training_due_on=self.training_due.value(),
                      training_done_on=self.training_done.value(), outcome=outcome,
                      contract_end_on=self.contract_end.value() if outcome == V_TERMINATED else None,
                      note=self.note.text().strip())
        empty = all(v in (None, "") for v in fields.values())
        notice = None if empty else LevelNotice(self.shop, self.state.year, self.state.level, **fields)
        return LevelNoticeState(self.shop, self.state.year, self.state.level, tuple(sanctions), notice)

    def try_save(self) -> None:
        state = self.value()
        if state is not None:
            self.saved.emit(state)
            self.accept()


def default_level(status: ShopStatus | None) -> str:
    """The level a notice most likely speaks of: the highest reached this year."""
    if status is not None and status.levels_reached:
        return max((r.level for r in status.levels_reached), key=LEVEL_NAMES.index)
    return LEVEL_NAMES[0]


__all__ = ["NoticeDialog", "default_level"]
