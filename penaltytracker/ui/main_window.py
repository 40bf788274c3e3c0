"""The main window: shop selector, pages, menus, undo history, and the store it works on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget,
    QTabWidget, QToolBar, QWidget,
)

from penaltytracker import APP_NAME, __version__
from penaltytracker.core.model import WITHDRAWN, ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import today_in_japan
from penaltytracker.store import StoreError, get_violation, list_shops, list_violations, open_store
from penaltytracker.ui.charts_page import ChartsPage
from penaltytracker.ui.dashboard import DashboardPage
from penaltytracker.ui.deferred import warm_up_charts
from penaltytracker.ui.feedback import Feedback
from penaltytracker.ui.first_day import FirstDayActions
from penaltytracker.ui.i18n import Language
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.overview import OverviewPage
from penaltytracker.ui.pdf_export import export_pdf
from penaltytracker.ui import restrictions_tab
from penaltytracker.ui.settings import AppSettings
from penaltytracker.ui.shipping_page import ShippingPage
from penaltytracker.ui.undo import AddViolation, DeleteViolations, EditViolation, status_after
from penaltytracker.ui.violation_dialog import ViolationDialog
from penaltytracker.ui.violation_log import ViolationLogPage
from penaltytracker.ui.weekly_review import WeeklyReviewPage
from penaltytracker.ui.welcome import WelcomePanel
from penaltytracker.ui.whatif_panel import WhatIfPanel

ALL_SHOPS = None  # the shop selector's first entry: every shop


def _autostart_on() -> bool:
    from penaltytracker import autostart

    try:
        return autostart.is_enabled()
    except Exception:  # noqa: BLE001 - an unreadable entry shows as off
        return False


class MainWindow(FirstDayActions, QMainWindow):
    """Pages plugged in with `add_page` listen to `store_changed`, `shop_changed` and
    `data_changed`, and read `store`, `rules`, `ops`, `current_shop()` and `lang`."""

    store_changed = Signal(object)  # the Store now shown
    shop_changed = Signal(object)  # shop name, or None for all shops
    data_changed = Signal()  # something in the store changed: reload
    language_changed = Signal(str)
    first_drawn = Signal()  # the first page (dashboard or all shops) shows the store: ready to use

    def __init__(self, store, rules: RuleSet, language: Language, settings: AppSettings | None = None,
                 today=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.rules = rules
        self.language = language
        self.settings = settings or AppSettings()
        self._today = today
        self.ops = Ops(self)
        self.undo_stack = QUndoStack(self)
        self.dialog: ViolationDialog | None = None
        self._shops: list[str] = []
        self._first_drawn = False
        self.tray = None  # start_tray(): the tray icon and its reminders
        margin = self.settings.warning_margin

        self.shop_label = QLabel()
        self.shop_selector = QComboBox()
        self.shop_selector.setObjectName("shopSelector")
        self.shop_selector.setMinimumWidth(220)
        self.shop_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shop_selector.currentIndexChanged.connect(self._shop_selected)

        self.overview = OverviewPage(self.ops, rules, self.today, self)
        self.overview.set_margin(margin)
        self.dashboard = DashboardPage(self.ops, rules, self.lang, self.today, margin, self)
        self.home = QStackedWidget()
        self.home.addWidget(self.overview)
        self.home.addWidget(self.dashboard)
        self.welcome = WelcomePanel(self)  # an empty data file: what to do first
        self.home.addWidget(self.welcome)
        # The log stays current while hidden (its count and first page are cheap; the id
        # list is read only when the operator scrolls deep). The pages that draw charts or
        # read on the UI thread (charts, shipping, weekly review) load only once shown.
        self.log = ViolationLogPage(self.ops, rules, self.lang, self)
        self.charts = ChartsPage(self.ops, rules, self.lang, self.today, self, load_when_shown=True)
        self.whatif = WhatIfPanel(self.ops, rules, self.lang, self.today, self)
        self.shipping = ShippingPage(store, rules, self.current_shop, self.lang, self, ops=self.ops, today=self.today,
                                     load_when_shown=True)
        self.review = WeeklyReviewPage(store, rules, self.current_shop, self.lang, today=self.today, parent=self,
                                       load_when_shown=True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        for page in self._pages():
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.setCentralWidget(self.tabs)

        self.overview.shop_chosen.connect(self.select_shop)
        self.overview.drawn.connect(self._home_drawn)
        self.dashboard.drawn.connect(self._home_drawn)
        self.dashboard.notice_requested.connect(self.record_notice)
        self.review.review_done.connect(lambda _shop, _on: self.dashboard.refresh())
        self.log.new_requested.connect(self.new_violation)
        self.log.edit_requested.connect(self.edit_violation)
        self.log.delete_requested.connect(self.delete_violations)
        self.log.status_requested.connect(self.set_status)
        self.log.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.log.model.modelReset.connect(self._update_actions)
        self.ops.data_changed.connect(self.data_changed)
        self.data_changed.connect(self.refresh)
        self.ops.busy_changed.connect(self._busy)
        self.welcome.add_shop_requested.connect(lambda: self.manage_shops(focus_name=True))
        self.welcome.import_requested.connect(self.import_csv)
        self.welcome.demo_requested.connect(self.open_demo)
        self.shipping.said.connect(lambda text: self.feedback.say(text))

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.feedback = Feedback(self.statusBar())  # what each action did, for a few seconds
        self.status_store = QLabel()
        self.status_store.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(self.status_store)
        self.retranslate()
        self._restore_geometry()
        from penaltytracker.ui.troubles_tabs import install as install_troubles  # issue 17: two tabs + Ctrl+T
        self.troubles = install_troubles(self)
        self.set_store(store, initial=True)
        restrictions_tab.install(self)  # the 「制限・凍結」 tab (ui/restrictions_tab.py)

    def _pages(self) -> tuple[QWidget, ...]:
        """The built-in tabs, in order (Ctrl+1 … Ctrl+6)."""
        return (self.home, self.log, self.charts, self.whatif, self.shipping, self.review)

    # -- public API for pages added later ----------------------------------------------

    @property
    def lang(self) -> str:
        return self.language.code

    def today(self) -> date:
        return self._today() if self._today else today_in_japan(self.rules.timezone)

    def current_shop(self) -> str | None:
        return self.shop_selector.currentData()

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a page as a tab; it should listen to store_changed/shop_changed/data_changed."""
        return self.tabs.addTab(widget, title)

    @property
    def file_menu(self) -> QMenu:
        return self._file_menu

    # -- actions and menus -------------------------------------------------------------

    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new_store = self._action("newStore", self.new_store)
        self.act_open_store = self._action("openStore", self.open_store_dialog, K.Open)
        self.act_import = self._action("importCsv", self.import_csv, "Ctrl+I")
        self.act_export = self._action("exportCsv", self.export_csv, "Ctrl+E")
        self.act_export_pdf = self._action("exportPdf", self.export_pdf, "Ctrl+P")
        self.act_restore_backup = self._action("restoreBackup", self.restore_backup)
        self.act_quit = self._action("quit", self.close, K.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setObjectName("undo")
        self.act_undo.setShortcuts([QKeySequence(K.Undo)])
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setObjectName("redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.act_undo, self.act_redo])
        self.act_new = self._action("newViolation", self.new_violation, K.New)
        self.act_edit = self._action("editViolation", self.edit_selected, "Return")
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log.table.addAction(self.act_edit)
        self.act_toggle = self._action("toggleStatus", self.log._toggle_status)
        self.act_delete = self._action("deleteViolation", self.log.delete_selected, K.Delete)
        self.act_history = self._action("violationHistory", self.show_history, "Ctrl+H")
        self.act_appeals = self._action("violationAppeals", self.show_appeals)
        self.act_notice = self._action("recordNotice", self.record_notice)
        # Right-click on a row offers what the Edit menu offers for it.
        self.log.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.log.table.addActions([self.act_edit, self.act_toggle, self.act_appeals, self.act_history, self.act_delete])
        self.act_find = self._action("find", self.focus_search, K.Find)
        self.act_refresh = self._action("refresh", self.refresh, K.Refresh)
        self.act_margin = self._action("warningMargin", self.ask_warning_margin)
        self.act_autostart = self._action("startAtLogin", self.set_start_at_login)  # off by default
        self.act_autostart.setCheckable(True)
        self.act_autostart.setChecked(_autostart_on())
        self.page_actions = []
        for i in range(len(self._pages())):
            self.page_actions.append(self._action(f"page{i}", lambda _c=False, i=i: self.tabs.setCurrentIndex(i),
                                                  f"Ctrl+{i + 1}"))
        self.language_group = QActionGroup(self)
        self.act_ja = QAction("日本語", self, checkable=True)
        self.act_en = QAction("English", self, checkable=True)
        self.act_ja.setObjectName("languageJa")
        self.act_en.setObjectName("languageEn")
        for action, code in ((self.act_ja, "ja"), (self.act_en, "en")):
            self.language_group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
        (self.act_ja if self.lang == "ja" else self.act_en).setChecked(True)
        self.act_about = self._action("about", self.about)
        self.act_manage_shops = self._action("manageShops", lambda: self.manage_shops())
        self.act_demo = self._action("openDemo", self.open_demo)
        self.undo_stack.undoTextChanged.connect(self._label_undo)
        self.undo_stack.redoTextChanged.connect(self._label_undo)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        self._file_menu.setObjectName("fileMenu")
        self._file_menu.addActions([self.act_new_store, self.act_open_store])
        self._file_menu.addSeparator()
        self._file_menu.addActions([self.act_import, self.act_export, self.act_export_pdf])
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.act_restore_backup)
        self._file_menu.addAction(self.act_demo)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.act_new, self.act_edit, self.act_toggle, self.act_appeals, self.act_history,
                                   self.act_delete])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_notice)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_find)
        self.shops_menu = bar.addMenu("")
        self.shops_menu.setObjectName("shopsMenu")
        self.shops_menu.addAction(self.act_manage_shops)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.page_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_refresh, self.act_margin])
        self.view_menu.addAction(self.act_autostart)
        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions([self.act_ja, self.act_en])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.shop_label)
        self.toolbar.addWidget(self.shop_selector)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_new)
        self.toolbar.addAction(self.act_refresh)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        self.shop_label.setText(self.tr("Shop: "))
        if self.shop_selector.count():
            self.shop_selector.setItemText(0, self.tr("All shops (overview)"))
        self.tabs.setTabText(0, self.tr("All shops") if self.current_shop() is None else self.tr("Dashboard"))
        self.tabs.setTabText(1, self.tr("Violation log"))
        self.tabs.setTabText(2, self.tr("Charts"))
        self.tabs.setTabText(3, self.tr("What-if"))
        self.tabs.setTabText(4, self.tr("Shipping"))
        self.tabs.setTabText(5, self.tr("Weekly review"))
        self._file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_new_store.setText(self.tr("&New store…"))
        self.act_open_store.setText(self.tr("&Open store…"))
        self.act_import.setText(self.tr("&Import violations CSV…"))
        self.act_export.setText(self.tr("&Export violations CSV…"))
        self.act_export_pdf.setText(self.tr("Export &PDF report…"))
        self.act_restore_backup.setText(self.tr("&Restore a backup…"))
        self.act_history.setText(self.tr("Change &history…"))
        self.act_appeals.setText(self.tr("&Appeals…"))
        self.act_notice.setText(self.tr("Record Rakuten's &notice…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_new.setText(self.tr("&New violation…"))
        self.act_new.setIconText(self.tr("New violation"))
        self.act_refresh.setIconText(self.tr("Reload"))
        self.act_edit.setText(self.tr("&Edit violation…"))
        self.act_toggle.setText(self.tr("&Withdraw / restore"))
        self.act_delete.setText(self.tr("&Delete violation"))
        self.act_find.setText(self.tr("&Filter the log"))
        self.act_refresh.setText(self.tr("&Reload"))
        self.act_margin.setText(self.tr("&Warning margin…"))
        self.act_autostart.setText(self.tr("Start minimised to the tray at login"))
        for action, name in zip(self.page_actions, (self.tr("All shops / dashboard"), self.tr("Violation log"),
                                                    self.tr("Charts"), self.tr("What-if"), self.tr("Shipping"),
                                                    self.tr("Weekly review"))):
            action.setText(name)
        self.act_about.setText(self.tr("&About PenaltyTracker"))
        self.shops_menu.setTitle(self.tr("&Shops"))
        self.act_manage_shops.setText(self.tr("&Manage shops (add, rename, merge, remove)…"))
        self.act_demo.setText(self.tr("Open the &demo data file"))
        self.welcome.retranslate()
        self._label_undo()
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        where = self.store.location if self.store else ""
        self.setWindowTitle(f"{APP_NAME} — {where}" if where else APP_NAME)
        self.status_store.setText(self.tr("Store: {location}").format(location=where))

    def _update_actions(self) -> None:
        on_log = self.tabs.currentWidget() is self.log
        selected = self.log.selected_records() if on_log else []
        self.act_edit.setEnabled(on_log and len(selected) == 1)
        self.act_toggle.setEnabled(on_log and len(selected) == 1)
        self.act_delete.setEnabled(on_log and bool(selected))
        self.act_history.setEnabled(on_log and len(selected) == 1)
        self.act_appeals.setEnabled(on_log and len(selected) == 1)
        self.act_notice.setEnabled(self.store is not None and self.current_shop() is not None)
        self.act_restore_backup.setEnabled(self.store is not None and self.store.sqlite_path is not None)

    def _busy(self, busy: bool) -> None:
        self.feedback.set_busy(busy, self.tr("Working…"))

    # -- store and shop ----------------------------------------------------------------

    def set_store(self, store, initial: bool = False) -> None:
        old = self.store
        self.store = store
        self.undo_stack.clear()  # history belongs to the store it was made on
        for page in (self.overview, self.dashboard, self.log, self.charts, self.whatif, self.shipping, self.review):
            page.set_store(store)
        if old is not None and old is not store:
            old.close()
        self._update_title()
        self.store_changed.emit(store)
        self._load_shops(prefer=self.settings.last_shop if initial else None)

    def _load_shops(self, prefer: str | None = None) -> None:
        store = self.store
        keep = prefer if prefer is not None else self.current_shop()
        self.ops.run(lambda: list_shops(store), on_done=lambda shops: self._shops_loaded(shops, keep),
                     title=self.tr("Could not read the shops"))

    def _shops_loaded(self, shops: list[str], keep: str | None) -> None:
        self._shops = shops
        before = self.current_shop()
        self.shop_selector.blockSignals(True)
        self.shop_selector.clear()
        self.shop_selector.addItem(self.tr("All shops (overview)"), ALL_SHOPS)
        for shop in shops:
            self.shop_selector.addItem(shop, shop)
        self.shop_selector.setCurrentIndex(max(self.shop_selector.findData(keep), 0) if keep else 0)
        self.shop_selector.blockSignals(False)
        if self.current_shop() != before or not self._first_drawn or (not shops) != self.showing_welcome():
            self._shop_selected()
        else:
            self._refresh_pages()

    def select_shop(self, shop: str | None) -> None:
        i = self.shop_selector.findData(shop)
        if i >= 0:
            self.shop_selector.setCurrentIndex(i)
        if shop is not None:
            self.tabs.setCurrentIndex(0)

    def _shop_selected(self, *_args) -> None:
        shop = self.current_shop()
        self.home.setCurrentWidget(self.overview if shop is None else self.dashboard)
        if not self._shops:
            self.home.setCurrentWidget(self.welcome)
        self.tabs.setTabText(0, self.tr("All shops") if shop is None else self.tr("Dashboard"))
        self.settings.last_shop = shop
        self.dashboard.shop = shop
        self.log.shop = shop
        self.charts.shop = shop
        self.whatif.shop = shop
        self.shop_changed.emit(shop)
        self._refresh_pages()

    def _refresh_pages(self) -> None:
        if self.current_shop() is None:
            self.overview.refresh()
        else:
            self.dashboard.refresh()
        self.log.refresh()
        self.charts.refresh()
        self.whatif.refresh()
        self.shipping.refresh()
        self.review.refresh()

    def refresh(self) -> None:
        """Reload everything shown (after any change); the shop list may have grown."""
        self._load_shops()

    def _home_drawn(self) -> None:
        if not self._first_drawn:
            self._first_drawn = True
            self.first_drawn.emit()
            # While the operator reads the first page, load the charts' matplotlib.
            warm_up_charts()

    # -- violations --------------------------------------------------------------------

    def _open_dialog(self, record: ViolationRecord | None) -> ViolationDialog:
        dialog = ViolationDialog(self.rules, self.lang, self._shops, self.today(), record=record,
                                 shop=self.current_shop(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_violation(self) -> ViolationDialog:
        dialog = self._open_dialog(None)
        dialog.saved.connect(self._add)
        return dialog

    def _add(self, record: ViolationRecord) -> None:
        command = AddViolation(self.ops, self.undo_stack, self.store, record, self.tr("Add violation"),
                               self.tr("Could not save the violation"))
        self._confirmations(command, lambda r: self.tr("Saved the violation “{title}” ({shop}, {points} points). "
                                                       "Ctrl+Z undoes it.").format(
            title=r.title or r.category or "—", shop=r.shop, points=r.points))
        self.undo_stack.push(command)

    def edit_selected(self) -> None:
        records = self.log.selected_records()
        if len(records) == 1:
            self.edit_violation(records[0].id)

    def edit_violation(self, violation_id: int) -> None:
        store = self.store

        def opened(record: ViolationRecord) -> None:
            dialog = self._open_dialog(record)

            def save(after: ViolationRecord) -> None:
                command = EditViolation(self.ops, self.undo_stack, self.store, record, after,
                                        self.tr("Edit violation"), self.tr("Could not save the violation"))
                self._confirmations(command, lambda _r: self.tr("Saved the changes to violation {id}. "
                                                                "Ctrl+Z undoes them.").format(id=record.id))
                self.undo_stack.push(command)

            dialog.saved.connect(save)

        # Read it fresh: the dialog saves against this version and refuses a stale edit.
        self.ops.run(lambda: get_violation(store, violation_id), on_done=opened,
                     title=self.tr("Could not open the violation"))

    def set_status(self, record: ViolationRecord, status: str) -> None:
        store = self.store

        def push(fresh: ViolationRecord, withdrawn_on=None) -> None:
            text = self.tr("Withdraw violation") if status == WITHDRAWN else self.tr("Restore violation")
            command = EditViolation(self.ops, self.undo_stack, self.store, fresh, status_after(fresh, status, withdrawn_on), text,
                                    self.tr("Could not save the violation"))
            done = (self.tr("Violation {id} withdrawn: its points no longer count. Ctrl+Z undoes it.")
                    if status == WITHDRAWN else
                    self.tr("Violation {id} counts again. Ctrl+Z undoes it.")).format(id=fresh.id)
            self._confirmations(command, lambda _r: done)
            self.undo_stack.push(command)

        def current(fresh: ViolationRecord) -> None:
            if status != WITHDRAWN:
                push(fresh)
                return
            from penaltytracker.ui.withdraw_dialog import WithdrawDialog

            # A withdrawal takes effect on a day: ask which (today by default).
            dialog = WithdrawDialog(fresh, self.today(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.chosen.connect(lambda day: push(fresh, day))
            self.dialog = dialog
            dialog.open()

        self.ops.run(lambda: get_violation(store, record.id), on_done=current,
                     title=self.tr("Could not open the violation"))

    def delete_violations(self, records: list[ViolationRecord]) -> QMessageBox | None:
        """Asks first, naming how many; the answer box says that Ctrl+Z undoes it."""
        if not records:
            return None
        from penaltytracker.ui.confirm import confirm_delete

        return confirm_delete(self, records, lambda: self._delete_now(records))

    def _delete_now(self, records: list[ViolationRecord]) -> None:
        n = len(records)
        text = self.tr("Delete violation") if n == 1 else self.tr("Delete {n} violations").format(n=n)
        command = DeleteViolations(self.ops, self.undo_stack, self.store, records, text, self.tr("Could not delete"))
        self._confirmations(command, lambda _r: self.tr("Deleted {n} violation(s). Ctrl+Z undoes it.").format(n=n))
        self.undo_stack.push(command)

    def show_appeals(self):
        """The selected violation's appeals (異議申立): file one, or record its outcome."""
        from penaltytracker.store.notices import appeals_of
        from penaltytracker.ui.notice_undo import DecideAppeal, FileAppeal
        from penaltytracker.ui.withdraw_dialog import AppealDialog

        records = self.log.selected_records()
        if len(records) != 1:
            return None
        store, vid = self.store, records[0].id

        def opened(found) -> None:
            record, appeals = found
            dialog = AppealDialog(record, appeals, self.today(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def saved(what) -> None:
                if what[0] == "file":
                    self.undo_stack.push(FileAppeal(self.ops, self.undo_stack, store, vid, what[1], what[2],
                                                    self.tr("File an appeal"), self.tr("Could not save the appeal")))
                    self.feedback.say(self.tr("Appeal recorded."))
                else:
                    self.undo_stack.push(DecideAppeal(self.ops, self.undo_stack, store, what[1], what[2], what[3],
                                                      record, self.tr("Record the appeal's outcome"),
                                                      self.tr("Could not save the appeal")))
                    self.feedback.say(self.tr("Appeal outcome recorded."))

            dialog.saved.connect(saved)
            self.dialog = dialog
            dialog.open()

        self.ops.run(lambda: (get_violation(store, vid), appeals_of(store, vid)), on_done=opened,
                     title=self.tr("Could not open the violation"))
        return True

    def record_notice(self):
        """Dashboard → Record a notice: what Rakuten's notice says of a level wins."""
        from penaltytracker.store.notices import level_notice_state
        from penaltytracker.ui.notice_dialog import NoticeDialog, default_level
        from penaltytracker.ui.notice_undo import RecordNotice

        shop, store = self.current_shop(), self.store
        if shop is None or store is None:
            return None
        shown = getattr(self.dashboard, "status", None)
        status = shown if shown is not None and shown.shop == shop else None
        year = status.year if status else self.today().year
        level = default_level(status)

        def opened(state) -> None:
            dialog = NoticeDialog(self.rules, self.lang, shop, status, state, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(lambda new: (
                self.undo_stack.push(RecordNotice(self.ops, self.undo_stack, store, new,
                                                  self.tr("Record notice"), self.tr("Could not save the notice"))),
                self.feedback.say(self.tr("Notice recorded: its figures replace the expected ones."))))
            self.dialog = dialog
            dialog.open()

        self.ops.run(lambda: level_notice_state(store, shop, year, level), on_done=opened,
                     title=self.tr("Could not read the notices"))
        return True

    def show_history(self):
        """The selected violation's audit history: read-only, who changed what and when."""
        from penaltytracker.ui.audit_view import AuditHistoryDialog

        records = self.log.selected_records()
        if len(records) != 1:
            return None
        dialog = AuditHistoryDialog(self, self.store, records[0].id, self.lang, rules=self.rules)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.log)
        self.log.focus_search()

    # -- files -------------------------------------------------------------------------

    def _store_folder(self) -> str:
        path = self.store.sqlite_path if self.store else None
        return str(path.parent) if path else str(Path.home())

    def _file_filter(self) -> str:
        return self.tr("PenaltyTracker store (*.sqlite3 *.db);;All files (*)")

    def new_store(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("New store"), self._store_folder(), self._file_filter())
        if path:
            if not Path(path).suffix:
                path += ".sqlite3"
            self.switch_store(path)

    def open_store_dialog(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Open store"), self._store_folder(), self._file_filter())
        if path:
            self.switch_store(path)

    def switch_store(self, target: str) -> None:
        def opened(store) -> None:
            self.settings.last_store = target
            self.set_store(store)
            self.feedback.say(self.tr("Opened {location}").format(location=store.location))

        self.ops.run(lambda: open_store(target), on_done=opened, title=self.tr("Could not open the store"),
                     progress=self.tr("Opening the store…"))

    def take_daily_backup(self):
        """The first open of the day copies the store (in the background; never fails the app)."""
        from penaltytracker.store.backup import daily_backup

        store = self.store
        return self.ops.run(lambda: daily_backup(store), title=self.tr("Could not back up the store"))

    def restore_backup(self) -> bool:
        """File → Restore a backup: the store is closed while its file is replaced, then reopened."""
        from penaltytracker.ui.backup_dialogs import restore_backup_dialog

        path = self.store.sqlite_path if self.store else None
        if path is None:
            return False
        self.ops.wait_idle()  # nothing may be writing while the file is replaced
        self.store.close()
        restored = restore_backup_dialog(self, path, self.lang)
        try:
            self.set_store(open_store(path))
        except StoreError as exc:  # the old engine reconnects on its next use
            self.ops.report_error(exc, self.tr("Could not open the store"))
            return False
        if restored:
            self.feedback.say(self.tr("The store was restored from a backup."))
        return restored

    def import_csv(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import violations CSV"), str(Path.home()),
                                               self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str):
        from penaltytracker.reports.violations_csv import read_violations
        from penaltytracker.store import import_violations

        store = self.store

        rules = self.rules

        def work():
            return import_violations(store, read_violations(path, rules))

        def done(counts) -> None:
            self.feedback.say(self.tr("Imported: {added} added, {updated} updated, {unchanged} already "
                                      "recorded.").format(added=counts.added, updated=counts.updated,
                                                          unchanged=counts.unchanged))

        return self.ops.run(work, on_done=done, mutates=True, title=self.tr("Nothing was imported"),
                            progress=self.tr("Importing {file}…").format(file=Path(path).name))

    def export_csv(self) -> None:
        shop = self.current_shop()
        suggested = str(Path.home() / f"violations{'-' + shop if shop else ''}.csv")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export violations CSV"), suggested,
                                               self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(path)

    def export_file(self, path: str):
        from penaltytracker.reports.violations_csv import write_violations

        store, shop = self.store, self.current_shop()

        def done(count: int) -> None:
            self.feedback.say(self.tr("Exported {n} violation(s) to {file}.").format(n=count, file=path))

        lang, rules = self.lang, self.rules
        return self.ops.run(lambda: write_violations(path, list_violations(store, shop), lang, rules), on_done=done,
                            title=self.tr("Could not export"), progress=self.tr("Exporting…"))

    def export_pdf(self):
        """File → Export PDF report: the selected shop's status summary as of today."""
        return export_pdf(self, self.store, self.rules, self.current_shop(), self.today(), self.lang)

    # -- view, language, help ----------------------------------------------------------

    def ask_warning_margin(self) -> None:
        value, ok = QInputDialog.getInt(
            self, self.tr("Warning margin"),
            self.tr("Warn when a shop is this many points or fewer from the next level:"),
            self.settings.warning_margin, 0, 1000)
        if ok:
            self.set_warning_margin(value)

    def set_warning_margin(self, value: int) -> None:
        self.settings.warning_margin = value
        self.dashboard.set_margin(value)
        self.overview.set_margin(value)
        for panel in (self.overview.todo, self.dashboard.todo):
            panel.refresh()

    def start_tray(self):
        """The tray icon and its reminders (the app, not the tests, starts it)."""
        from penaltytracker.ui.tray import ReminderTray

        if self.tray is None:
            self.tray = ReminderTray(self)
            self.tray.start()
        return self.tray

    def set_start_at_login(self, on: bool) -> None:
        """View → Start minimised to the tray at login: writes or removes the autostart entry."""
        from penaltytracker import autostart

        self.settings.start_at_login = bool(on)
        self.ops.run(lambda: autostart.set_enabled(bool(on)), title=self.tr("Could not change the start at login"),
                     on_error=lambda _e: self.act_autostart.setChecked(_autostart_on()))

    def set_language(self, code: str) -> None:
        self.language.set(code)
        self.settings.language = code
        (self.act_ja if code == "ja" else self.act_en).setChecked(True)
        self.retranslate()
        for page in (self.dashboard, self.log, self.charts, self.whatif, self.shipping, self.review):
            page.set_language(code)
        self.overview.retranslate()
        self._load_shops()
        self.language_changed.emit(code)

    def about(self) -> QMessageBox:
        r = self.rules
        text = self.tr(
            "<h3>PenaltyTracker {version}</h3>"
            "<p>A shop operator's own record of Rakuten Ichiba violation points.</p>"
            "<p>Rule set: {rules}<br>Version {rules_version}, effective {effective}</p>"
            "<p>Store: {store}</p>"
        ).format(version=__version__, rules=r.name_en if self.lang == "en" else r.name_ja,
                 rules_version=r.version, effective=r.effective_date.isoformat(),
                 store=self.store.location if self.store else "")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About PenaltyTracker"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- window state ------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 780)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_shop = self.current_shop()
        self.settings.sync()
        self.ops.wait_idle(10_000)  # let a running save finish before the store closes
        super().closeEvent(event)

