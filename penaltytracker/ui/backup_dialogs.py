"""File → Restore backup…, and the way out offered when the store cannot be opened.

The caller closes the store before restore_backup_dialog and opens it again after a
restore (the file is replaced underneath). Texts: Japanese first, English second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from penaltytracker.store.backup import BackupError, BackupInfo, backups_dir, list_backups, restore_backup

CHOOSE_FILE = "choose_file"
RESTORE_BACKUP = "restore_backup"
QUIT = "quit"

_REASONS = {
    "daily": ("毎日の自動バックアップ", "daily"),
    "manual": ("手動", "manual"),
    "before-migration": ("更新前", "before an update"),
    "before-restore": ("復元前", "before a restore"),
    "damaged": ("破損していたデータファイル", "damaged store"),
}


def _t(lang: str, ja: str, en: str) -> str:
    return ja if lang == "ja" else en


def size_text(size: int, lang: str = "ja") -> str:
    if size < 1024:
        return _t(lang, f"{size} バイト", f"{size} bytes")
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _ask_for_file(parent: QWidget | None, lang: str) -> str | None:
    start = backups_dir() if backups_dir().is_dir() else Path.home()
    chosen, _ = QFileDialog.getOpenFileName(
        parent, _t(lang, "復元するバックアップを選ぶ", "Choose a backup to restore"), str(start),
        _t(lang, "PenaltyTracker データファイル (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)",
           "PenaltyTracker store (*.sqlite3 *.sqlite *.db);;All files (*)"))
    return chosen or None


class RestoreBackupDialog(QDialog):
    """The copies in the backups folder, newest first, with dates and sizes; or any file."""

    def __init__(self, parent: QWidget | None, store_path: str | Path, lang: str = "ja"):
        super().__init__(parent)
        self.lang = lang
        self.store_path = Path(store_path)
        self.restored_from: Path | None = None
        self.kept: Path | None = None
        self.setWindowTitle(_t(lang, "バックアップから復元", "Restore a backup"))
        self.resize(720, 420)

        intro = QLabel(_t(
            lang,
            f"復元するとデータファイル {self.store_path} が選んだバックアップで置き換わります。"
            "今のデータファイルはバックアップとして残ります。",
            f"Restoring replaces the store {self.store_path} by the backup you choose. "
            "The current store is kept as a backup."))
        intro.setWordWrap(True)

        self.backups: list[BackupInfo] = list_backups()
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([
            _t(lang, "日時", "Taken"), _t(lang, "データファイル", "Store"), _t(lang, "種類", "Kind"), _t(lang, "サイズ", "Size")])
        for info in self.backups:
            reason = _REASONS.get(info.reason)
            cells = [info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                     info.store_name + ("" if info.belongs_to(self.store_path) else _t(lang, "（別のデータファイル）", " (another store)")),
                     (reason[0] if lang == "ja" else reason[1]) if reason else info.reason,
                     size_text(info.size, lang)]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(str(info.path))
                items.append(item)
            items[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())

        self.empty_label = QLabel(_t(lang, f"バックアップフォルダー {backups_dir()} にバックアップはありません。",
                                     f"There are no backups in {backups_dir()}."))
        self.empty_label.setVisible(not self.backups)

        self.restore_button = QPushButton(_t(lang, "選んだバックアップを復元", "Restore the selected backup"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button = QPushButton(_t(lang, "ファイルを選ぶ…", "Choose a file…"))
        self.file_button.clicked.connect(self._restore_other_file)
        cancel = QPushButton(_t(lang, "キャンセル", "Cancel"))
        cancel.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        own = [i for i, b in enumerate(self.backups) if b.belongs_to(self.store_path)]
        if own:
            self.table.selectRow(own[0])  # the newest copy of this store
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_file() is not None)

    def selected_file(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()].path

    def _restore_selected(self) -> None:
        chosen = self.selected_file()
        if chosen is not None:
            self._restore(chosen)

    def _restore_other_file(self) -> None:
        chosen = _ask_for_file(self, self.lang)
        if chosen:
            self._restore(Path(chosen))

    def _restore(self, source: Path) -> None:
        from penaltytracker.store.backup import check_backup_file

        lang = self.lang
        try:
            check_backup_file(source)  # refuse before asking: nothing to confirm for a bad file
        except BackupError as exc:
            QMessageBox.warning(self, _t(lang, "復元できません", "Cannot restore"),
                                _t(lang, f"このファイルは復元できません。\n{exc}", f"This file cannot be restored.\n{exc}"))
            return
        answer = QMessageBox.question(
            self, _t(lang, "復元の確認", "Confirm restore"),
            _t(lang, f"データファイル {self.store_path} を\n{source}\nの内容で置き換えますか？\n"
                     "今のデータファイルはバックアップとして残ります。",
               f"Replace the store {self.store_path} by\n{source}?\n"
               "The current store is kept as a backup."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = restore_backup(self.store_path, source)
        except BackupError as exc:
            QMessageBox.warning(self, _t(lang, "復元できませんでした", "Restore failed"),
                                _t(lang, f"復元できませんでした。データファイルは変更されていません。\n{exc}",
                                   f"The restore failed; the store was not changed.\n{exc}"))
            return
        self.restored_from, self.kept = source, kept
        kept_line = _t(lang, f"\n復元前のデータファイルは {kept} に保存しました。", f"\nThe previous store is kept in {kept}.") if kept else ""
        QMessageBox.information(self, _t(lang, "復元しました", "Restored"),
                                _t(lang, f"{source} から復元しました。", f"Restored from {source}.") + kept_line)
        self.accept()


def restore_backup_dialog(parent: QWidget | None, store_path: str | Path, lang: str = "ja") -> bool:
    """True when the store was replaced by a backup (reopen it)."""
    dialog = RestoreBackupDialog(parent, store_path, lang)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class StoreProblemDialog(QDialog):
    """The store cannot be opened: say what and where, and offer the ways out."""

    def __init__(self, parent: QWidget | None, error_message: str, store_path: str | Path | None, lang: str = "ja"):
        super().__init__(parent)
        self.choice = QUIT
        self.setWindowTitle(_t(lang, "データファイルを開けません", "Cannot open the store"))
        heading = QLabel(_t(lang, "データファイルを開けませんでした。ファイルは変更していません。",
                            "The store could not be opened. The file was not changed."))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.message_label = QLabel(error_message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {
            CHOOSE_FILE: QPushButton(_t(lang, "別のファイルを選ぶ…", "Choose another file…")),
            RESTORE_BACKUP: QPushButton(_t(lang, "バックアップから復元…", "Restore a backup…")),
            QUIT: QPushButton(_t(lang, "終了", "Quit")),
        }
        row = QHBoxLayout()
        for key in (CHOOSE_FILE, RESTORE_BACKUP):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        row.addWidget(self.buttons[QUIT])
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
        self.buttons[RESTORE_BACKUP].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message_label)
        if store_path is not None:
            from penaltytracker.store.engine import describe

            shown = describe(str(store_path))  # a server URL is shown without its password
            where = QLabel(_t(lang, f"場所：{shown}", f"Location: {shown}"))
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addLayout(row)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept() if key != QUIT else self.reject()


def store_problem_dialog(parent: QWidget | None, error_message: str, store_path: str | Path | None,
                         lang: str = "ja") -> str:
    """"choose_file", "restore_backup" or "quit" (also when the window is closed)."""
    dialog = StoreProblemDialog(parent, error_message, store_path, lang)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


__all__ = ["CHOOSE_FILE", "RESTORE_BACKUP", "QUIT", "RestoreBackupDialog", "StoreProblemDialog",
           "restore_backup_dialog", "store_problem_dialog", "size_text"]
