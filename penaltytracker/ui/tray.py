"""The tray icon: a desktop notification when something falls due while the app runs.

What is due is re-checked every CHECK_MINUTES, just after midnight Japan time (when
the date turns and new items fall due), and after every change to the store. An item
is notified once: the keys of the items notified are remembered between runs (only
those still due are kept, so an item that goes away and comes back is told again).
Every notification goes through `notify` (tests observe it, or its `notified` signal).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from penaltytracker.core.reminders import DEFAULT_WITHIN_DAYS, Reminder
from penaltytracker.messages import message
from penaltytracker.paths import resources_dir

CHECK_MINUTES = 30
MAX_LINES = 4  # lines of one notification; the rest are counted
NOTIFY_MS = 15_000


def ms_to_next_midnight(now: datetime, timezone: str = "Asia/Tokyo") -> int:
    """Milliseconds from `now` to one minute past the next midnight in `timezone`."""
    local = now.astimezone(ZoneInfo(timezone))
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=1, second=0, microsecond=0)
    return max(1000, int((midnight - local).total_seconds() * 1000))


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTray(QObject):
    """The main window's tray icon and reminder checks."""

    notified = Signal(str, str)  # title, body: every notification shown
    checked = Signal(list)  # the items due at the last check

    def __init__(self, window, within: int = DEFAULT_WITHIN_DAYS):
        super().__init__(window)
        self.window = window
        self.within = within
        self.items: list[Reminder] = []
        self._notified: set[str] = set(window.settings.notified_reminders)
        self._generation = 0
        icon_file = resources_dir() / "icons" / "penaltytracker.png"
        icon = QIcon(str(icon_file)) if icon_file.exists() else QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setObjectName("reminderTray")
        self.menu = QMenu()
        self.act_show = QAction(self)
        self.act_show.triggered.connect(self.show_window)
        self.act_check = QAction(self)
        self.act_check.triggered.connect(self.check)
        self.act_quit = QAction(self)
        self.act_quit.triggered.connect(self.quit)
        self.menu.addActions([self.act_show, self.act_check])
        self.menu.addSeparator()
        self.menu.addAction(self.act_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_window)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MINUTES * 60_000)
        self.timer.timeout.connect(self.check)
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._at_midnight)
        window.data_changed.connect(self.check)
        window.installEventFilter(self)  # closing the window ends the app, tray or not
        window.language_changed.connect(lambda _code: self.retranslate())
        self.retranslate()

    # -- running -----------------------------------------------------------------------

    def start(self) -> None:
        """Show the icon (where there is a tray), start the timers, check now."""
        if tray_available():
            self.icon.show()
        self.timer.start()
        self._arm_midnight()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.midnight.stop()
        self.icon.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._window_closed)
        return False

    def _window_closed(self) -> None:
        if not self.window.isVisible():
            self.stop()
            app = QApplication.instance()
            if app is not None and not app.quitOnLastWindowClosed():
                app.quit()

    def _arm_midnight(self) -> None:
        self.midnight.start(ms_to_next_midnight(datetime.now(ZoneInfo("UTC")), self.window.rules.timezone))

    def _at_midnight(self) -> None:
        self.check()
        self._arm_midnight()

    def check(self) -> None:
        """Read what is due (off the UI thread); notify what was not notified before."""
        store = self.window.store
        if store is None:
            return
        from penaltytracker.store.reminders import due_reminders

        self._generation += 1
        generation = self._generation
        rules, today, within = self.window.rules, self.window.today(), self.within
        margin = self.window.settings.warning_margin

        def done(items) -> None:
            if generation == self._generation:
                self.due(list(items))

        self.window.ops.run(lambda: due_reminders(store, rules, today, within, margin), on_done=done,
                            title=self.tr("Could not read what is due"))

    def due(self, items: list[Reminder]) -> list[Reminder]:
        """The items due now: notify those not notified yet; hands back the new ones."""
        self.items = items
        keys = [self._key(r) for r in items]
        new = [r for r, k in zip(items, keys) if k not in self._notified]
        self._notified = set(keys)  # forget what is no longer due
        self.window.settings.notified_reminders = sorted(self._notified)
        self._set_tooltip()
        if new:
            lang = self.window.lang
            lines = [r.text(lang, self.window.rules) for r in new[:MAX_LINES]]
            if len(new) > MAX_LINES:
                lines.append(message("reminder.tray_more", lang, n=len(new) - MAX_LINES))
            self.notify(message("reminder.tray_title", lang, n=len(new)), "\n".join(lines))
        self.checked.emit(items)
        return new

    def notify(self, title: str, body: str) -> None:
        """The one way a notification is shown."""
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)
        self.notified.emit(title, body)

    @staticmethod
    def _key(r: Reminder) -> str:
        return r.key or f"{r.kind}:{r.shop}:{r.due.isoformat()}"

    # -- the icon ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.act_show.setText(self.tr("Show PenaltyTracker"))
        self.act_check.setText(self.tr("Check what is due now"))
        self.act_quit.setText(self.tr("Quit"))
        self._set_tooltip()

    def _set_tooltip(self) -> None:
        n = len(self.items)
        self.icon.setToolTip(self.tr("PenaltyTracker: {n} thing(s) to do").format(n=n) if n
                             else self.tr("PenaltyTracker: nothing is due"))

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def quit(self) -> None:
        """Tray → Quit: the window may be hidden, so closing it alone would not end the app."""
        self.stop()
        self.window.close()
        QApplication.instance().quit()

    def show_window(self) -> None:
        w = self.window
        w.showNormal() if w.isMinimized() else w.show()
        w.raise_()
        w.activateWindow()


def show_main_window(window, minimized: bool) -> bool:
    """Start-up: with --minimized and a tray, only the tray icon shows; otherwise the
    window. Hands back whether the window was shown."""
    if minimized and tray_available():
        # Hidden: a dialog closed while the window is hidden must not end the app.
        QApplication.instance().setQuitOnLastWindowClosed(False)
        return False
    window.show()
    return True


__all__ = ["ReminderTray", "show_main_window", "tray_available", "ms_to_next_midnight", "CHECK_MINUTES"]
