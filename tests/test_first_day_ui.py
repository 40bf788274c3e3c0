"""The first day in the window: welcome panel, shops, date fields, Tab, confirmations (real widgets, real SQLite)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOptionHeader  # noqa: E402

from penaltytracker.core.dates import DateInputError, parse_user_date  # noqa: E402
from penaltytracker.store import count_violations, get_violation, list_violations, open_store  # noqa: E402
from penaltytracker.store.shops import list_shops  # noqa: E402
from tests.test_ui_app import (  # noqa: E402,F401  (fixtures)
    TODAY, choose_shop, confirm_new_shop, idle, make_window, qsettings_dir, rec, save_button,
)


# --- core/dates.py ------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["2026-03-02", "2026/03/02", "2026/3/2", "20260302", "２０２６／３／２",
                                   "２０２６０３０２", " 2026-3-2 ", "2026.3.2"])
def test_every_way_operators_write_a_date(typed):
    assert parse_user_date(typed) == date(2026, 3, 2)


@pytest.mark.parametrize("typed,reason", [("2026-13-40", "no_such_date"), ("2026/2/30", "no_such_date"),
                                          ("2026/03", "format"), ("3/2", "format"), ("2026-03/02", "format"),
                                          ("202632", "format"), ("あした", "format")])
def test_anything_else_is_refused_never_guessed(typed, reason):
    with pytest.raises(DateInputError) as caught:
        parse_user_date(typed)
    assert caught.value.reason == reason


def test_an_empty_field_is_no_date():
    assert parse_user_date("  ") is None


# --- the welcome panel and shops ------------------------------------------------------------------

def test_first_start_says_what_to_do_and_adding_a_shop_leaves_it(qtbot, make_window):
    window = make_window()
    assert window.showing_welcome() and window.welcome.isVisibleTo(window)
    assert window.welcome.title.text() == "PenaltyTracker へようこそ"
    assert [b.text() for b, _h in window.welcome.buttons] == [
        "店舗を追加…", "違反の CSV を取り込む…", "デモ用データファイルを開く"]
    window.welcome.add_shop_button.click()
    dialog = window.shops_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name
    dialog.name.insert("\ufeffさくら雑貨店")  # as typed (QTest cannot type kana)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: window.shop_selector.count() == 2)
    idle(qtbot, window)
    assert list_shops(window.store) == ["さくら雑貨店"]  # the BOM did not come along
    assert not window.showing_welcome()
    assert window.feedback.text() == "店舗「さくら雑貨店」を追加しました。"
    assert dialog.done_text.text() == "店舗「さくら雑貨店」を追加しました。"


def test_the_demo_button_opens_a_demo_data_file_without_touching_the_own_one(qtbot, make_window, db_path):
    window = make_window()
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.store.location != str(db_path), timeout=20_000)
    idle(qtbot, window)
    assert "demo" in window.store.location
    assert window.shop_selector.count() == 4 and not window.showing_welcome()
    assert window.settings.last_store != window.store.location  # the next start opens the own file
    assert "デモ用データファイル" in window.feedback.text()


def test_shops_dialog_renames_merges_and_removes(qtbot, make_window):
    window = make_window([rec("さくら雑貨", "2026-03-01", 20), rec("さくら雑貨店", "2026-04-01", 15)])
    dialog = window.manage_shops()
    qtbot.waitUntil(lambda: dialog.shops.count() == 2)
    dialog.shops.setCurrentRow(0)  # さくら雑貨
    qtbot.waitUntil(lambda: "違反 1件" in dialog.counts.text())
    assert not dialog.remove_button.isEnabled()  # it holds a violation
    dialog.remove()  # and the store refuses it anyway, with the reason
    qtbot.waitUntil(lambda: window.ops.last_error is not None)
    assert "記録があるため削除できません" in window.ops.last_error
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "opsErrorBox":
            box.close()
    dialog.into.setCurrentText("さくら雑貨店")
    box = dialog.merge()
    assert "「さくら雑貨」のすべての記録を「さくら雑貨店」に移し" in box.text()
    box.findChild(QPushButton, "confirmMerge").click()
    qtbot.waitUntil(lambda: dialog.shops.count() == 1)
    idle(qtbot, window)
    assert list_shops(window.store) == ["さくら雑貨店"]
    assert len(list_violations(window.store, "さくら雑貨店")) == 2
    assert "統合しました" in window.feedback.text()
    dialog.shops.setCurrentRow(0)
    dialog.name.setText("さくら雑貨 本店")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: list_shops(window.store) == ["さくら雑貨 本店"])
    idle(qtbot, window)
    assert "名前を「さくら雑貨 本店」に変更しました" in window.feedback.text()
    dialog.name.setText("空の店")
    dialog.add()
    qtbot.waitUntil(lambda: dialog.shops.count() == 2)
    dialog.shops.setCurrentRow([dialog.shops.item(i).text() for i in range(2)].index("空の店"))
    qtbot.waitUntil(lambda: "なし" in dialog.counts.text() and dialog.remove_button.isEnabled())
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: list_shops(window.store) == ["さくら雑貨 本店"])
    idle(qtbot, window)
    assert window.feedback.text() == "店舗「空の店」を削除しました。"
    assert window.shop_selector.findData("さくら雑貨 本店") > 0
    assert window.act_manage_shops.text().startswith("店舗の管理") and window.shops_menu.title() == "店舗(&S)"


def test_a_typo_in_the_shop_field_suggests_the_close_shop(qtbot, make_window):
    window = make_window([rec("さくら雑貨店", "2026-03-01", 5)])
    dialog = window.new_violation()
    dialog.shop.setCurrentText("さくら雑貨")
    dialog.points.setText("5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.text() == "「さくら雑貨」という店舗はありません。「さくら雑貨店」のことですか？"
    use = box.findChild(QPushButton, "useCloseShop")
    assert use.text() == "「さくら雑貨店」にする" and box.defaultButton() is use
    use.click()
    qtbot.waitUntil(lambda: count_violations(window.store) == 2)
    idle(qtbot, window)
    assert list_shops(window.store) == ["さくら雑貨店"]  # no second shop from the typo


def test_a_look_alike_of_a_known_shop_is_that_shop_without_asking(qtbot, make_window):
    window = make_window([rec("さくら雑貨店", "2026-03-01", 5)])
    dialog = window.new_violation()
    dialog.shop.setCurrentText("\u200bさくら雑貨店")
    dialog.points.setText("5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.confirm_box is None
    qtbot.waitUntil(lambda: count_violations(window.store) == 2)
    assert list_shops(window.store) == ["さくら雑貨店"]


# --- dates and keys in the dialogs ----------------------------------------------------------------

def test_the_date_field_takes_japanese_ways_and_refuses_the_rest_visibly(qtbot, make_window):
    window = make_window([rec("A店", "2026-03-01", 5)])
    dialog = window.new_violation()
    dialog.shop.setCurrentText("A店")
    field, save = dialog.points_date, save_button(dialog)
    for typed in ("2026/03/02", "2026/3/2", "20260302", "２０２６／３／２"):
        field.edit.clear()
        field.edit.insert(typed)  # as typed (QTest cannot type full-width digits)
        assert field.value() == date(2026, 3, 2) and field.is_valid() and save.isEnabled()
        assert not field.error.isVisible()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2026-13-40")
    assert not field.is_valid() and field.value() is None
    assert field.error.isVisibleTo(dialog) and field.error.text() == "存在しない日付です：「2026-13-40」"
    assert field.edit.property("invalid") is True
    assert not save.isEnabled()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() == "2026-13-40"  # never turned into another date
    dialog.occurred_on.edit.setText("3月2日")
    assert "日付として読めません" in dialog.occurred_on.error.text() and not save.isEnabled()
    dialog.occurred_on.edit.clear()
    field.edit.setText("2026/3/2")
    assert save.isEnabled()
    dialog.points.setText("5")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count_violations(window.store) == 2)
    idle(qtbot, window)
    saved = [v for v in list_violations(window.store, "A店") if v.points_date == date(2026, 3, 2)]
    assert len(saved) == 1


def _tab_chain(qtbot, dialog, start, count):
    """Where each press of Tab goes (the dialog's focus widget: offscreen windows are not activated)."""
    chain = [start]
    start.setFocus()
    for _ in range(count):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        chain.append(dialog.focusWidget())
    return chain


def test_tab_reaches_every_field_of_the_violation_dialog_in_reading_order(qtbot, make_window):
    window = make_window([rec("A店", "2026-03-01", 5)])
    dialog = window.new_violation()
    qtbot.waitExposed(dialog)
    d = dialog
    expected = [d.points_date.edit, d.occurred_on.edit, d.category, d.points, d.title, d.reference, d.status,
                d.details, d.corrective]
    chain = _tab_chain(qtbot, d, d.points_date.edit, len(expected) - 1)
    assert chain == expected  # 発生日 empty or not, Tab goes on to 区分, 点数, 内容 ...


def test_tab_reaches_every_field_of_the_shipment_dialog_in_reading_order(qtbot, make_window):
    window = make_window([rec("A店", "2026-03-01", 5)])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.shipping)
    dialog = window.shipping.new_incident()
    qtbot.waitExposed(dialog)
    dialog.not_shipped.setChecked(False)
    d = dialog
    expected = [d.order, d.promised.edit, d.shipped.edit, d.not_shipped, d.delivered.edit, d.cause, d.carrier,
                d.contacted, d.note]
    assert _tab_chain(qtbot, d, d.order, len(expected) - 1) == expected
    d.promised.edit.setText("2026/13/1")
    assert not save_button(d).isEnabled() and d.promised.error.isVisibleTo(d)
    d.promised.edit.setText("２０２６／６／１")
    assert save_button(d).isEnabled() and d.promised.value() == date(2026, 6, 1)
    dialog.reject()


