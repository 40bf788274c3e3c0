"""An incident's audit history (read-only): when, who, what was done, what changed."""

from __future__ import annotations

import json
from datetime import timezone
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout,
)


class IncidentHistoryDialog(QDialog):
    def __init__(self, entries: list[dict], incident_id: int, tz: str = "Asia/Tokyo", parent=None):
        super().__init__(parent)
        self.setObjectName("incidentHistory")
        self.setWindowTitle(self.tr("History of incident #{id}").format(id=incident_id))
        actions = {
            "create": self.tr("Opened"), "edit": self.tr("Edited"), "delete": self.tr("Deleted"),
            "tick": self.tr("Step done"), "untick": self.tr("Step undone"), "stop": self.tr("Selling stopped"),
            "unstop": self.tr("Stop taken back"), "resume": self.tr("Selling resumed"),
            "unresume": self.tr("Resume taken back"), "close": self.tr("Closed"), "reopen": self.tr("Reopened"),
            "contact": self.tr("Contact logged"), "uncontact": self.tr("Contact removed"),
            "link": self.tr("Linked"), "unlink": self.tr("Unlinked"),
        }
        self.table = QTableWidget(len(entries), 4)
        self.table.setObjectName("incidentHistoryTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("User"), self.tr("Action"),
                                              self.tr("Changes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        zone = ZoneInfo(tz)
        for row, e in enumerate(entries):
            when = e["at"].replace(tzinfo=timezone.utc).astimezone(zone).strftime("%Y-%m-%d %H:%M")  # stored in UTC
            changes = "; ".join(f"{k}: {_short(v[0])} → {_short(v[1])}" if isinstance(v, list) and len(v) == 2
                                else f"{k}: {_short(v)}" for k, v in e["changes"].items())
            for col, text in enumerate((when, e["user"], actions.get(e["action"], e["action"]), changes)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(box)
        self.resize(760, 360)


def _short(value) -> str:
    if value is None or value == "":
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


__all__ = ["IncidentHistoryDialog"]
