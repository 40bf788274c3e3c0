"""A violation's audit history: when, who, what was done, and each field old → new.

Read-only on purpose: the history is evidence (for an appeal, for a colleague), so the
app shows it and never offers a way to change it.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from penaltytracker.messages import text
from penaltytracker.store import StoreError, audit_history
from penaltytracker.ui.i18n import in_language

_FIELDS = {
    "shop": QT_TRANSLATE_NOOP("Audit", "Shop"),
    "points_date": QT_TRANSLATE_NOOP("Audit", "Points date"),
    "occurred_on": QT_TRANSLATE_NOOP("Audit", "Incident date"),
    "category": QT_TRANSLATE_NOOP("Audit", "Category"),
    "points": QT_TRANSLATE_NOOP("Audit", "Points"),
    "title": QT_TRANSLATE_NOOP("Audit", "Title"),
    "details": QT_TRANSLATE_NOOP("Audit", "Details"),
    "reference": QT_TRANSLATE_NOOP("Audit", "Reference"),
    "status": QT_TRANSLATE_NOOP("Audit", "Status"),
    "corrective_action": QT_TRANSLATE_NOOP("Audit", "Corrective action"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Audit", "Withdrawn on"),
    "filed_on": QT_TRANSLATE_NOOP("Audit", "Appeal filed on"),
    "outcome": QT_TRANSLATE_NOOP("Audit", "Appeal outcome"),
    "decided_on": QT_TRANSLATE_NOOP("Audit", "Decided on"),
    "note": QT_TRANSLATE_NOOP("Audit", "Note"),
}
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "edit": QT_TRANSLATE_NOOP("Audit", "Edited"),
    "withdraw": QT_TRANSLATE_NOOP("Audit", "Withdrawn"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "import": QT_TRANSLATE_NOOP("Audit", "Imported"),
    "appeal": QT_TRANSLATE_NOOP("Audit", "Appeal"),
    "migrate": QT_TRANSLATE_NOOP("Audit", "Upgrade"),
}
# What an upgrade of the store wrote in a violation's history (migration 0005).
_NOTES = {
    "withdrawal_date_unknown": QT_TRANSLATE_NOOP("Audit", "Withdrawn before dates were kept: counted as withdrawn "
                                                          "from its points date"),
    "duplicate_reference": QT_TRANSLATE_NOOP("Audit", "Its reference was already recorded for an earlier violation "
                                                      "of the shop: it was cleared here"),
}
# Its own context: "Withdrawn" the status (取り消し済み) is not "Withdrawn" the action (取り消し).
_STATUS = {"active": QT_TRANSLATE_NOOP("AuditStatus", "Active"),
           "withdrawn": QT_TRANSLATE_NOOP("AuditStatus", "Withdrawn")}
_FIELD_ORDER = list(_FIELDS)

COLUMNS = ("when", "user", "action", "field", "old", "new")
_HEADERS = {
    "when": QT_TRANSLATE_NOOP("Audit", "When"), "user": QT_TRANSLATE_NOOP("Audit", "User"),
    "action": QT_TRANSLATE_NOOP("Audit", "Action"), "field": QT_TRANSLATE_NOOP("Audit", "Field"),
    "old": QT_TRANSLATE_NOOP("Audit", "Before"), "new": QT_TRANSLATE_NOOP("Audit", "After"),
}


def _pick(text: str, lang: str, context: str = "Audit") -> str:
    """An English text of this module in `lang` (penaltytracker_ja.ts)."""
    return in_language(lang).translate(context, text)


class AuditModel(QAbstractTableModel):
    """One row per changed field of each audit entry, oldest first. Nothing is editable."""

    def __init__(self, entries: list[dict], lang: str = "ja", tz: tzinfo | None = None, parent=None,
                 rules=None):
        super().__init__(parent)
        self.lang = lang
        self.rules = rules  # names categories in the operator's language (the store keeps the key)
        self.tz = tz
        self.rows: list[tuple[str, str, str, str, str, str]] = []
        for entry in entries:
            self.rows.extend(self._rows_of(entry))

    def _when(self, at: datetime) -> str:
        # Stored in UTC; shown in the operator's time zone (the machine's, unless given).
        local = at.replace(tzinfo=timezone.utc).astimezone(self.tz)
        return local.strftime("%Y-%m-%d %H:%M:%S")

    def _value(self, field: str, value) -> str:
        if value is None:
            return ""
        if field == "status" and value in _STATUS:
            return _pick(_STATUS[value], self.lang, "AuditStatus")
        if field == "note" and value in _NOTES:
            return _pick(_NOTES[value], self.lang)
        if field == "outcome" and value in ("pending", "accepted", "rejected"):
            from penaltytracker.ui.withdraw_dialog import appeal_outcome_label

            return appeal_outcome_label(value)
        if field == "category" and self.rules is not None and value:
            return self.rules.category_label(str(value), self.lang)
        return str(value)

    def _rows_of(self, entry: dict):
        when, user = self._when(entry["at"]), entry["user"]
        action = _pick(_ACTIONS[entry["action"]], self.lang) if entry["action"] in _ACTIONS else entry["action"]
        changes = entry.get("changes") or {}
        fields = sorted(changes, key=lambda f: (_FIELD_ORDER.index(f) if f in _FIELD_ORDER else len(_FIELD_ORDER), f))
        shown = []
        for field in fields:
            pair = changes[field]
            old, new = (pair[0], pair[1]) if isinstance(pair, (list, tuple)) and len(pair) == 2 else (None, pair)
            if entry["action"] in ("create", "import", "delete") and old in (None, "") and new in (None, ""):
                continue  # an empty field of a whole record says nothing
            label = _pick(_FIELDS[field], self.lang) if field in _FIELDS else field
            shown.append((when, user, action, label, self._value(field, old), self._value(field, new)))
        return shown or [(when, user, action, "", "", "")]

    # --- Qt model ---
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _pick(_HEADERS[COLUMNS[section]], self.lang)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        return False


class AuditHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, store, violation_id: int, lang: str = "ja", tz: tzinfo | None = None,
                 rules=None):
        super().__init__(parent)
        self.lang = lang
        words = in_language(lang)
        self.setWindowTitle(words.translate("Audit", "History — violation ID {id}").format(id=violation_id))
        self.resize(820, 420)
        self.error: str | None = None
        try:
            entries = audit_history(store, violation_id)
        except StoreError as exc:
            entries, self.error = [], text(exc, lang)
        self.model = AuditModel(entries, lang, tz, self, rules=rules)

        intro = QLabel(words.translate("Audit", "This history is a record: it cannot be changed from the app."))
        intro.setWordWrap(True)
        self.message = QLabel(self.error or (words.translate("Audit", "No history.") if not entries else ""))
        self.message.setWordWrap(True)
        self.message.setVisible(bool(self.message.text()))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS) - 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


__all__ = ["AuditHistoryDialog", "AuditModel", "COLUMNS"]
