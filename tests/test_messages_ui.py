"""The window words errors, its own dialogs and Qt's dialogs in its language (real widgets)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolButton  # noqa: E402

from tests.test_messages_cli import HIRAGANA, english_sentences  # noqa: E402
from tests.test_ui_app import make_window, qsettings_dir  # noqa: E402,F401

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@pytest.fixture
def language(qtbot):
    from penaltytracker.ui.app import application
    from penaltytracker.ui.i18n import Language

    lang = Language(application())
    yield lang
    lang.set("en")  # takes its translators out again: later tests start without them


def _error_box(qtbot) -> QMessageBox:
    found = []

    def shown():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "opsErrorBox" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_error_dialog_of_the_window_is_in_its_language(qtbot, make_window, tmp_path, lang):  # noqa: F811
    window = make_window(lang=lang)
    target = tmp_path / "no" / "such" / "folder" / "violations.csv"
    op = window.export_file(str(target))
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    box = _error_box(qtbot)
    try:
        said = f"{box.text()}\n{box.informativeText()}"
        assert str(target.parent) in said
        if lang == "ja":
            assert JAPANESE.search(box.text()) and HIRAGANA.search(box.informativeText()), said
            assert not english_sentences(said), said
            assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"
        else:
            assert "does not exist" in said and not JAPANESE.search(said), said
    finally:
        box.close()


def test_a_store_error_in_the_window_is_japanese(qtbot, make_window, db_path):  # noqa: F811
    from penaltytracker.store import StoreError

    window = make_window(lang="ja")

    def fails():
        raise StoreError("store.read_only", location=str(db_path))

    window.ops.run(fails, title=window.tr("Could not save"))
    box = _error_box(qtbot)
    try:
        assert "読み取り専用" in box.informativeText() and str(db_path) in box.informativeText()
        assert not english_sentences(box.informativeText())
    finally:
        box.close()


def test_the_restore_dialog_refuses_a_file_in_japanese(qtbot, store, db_path, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    from penaltytracker.ui import backup_dialogs

    store.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a store")
    monkeypatch.setattr(backup_dialogs, "_ask_for_file", lambda parent, lang: str(bad))
    seen = []

    def drive():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, backup_dialogs.RestoreBackupDialog):
            seen.append(("title", dlg.windowTitle()))
            QTimer.singleShot(0, lambda: answer(dlg))
            dlg.file_button.click()
        else:
            QTimer.singleShot(20, drive)

    def answer(dlg):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(("box", f"{box.windowTitle()}\n{box.text()}"))
            box.button(QMessageBox.StandardButton.Ok).click()
            QTimer.singleShot(0, dlg.reject)
        else:
            QTimer.singleShot(20, lambda: answer(dlg))

    QTimer.singleShot(0, drive)
    assert backup_dialogs.restore_backup_dialog(None, db_path, lang="ja") is False
    said = dict(seen)
    assert said["title"] == "バックアップから復元"
    assert "復元できません" in said["box"] and str(bad) in said["box"]
    assert not english_sentences(said["box"]), said["box"]


def _file_dialog_texts(dialog: QFileDialog) -> list[str]:
    labels = [dialog.labelText(label) for label in QFileDialog.DialogLabel]
    tips = [b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()]
    return labels + tips


def test_qt_file_dialog_in_japanese_mode(qtbot, language):
    language.set("ja")
    dialog = QFileDialog(None, "開く", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a bare desktop
    qtbot.addWidget(dialog)
    texts = _file_dialog_texts(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "場所(&L):"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "ファイルの種類(&T):"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "ファイル名(&N):"
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "開く(&O)"
    untranslated = [t for t in texts if not JAPANESE.search(t)]
    assert not untranslated, untranslated
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    assert QFileIconProvider().type(QFileInfo(str(Path.home()))) == "フォルダー"  # the list's type column
    # Qt's message boxes too: their buttons come from qtbase_ja
    box = QMessageBox(QMessageBox.Icon.Question, "確認", "消しますか？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().startswith("はい")

    language.set("en")
    dialog = QFileDialog(None, "Open", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Look in:"
    assert not [t for t in _file_dialog_texts(dialog) if JAPANESE.search(t)]
