"""What every command needs: the store and the rule set, opened once and on demand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from penaltytracker import settings


class BadInput(Exception):
    """Input or a store that cannot be used: exit code 2 with this message.

    Holds a str (already worded), or a Problem / Msg worded in the user's language
    when it is printed."""

    def __init__(self, what):
        self.what = what
        super().__init__(what)

    def text(self, lang: str) -> str:
        from penaltytracker.messages import Msg, Problem, text

        return text(self.what, lang) if isinstance(self.what, (Problem, Msg)) else str(self.what)


# Errors that are the operator's to fix, turned into exit code 2 by `Context.guard`.
def _input_errors() -> tuple[type[BaseException], ...]:
    from penaltytracker.core.rules import RuleSetError
    from penaltytracker.reports.csv_io import CsvImportError
    from penaltytracker.reports.safe_write import WriteError
    from penaltytracker.store.errors import StoreError

    return (StoreError, RuleSetError, CsvImportError, WriteError)


@dataclass
class Context:
    db: str | None = None
    rules_option: str | None = None
    lang: str = "ja"
    _store: object = field(default=None, repr=False)
    _reader: object = field(default=None, repr=False)
    _rules: object = field(default=None, repr=False)

    def store(self):
        if self._store is None:
            from penaltytracker.store.engine import open_store

            self._store = self.guard(open_store, settings.store_target(self.db))
            from penaltytracker.store.backup import daily_backup

            daily_backup(self._store)  # first open of the day copies the store; never fails a command
        return self._store

    def reader(self):
        """What the read-only commands read: a SQLite store at the newest schema on its own
        driver, without SQLAlchemy (store/quick_read.py); anything else through the store."""
        if self._reader is None:
            from penaltytracker.store.quick_read import StoreReader, open_quick

            quick = None if self._store is not None else self.guard(open_quick, settings.store_target(self.db))
            self._reader = quick or StoreReader(self.store())
        return self._reader

    def rules(self):
        if self._rules is None:
            from penaltytracker.core.rules import load_rules

            self._rules = self.guard(load_rules, settings.rules_file(self.rules_option))
        return self._rules

    def today(self) -> date:
        from penaltytracker.core.status import today_in_japan

        return today_in_japan(self.rules().timezone)

    def guard(self, fn, *args, **kwargs):
        """Run fn; an error the operator can fix becomes BadInput (exit 2, no traceback)."""
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            # The error classes are loaded only when something failed (a command that
            # reads a status never loads the CSV reader).
            if isinstance(exc, _input_errors()):
                raise BadInput(exc) from None
            raise

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self._store is not None:
            self._store.close()
