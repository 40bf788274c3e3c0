"""The store: SQLAlchemy schema, engine and queries that hand back core values."""

from penaltytracker.store.engine import Store, StoreError, describe, open_store
from penaltytracker.store.violations import *  # noqa: F401,F403
from penaltytracker.store.violations import __all__ as _violations_all

__all__ = ["Store", "StoreError", "describe", "open_store", *_violations_all]

# Every open_store copies a populated SQLite store before migrating it (see backup.py).
from penaltytracker.store.backup import install_hooks as _install_backup_hooks  # noqa: E402

_install_backup_hooks()
