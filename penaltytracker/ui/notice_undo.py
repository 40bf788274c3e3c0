"""Undoable changes from notices and appeals (the same QUndoStack as the violation log)."""

from __future__ import annotations

from penaltytracker.store.notices import LevelNoticeState, decide_appeal, delete_appeal, file_appeal, \
    record_level_notice
from penaltytracker.ui.undo import _StoreCommand


class RecordNotice(_StoreCommand):
    """Record a level's notice; undo puts back what was recorded before."""

    def __init__(self, ops, stack, store, state: LevelNoticeState, text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.state, self.before, self.error_title = store, state, None, error_title

    def redo(self) -> None:
        store, state = self.store, self.state

        def done(before):
            self.before = before

        self._run(lambda: record_level_notice(store, state), done, self.error_title)

    def undo(self) -> None:
        store, before = self.store, self.before
        if before is not None:
            self._run(lambda: record_level_notice(store, before), title=self.error_title)


class FileAppeal(_StoreCommand):
    def __init__(self, ops, stack, store, violation_id: int, filed_on, note: str, text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.args, self.appeal_id, self.error_title = store, (violation_id, filed_on, note), None, \
            error_title

    def redo(self) -> None:
        store, args = self.store, self.args

        def done(appeal):
            self.appeal_id = appeal.id

        self._run(lambda: file_appeal(store, *args), done, self.error_title)

    def undo(self) -> None:
        store, appeal_id = self.store, self.appeal_id
        if appeal_id is not None:
            self._run(lambda: delete_appeal(store, appeal_id), title=self.error_title)


class DecideAppeal(_StoreCommand):
    """Record an appeal's outcome (accepted withdraws the violation). Undo sets the appeal
    back to pending and the violation back to what it was."""

    def __init__(self, ops, stack, store, appeal_id: int, outcome: str, decided_on, before_violation, text: str,
                 error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.appeal_id, self.outcome, self.decided_on = store, appeal_id, outcome, decided_on
        self.before_violation, self.error_title = before_violation, error_title

    def redo(self) -> None:
        store, a, o, d = self.store, self.appeal_id, self.outcome, self.decided_on
        self._run(lambda: decide_appeal(store, a, o, d), title=self.error_title)

    def undo(self) -> None:
        from dataclasses import replace

        from penaltytracker.store import update_violation

        store, a, before = self.store, self.appeal_id, replace(self.before_violation, version=None)

        def work():
            decide_appeal(store, a, "pending", None)
            return update_violation(store, before)

        self._run(work, title=self.error_title)
