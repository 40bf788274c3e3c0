"""The store's refusals as message codes, and SQLite's reasons in the user's words.

Light on purpose (no SQLAlchemy): the read-only commands' quick path (store/quick_read.py)
raises and words the very same errors as the full store.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from penaltytracker.messages import Msg, Problem

BUSY_TIMEOUT_MS = 10_000


def busy_timeout_ms() -> int:
    """How long to wait for another program's write before giving up.
    PENALTYTRACKER_BUSY_TIMEOUT_MS overrides it (tests use a short wait)."""
    try:
        return max(0, int(os.environ.get("PENALTYTRACKER_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


class StoreError(Problem):
    """The store cannot be used, or refuses a change: a message code (messages.toml) and
    its parameters, e.g. StoreError("store.locked", location=...)."""


class NotFound(StoreError):
    """No such shop, violation, restriction…"""


def sqlite_detail(text: str) -> Msg | str:
    """SQLite's reason in the user's words when it is a known one (else as SQLite says it)."""
    lowered = text.lower()
    if "malformed" in lowered:
        return Msg("store.detail.malformed")
    if "not a database" in lowered:
        return Msg("store.detail.not_a_database")
    return text


def check_detail(lines: list[str]) -> Msg:
    """What an integrity check found: how many problems (SQLite's own lines are kept in `found`)."""
    return Msg("store.detail.check", n=len(lines), found="; ".join(lines[:3]))


def sqlite_message(text: str, location: str, path: Path | None = None) -> StoreError:
    lowered = text.lower()
    if "locked" in lowered or "lock timeout" in lowered or "busy" in lowered:
        return StoreError("store.locked", location=location)
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError("store.read_only", location=location)
    if "malformed" in lowered or "not a database" in lowered:
        return StoreError("store.damaged", location=location, detail=sqlite_detail(text))
    if "unable to open" in lowered:
        if path is not None and not os.access(path.parent, os.W_OK):
            return StoreError("store.folder_read_only", location=location, folder=str(path.parent))
        return StoreError("store.cannot_open", location=location)
    if "disk i/o error" in lowered:
        return StoreError("store.disk_io", location=location)
    if "disk is full" in lowered or "no space" in lowered:
        return StoreError("store.disk_full", location=location)
    return StoreError("store.cannot_use", location=location, detail=text)


# A full check of a big store would slow every start; the usual small store is checked
# whole within this budget, a big one as far as it gets (damage found later is still
# reported as StoreError by the error translator).
QUICK_CHECK_BUDGET_S = 0.05
QUICK_CHECK_MAX_BYTES = 16 * 2**20  # checked whole well within the budget (benchmarks/README.md)


def bounded_quick_check(conn) -> list[str] | None:
    import time

    deadline = time.monotonic() + QUICK_CHECK_BUDGET_S
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return None
        raise
    finally:
        conn.set_progress_handler(None, 0)
