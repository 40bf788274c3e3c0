"""The desktop window driven through its real widgets, on a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton  # noqa: E402

from penaltytracker.core.model import WITHDRAWN, ViolationRecord  # noqa: E402
from penaltytracker.store import count_violations, get_violation, import_violations, open_store  # noqa: E402

TODAY = date(2026, 6, 12)


def rec(shop, day, points, category="shipping_delay", title="", status="active"):
    return ViolationRecord(shop=shop, points_date=date.fromisoformat(day), points=points, category=category,
                           title=title, status=status)


@pytest.fixture
def qsettings_dir(tmp_path):
    from penaltytracker.ui.settings import use_settings_folder

    folder = tmp_path / "qsettings"
    use_settings_folder(folder)  # never the operator's own settings
    return folder


@pytest.fixture
def make_window(qtbot, db_path, qsettings_dir):
    from penaltytracker.core.rules import load_rules
    from penaltytracker.ui.app import application, install_font
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings

    made = []
    app = application()
    install_font(app)
    language = Language(app)

    def make(records=(), lang="ja"):
        if records:
            seed = open_store(db_path)
            import_violations(seed, list(records))
            seed.close()
        language.set(lang)
        window = MainWindow(open_store(db_path), load_rules(), language, AppSettings(), today=lambda: TODAY)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        made.append(window)
        with qtbot.waitSignal(window.first_drawn, timeout=20_000):
            pass
        idle(qtbot, window)
        return window

    yield make
    for w in made:
        w.ops.wait_idle()
        w.close()
        w.store.close()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    language.set("en")  # uninstall the translators for the next test


def idle(qtbot, window):
    qtbot.waitUntil(window.ops.is_idle, timeout=20_000)


def choose_shop(qtbot, window, shop):
    window.select_shop(shop)
    qtbot.waitUntil(lambda: window.dashboard.status is not None and window.dashboard.status.shop == shop)
    idle(qtbot, window)


def open_charts(qtbot, window) -> None:
    """Show the charts tab and wait for its drawing (a hidden charts page draws only once shown)."""
    if window.tabs.currentWidget() is not window.charts:
        with qtbot.waitSignal(window.charts.drawn, timeout=20_000):
            window.tabs.setCurrentWidget(window.charts)


def chart_total(window) -> float:
    ax = window.charts.points_canvas.figure_.axes[0]
    line = next(l for l in ax.get_lines() if l.get_gid() == "cumulative")
    return max(line.get_ydata())


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def confirm_new_shop(dialog):
    """A shop name not in the store asks first: answer "add the new shop"."""
    box = dialog.confirm_box
    assert box is not None and box.objectName() == "newShopBox", "the dialog should ask before adding a shop"
    box.findChild(QPushButton, "createShop").click()


def test_add_violation_through_dialog_updates_badge_points_and_chart(qtbot, make_window):
    window = make_window([rec("うさぎ雑貨店", "2026-03-01", 30)])
    choose_shop(qtbot, window, "うさぎ雑貨店")
    assert window.dashboard.badge.level is None
    assert window.dashboard.points_value.text() == "30 点"
    assert window.dashboard.next_text.text().startswith("あと 5 点でレベル I")
    open_charts(qtbot, window)
    assert chart_total(window) == 30

    dialog = window.new_violation()
    assert dialog.shop.currentText() == "うさぎ雑貨店"  # the shop being looked at
    dialog.category.setCurrentIndex(dialog.category.findData("seller_cancellation"))
    assert dialog.points.text() == "15"  # the category's typical points, from the rule set
    dialog.title.setText("出店者都合キャンセル")  # keyClicks only types ASCII
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.dashboard.badge.level == "I", timeout=20_000)
    assert window.dashboard.points_value.text() == "45 点"
    assert window.dashboard.badge.big.text() == "I"
    qtbot.waitUntil(lambda: chart_total(window) == 45, timeout=20_000)
    saved = window.log.model
    qtbot.waitUntil(lambda: saved.rowCount() == 2)
    assert {saved.record_at(r).category for r in range(2)} == {"shipping_delay", "seller_cancellation"}
    # Reaching level I starts its sanctions today; the dashboard lists them with end dates.
    window.tabs.setCurrentIndex(0)
    assert window.dashboard.sanctions.model_.rowCount() == len(window.rules.level("I").sanctions)
    assert window.dashboard.sanctions.isVisibleTo(window)


def test_charts_draw_when_shown_and_catch_up_with_changes_made_while_hidden(qtbot, make_window, db_path):
    window = make_window([rec("うさぎ雑貨店", "2026-03-01", 30)])
    choose_shop(qtbot, window, "うさぎ雑貨店")
    assert window.charts.points_canvas is None  # a hidden page draws nothing at start
    open_charts(qtbot, window)
    assert chart_total(window) == 30

    window.tabs.setCurrentIndex(0)
    drawn = []
    window.charts.drawn.connect(lambda: drawn.append(1))
    other = open_store(db_path)  # another window (or the CLI) adds a violation
    import_violations(other, [rec("うさぎ雑貨店", "2026-04-01", 15)])
    other.close()
    window.act_refresh.trigger()  # F5
    qtbot.waitUntil(lambda: window.dashboard.points_value.text() == "45 点", timeout=20_000)
    idle(qtbot, window)
    assert drawn == [] and chart_total(window) == 30  # hidden: not redrawn yet
    open_charts(qtbot, window)
    assert chart_total(window) == 45


def test_invalid_entry_is_refused_with_messages_next_to_the_fields(qtbot, make_window, db_path):
    window = make_window()
    dialog = window.new_violation()
    dialog.shop.setCurrentText("")
    dialog.points.setText("-5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["shop"].isVisible() and dialog.errors["shop"].text() == "店舗を入力してください。"
    assert "点数は0以上の整数" in dialog.errors["points"].text()
    assert not dialog.errors["title"].isVisible()

    dialog.shop.setCurrentText("北海マルシェ")
    dialog.points.setText("1.5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.errors["shop"].isVisible()
    assert "「1.5」" in dialog.errors["points"].text()
    dialog.points_date.clear()
    dialog.points.setText("５")  # full-width digits are what a Japanese IME types
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.errors["points_date"].text() == "加点日を入力してください。"
    assert not dialog.errors["points"].isVisible()
    idle(qtbot, window)
    assert count_violations(window.store) == 0  # nothing was saved

    dialog.points_date.set_value(date(2026, 6, 1))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    confirm_new_shop(dialog)
    qtbot.waitUntil(lambda: count_violations(window.store) == 1)
    idle(qtbot, window)
    assert window.log.model.record_at(0).points == 5


def test_future_points_date_asks_first(qtbot, make_window):
    window = make_window()
    dialog = window.new_violation()
    dialog.shop.setCurrentText("北海マルシェ")
    dialog.points.setText("5")
    dialog.points_date.set_value(date(2026, 7, 1))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    confirm_new_shop(dialog)
    box = dialog.confirm_box
    assert box is not None and box.isVisible() and "2026-07-01" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    idle(qtbot, window)
    assert dialog.isVisible() and count_violations(window.store) == 0

    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    confirm_new_shop(dialog)
    dialog.confirm_box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: count_violations(window.store) == 1)
    assert window.dialog is None  # closed (and deleted) once saved


def test_delete_then_undo_brings_the_row_back_and_redo_removes_it(qtbot, make_window):
    window = make_window([rec("A店", "2026-01-10", 5, title="一件目"), rec("A店", "2026-02-10", 15, title="二件目"),
                          rec("A店", "2026-03-10", 20, title="三件目")])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.log)
    model = window.log.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    window.log.select_row(0)  # newest first: 三件目
    target = window.log.selected_records()[0]
    before = get_violation(window.store, target.id)
    assert window.act_delete.isEnabled()
    assert window.act_delete.shortcut().toString() == "Del"
    window.act_delete.trigger()
    box = window.confirm_box  # asks first, naming the violation, and says Ctrl+Z undoes it
    assert box.objectName() == "deleteConfirmBox" and f"違反 {target.id}" in box.text()
    assert "Ctrl+Z" in box.informativeText()
    idle(qtbot, window)
    assert model.rowCount() == 3  # nothing deleted before the answer
    box.findChild(QPushButton, "confirmDelete").click()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert window.dashboard.points_value.text() == "20 点"
    idle(qtbot, window)
    assert "Ctrl+Z で元に戻せます" in window.feedback.text()  # still there after the reload

    assert "Ctrl+Z" in [s.toString() for s in window.act_undo.shortcuts()]
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.act_redo.shortcuts()]
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    back = get_violation(window.store, target.id)  # same id, same content
    assert (back.title, back.points, back.points_date, back.category) == \
           (before.title, before.points, before.points_date, before.category)
    qtbot.waitUntil(lambda: window.dashboard.points_value.text() == "40 点")

    window.act_redo.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    idle(qtbot, window)
    assert count_violations(window.store) == 2
    assert window.dashboard.points_value.text() == "20 点"


def test_withdraw_and_restore_change_the_points(qtbot, make_window):
    window = make_window([rec("A店", "2026-02-10", 40, category="prohibited_item")])
    choose_shop(qtbot, window, "A店")
    assert window.dashboard.badge.level == "I"
    window.tabs.setCurrentWidget(window.log)
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 1)
    window.log.select_row(0)
    assert window.log.status_button.text() == "取り消し"
    qtbot.mouseClick(window.log.status_button, Qt.MouseButton.LeftButton)
    # The withdrawal asks for its day (today by default) and takes effect from it.
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.isVisible())
    assert window.dialog.objectName() == "withdrawDialog" and window.dialog.on.value() == TODAY
    window.dialog.try_accept()
    qtbot.waitUntil(lambda: window.dashboard.badge.level is None)
    assert get_violation(window.store, 1).status == WITHDRAWN
    assert get_violation(window.store, 1).withdrawn_on == TODAY
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: window.dashboard.badge.level == "I")
    assert get_violation(window.store, 1).status == "active"


def test_warning_banner_within_the_margin(qtbot, make_window):
    window = make_window([rec("A店", "2026-02-10", 27)])
    choose_shop(qtbot, window, "A店")  # 8 points before level I, margin 10
    assert window.dashboard.banner.isVisibleTo(window)
    assert "あと 8 点でレベル I" in window.dashboard.banner.text()
    window.set_warning_margin(5)
    assert not window.dashboard.banner.isVisibleTo(window)
    assert window.settings.warning_margin == 5


def test_switching_language_retranslates_visible_labels(qtbot, make_window):
    from penaltytracker.ui.settings import AppSettings

    window = make_window([rec("A店", "2026-02-10", 40, category="prohibited_item")])
    choose_shop(qtbot, window, "A店")
    assert window.tabs.tabText(1) == "違反履歴"
    assert window.file_menu.title() == "ファイル(&F)"
    assert window.dashboard.level_title.text() == "違反レベル"
    assert window.log.model.headerData(1, Qt.Orientation.Horizontal) == "加点日"

    window.act_en.trigger()
    assert window.tabs.tabText(1) == "Violation log"
    assert window.file_menu.title() == "&File"
    assert window.dashboard.level_title.text() == "Violation level"
    assert window.log.model.headerData(1, Qt.Orientation.Horizontal) == "Points date"
    assert window.log.search_label.text() == "&Search:"
    qtbot.waitUntil(lambda: window.dashboard.next_text.text().startswith("15 points left before level II"))
    assert AppSettings().language == "en"

    window.act_ja.trigger()
    assert window.tabs.tabText(1) == "違反履歴"


def test_all_shops_overview_lists_worst_first_and_sorts(qtbot, make_window):
    window = make_window([rec("こもれび食品", "2026-03-01", 20), rec("うさぎ雑貨店", "2026-03-01", 65),
                          rec("北海マルシェ", "2026-03-01", 35), rec("北海マルシェ", "2025-12-01", 80)])
    window.select_shop(None)
    idle(qtbot, window)
    overview = window.overview
    assert window.home.currentWidget() is overview
    assert overview.shops_in_view_order() == ["うさぎ雑貨店", "北海マルシェ", "こもれび食品"]
    assert overview.proxy.index(0, 1).data() == "II"
    assert overview.proxy.index(1, 4).data() == "20"  # 35 → 55 for level II
    overview.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert overview.shops_in_view_order() == ["こもれび食品", "北海マルシェ", "うさぎ雑貨店"]
    # Double-click opens that shop's dashboard.
    index = overview.proxy.index(0, 0)
    overview.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: window.current_shop() == "こもれび食品")
    assert window.home.currentWidget() is window.dashboard


def test_log_filters_and_ctrl_f(qtbot, make_window):
    window = make_window([rec("A店", "2026-01-10", 5, title="発送遅延"),
                          rec("A店", "2025-02-10", 15, category="seller_cancellation", title="キャンセル"),
                          rec("B店", "2026-03-10", 20, category="misleading_listing", title="二重価格", status=WITHDRAWN)])
    window.select_shop(None)
    idle(qtbot, window)
    log = window.log

    def shown(**wanted):
        # the model has caught up with the filter bar (text waits for typing to stop)
        qtbot.waitUntil(lambda: log.model.filter == log.current_filter())
        idle(qtbot, window)
        return log.model.rowCount()

    window.act_find.trigger()
    assert window.tabs.currentWidget() is log
    assert shown() == 3
    log.search.setText("二重")
    assert shown() == 1
    log.search.clear()
    assert shown() == 3
    log.year.setCurrentIndex(log.year.findData(2025))
    assert shown() == 1
    assert log.model.record_at(0).title == "キャンセル"
    log.year.setCurrentIndex(0)
    log.status.setCurrentIndex(log.status.findData(WITHDRAWN))
    assert shown() == 1
    assert log.model.index(0, 8).data() == "取り消し済み"
    log.status.setCurrentIndex(0)
    log.category.setCurrentIndex(log.category.findData("shipping_delay"))
    assert shown() == 1
    assert log.model.index(0, 4).data() == "発送遅延"
    # Sorting happens in the database.
    log.category.setCurrentIndex(0)
    assert shown() == 3
    log.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    idle(qtbot, window)
    assert [log.model.record_at(r).points for r in range(3)] == [5, 15, 20]
    log.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    idle(qtbot, window)
    assert [log.model.record_at(r).points for r in range(3)] == [20, 15, 5]


def test_import_csv_errors_are_shown_and_good_files_imported(qtbot, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.csv"
    bad.write_text("店舗,加点日,点数\nA店,2026-02-10,abc\n", encoding="utf-8")
    op = window.import_file(str(bad))
    qtbot.waitUntil(lambda: op.done)
    idle(qtbot, window)
    assert "2 行目「点数」" in window.ops.last_error  # worded in Japanese, the field as the file names it
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "opsErrorBox" and w.isVisible()]
    assert boxes and boxes[-1].windowTitle() == "インポートしませんでした"
    assert count_violations(window.store) == 0

    good = tmp_path / "good.csv"
    good.write_text("店舗,加点日,点数\nA店,2026/02/10,15\nA店,2026-03-01,20\n", encoding="utf-8")
    op = window.import_file(str(good))
    qtbot.waitUntil(lambda: op.done)
    idle(qtbot, window)
    assert count_violations(window.store) == 2
    assert window.shop_selector.findData("A店") > 0  # the new shop appears in the selector


def test_about_names_app_and_rule_set_versions(qtbot, make_window):
    from penaltytracker import __version__

    window = make_window()
    box = window.about()
    assert __version__ in box.text() and window.rules.version in box.text()
    assert window.rules.effective_date.isoformat() in box.text()
    box.close()


def test_last_shop_is_remembered(qtbot, make_window):
    window = make_window([rec("A店", "2026-01-10", 5), rec("B店", "2026-01-10", 5)])
    choose_shop(qtbot, window, "B店")
    window.close()
    again = make_window()
    assert again.current_shop() == "B店"


def test_pages_plug_in_and_hear_about_a_new_store(qtbot, make_window, tmp_path):
    from PySide6.QtWidgets import QLabel

    window = make_window([rec("A店", "2026-01-10", 5)])
    page = QLabel("plugged in")
    index = window.add_page(page, "出荷")
    assert window.tabs.tabText(index) == "出荷" and window.tabs.widget(index) is page
    assert window.file_menu.objectName() == "fileMenu"
    pdf = window.act_export_pdf
    assert pdf in window.file_menu.actions() and pdf.isEnabled()

    assert window.undo_stack.count() == 0
    other = tmp_path / "other.sqlite3"
    with qtbot.waitSignal(window.store_changed, timeout=20_000) as changed:
        window.switch_store(str(other))
    idle(qtbot, window)
    assert changed.args[0] is window.store and window.store.location == str(other)
    assert str(other) in window.windowTitle()
    assert window.shop_selector.count() == 1  # a new store has no shops yet
    assert window.settings.last_store == str(other)


def test_undo_texts_and_edit_menu_are_japanese(qtbot, make_window):
    window = make_window([rec("A店", "2026-01-10", 5)])
    window.select_shop("A店")
    idle(qtbot, window)
    window.tabs.setCurrentWidget(window.log)
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 1)
    window.log.select_row(0)
    window.act_delete.trigger()
    window.confirm_box.findChild(QPushButton, "confirmDelete").click()
    idle(qtbot, window)
    assert window.act_undo.text() == "「違反の削除」を元に戻す(&U)"  # no stray space


def test_shipping_and_weekly_review_are_pages_of_the_window(qtbot, make_window):
    from penaltytracker.store.reviews import last_review

    window = make_window([rec("A店", "2026-01-10", 5)])
    choose_shop(qtbot, window, "A店")
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "出荷" in titles and "週次レビュー" in titles
    assert window.tabs.widget(titles.index("出荷")) is window.shipping
    nudge = window.dashboard.review_text
    assert "まだ週次レビューをしていません" in nudge.text()
    window.tabs.setCurrentWidget(window.review)
    qtbot.mouseClick(window.review.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "今日" in nudge.text(), timeout=10_000)
    assert last_review(window.store, "A店") == TODAY
    window.set_language("en")
    assert window.review.done_button.text() == "Review done"
    assert window.tabs.tabText(titles.index("出荷")) == "Shipping"


def test_file_export_pdf_writes_the_selected_shops_report(qtbot, make_window, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    window = make_window([rec("A店", "2026-01-10", 40)])
    choose_shop(qtbot, window, "A店")
    target = tmp_path / "status.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window.act_export_pdf.trigger()
    idle(qtbot, window)
    qtbot.waitUntil(target.exists, timeout=20_000)
    # pypdf breaks lines at every change of script; a PDF viewer's search does not
    text = "".join("".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "A店" in text and "年間累積違反点数40点" in text


def test_history_of_a_violation_from_the_log(qtbot, make_window):
    window = make_window([rec("A店", "2026-01-10", 5, title="最初", category="seller_cancellation")])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.log)
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 1)
    window.log.table.selectRow(0)
    assert window.act_history in window.log.table.actions() and window.act_history.isEnabled()
    dialog = window.show_history()
    assert dialog.model.rowCount() >= 1
    texts = {dialog.model.index(r, c).data() for r in range(dialog.model.rowCount())
             for c in range(dialog.model.columnCount())}
    assert "最初" in texts and "出店者都合キャンセル" in texts  # the category's name, not its key
    dialog.close()


def test_restore_backup_from_the_file_menu(qtbot, make_window, monkeypatch):
    from penaltytracker.store import add_violation
    from penaltytracker.store.backup import backup_store, restore_backup
    from penaltytracker.ui import backup_dialogs

    window = make_window([rec("A店", "2026-01-10", 5)])
    copy = backup_store(window.store)
    add_violation(window.store, rec("A店", "2026-02-01", 50))
    monkeypatch.setattr(backup_dialogs, "restore_backup_dialog",
                        lambda parent, path, lang: restore_backup(path, copy) is not None or True)
    assert window.act_restore_backup in window.file_menu.actions()
    assert window.restore_backup() is True
    idle(qtbot, window)
    assert count_violations(window.store) == 1  # the copy's content, not the later edit
    choose_shop(qtbot, window, "A店")
    assert window.dashboard.status.points == 5


def test_a_store_that_cannot_open_offers_a_way_out_and_is_left_alone(qtbot, qsettings_dir, isolated_home, tmp_path,
                                                                    monkeypatch):
    from penaltytracker.cli.context import Context
    from penaltytracker.store.backup import backup_store
    from penaltytracker.ui import app as app_module, backup_dialogs
    from penaltytracker.ui.app import open_first_store
    from penaltytracker.ui.settings import AppSettings

    good = tmp_path / "good.sqlite3"
    seed = open_store(good)
    import_violations(seed, [rec("A店", "2026-01-10", 5)])
    copy = backup_store(seed)
    seed.close()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all")
    asked = []
    monkeypatch.setattr(backup_dialogs, "store_problem_dialog",
                        lambda parent, message, where, lang: asked.append((message, where)) or "quit")
    assert open_first_store(Context(db=str(broken)), AppSettings(), smoke=False) is None
    assert broken.read_bytes() == b"not a database at all"
    assert "データファイルではありません" in asked[0][0] and str(broken) in asked[0][1]  # worded in Japanese

    from penaltytracker.store.backup import restore_backup

    monkeypatch.setattr(backup_dialogs, "store_problem_dialog", lambda *a: "restore_backup")
    monkeypatch.setattr(backup_dialogs, "restore_backup_dialog", lambda parent, path, lang: bool(
        restore_backup(path, copy)) or True)
    store = open_first_store(Context(db=str(broken)), AppSettings(), smoke=False)
    assert store is not None and count_violations(store) == 1
    store.close()
