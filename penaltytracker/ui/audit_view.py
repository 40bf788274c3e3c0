"""A violation's audit history: when, who, what was done, and each field old → new.

Read-only on purpose: the history is evidence (for an appeal, for a colleague), so the
app shows it and never offers a way to change it.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
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

from penaltytracker.store import StoreError, audit_history

_FIELDS = {
    "shop": ("店舗", "Shop"),
    "points_date": ("加点日", "Points date"),
    "occurred_on": ("発生日", "Incident date"),
    "category": ("区分", "Category"),
    "points": ("点数", "Points"),
    "title": ("内容", "Title"),
    "details": ("詳細", "Details"),
    "reference": ("管理番号", "Reference"),
    "status": ("状態", "Status"),
    "corrective_action": ("是正措置", "Corrective action"),
}
_ACTIONS = {
    "create": ("登録", "Created"),
    "edit": ("編集", "Edited"),
    "withdraw": ("取り消し", "Withdrawn"),
    "restore": ("有効に戻す", "Restored"),
    "delete": ("削除", "Deleted"),
    "import": ("CSV 取込", "Imported"),
}
_STATUS = {"active": ("有効", "Active"), "withdrawn": ("取り消し済み", "Withdrawn")}
_FIELD_ORDER = list(_FIELDS)

COLUMNS = ("when", "user", "action", "field", "old", "new")
_HEADERS = {
    "when": ("日時", "When"), "user": ("利用者", "User"), "action": ("操作", "Action"),
    "field": ("項目", "Field"), "old": ("変更前", "Before"), "new": ("変更後", "After"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "ja" else pair[1]


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
            return _pick(_STATUS[value], self.lang)
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
        self.setWindowTitle(_pick((f"変更履歴 — 違反 ID {violation_id}", f"History — violation ID {violation_id}"), lang))
        self.resize(820, 420)
        self.error: str | None = None
        try:
            entries = audit_history(store, violation_id)
        except StoreError as exc:
            entries, self.error = [], str(exc)
        self.model = AuditModel(entries, lang, tz, self, rules=rules)

        intro = QLabel(_pick(("この履歴は記録専用で、アプリから変更することはできません。",
                              "This history is a record: it cannot be changed from the app."), lang))
        intro.setWordWrap(True)
        self.message = QLabel(self.error or (_pick(("履歴はありません。", "No history."), lang) if not entries else ""))
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
