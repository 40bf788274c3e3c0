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


def known_shop(typed: str, shops: list[str]) -> str | None:
    """The shop `typed` names (compared as names look: BOM, zero-width, full-width), or None."""
    from penaltytracker.core.names import name_key

    key = name_key(typed)
    return next((s for s in shops if name_key(s) == key), None)


def confirm_new_shop(parent: QWidget, typed: str, shops: list[str], proceed: Callable[[str], None],
                     back: Callable[[], None] | None = None) -> QMessageBox:
    """A shop name nobody has yet: ask before it becomes a new shop, offering the close match.
    `proceed(name)` with the close match or the new name; `back()` on Cancel."""
    from penaltytracker.core.names import clean_name, closest_name

    typed = clean_name(typed)
    close = closest_name(typed, shops)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Confirm", "New shop?"), "",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("newShopBox")
    use = None
    if close:
        box.setText(QCoreApplication.translate("Confirm", "There is no shop “{shop}”. Did you mean “{close}”?").format(
            shop=typed, close=close))
        use = box.addButton(QCoreApplication.translate("Confirm", "Use “{close}”").format(close=close),
                            QMessageBox.ButtonRole.AcceptRole)
        use.setObjectName("useCloseShop")
    else:
        box.setText(QCoreApplication.translate("Confirm", "There is no shop “{shop}” yet.").format(shop=typed))
    box.setInformativeText(QCoreApplication.translate("Confirm", "Saving adds “{shop}” as a new shop.").format(
        shop=typed))
    create = box.addButton(QCoreApplication.translate("Confirm", "Add the new shop “{shop}”").format(shop=typed),
                           QMessageBox.ButtonRole.YesRole)
    create.setObjectName("createShop")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(use or cancel)

    def answered(_r: int) -> None:
        clicked = box.clickedButton()
        if use is not None and clicked is use:
            proceed(close)
        elif clicked is create:
            proceed(typed)
        elif back is not None:
            back()

    box.finished.connect(answered)
    box.open()
    return box


__all__ = ["confirm_delete", "confirm_new_shop", "known_shop"]
