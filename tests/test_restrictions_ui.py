"""The 「制限・凍結」 page and the restriction banners, with real widgets (pytest-qt)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from penaltytracker.core.restrictions import RestrictionRecord
from penaltytracker.store import add_shop
from penaltytracker.store import restrictions as rs
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.restrictions_page import RestrictionsPage

TODAY = date(2026, 6, 12)


@pytest.fixture
def page(qtbot, store):
    add_shop(store, "ラクマ店", "rakuma")
    add_shop(store, "アマゾン店", "amazon")
    ops = Ops()
    ops.show_errors = False
    stack = QUndoStack()
    shop = {"name": "ラクマ店"}
    widget = RestrictionsPage(ops, stack, "ja", lambda: TODAY, lambda: shop["name"])
    widget.stack, widget.shop_box = stack, shop
    widget.set_store(store)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.refresh()
    settle(qtbot, widget)
    return widget


def settle(qtbot, widget) -> None:
    qtbot.waitUntil(widget.ops.is_idle, timeout=10_000)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def cell(table, row, col) -> str:
    return table.item(row, col).text()


def test_a_restriction_entered_in_the_dialog_is_saved_shown_and_undone(qtbot, page, store):
    assert page.table.rowCount() == 0
    dialog = page.new_restriction()
    dialog.kind.setCurrentIndex(dialog.kind.findData("listing"))
    dialog.cause.setCurrentIndex(dialog.cause.findData("prohibited_item"))
    dialog.start.set_value(date(2026, 6, 1))
    dialog.days.setValue(30)
    dialog.notice.setPlainText("禁止されている出品物に該当するため")
    dialog.account.setText("rakuma-1234")
    dialog.happened.setPlainText("医薬品を誤って出品した")
    save(dialog)
    settle(qtbot, page)
    [saved] = rs.list_restrictions(store, "ラクマ店")
    assert (saved.kind, saved.cause, saved.start, saved.end, saved.account) == (
        "listing", "prohibited_item", date(2026, 6, 1), date(2026, 6, 30), "rakuma-1234")
    assert page.table.rowCount() == 1
    assert cell(page.table, 0, 6) == "19 days left" and cell(page.table, 0, 5) == "2026-06-30"
    assert "プロフィール" in page.allowed.text()  # ラクマ: the profile text is still editable
    letter = page.letter.toPlainText()
    assert "rakuma-1234" in letter and "「禁止されている出品物に該当するため」" in letter and "医薬品を誤って出品した" in letter

    page.stack.undo()
    settle(qtbot, page)
    page.refresh()
    settle(qtbot, page)
    assert rs.list_restrictions(store) == [] and page.table.rowCount() == 0
    page.stack.redo()
    settle(qtbot, page)
    assert [r.id for r in rs.list_restrictions(store)] == [saved.id]  # back under its id


def test_open_ended_lift_contact_and_trade(qtbot, page, store, tmp_path):
    r = rs.add_restriction(store, RestrictionRecord(shop="ラクマ店", kind="purchase", start=date(2026, 6, 3),
                                                    cause="identity_verification"))
    page.refresh()
    settle(qtbot, page)
    assert cell(page.table, 0, 5) == "until further notice" and cell(page.table, 0, 6) == "day 10"

    doc = tmp_path / "免許証.jpg"
    doc.write_bytes(b"jpeg")
    dialog = page.new_contact()
    dialog.channel.setCurrentIndex(dialog.channel.findData("form"))
    dialog.summary.setPlainText("本人確認書類を送付")
    dialog.due.set_value(date(2026, 6, 15))
    dialog.add_path(str(doc))
    save(dialog)
    settle(qtbot, page)
    [entry] = rs.list_contacts(store, r.id)
    assert entry.attachments == ("免許証.jpg",) and entry.due == date(2026, 6, 15)
    assert rs.attachment_path(store, r.id, "免許証.jpg").read_bytes() == b"jpeg"
    assert cell(page.table, 0, 8) == "2026-06-15"  # next due, beside the restriction
    assert cell(page.contacts, 0, 5) == "免許証.jpg"
    assert "・免許証.jpg" in page.letter.toPlainText()

    dialog = page.new_trade()
    assert "解除後" in dialog.tell.toPlainText()  # the marketplace's words for the buyer
    dialog.item.setText("mug")
    dialog.buyer.setText("Yamada")
    dialog.price.setValue(2480)
    dialog.shipped.set_value(date(2026, 6, 2))
    save(dialog)
    settle(qtbot, page)
    assert page.trades_table.rowCount() == 1
    support = page.trade_text.toPlainText()
    assert "2026-06-02" in support and "Yamada" in support and "¥2,480" in support
    page.trade_done_button.click()
    settle(qtbot, page)
    assert [t.done for t in rs.list_trades(store, r.id)] == [True]
    assert cell(page.trades_table, 0, 2) == "mug (looked after)"

    dialog = page.end_selected(resolve=False)
    dialog.on.set_value(date(2026, 6, 10))
    save(dialog)
    settle(qtbot, page)
    assert rs.get_restriction(store, r.id).lifted_on == date(2026, 6, 10)
    assert cell(page.table, 0, 7) == "Lifted early" and cell(page.table, 0, 6) == "—"
    page.stack.undo()
    settle(qtbot, page)
    assert rs.get_restriction(store, r.id).lifted_on is None
    history = page.show_history()
    rows = [tuple(history.model.index(i, c).data() for c in (2, 3, 5)) for i in range(history.model.rowCount())]
    assert ("早期解除", "解除日", "2026-06-10") in rows and rows[-1][2] == ""  # lifted, then undone
    history.reject()


def test_a_refused_lift_is_reported_and_nothing_changes(qtbot, page, store):
    r = rs.add_restriction(store, RestrictionRecord(shop="ラクマ店", kind="listing", start=date(2026, 6, 1), days=5))
    page.refresh()
    settle(qtbot, page)
    dialog = page.end_selected(resolve=False)
    dialog.on.set_value(date(2026, 6, 20))  # after its last day, 6-5
    save(dialog)
    settle(qtbot, page)
    assert "2026-06-05" in page.ops.last_error
    assert rs.get_restriction(store, r.id).lifted_on is None


def test_the_window_has_the_tab_and_banners_come_first(qtbot, store, rules, tmp_path):
    from penaltytracker.ui.app import application
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings, use_settings_folder

    use_settings_folder(tmp_path / "settings")
    add_shop(store, "ラクマ店", "rakuma")
    add_shop(store, "楽天店")
    rs.add_restriction(store, RestrictionRecord(shop="ラクマ店", kind="listing", start=date(2026, 6, 1), days=30))
    language = Language(application())
    language.set("ja")
    window = MainWindow(store, rules, language, AppSettings(), today=lambda: TODAY)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    try:
        settle(qtbot, window)
        index = window.tabs.indexOf(window.restrictions)
        assert window.tabs.tabText(index) == "制限・凍結"
        overview = window.overview
        qtbot.waitUntil(lambda: overview.restrictions.banner.isVisible(), timeout=10_000)
        assert overview.layout().itemAt(0).widget() is overview.restrictions
        assert "ラクマ店" in overview.restrictions.banner.text() and "19" in overview.restrictions.banner.text()
        rows = {overview.model.rows[i].shop: i for i in range(len(overview.model.rows))}
        assert overview.model.index(rows["ラクマ店"], 2).data() == "—"  # no zero points for a ラクマ shop
        assert overview.model.index(rows["楽天店"], 2).data() == "0"

        window.select_shop("ラクマ店")
        dash = window.dashboard
        qtbot.waitUntil(lambda: dash.restrictions.note.isVisible(), timeout=10_000)
        assert dash.layout().itemAt(0).widget() is dash.restrictions
        assert "違反点数制度は楽天市場のみ" in dash.restrictions.note.text()
        assert not dash.points_value.isVisible() and not dash.sanctions_title.isVisible()
        assert dash.restrictions.banner.isVisible()
        window.select_shop("楽天店")
        qtbot.waitUntil(lambda: dash.points_value.isVisible(), timeout=10_000)
        assert not dash.restrictions.note.isVisible() and not dash.restrictions.banner.isVisible()

        window.select_shop("ラクマ店")
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.restrictions.table.rowCount() == 1, timeout=10_000)
        assert window.restrictions.table.item(0, 6).text() == "残り19日"
    finally:
        window.close()
        language.set("en")  # the next tests read the English source strings


def test_a_shop_is_put_on_a_marketplace_and_the_dialog_gives_its_hint(qtbot, page, store):
    dialog = page.edit_marketplace()
    dialog.shop.setCurrentText("メルカリ店")
    assert dialog.note.text() == "A new shop will be added."
    dialog.market.setCurrentIndex(dialog.market.findData("mercari"))
    save(dialog)
    settle(qtbot, page)
    assert rs.shop_marketplaces(store)["メルカリ店"] == "mercari"
    dialog = page.edit_marketplace()
    dialog.shop.setCurrentText("アマゾン店")
    assert dialog.market.currentData() == "amazon"
    dialog.market.setCurrentIndex(dialog.market.findData("yahoo"))
    save(dialog)
    settle(qtbot, page)
    assert rs.shop_marketplace(store, "アマゾン店") == "yahoo"
    page.shop_box["name"] = "メルカリ店"
    dialog = page.new_restriction()
    dialog.shop.setCurrentText("メルカリ店")
    assert "168" in dialog.hint.text()  # the steps of one public guide, from the data
    dialog.shop.setCurrentText("ラクマ店")
    assert "ラクマ" in dialog.hint.text()
    dialog.reject()
