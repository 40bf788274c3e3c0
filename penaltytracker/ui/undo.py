"""Undoable changes to the violation log (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

Each command does its store work through the operation helper. Deleting hands back
the full record, and adding a record that carries an id puts it back under that id,
so undo restores a deleted violation exactly. If the store refuses a step (someone
else changed the row), the error is shown and the history is cleared, because the
remaining steps may no longer fit the store.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand, QUndoStack

from penaltytracker.core.model import WITHDRAWN, ViolationRecord
from penaltytracker.store import (
    add_violation, delete_violation, delete_violations, restore_violations, update_violation,
)
from penaltytracker.ui.ops import Ops


class _StoreCommand(QUndoCommand):
    def __init__(self, ops: Ops, stack: QUndoStack, text: str):
        super().__init__(text)
        self.ops = ops
        self.stack = stack
        self.store = None
        # Called with the store's result once a redo / undo is done (the window says so).
        self.on_redone = None
        self.on_undone = None

    def _run(self, work, on_done=None, title: str = "", undoing: bool = False):
        def failed(_error):
            self.stack.clear()

        def done(result):
            if on_done is not None:
                on_done(result)
            hook = self.on_undone if undoing else self.on_redone
            if hook is not None:
                hook(result)

        self.ops.run(work, on_done=done, on_error=failed, mutates=True, title=title)


class AddViolation(_StoreCommand):
    def __init__(self, ops, stack, store, record: ViolationRecord, text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.record, self.error_title = store, record, error_title

    def redo(self) -> None:
        store, record = self.store, self.record

        def saved(result: ViolationRecord) -> None:
            self.record = replace(result, version=None)  # a later redo puts it back under this id

        self._run(lambda: add_violation(store, record), saved, self.error_title)

    def undo(self) -> None:
        store, vid = self.store, self.record.id
        self._run(lambda: delete_violation(store, vid), title=self.error_title, undoing=True)


class DeleteViolations(_StoreCommand):
    def __init__(self, ops, stack, store, records: list[ViolationRecord], text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.records, self.error_title = store, list(records), error_title

    def redo(self) -> None:
        store, ids = self.store, [r.id for r in self.records]

        def work():
            return delete_violations(store, ids)

        def deleted(records):
            self.records = [replace(r, version=None) for r in records]

        self._run(work, deleted, self.error_title)

    def undo(self) -> None:
        store, records = self.store, self.records
        self._run(lambda: restore_violations(store, records), title=self.error_title, undoing=True)


class EditViolation(_StoreCommand):
    """An edit or a withdraw/restore: `before` and `after` are whole records."""

    def __init__(self, ops, stack, store, before: ViolationRecord, after: ViolationRecord, text: str,
                 error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.before, self.after, self.error_title = store, before, after, error_title
        self._first = True

    def redo(self) -> None:
        # The first save checks the version read by the dialog (refuses stale edits);
        # undo/redo then write the values they hold.
        record = self.after if self._first else replace(self.after, version=None)
        self._first = False
        store = self.store
        self._run(lambda: update_violation(store, record), title=self.error_title)

    def undo(self) -> None:
        store, record = self.store, replace(self.before, version=None)
        self._run(lambda: update_violation(store, record), title=self.error_title, undoing=True)


def status_after(record: ViolationRecord, status: str, withdrawn_on=None) -> ViolationRecord:
    """The record withdrawn from `withdrawn_on` (None: it never counted), or restored."""
    return replace(record, status=status, withdrawn_on=withdrawn_on if status == WITHDRAWN else None)


__all__ = ["AddViolation", "DeleteViolations", "EditViolation", "status_after", "WITHDRAWN"]


# --- appended for incidents and suspicious orders (issue 17) ---------------------------------

class StoreStep(_StoreCommand):
    """Any undoable store change given as two functions: `do()` and `undo()`, each run off
    the UI thread through the operation helper. `done(result)` sees what `do` handed back
    (e.g. the record a delete returned, so that undo can put it back)."""

    def __init__(self, ops, stack, text: str, do, undo, error_title: str, done=None):
        super().__init__(ops, stack, text)
        self.do, self.undo_work, self.error_title, self.done = do, undo, error_title, done

    def redo(self) -> None:
        self._run(self.do, self.done, self.error_title)

    def undo(self) -> None:
        self._run(self.undo_work, title=self.error_title)


__all__ += ["StoreStep"]