# --- feedback ------------------------------------------------------------------------------------

def test_a_save_is_confirmed_and_stays_visible_after_the_reload(qtbot, make_window):
    window = make_window([rec("A店", "2026-03-01", 5)])
    dialog = window.new_violation()
    dialog.shop.setCurrentText("A店")
    dialog.points.setText("15")
    dialog.title.setText("発送遅延")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count_violations(window.store) == 2)
    idle(qtbot, window)  # the reload after the save has run too
    assert window.feedback.text() == "違反「発送遅延」（A店、15 点）を保存しました。Ctrl+Z で元に戻せます。"
    assert not window.feedback.busy.isVisible()
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: count_violations(window.store) == 1)
    idle(qtbot, window)
    assert window.feedback.text() == "「違反の追加」を元に戻しました。Ctrl+Shift+Z でやり直せます。"


def test_an_import_says_how_many(qtbot, make_window, tmp_path):
    window = make_window([rec("A店", "2026-03-01", 5)])
    path = tmp_path / "v.csv"
    path.write_text("店舗,加点日,点数\nA店,2026/3/2,5\nB店,2026/3/3,15\n", encoding="utf-8")
    window.import_file(str(path))
    idle(qtbot, window)
    assert window.feedback.text() == "取り込みました：追加 2 件、更新 0 件、登録済み 0 件"


