"""Questions asked before a change: how many violations a delete takes, and that Ctrl+Z brings them back."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(parent: QWidget, records: list, proceed: Callable[[], None]) -> QMessageBox:
    """A window-modal question (never blocks the event loop); `proceed()` on Delete."""
    n = len(records)
    if n == 1:
        r = records[0]
        question = QCoreApplication.translate(
            "Confirm", "Delete violation {id} ({day}, {points} points, {shop})?").format(
            id=r.id, day=r.points_date.isoformat(), points=r.points, shop=r.shop)
    else:
        question = QCoreApplication.translate("Confirm", "Delete these {n} violations?").format(n=n)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Confirm", "Delete violations"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("deleteConfirmBox")
    box.setInformativeText(QCoreApplication.translate(
        "Confirm", "Ctrl+Z (Edit → Undo) brings them back. To keep one but stop its points, withdraw it instead."))
    delete = box.addButton(QCoreApplication.translate("Confirm", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmDelete")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_r: int) -> None:
        if box.clickedButton() is delete:
            proceed()

    box.finished.connect(answered)
    box.open()
    parent.confirm_box = box  # for tests and screenshots
    return box


__all__ = ["confirm_delete"]
