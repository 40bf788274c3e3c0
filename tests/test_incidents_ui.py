"""The trouble page driven through its real widgets: Ctrl+T, stop everything, ticks, contacts, undo."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QKeySequence  # noqa: E402

from penaltytracker.core.incidents import IncidentRecord  # noqa: E402
from penaltytracker.store import open_store  # noqa: E402
from penaltytracker.store.incidents import add_incident, get_incident, list_incidents  # noqa: E402
from tests.test_ui_app import TODAY, choose_shop, idle, make_window, qsettings_dir, rec  # noqa: E402,F401

SHOP = "うさぎ雑貨店"


def seeded(db_path):
    s = open_store(db_path)
    add_incident(s, IncidentRecord(shop=SHOP, opened_at=datetime(2026, 6, 11, 14, 0), category="partial_defect",
                                   summary="マグカップの一部に小さなひび", affected="MUG-01 ロット 2606A"))
    s.close()


def show_troubles(qtbot, window):
    page = window.troubles.incidents
    window.tabs.setCurrentIndex(window.troubles.incidents_tab)
    qtbot.waitUntil(lambda: page.current() is not None, timeout=20_000)
    idle(qtbot, window)
    return page


def test_ctrl_t_opens_an_incident_from_any_page(qtbot, make_window, db_path):
    window = make_window([rec(SHOP, "2026-03-01", 5)])
    choose_shop(qtbot, window, SHOP)
    window.tabs.setCurrentWidget(window.log)
    assert window.troubles.act_new_incident.shortcut() == QKeySequence("Ctrl+T")
    window.troubles.act_new_incident.trigger()
    dialog = window.troubles.incidents.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.shop.currentText() == SHOP
    dialog.category.setCurrentIndex(dialog.category.findData("fatal_defect"))
    assert dialog.stop_all.isChecked()  # rule 4: stop first
    assert "緊急" in dialog.urgency.text()
    dialog.summary.setPlainText("ロットほぼ全数に異臭")
    dialog.accept()
    idle(qtbot, window)
    page = window.troubles.incidents
    qtbot.waitUntil(lambda: page.current() is not None and page.current().summary == "ロットほぼ全数に異臭")
    assert window.tabs.currentIndex() == window.troubles.incidents_tab
    r = page.current()
    assert r.category == "fatal_defect" and r.stopped_at is not None and r.stopped_at.date() == TODAY
    assert "販売を停止" in page.stop_state.text()
    assert not page.stop_button.isEnabled() and page.resume_button.isEnabled()
    window.undo_stack.undo()
    idle(qtbot, window)
    s = open_store(db_path)
    assert list_incidents(s, SHOP) == []
    s.close()
    window.undo_stack.redo()
    idle(qtbot, window)
    s = open_store(db_path)
    assert [x.id for x in list_incidents(s, SHOP)] == [r.id]  # back under its own id
    s.close()


def test_stop_tick_contact_resume_and_close_through_the_page(qtbot, make_window, db_path):
    seeded(db_path)
    window = make_window([rec(SHOP, "2026-03-01", 5)])
    choose_shop(qtbot, window, SHOP)
    page = show_troubles(qtbot, window)
    assert page.title.text().endswith("一部の品質不良")
    top = [page.steps.topLevelItem(i).text(0) for i in range(page.steps.topLevelItemCount())]
    assert top == ["いますぐ", "連絡", "再開の条件"]
    assert page.list.rowCount() == 1

    page.stop_button.click()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.current().stopped_at is not None)
    assert page.current().stopped_at.date() == TODAY

    page.tick("stop_related")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.current().done_at("stop_related") is not None)
    assert page.list.item(0, 4).text() == "1/7"

    page.branch.setCurrentIndex(page.branch.findData("3(2)"))
    page.branch.activated.emit(page.branch.currentIndex())
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.current().branch == "3(2)")
    keys = page.steps.keys()
    assert "contact_buyers" not in keys and "compare_all" in keys

    dialog = page.log_contact()
    dialog.party.setCurrentIndex(dialog.party.findData("support"))
    dialog.summary.setPlainText("事務局に返品の進め方を相談")
    dialog.accept()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: len(page.current().contacts) == 1)
    assert page.contacts.item(0, 1).text() == "マーケットプレイスのサポート"
    assert "最初の連絡までの時間" in page.figures.text()

    dialog = page.resume()
    ok = dialog.box.button(dialog.box.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.reason.setText("全数を並べて確認し、梱包材を改善した")
    dialog.accept()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.current().resumed_at is not None)
    assert "再開" in page.stop_state.text() and "梱包材" in page.stop_state.text()

    window.undo_stack.undo()  # the resume is taken back
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.current().resumed_at is None)
    window.undo_stack.redo()
    idle(qtbot, window)

    dialog = page.edit_current()
    assert not dialog.stop_all.isVisible() and dialog.affected.text() == "MUG-01 ロット 2606A"
    dialog.summary.setPlainText("マグカップ48個中5個にひび")
    dialog.accept()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.current().summary == "マグカップ48個中5個にひび")
    assert page.current().branch == "3(2)" and page.current().done_at("stop_related") is not None

    page.show_history()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.dialog.objectName() == "incidentHistory" and page.dialog.isVisible())
    actions = [page.dialog.table.item(r, 2).text() for r in range(page.dialog.table.rowCount())]
    assert actions[:4] == ["記録", "販売停止", "手順完了", "編集"] and "販売再開" in actions
    page.dialog.reject()

    page.close_button.click()
    idle(qtbot, window)
    s = open_store(db_path)
    r = get_incident(s, 1)
    s.close()
    assert r.closed_on == TODAY and r.resume_reason == "全数を並べて確認し、梱包材を改善した"
    # Closed today: the open list is empty now, the page says how to open one.
    qtbot.waitUntil(lambda: page.list.rowCount() == 0)


def test_the_dashboard_and_weekly_review_show_open_incidents(qtbot, make_window, db_path):
    seeded(db_path)
    s = open_store(db_path)
    from penaltytracker.store.incidents import stop_selling

    stop_selling(s, 1, datetime(2026, 6, 11, 14, 5))
    s.close()
    window = make_window([rec(SHOP, "2026-03-01", 5)])
    choose_shop(qtbot, window, SHOP)
    note = window.dashboard.troubles_note
    qtbot.waitUntil(lambda: note.isVisible() and "#1" in note.text())
    assert "一部の品質不良" in note.text() and "販売停止中" in note.text()
    window.tabs.setCurrentWidget(window.review)
    qtbot.waitUntil(lambda: window.review.troubles.summary is not None)
    assert "一部の品質不良" in window.review.troubles.text.text()


def test_page_in_english(qtbot, make_window, db_path):
    seeded(db_path)
    window = make_window([rec(SHOP, "2026-03-01", 5)], lang="en")
    choose_shop(qtbot, window, SHOP)
    page = show_troubles(qtbot, window)
    assert window.tabs.tabText(window.troubles.incidents_tab) == "Troubles"
    assert page.stop_button.text() == "Stop everything"
    assert page.title.text().endswith("Defect in part of the goods")
