"""Backups of the SQLite store: consistent copies in the data folder, and restoring one.

A copy is taken with SQLite's backup API (a consistent snapshot even while another
program writes), before every migration of a populated store and once a day on first
open. The last BACKUPS_KEPT copies of each store are kept. A server store (PostgreSQL)
is backed up by its administrator (pg_dump), not here.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from penaltytracker.messages import os_reason
from penaltytracker.store.engine import (Store, StoreError, busy_timeout_ms, check_detail, looks_like_sqlite,
                                         set_before_migration_hook, sqlite_detail)

# How many copies of one store to keep; older ones are removed after each new copy.
BACKUPS_KEPT = 14
SUFFIX = ".sqlite3"
_SQLITE_HEADER = b"SQLite format 3\x00"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<key>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]+?)"
                   + re.escape(SUFFIX) + "$")
_STAMP = "%Y%m%d-%H%M%S"

log = logging.getLogger(__name__)


class BackupError(StoreError):
    """A backup could not be made or a file cannot be restored: a code (backup.*, restore.*)."""


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backups folder, as the restore list shows it."""

    path: Path
    store_name: str  # the store file's name without suffix, e.g. "penaltytracker"
    taken_at: datetime  # local time the copy was taken
    reason: str  # "daily", "manual", "before-migration", "before-restore"
    size: int  # bytes

    def belongs_to(self, store_path: str | os.PathLike) -> bool:
        return self.path.name.startswith(_prefix(Path(store_path)))


def backups_dir() -> Path:
    from penaltytracker.paths import data_dir

    return data_dir() / "backups"


def _make_private(path: Path) -> None:
    from penaltytracker.paths import make_private

    make_private(path)


def _private_backups_dir() -> Path:
    """The backups folder, created (with the data folder) for the user alone."""
    from penaltytracker.paths import data_dir, private_dir

    private_dir(data_dir())
    return private_dir(backups_dir())


def _store_key(store_path: Path) -> str:
    # Two stores with the same file name in different folders keep separate copies.
    resolved = str(Path(store_path).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:8]


def _prefix(store_path: Path) -> str:
    store_path = Path(store_path)
    return f"{store_path.stem}-{_store_key(store_path)}-"


def _sqlite_path(store_or_path: Store | str | os.PathLike) -> Path:
    if isinstance(store_or_path, Store):
        if not store_or_path.is_sqlite or store_or_path.sqlite_path is None:
            raise BackupError("backup.server_store", location=store_or_path.location)
        return store_or_path.sqlite_path
    return Path(store_or_path).expanduser().resolve()


