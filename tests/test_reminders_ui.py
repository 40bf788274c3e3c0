"""「やること」 and the tray, driven through the real window on a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("pytestqt")

from penaltytracker.core.model import ViolationRecord  # noqa: E402
from penaltytracker.store import open_store  # noqa: E402
from tests.test_reminders import D, seed  # noqa: E402

DAY = timedelta(days=1)


@pytest.fixture
def qsettings_dir(tmp_path):
    from penaltytracker.ui.settings import use_settings_folder

    folder = tmp_path / "qsettings"
    use_settings_folder(folder)
    return folder


@pytest.fixture
def window_on(qtbot, db_path, qsettings_dir):
    """window_on(day) → a main window whose "today" can be moved on (`window.day = ...`)."""
    from penaltytracker.core.rules import load_rules
    from penaltytracker.ui.app import application, install_font
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings

    made = []
    app = application()
    install_font(app)
    language = Language(app)

    def make(day: date, lang="ja", seeded=True):
        if seeded:
            store = open_store(db_path)
            seed(store)
            store.close()
        language.set(lang)
        clock = {"day": day}
        window = MainWindow(open_store(db_path), load_rules(), language, AppSettings(), today=lambda: clock["day"])
        window.clock = clock
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        made.append(window)
        with qtbot.waitSignal(window.first_drawn, timeout=20_000):
            pass
        qtbot.waitUntil(window.ops.is_idle, timeout=20_000)
        return window

    yield make
    for w in made:
        if w.tray is not None:
            w.tray.stop()
        w.ops.wait_idle()
        w.close()
        w.store.close()
    language.set("en")


def idle(qtbot, window):
    qtbot.waitUntil(window.ops.is_idle, timeout=20_000)


def test_the_all_shops_page_lists_what_is_due_and_opens_the_shop(qtbot, window_on):
    window = window_on(D)
    panel = window.overview.todo
    assert panel.isVisible() and panel.title.text() == "やること（5）"
    kinds = {(r.kind, r.shop) for r in panel.items}
    assert kinds == {("sanction_ends", "sanction"), ("level_near", "near"), ("review_due", "review"),
                     ("training_due", "training"), ("fee_unpaid", "fee")}
    texts = panel.texts()
    assert len(texts) == 5 and any("週次レビュー" in t for t in texts)
    assert not panel.tree.isColumnHidden(1)  # every shop: the shop column shows
    item = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).text(1) == "fee")
    panel.tree.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: window.dashboard.status is not None and window.dashboard.status.shop == "fee")
    idle(qtbot, window)
    # The dashboard shows only this shop's items.
    dash = window.dashboard.todo
    qtbot.waitUntil(lambda: [r.shop for r in dash.items] == ["fee"])
    assert dash.isVisible() and dash.tree.isColumnHidden(1) and "違約金" in dash.texts()[0]


def test_nothing_due_says_so_and_a_change_shows_at_once(qtbot, window_on):
    window = window_on(D - DAY)
    panel = window.overview.todo
    assert panel.items == [] and panel.empty.isVisible() and not panel.tree.isVisible()
    assert panel.empty.text() == "やることはありません。"
    window.select_shop("quiet")
    idle(qtbot, window)
    assert window.dashboard.todo.items == [] and window.dashboard.todo.empty.isVisible()
    # Record a violation: the shop comes near level I, the panel says so after the reload.
    from penaltytracker.store import add_violation

    window.ops.run(lambda: add_violation(window.store, ViolationRecord(shop="quiet", points_date=D - DAY,
                                                                       points=20)), mutates=True)
    qtbot.waitUntil(lambda: [r.kind for r in window.dashboard.todo.items] == ["level_near"], timeout=20_000)


def test_english_panel_and_the_margin_setting(qtbot, window_on):
    window = window_on(D, lang="en")
    panel = window.overview.todo
    assert panel.title.text() == "To do (5)"
    assert any("points left before level I" in t for t in panel.texts())
    window.set_warning_margin(9)
    idle(qtbot, window)
    assert "level_near" not in {r.kind for r in panel.items}
    window.set_language("ja")
    idle(qtbot, window)
    assert panel.title.text().startswith("やること") and any("週次レビュー" in t for t in panel.texts())


def test_the_tray_notifies_what_falls_due_once(qtbot, window_on, monkeypatch):
    window = window_on(D - DAY)
    shown = []
    tray = window.start_tray()
    monkeypatch.setattr(tray.icon, "showMessage", lambda *a: shown.append(a))
    idle(qtbot, window)
    assert shown == [] and tray.items == []  # nothing due the day before
    window.clock["day"] = D  # midnight in Japan: the day turns
    with qtbot.waitSignal(tray.notified, timeout=20_000) as notified:
        tray.midnight.timeout.emit()
    title, body = notified.args
    assert title == "PenaltyTracker：やること 5 件"
    assert len(shown) == 1 and shown[0][0] == title and shown[0][1] == body
    assert "週次レビュー" in body and "ほか 1 件" in body  # 5 items: the first 4 and how many more
    # The half-hourly check the same day: nothing new, nothing shown again.
    tray.timer.timeout.emit()
    idle(qtbot, window)
    assert len(shown) == 1 and len(tray.items) == 5
    # Nor after a restart: the notified items are remembered.
    from penaltytracker.ui.settings import AppSettings

    assert "review_due:review:2026-06-08" in AppSettings().notified_reminders
    # A new item (the fee of another level billed) is told on its own, at once after the change.
    from penaltytracker.store.notices import set_level_notice

    with qtbot.waitSignal(tray.notified, timeout=20_000) as again:
        window.ops.run(lambda: set_level_notice(window.store, "fee", 2026, "II", fee_yen=400_000, fee_billed_on=D),
                       mutates=True)
    assert again.args[0] == "PenaltyTracker：やること 1 件" and "400,000" in again.args[1]
    assert len(shown) == 2


def test_notified_items_are_not_told_again_after_a_restart(qtbot, window_on, monkeypatch):
    first = window_on(D)
    tray = first.start_tray()
    with qtbot.waitSignal(tray.notified, timeout=20_000):
        pass
    tray.stop()
    second = window_on(D, seeded=False)
    calls = []
    from penaltytracker.ui.tray import ReminderTray

    monkeypatch.setattr(ReminderTray, "notify", lambda self, t, b: calls.append((t, b)))
    again = second.start_tray()
    with qtbot.waitSignal(again.checked, timeout=20_000):
        pass
    assert calls == [] and len(again.items) == 5


def test_minimized_start_hides_the_window_only_where_there_is_a_tray(qtbot, window_on, monkeypatch):
    from penaltytracker.ui import tray as tray_module

    window = window_on(D - DAY)
    window.hide()
    monkeypatch.setattr(tray_module, "tray_available", lambda: False)
    assert tray_module.show_main_window(window, minimized=True) is True and window.isVisible()
    window.hide()
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    from PySide6.QtWidgets import QApplication

    try:
        assert tray_module.show_main_window(window, minimized=True) is False and not window.isVisible()
        assert QApplication.instance().quitOnLastWindowClosed() is False
    finally:
        QApplication.instance().setQuitOnLastWindowClosed(True)
    assert tray_module.show_main_window(window, minimized=False) is True and window.isVisible()


def test_the_view_menu_switches_the_start_at_login(qtbot, window_on, isolated_home, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "platform", "linux")
    window = window_on(D - DAY)
    entry = isolated_home / "config" / "autostart" / "penaltytracker.desktop"
    action = window.act_autostart
    assert action in window.view_menu.actions() and action.isCheckable() and not action.isChecked()
    assert action.text() == "ログイン時にトレイに最小化して起動"
    action.trigger()
    idle(qtbot, window)
    assert action.isChecked() and entry.exists() and "--minimized" in entry.read_text(encoding="utf-8")
    assert window.settings.start_at_login is True
    action.trigger()
    idle(qtbot, window)
    assert not action.isChecked() and not entry.exists() and window.settings.start_at_login is False


def test_the_next_check_is_just_after_midnight_in_japan():
    from datetime import datetime, timezone

    from penaltytracker.ui.tray import ms_to_next_midnight

    # 14:59 UTC is 23:59 in Tokyo: the next check is at 00:01, two minutes later.
    assert ms_to_next_midnight(datetime(2026, 6, 14, 14, 59, tzinfo=timezone.utc)) == 120_000
    assert ms_to_next_midnight(datetime(2026, 6, 14, 15, 1, 30, tzinfo=timezone.utc)) == (24 * 3600 - 30) * 1000


def test_minimized_flag_reaches_the_app(monkeypatch, isolated_home):
    import penaltytracker.ui.app as app_module
    from penaltytracker.cli import main

    seen = {}
    monkeypatch.setattr(app_module, "run_app", lambda ctx, smoke=False, minimized=False: seen.update(
        smoke=smoke, minimized=minimized) or 0)
    assert main(["--minimized"]) == 0 and seen == {"smoke": False, "minimized": True}
    assert main([]) == 0 and seen == {"smoke": False, "minimized": False}
