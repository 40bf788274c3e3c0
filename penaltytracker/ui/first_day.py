"""The main window's first-day actions: shops, the demo data file, what each change did.

A mixin of MainWindow (kept apart so the window's own module stays about its pages):
it uses the window's `ops`, `store`, `lang`, `feedback`, `undo_stack`, `home`, `welcome`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from penaltytracker.store import open_store

# Words are in the window's own translation context ("MainWindow"), whatever class holds the method.


class FirstDayActions:
    def _label_undo(self, *_args) -> None:
        # Our own words: Qt's Japanese "%1 を元に戻す" puts a space after the command's name.
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.act_undo.setText(QCoreApplication.translate("MainWindow", "&Undo “{what}”").format(what=undo) if undo
                              else QCoreApplication.translate("MainWindow", "&Undo"))
        self.act_redo.setText(QCoreApplication.translate("MainWindow", "&Redo “{what}”").format(what=redo) if redo
                              else QCoreApplication.translate("MainWindow", "&Redo"))

    def showing_welcome(self) -> bool:
        return self.home.currentWidget() is self.welcome

    def _confirmations(self, command, done_text) -> None:
        """Say what a command did once the store has done it, and what its undo did."""
        command.on_redone = lambda result: self.feedback.say(done_text(result))
        command.on_undone = lambda _r: self.feedback.say(QCoreApplication.translate(
            "MainWindow", "Undone: {what}. Ctrl+Shift+Z redoes it.").format(what=command.text()))

    def manage_shops(self, focus_name: bool = False):
        """Shops → Manage shops: add, rename, merge, remove (ui/shops_dialog.py)."""
        from penaltytracker.ui.shops_dialog import ShopsDialog

        dialog = ShopsDialog(self.ops, self.store, self.lang, self, notify=self.feedback.say)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if focus_name:
            dialog.name.setFocus()
        self.shops_dialog = dialog
        return dialog

    def open_demo(self):
        """A fresh demo data file in a folder of its own, to look around; the operator's own
        data file stays the one opened at the next start."""
        from penaltytracker.ui.demo import build_demo_store

        from penaltytracker.paths import data_dir

        path = data_dir() / "demo" / "demo.sqlite3"

        def work():
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob("demo.sqlite3*"):
                old.unlink()
            build_demo_store(path)
            return open_store(path)

        def opened(store) -> None:
            self.set_store(store)
            self.feedback.say(QCoreApplication.translate(
                "MainWindow", "Opened the demo data file (three example shops). File → Open data file… "
                "goes back to your own; the next start opens it too."))

        return self.ops.run(work, on_done=opened,
                            title=QCoreApplication.translate("MainWindow", "Could not open the store"),
                            progress=QCoreApplication.translate("MainWindow", "Opening the store…"))


__all__ = ["FirstDayActions"]
