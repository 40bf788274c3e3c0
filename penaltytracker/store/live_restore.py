"""Restoring a backup into a store that other programs may have open (issue 15).

The swap happens inside one write transaction on the live store (BEGIN IMMEDIATE): a
writer that is busy is waited for (the busy timeout), one that comes later waits for the
restore. The current store is copied out (kept) under the same lock, then every table,
index and trigger is replaced by the backup's, and the transaction commits. So a write
that reported success is either in the kept copy (it came first) or in the restored
store (it came after); none goes into a file that is then thrown away, as it did when
the file was renamed over a store still open elsewhere.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

from penaltytracker.paths import make_private
from penaltytracker.store.backup import BackupError
from penaltytracker.store.engine import busy_timeout_ms
from penaltytracker.store.errors import sqlite_detail


def _is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def restore_in_place(target: Path, tmp: Path, keep: Callable[[], Path]) -> Path:
    """Under the store's write lock: copy the current store out (kept), then replace every
    table, index and trigger by the backup's, and commit: one transaction."""
    conn = sqlite3.connect(target, timeout=busy_timeout_ms() / 1000, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")  # the backup's rows are whole as they are
        conn.execute("ATTACH DATABASE ? AS restored", (str(tmp),))
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_lock_error(exc):
                raise _locked(target) from None
            raise
        try:
            kept = keep()  # a reader (SQLite's backup API): not blocked by our lock
            _replace_contents(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE restored")
        # No explicit checkpoint here: a WAL reset racing another program's write is how
        # SQLite before 3.51.3 corrupts a store (the "WAL-reset bug"; seen in
        # tests/test_restore_concurrency.py). The usual automatic checkpoints fold it in.
    except sqlite3.Error as exc:
        if _is_lock_error(exc):
            raise _locked(target) from None
        raise BackupError("restore.failed_unchanged", target=str(target), reason=sqlite_detail(str(exc))) from None
    finally:
        conn.close()
    make_private(target)
    return kept


def _locked(target: Path) -> BackupError:
    from penaltytracker.messages import Msg

    found = _programs_using(target)
    holders = Msg("backup.held_by", programs="; ".join(found)) if found else ""
    return BackupError("backup.restore_locked", store=str(target), holders=holders)


def _programs_using(target: Path) -> list[str]:
    """The other programs that have the store open ("pid 123: penaltytracker import …"),
    as far as the system tells (Linux /proc); an empty list elsewhere."""
    names = {str(target), f"{target}-wal", f"{target}-shm"}
    found = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if not any(os.readlink(fd) in names for fd in (entry / "fd").iterdir()):
                continue
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone, or another user's: not ours to see
        shown = " ".join(a.decode("utf-8", "replace") for a in argv if a)[:160]
        found.append(f"pid {entry.name}: {shown}")
    return found[:5]


def _replace_contents(conn: sqlite3.Connection) -> None:
    def objects(schema: str) -> list[tuple[str, str, str | None]]:
        return conn.execute(f"SELECT type, name, sql FROM {schema}.sqlite_master "
                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()

    wanted = objects("restored")
    if sorted(objects("main")) == sorted(wanted):
        # The same schema (the usual case: a backup of this version): the rows are
        # replaced, the tables stay. Other programs' prepared statements stay valid.
        for kind, name, _sql in wanted:
            if kind == "table":
                conn.execute(f'DELETE FROM main."{name}"')
                conn.execute(f'INSERT INTO main."{name}" SELECT * FROM restored."{name}"')
        _copy_sequence(conn)
        return
    order = {"view": 0, "trigger": 1, "index": 2, "table": 3}
    for kind, name, _sql in sorted(objects("main"), key=lambda o: order.get(o[0], 9)):
        if kind == "index" and _sql is None:
            continue  # an index SQLite made for a constraint goes with its table
        conn.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
    for kind, name, sql in wanted:
        if kind == "table":
            conn.execute(sql)
            conn.execute(f'INSERT INTO main."{name}" SELECT * FROM restored."{name}"')
    _copy_sequence(conn)
    for kind, _name, sql in wanted:
        if kind in ("index", "trigger", "view") and sql is not None:
            conn.execute(sql)
    version = conn.execute("PRAGMA restored.user_version").fetchone()[0]
    conn.execute(f"PRAGMA main.user_version = {int(version)}")


def _copy_sequence(conn: sqlite3.Connection) -> None:
    """AUTOINCREMENT's counters as the backup has them."""
    has_sequence = conn.execute("SELECT count(*) FROM main.sqlite_master WHERE name = 'sqlite_sequence'").fetchone()[0]
    if has_sequence:
        conn.execute("DELETE FROM main.sqlite_sequence")
        if conn.execute("SELECT count(*) FROM restored.sqlite_master WHERE name = 'sqlite_sequence'").fetchone()[0]:
            conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