def test_the_edited_row_stays_selected(qtbot, make_window):
    window = make_window([rec("A店", "2026-01-10", 5, title="一"), rec("A店", "2026-02-10", 15, title="二"),
                          rec("A店", "2026-03-10", 20, title="三")])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.log)
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 3)
    window.log.select_row(1)
    target = window.log.selected_records()[0]
    window.edit_violation(target.id)
    qtbot.waitUntil(lambda: window.dialog is not None)
    window.dialog.title.setText("二（修正）")
    qtbot.mouseClick(save_button(window.dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_violation(window.store, target.id).title == "二（修正）")
    idle(qtbot, window)
    assert [r.id for r in window.log.selected_records()] == [target.id]
    assert "変更を保存しました" in window.feedback.text()


def test_the_sort_arrow_points_down_for_newest_first():
    from PySide6.QtGui import QStandardItemModel

    from penaltytracker.ui.app import application
    from penaltytracker.ui.widgets import log_table

    application()
    table = log_table(QStandardItemModel(2, 3), "t", multi_select=False, stretch=1, widths={}, sort_column=1)
    header = table.horizontalHeader()
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, 1)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown  # ▼: largest / newest first
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, 1)
    assert option.sortIndicator == QStyleOptionHeader.SortIndicator.SortUp


# --- the smaller items --------------------------------------------------------------------------

def test_the_points_bar_is_as_full_as_its_label_says(qtbot, make_window):
    window = make_window([rec("A店", "2026-03-01", 80)])
    choose_shop(qtbot, window, "A店")
    bar = window.dashboard.progress
    assert "80 / 100 点" in window.dashboard.next_text.text()
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 100, 80)


