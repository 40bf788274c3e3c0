"""Starting the desktop app: fonts, language, store, the main window; and the smoke check."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: F401

from penaltytracker import APP_NAME, __version__, settings
from penaltytracker.messages import message, text
from penaltytracker.paths import resources_dir
from penaltytracker.ui.i18n import DEFAULT_LANGUAGE, Language
from penaltytracker.ui.settings import ORGANISATION, AppSettings
from penaltytracker.ui.style import APP_STYLE

SMOKE_TIMEOUT_MS = 60_000


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "penaltytracker.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_font(app: QApplication) -> str | None:
    """Use IPAex Gothic for the whole GUI, the same font the charts draw with (matplotlib
    is given it when the first chart is drawn: ui/chart_canvas.py)."""
    from penaltytracker.reports.fonts import font_path

    try:
        font_id = QFontDatabase.addApplicationFont(str(font_path()))
    except FileNotFoundError:
        return None  # Japanese still shows through system fonts; charts may not
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[0]
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family


def open_first_store(ctx, app_settings: AppSettings, smoke: bool, lang: str = DEFAULT_LANGUAGE):
    """The store from --db / environment / settings file / last used / default; None to quit.

    A store that cannot be opened is left untouched; the operator may choose another
    file or restore a backup over it, or quit.
    """
    from penaltytracker.store import StoreError, open_store
    from penaltytracker.store.engine import to_url
    from penaltytracker.ui.backup_dialogs import CHOOSE_FILE, RESTORE_BACKUP, restore_backup_dialog, \
        store_problem_dialog

    target = settings.store_target(ctx.db)
    if target is None and app_settings.last_store and Path(app_settings.last_store).exists():
        target = app_settings.last_store
    while True:
        try:
            return open_store(target)
        except StoreError as exc:
            from penaltytracker.redact import mask_known

            if smoke:
                print(f"penaltytracker: {mask_known(text(exc, lang))}", file=sys.stderr)
                return None
            url = to_url(target)
            sqlite_file = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
            choice = store_problem_dialog(None, mask_known(text(exc, lang)), sqlite_file or url, lang)
            if choice == RESTORE_BACKUP and sqlite_file:
                restore_backup_dialog(None, sqlite_file, lang)  # then try the same store again
                continue
            if choice != CHOOSE_FILE:
                return None
            path, _f = QFileDialog.getOpenFileName(
                None, QCoreApplication.translate("App", "Open store"), str(Path.home()),
                QCoreApplication.translate("App", "PenaltyTracker store (*.sqlite3 *.db);;All files (*)"))
            if not path:
                return None
            target = path


def run_app(ctx, smoke: bool = False, minimized: bool = False) -> int:
    from penaltytracker.core.rules import RuleSetError, load_rules
    from penaltytracker.ui.main_window import MainWindow

    app = application()
    app.setStyleSheet(APP_STYLE)
    app_settings = AppSettings()
    language = Language(app)
    language.set(app_settings.language or ctx.lang or DEFAULT_LANGUAGE)
    install_font(app)

    try:
        rules = load_rules(settings.rules_file(ctx.rules_option))
    except RuleSetError as exc:
        if not smoke:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot read the rule set"),
                                 text(exc, language.code))
        else:
            print(f"penaltytracker: {text(exc, language.code)}", file=sys.stderr)
        return 2
    store = open_first_store(ctx, app_settings, smoke, language.code)
    if store is None:
        return 2

    window = MainWindow(store, rules, language, app_settings)
    if not smoke:
        from penaltytracker.ui.tray import show_main_window

        window.start_tray()  # reminders: the tray icon, notifications while the app runs
        show_main_window(window, minimized)  # --minimized: only the tray icon, when there is a tray
        window.take_daily_backup()
        code = app.exec()
        window.store.close()
        return code

    # Smoke check: the full window must show its first page from the store ("ready": what
    # the operator waits for at start), then draw the charts page too (matplotlib and its
    # font work), without errors; only then it exits 0.
    result = {"code": None}

    def finish(code: int, message: str | None = None) -> None:
        if result["code"] is None:
            result["code"] = code
            if message:
                print(message, file=sys.stderr if code else sys.stdout, flush=True)
            app.exit(code)

    def ready() -> None:
        print("ready", flush=True)
        window.charts.drawn.connect(lambda: finish(0))
        window.tabs.setCurrentWidget(window.charts)

    window.ops.show_errors = False
    window.ops.error_hook = lambda text: finish(1, f"penaltytracker: {text}")
    window.first_drawn.connect(ready)
    late = f"penaltytracker: {message('cli.smoke_timeout', language.code)}"
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: finish(1, late))
    window.show()
    if result["code"] is None:
        app.exec()
    window.ops.wait_idle()
    window.close()
    window.store.close()
    return result["code"] if result["code"] is not None else 1
