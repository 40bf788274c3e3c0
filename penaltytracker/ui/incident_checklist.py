"""An incident's checklist as a tree: phases (now / contact / before resuming), each step a
checkbox with the time it was done. A click says which step and whether it is now done;
the page saves it (with the time) and shows the store's answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from penaltytracker.core.incidents import IncidentRecord, Troubles, checklist

STEP_ROLE = Qt.ItemDataRole.UserRole


class ChecklistTree(QTreeWidget):
    step_toggled = Signal(str, bool)  # step key, done

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("incidentChecklist")
        self.setColumnCount(2)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._changed)

    def show_record(self, r: IncidentRecord, troubles: Troubles, lang: str) -> None:
        self.blockSignals(True)
        self.clear()
        phases: dict[str, QTreeWidgetItem] = {}
        for line in checklist(r, troubles):
            phase = line.step.phase
            if phase not in phases:
                phases[phase] = QTreeWidgetItem([troubles.phase_name(phase, lang), ""])
                phases[phase].setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(phases[phase])
            text = line.step.text(lang)
            if line.step.branch:
                text = f"[{line.step.branch}] {text}"
            item = QTreeWidgetItem([text, line.done_at.strftime("%m-%d %H:%M") if line.done_at else ""])
            item.setData(0, STEP_ROLE, line.step.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if line.done_at else Qt.CheckState.Unchecked)
            item.setToolTip(0, line.step.text(lang))
            phases[phase].addChild(item)
        self.expandAll()
        self.blockSignals(False)

    def keys(self) -> list[str]:
        return [self.topLevelItem(i).child(j).data(0, STEP_ROLE) for i in range(self.topLevelItemCount())
                for j in range(self.topLevelItem(i).childCount())]

    def tick(self, key: str) -> None:
        """Tick a step as the operator's click does (for keyboard users and tests)."""
        for i in range(self.topLevelItemCount()):
            phase = self.topLevelItem(i)
            for j in range(phase.childCount()):
                if phase.child(j).data(0, STEP_ROLE) == key:
                    phase.child(j).setCheckState(0, Qt.CheckState.Checked)

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, STEP_ROLE)
        if key is not None and column == 0:
            self.step_toggled.emit(key, item.checkState(0) == Qt.CheckState.Checked)


__all__ = ["ChecklistTree"]