def _copy_database(source: Path, dest: Path) -> None:
    """SQLite's online backup of `source` into a new file `dest`, written whole or not at all."""
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A self-contained single file (no -wal beside it), whatever mode the store uses.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _make_private(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError("backup.locked", source=str(source)) from None
        raise BackupError("backup.cannot_copy", source=str(source), detail=sqlite_detail(str(exc))) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError("backup.cannot_write", dest=str(dest), reason=os_reason(exc)) from None


def _new_backup_path(folder: Path, store_path: Path, reason: str, now: datetime) -> Path:
    base = f"{_prefix(store_path)}{now.strftime(_STAMP)}"
    # Two copies within one second (e.g. daily + before-migration) are numbered in order,
    # after every copy of that second, even ones already pruned away.
    taken = [int(m["n"] or 1) for p in folder.glob(f"{glob.escape(base)}-*")
             if (m := _NAME.match(p.name)) and p.name.startswith(base + "-")]
    if not taken:
        return folder / f"{base}-{reason}{SUFFIX}"
    return folder / f"{base}-{max(taken) + 1}-{reason}{SUFFIX}"


def backup_store(store_or_path: Store | str | os.PathLike, out: str | os.PathLike | None = None, *,
                 reason: str = "manual", keep: int = BACKUPS_KEPT) -> Path:
    """Copy the store. Into the backups folder (keeping the last `keep`), or to `out`."""
    source = _sqlite_path(store_or_path)
    if not source.is_file():
        raise BackupError("backup.no_store_file", source=str(source))
    if source.stat().st_size == 0 or not looks_like_sqlite(source):  # never open(): engine.looks_like_sqlite
        raise BackupError("backup.not_sqlite_store", source=str(source))
    if out is not None:
        _refuse_special(Path(out).expanduser())
        dest = Path(out).expanduser().resolve()
        if dest == source:
            raise BackupError("backup.same_as_store", source=str(source))
        if not dest.parent.is_dir():
            raise BackupError("backup.no_dest_folder", dest=str(dest), folder=str(dest.parent))
        _copy_database(source, dest)
        return dest
    folder = backups_dir()
    try:
        _private_backups_dir()
    except OSError as exc:
        raise BackupError("backup.cannot_create_folder", folder=str(folder), reason=os_reason(exc)) from None
    dest = _new_backup_path(folder, source, reason, datetime.now())
    _copy_database(source, dest)
    prune(source, keep)
    return dest


def _refuse_special(dest: Path) -> None:
    """A device (/dev/full), a FIFO, a symlink or a folder is never replaced by a copy."""
    import stat

    try:
        mode = os.lstat(dest).st_mode
    except OSError:
        return  # a new name (or one the copy itself will say it cannot write)
    if not stat.S_ISREG(mode):
        raise BackupError("backup.not_a_regular_file", path=str(dest))


def list_backups(store_path: str | os.PathLike | None = None) -> list[BackupInfo]:
    """Copies in the backups folder, newest first; only one store's when `store_path` is given."""
    folder = backups_dir()
    if not folder.is_dir():
        return []
    prefix = _prefix(Path(store_path)) if store_path is not None else ""
    found = []
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m or not path.name.startswith(prefix) or not path.is_file():
            continue
        try:
            taken = datetime.strptime(m["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((taken, int(m["n"] or 1), BackupInfo(path, m["stem"], taken, m["reason"], size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _, _, info in found]


def prune(store_path: str | os.PathLike, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Remove all but the newest `keep` copies of one store; hands back what was removed."""
    removed = []
    for info in list_backups(store_path)[keep:]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:  # a copy we cannot remove is left; it harms nothing
            log.warning("could not remove the old backup %s: %s", info.path, exc)
    return removed


def _is_populated(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000)
        try:
            return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM shops)").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def daily_backup(store: Store, today: date | None = None) -> Path | None:
    """The first open of a day copies a populated store. Never stops the app or a command:
    a failure is logged as a warning, and the store is still used."""
    if not store.is_sqlite or store.sqlite_path is None:
        return None
    path = store.sqlite_path
    today = today or date.today()
    try:
        if any(b.taken_at.date() == today for b in list_backups(path)):
            return None
        if not _is_populated(path):
            return None  # a new, empty store has nothing to lose yet
        return backup_store(path, reason="daily")
    except (StoreError, OSError) as exc:
        log.warning("today's backup of the store was not made: %s", exc)
        return None


def _before_migration(store: Store) -> None:
    """Engine hook: a populated store is copied before its schema changes."""
    backup_store(store, reason="before-migration")


def install_hooks() -> None:
    set_before_migration_hook(_before_migration)


# --- restore ----------------------------------------------------------------------------

def check_backup_file(path: str | os.PathLike) -> str:
    """Refuse anything that is not a sound PenaltyTracker store this version can open.
    Hands back the file's schema revision."""
    from alembic.script import ScriptDirectory

    from penaltytracker.store.engine import MIGRATIONS_DIR

    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError("restore.no_file", path=str(path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BackupError("restore.unreadable", path=str(path), reason=os_reason(exc)) from None
    if head != _SQLITE_HEADER:
        raise BackupError("restore.not_sqlite", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError("restore.damaged_check", path=str(path), detail=check_detail(result))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "shops", "violations"} <= tables:
                raise BackupError("restore.not_store", path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError("restore.damaged", path=str(path), detail=sqlite_detail(str(exc))) from None
    revision = row[0] if row else None
    try:
        known = revision is not None and ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision) is not None
    except Exception:
        known = False
    if not known:
        raise BackupError("restore.newer_version", path=str(path), schema=revision)
    return revision


def _keep_current(target: Path) -> Path | None:
    """Copy the store about to be replaced. A damaged store is kept byte for byte."""
    if not target.exists():
        return None
    try:
        return backup_store(target, reason="before-restore")
    except BackupError:
        pass
    folder = backups_dir()
    try:
        _private_backups_dir()
        dest = _new_backup_path(folder, target, "damaged", datetime.now())
        shutil.copyfile(target, dest)
        _make_private(dest)
        wal = Path(f"{target}-wal")
        if wal.exists():  # beside the copy, so that SQLite applies it when the copy is opened
            shutil.copyfile(wal, Path(f"{dest}-wal"))
            _make_private(Path(f"{dest}-wal"))
        return dest
    except OSError as exc:
        raise BackupError("restore.cannot_keep_current", target=str(target), reason=os_reason(exc)) from None


def restore_backup(target_path: str | os.PathLike, backup_file: str | os.PathLike) -> Path | None:
    """Replace the store at `target_path` by `backup_file`, after checking the file and keeping
    the current store as a backup (handed back).

    The swap happens inside one write transaction on the live store (BEGIN IMMEDIATE): a
    writer that is busy is waited for (the busy timeout), and one that comes later waits for
    the restore. So every write that reported success is either in the kept copy (it came
    before) or in the restored store (it came after); none goes into a file that is then
    thrown away. Other programs may keep the store open: they see the restored store."""
    target = Path(target_path).expanduser().resolve()
    source = Path(backup_file).expanduser().resolve()
    check_backup_file(source)
    if source == target:
        raise BackupError("restore.is_the_store", source=str(source))
    if not target.parent.is_dir():
        raise BackupError("restore.no_folder", target=str(target), folder=str(target.parent))
    tmp = target.with_name(f".{target.name}.restoring")
    try:
        # Copied first: keeping the current store below may prune the oldest backup, which
        # could be the very file being restored.
        tmp.unlink(missing_ok=True)
        shutil.copyfile(source, tmp)
        _make_private(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError("restore.failed_unchanged", target=str(target), reason=os_reason(exc)) from None
    try:
        if target.exists() and target.stat().st_size > 0 and _opens_as_sqlite(target):
            from penaltytracker.store.live_restore import restore_in_place

            return restore_in_place(target, tmp, keep=lambda: backup_store(target, reason="before-restore"))
        return _restore_by_rename(target, tmp)
    finally:
        tmp.unlink(missing_ok=True)


def _opens_as_sqlite(path: Path) -> bool:
    """The live store reads as a database (else it is damaged: kept byte for byte and replaced)."""
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout_ms() / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            return True  # sound but busy: the locked path below waits for it or says so
        return False
    except sqlite3.DatabaseError:
        return False


def _restore_by_rename(target: Path, tmp: Path) -> Path | None:
    """No store yet, or a damaged one (nothing can write to it): kept byte for byte, then
    the backup is renamed into its place."""
    kept = _keep_current(target)
    try:
        if target.exists():
            _fold_wal(target)
        # A -wal left by the old store would be replayed into the restored one: remove it
        # (its content is in the copy kept above) just before the rename.
        for extra in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
            extra.unlink(missing_ok=True)
        os.replace(tmp, target)
        _make_private(target)
        _fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError("restore.failed_kept" if kept else "restore.failed_unchanged", target=str(target),
                          reason=os_reason(exc), kept=str(kept)) from None
    return kept


def _fold_wal(target: Path) -> None:
    # Closing the last connection checkpoints the WAL into the file and removes it.
    try:
        conn = sqlite3.connect(target, timeout=busy_timeout_ms() / 1000)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # a damaged store: its bytes are already kept


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["BACKUPS_KEPT", "BackupError", "BackupInfo", "backups_dir", "backup_store", "list_backups", "prune",
           "daily_backup", "install_hooks", "check_backup_file", "restore_backup"]