def test_whatif_names_every_level_crossed_and_what_v_means(qtbot, make_window):
    window = make_window([rec("A店", "2026-03-01", 30)])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.whatif)
    panel = window.whatif
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.points.setValue(75)
    text = panel.after_text.text()
    assert "レベル I、II、III、IV、V に達します。" in text
    v = window.rules.levels[-1]
    assert v.description("ja") in text and "契約解除" in text and "V-A" in text
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.points.setValue(10)
    assert "レベル I に達します。" in panel.after_text.text() and "契約解除" not in panel.after_text.text()
    panel.on.edit.setText("2026/6/31")
    assert panel.on.error.isVisibleTo(panel)


def test_japanese_ui_text_uses_full_width_colons_and_one_word_for_the_data_file():
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "penaltytracker_ja.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        text = message.findtext("translation") or ""
        assert "ストア" not in text, text  # データファイル everywhere
        if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", text):
            assert not re.search(r":(?![#/A-Za-z0-9])", text), f"ASCII colon in Japanese text: {text}"


def _focusable(dialog):
    from PySide6.QtWidgets import QWidget

    return [w for w in dialog.findChildren(QWidget)
            if w.isVisibleTo(dialog) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and w.window() is dialog]


def _walk(qtbot, dialog, start):
    seen = [start]
    start.setFocus()
    for _ in range(60):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        here = dialog.focusWidget()
        if here is start:
            return seen
        seen.append(here)
    names = [w.objectName() or type(w).__name__ for w in seen]
    raise AssertionError(f"{dialog.objectName()}: Tab never came back to where it started: {names[:30]}")


def test_tab_reaches_every_field_of_every_dialog(qtbot, make_window, tmp_path):
    window = make_window([rec("A店", "2026-03-01", 5)])
    choose_shop(qtbot, window, "A店")
    violation = window.new_violation()
    window.tabs.setCurrentWidget(window.shipping)
    shipment = window.shipping.new_incident()
    shipment.not_shipped.setChecked(False)
    importer = window.shipping.open_import()
    path = tmp_path / "o.csv"
    path.write_text("受注番号,出荷予定日\n1,2026/06/01\n", encoding="utf-8")
    importer.set_file(path)
    shops = window.manage_shops()
    qtbot.waitUntil(lambda: shops.shops.count() == 1)
    from penaltytracker.ui.audit_view import AuditHistoryDialog
    from penaltytracker.ui.backup_dialogs import RestoreBackupDialog, StoreProblemDialog

    vid = list_violations(window.store, "A店")[0].id
    history = AuditHistoryDialog(window, window.store, vid, "ja")
    restore = RestoreBackupDialog(window, window.store.sqlite_path, "ja")
    problem = StoreProblemDialog(window, "壊れています", window.store.sqlite_path, "ja")
    for d in (history, restore, problem):
        d.open()
    others = [(d, _focusable(d)[0]) for d in (history, restore, problem)]
    for dialog, first in ((violation, violation.shop), (shipment, shipment.order), (importer, importer.file),
                          (shops, shops.shops), *others):
        qtbot.waitExposed(dialog)
        chain = _walk(qtbot, dialog, first)
        missing = [w.objectName() or type(w).__name__ for w in _focusable(dialog) if w not in chain]
        assert not missing, f"{dialog.objectName()}: Tab never reaches {missing}"
        dialog.reject()


def test_shipping_actions_are_confirmed_in_the_status_bar(qtbot, make_window, tmp_path):
    window = make_window([rec("A店", "2026-03-01", 5)])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.shipping)
    idle(qtbot, window)
    dialog = window.shipping.new_incident()
    dialog.order.setText("350987-20260611-00431")
    dialog.promised.edit.setText("2026/6/10")
    save_button(dialog).click()
    idle(qtbot, window)
    assert window.feedback.text() == "受注 350987-20260611-00431（A店）を保存しました。"
    path = tmp_path / "orders.csv"
    path.write_text("受注番号,出荷予定日,発送日\n" + "".join(f"{i},2026/06/0{i},2026/06/0{i}\n" for i in range(1, 10))
                    + "350987-20260611-00431,2026/06/10,2026/06/11\n", encoding="cp932")
    importer = window.shipping.open_import()
    importer.set_file(path)
    importer.import_button.click()
    idle(qtbot, window)
    assert window.feedback.text() == "orders.csv から受注 10 件を取り込みました（追加 9 件、更新 1 件）。"
