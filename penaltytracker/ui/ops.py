"""One way to run store work: off the UI thread, errors as dialogs, views refreshed after.

Like Anki's CollectionOp: every mutation and every query that can take a while goes
through `Ops.run`. The work function runs on a pool thread and must not touch widgets;
`on_done` runs back on the UI thread with its result. Writes run one at a time and in
the order asked (undo then redo must reach the store in that order); reads run beside
them. After a write, `data_changed` tells every view to reload.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

# Errors the operator can act on: their message is shown as it is (it names the file,
# row or field); anything else is a bug and is shown with its type.
def _operator_errors() -> tuple[type[BaseException], ...]:
    from penaltytracker.core.rules import RuleSetError
    from penaltytracker.reports.csv_io import CsvImportError
    from penaltytracker.reports.safe_write import WriteError
    from penaltytracker.store.engine import StoreError

    return (StoreError, CsvImportError, RuleSetError, WriteError, ValueError, OSError)


class _Signals(QObject):
    finished = Signal(object, object)  # result, error (exactly one is not None... or both None)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()  # created on the UI thread: delivery is queued back to it

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as exc:  # handed to the UI thread, which decides how to show it
            exc.__traceback_text__ = traceback.format_exc()
            result, error = None, exc
        self.signals.finished.emit(result, error)


@dataclass
class Operation:
    """A running piece of work; tests and callers can wait on `done`."""

    title: str
    mutates: bool
    done: bool = False
    result: Any = None
    error: BaseException | None = None
    _job: _Job | None = field(default=None, repr=False)


class Ops(QObject):
    """The operation helper of one main window."""

    data_changed = Signal()  # a write finished: reload what is shown
    busy_changed = Signal(bool)
    error_shown = Signal(str)  # the text of an error dialog (for tests and logging)
    idle = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._parent_widget = parent
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # writes in order, one at a time
        self._reader = QThreadPool(self)
        self._reader.setMaxThreadCount(2)
        self._running: list[Operation] = []
        self.last_error: str | None = None
        self.show_errors = True  # smoke mode prints instead
        self.error_hook: Callable[[str], None] | None = None
        # The language errors are worded in (messages.toml): the main window's current one.
        self.language: Callable[[], str] = lambda: getattr(getattr(parent, "language", None), "code", "ja")

    # -- running -----------------------------------------------------------------------

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        mutates: bool = False,
        title: str = "",
        progress: str | None = None,
        refresh: bool | None = None,
    ) -> Operation:
        """Run `work()` on a pool thread.

        mutates: a write (serialised; views reload afterwards unless refresh=False).
        title: what failed, for the error dialog's heading (already translated).
        progress: a label for a progress dialog shown if the work takes a moment.
        """
        op = Operation(title=title, mutates=mutates)
        job = _Job(work)
        op._job = job
        dialog = self._progress_dialog(progress) if progress else None

        def finished(result, error):
            op.done, op.result, op.error = True, result, error
            if not isValid(self):
                return  # the window closed while the work ran: nothing is left to show it in
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._running.remove(op)
            try:
                if error is None:
                    if on_done is not None:
                        on_done(result)
                else:
                    if on_error is not None:
                        on_error(error)
                    self.report_error(error, title)
            finally:
                if mutates and (refresh if refresh is not None else True):
                    self.data_changed.emit()
                if not self._running:
                    self.busy_changed.emit(False)
                    self.idle.emit()

        job.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        was_idle = not self._running
        self._running.append(op)
        if was_idle:
            self.busy_changed.emit(True)
        (self._writer if mutates else self._reader).start(job)
        return op

    def is_idle(self) -> bool:
        return not self._running

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until nothing runs (for scripts; the UI itself never waits)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self._running and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self._running

    # -- feedback ----------------------------------------------------------------------

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, self._parent_widget)
        dialog.setWindowTitle(QCoreApplication.translate("Ops", "Please wait"))
        dialog.setCancelButton(None)  # a transaction cannot be stopped half-way
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setValue(0)
        return dialog

    def error_text(self, error: BaseException) -> str:
        from penaltytracker.redact import mask_known  # a password never reaches a dialog

        if isinstance(error, _operator_errors()):
            from penaltytracker.messages import text

            return mask_known(text(error, self.language()))
        return mask_known(QCoreApplication.translate("Ops", "Unexpected error ({kind}): {message}").format(
            kind=type(error).__name__, message=error))

    def report_error(self, error: BaseException, title: str = "") -> None:
        message = self.error_text(error)
        self.last_error = message
        heading = title or QCoreApplication.translate("Ops", "The operation failed")
        self.error_shown.emit(message)
        if self.error_hook is not None:
            self.error_hook(f"{heading}: {message}")
        if not self.show_errors:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, heading, heading, QMessageBox.StandardButton.Ok,
                          self._parent_widget)
        box.setInformativeText(message)
        if not isinstance(error, _operator_errors()):
            from penaltytracker.redact import mask_known

            box.setDetailedText(mask_known(getattr(error, "__traceback_text__", "")))
        box.setObjectName("opsErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but never blocks the event loop (tests, other work)


__all__ = ["Ops", "Operation"]
