"""The store: SQLAlchemy schema, engine and queries that hand back core values.

Names are loaded on first use (PEP 562): a read-only command's quick path imports the
light modules here (errors, revisions, status_sql, quick_read) without SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module

_ENGINE_NAMES = ("Store", "StoreError", "describe", "open_store")


def __getattr__(name: str):
    if name in _ENGINE_NAMES:
        value = getattr(import_module("penaltytracker.store.engine"), name)
    elif name in __all__:
        value = getattr(import_module("penaltytracker.store.violations"), name)
    else:  # a submodule not loaded yet: the import system loads it after this
        raise AttributeError(f"module 'penaltytracker.store' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))


__all__ = ["Store", "StoreError", "describe", "open_store", "NotFound", "StaleEdit", "ViolationFilter",
           "ShopOverview", "add_shop", "list_shops", "add_violation", "get_violation", "update_violation",
           "set_violation_status", "delete_violation", "count_violations", "page_violations", "list_violations",
           "violation_years", "shop_status", "status_violations", "shops_overview", "import_violations",
           "audit_history", "delete_violations", "restore_violations", "violation_ids", "violations_by_ids",
           "ImportCounts"]
