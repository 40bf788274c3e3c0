"""Undoable changes to restrictions, on the window's one undo stack (Ctrl+Z / Ctrl+Shift+Z).

Built like ui/undo.py's commands for violations: store work through the operation
helper, a deleted restriction handed back whole (with its log and trades) so undo puts
it back under the same ids, the history cleared if the store refuses a step.
"""

from __future__ import annotations

from dataclasses import replace

from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord, TradeRecord
from penaltytracker.store import restrictions as rs
from penaltytracker.ui.undo import _StoreCommand


class AddRestriction(_StoreCommand):
    def __init__(self, ops, stack, store, record: RestrictionRecord, text: str, error_title: str, on_saved=None):
        super().__init__(ops, stack, text)
        self.store, self.record, self.error_title, self.on_saved = store, record, error_title, on_saved

    def redo(self) -> None:
        store, record = self.store, self.record

        def saved(result: RestrictionRecord) -> None:
            self.record = replace(result, version=None)
            if self.on_saved:
                self.on_saved(result)

        self._run(lambda: rs.add_restriction(store, record), saved, self.error_title)

    def undo(self) -> None:
        store, rid = self.store, self.record.id
        self._run(lambda: rs.delete_restriction(store, rid), title=self.error_title)


class EditRestriction(_StoreCommand):
    """An edit, a lift or a resolution: `before` and `after` are whole records."""

    def __init__(self, ops, stack, store, before: RestrictionRecord, after: RestrictionRecord, text: str,
                 error_title: str, action: str = "edit"):
        super().__init__(ops, stack, text)
        self.store, self.before, self.after, self.error_title, self.action = store, before, after, error_title, action
        self._first = True

    def redo(self) -> None:
        record = self.after if self._first else replace(self.after, version=None)
        self._first = False
        store, action = self.store, self.action
        self._run(lambda: rs.update_restriction(store, record, action=action), title=self.error_title)

    def undo(self) -> None:
        store, record = self.store, replace(self.before, version=None)
        self._run(lambda: rs.update_restriction(store, record), title=self.error_title)


class DeleteRestriction(_StoreCommand):
    def __init__(self, ops, stack, store, restriction_id: int, text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.rid, self.error_title = store, restriction_id, error_title
        self.bundle = None

    def redo(self) -> None:
        store, rid = self.store, self.rid

        def deleted(bundle) -> None:
            self.bundle = bundle

        self._run(lambda: rs.delete_restriction(store, rid), deleted, self.error_title)

    def undo(self) -> None:
        store, bundle = self.store, self.bundle
        if bundle is not None:
            self._run(lambda: rs.restore_restriction(store, *bundle), title=self.error_title)


class AddContact(_StoreCommand):
    """Log a contact; the documents are copied once (undo keeps the copies, redo reuses them)."""

    def __init__(self, ops, stack, store, entry: ContactEntry, files: list[str], text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.entry, self.files, self.error_title = store, entry, list(files), error_title

    def redo(self) -> None:
        store, entry, files = self.store, self.entry, self.files

        def saved(result: ContactEntry) -> None:
            self.entry, self.files = result, []  # redo puts back this entry, copies already made

        self._run(lambda: rs.add_contact(store, entry, files), saved, self.error_title)

    def undo(self) -> None:
        store, cid = self.store, self.entry.id
        self._run(lambda: rs.delete_contact(store, cid), title=self.error_title)


class AddTrade(_StoreCommand):
    def __init__(self, ops, stack, store, trade: TradeRecord, text: str, error_title: str):
        super().__init__(ops, stack, text)
        self.store, self.trade, self.error_title = store, trade, error_title

    def redo(self) -> None:
        store, trade = self.store, self.trade

        def saved(result: TradeRecord) -> None:
            self.trade = result

        self._run(lambda: rs.add_trade(store, trade), saved, self.error_title)

    def undo(self) -> None:
        store, tid = self.store, self.trade.id
        self._run(lambda: rs.delete_trade(store, tid), title=self.error_title)


__all__ = ["AddContact", "AddRestriction", "AddTrade", "DeleteRestriction", "EditRestriction"]
