"""The audit history dialog: what it shows, and that nothing in it can be edited."""

from __future__ import annotations

import getpass
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit, QPushButton

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import add_violation, set_violation_status, update_violation
from penaltytracker.ui.audit_view import COLUMNS, AuditHistoryDialog

JST = timezone(timedelta(hours=9))


def table_rows(dialog) -> list[list[str]]:
    m = dialog.table.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


@pytest.fixture
def history(store):
    saved = add_violation(store, ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=15,
                                                 title="表記違反"))
    edited = update_violation(store, replace(saved, points=20))
    set_violation_status(store, edited.id, "withdrawn")
    return saved.id


def test_it_shows_when_who_what_and_old_to_new(qtbot, store, history):
    dialog = AuditHistoryDialog(None, store, history, "ja", tz=JST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    m = dialog.table.model()
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        "日時", "利用者", "操作", "項目", "変更前", "変更後"]
    rows = table_rows(dialog)
    assert ["登録", "点数", "", "15"] == rows[[r[3] for r in rows].index("点数")][2:]
    assert [r[2:] for r in rows if r[2] == "編集"] == [["編集", "点数", "15", "20"]]
    assert [r[2:] for r in rows if r[2] == "取り消し"] == [["取り消し", "状態", "有効", "取り消し済み"]]
    assert {r[1] for r in rows} == {getpass.getuser()}
    # Times are shown in the zone asked for (stored in UTC).
    with closing(sqlite3.connect(store.sqlite_path)) as conn:
        at = conn.execute("SELECT at FROM audit_log WHERE action = 'edit'").fetchone()[0]
    from datetime import datetime

    expected = (datetime.fromisoformat(at).replace(tzinfo=timezone.utc).astimezone(JST)
                .strftime("%Y-%m-%d %H:%M:%S"))
    assert [r[0] for r in rows if r[2] == "編集"] == [expected]
    assert "ID" in dialog.windowTitle() and str(history) in dialog.windowTitle()


def test_english(qtbot, store, history):
    dialog = AuditHistoryDialog(None, store, history, "en")
    qtbot.addWidget(dialog)
    rows = table_rows(dialog)
    assert ["Edited", "Points", "15", "20"] in [r[2:] for r in rows]
    assert ["Withdrawn", "Status", "Active", "Withdrawn"] in [r[2:] for r in rows]
    assert dialog.table.model().headerData(5, Qt.Orientation.Horizontal) == "After"


def test_nothing_can_be_edited(qtbot, store, history):
    dialog = AuditHistoryDialog(None, store, history, "ja")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view, model = dialog.table, dialog.table.model()
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    before = table_rows(dialog)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
            assert model.setData(index, "改ざん", Qt.ItemDataRole.EditRole) is False
    # Trying the keyboard and a double click opens no editor.
    index = model.index(0, 5)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.findChildren(QLineEdit) == []
    assert table_rows(dialog) == before
    # The only button closes the dialog; there is no save, delete or edit.
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert len(buttons) == 1
    box = dialog.findChild(QDialogButtonBox)
    assert box.standardButtons() == QDialogButtonBox.StandardButton.Close
    with closing(sqlite3.connect(store.sqlite_path)) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 3


def test_a_violation_without_history(qtbot, store):
    dialog = AuditHistoryDialog(None, store, 999, "en")
    qtbot.addWidget(dialog)
    assert dialog.table.model().rowCount() == 0
    assert dialog.message.text() == "No history."


def test_deleted_violation_history_is_still_shown(qtbot, store):
    from penaltytracker.store import delete_violation

    saved = add_violation(store, ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=15))
    delete_violation(store, saved.id)
    dialog = AuditHistoryDialog(None, store, saved.id, "ja")
    qtbot.addWidget(dialog)
    rows = table_rows(dialog)
    assert ["削除", "点数", "15", ""] in [r[2:] for r in rows]


def test_close_button_closes(qtbot, store, history):
    dialog = AuditHistoryDialog(None, store, history, "ja")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
