"""Opening a store: SQLite file (default) or a server URL, brought up to date on open."""

from __future__ import annotations

import os
import sqlite3

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from penaltytracker.messages import os_reason

# Light pieces (no SQLAlchemy) shared with the read-only commands' quick path.
from penaltytracker.store.errors import (  # noqa: E402,F401
    BUSY_TIMEOUT_MS, QUICK_CHECK_MAX_BYTES, StoreError, bounded_quick_check as _bounded_quick_check,
    busy_timeout_ms, check_detail, sqlite_detail,
    sqlite_message as _sqlite_message,
)
from penaltytracker.store.revisions import (  # noqa: E402,F401
    MIGRATIONS_DIR, revisions_from_files as _revisions_from_files,
)

def describe(url_or_path: str) -> str:
    """The store's location for messages and titles, never with its password (in any
    form: user:password@, an unencoded "@" in it, ?password=, conninfo; penaltytracker.redact)."""
    from penaltytracker.redact import mask

    try:
        url = make_url(url_or_path)
    except (ArgumentError, ValueError):  # e.g. a port that is not a number
        return mask(url_or_path)
    if url.drivername.startswith("sqlite"):
        return url.database or ":memory:"
    return mask(url_or_path)


def to_url(target: str | os.PathLike | None) -> str:
    """A path becomes a SQLite URL; a URL (has '://') is used as it is."""
    if target is None:
        from penaltytracker.paths import default_store_path

        target = default_store_path()
    text = os.fspath(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    _switch_to_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoint, never corrupt
    cur.close()


def _switch_to_wal(cur) -> None:
    """PRAGMA journal_mode=WAL. On a new store it needs the file to itself, and SQLite
    answers "locked" at once, without waiting, while another program opens it at the same
    moment (a deadlock guard): tried again until the busy timeout is spent."""
    import time

    deadline = time.monotonic() + busy_timeout_ms() / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _postgres_session(dbapi_conn, _record) -> None:
    # Wait for another writer's row lock as long as SQLite would, then fail clearly
    # instead of waiting forever. SET is transactional in PostgreSQL: commit it.
    cur = dbapi_conn.cursor()
    cur.execute(f"SET lock_timeout = {busy_timeout_ms()}")
    cur.close()
    dbapi_conn.commit()


@dataclass
class Store:
    engine: Engine
    session_factory: sessionmaker[Session]
    location: str  # for messages: path or password-less URL

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.engine.url.database) if self.is_sqlite and self.engine.url.database else None

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            try:
                _private_folders(parent)
            except OSError as exc:
                raise StoreError("store.folder_cannot_create", path=str(path), reason=os_reason(exc)) from None
        if not os.access(parent, os.W_OK):
            raise StoreError("store.folder_not_writable", path=str(path))
        _create_private_file(path)
        return
    if path.is_dir():
        raise StoreError("store.is_folder", path=str(path))
    if not looks_like_sqlite(path):
        raise StoreError("store.not_sqlite", path=str(path))
    _probe_sqlite(path)


def looks_like_sqlite(path: Path) -> bool:
    """Whether a file holds an SQLite database (or nothing yet), asked of SQLite itself.

    Never open() the store file to read its header: closing any file descriptor of a
    file drops every POSIX lock this process holds on it, the locks of its open SQLite
    connections included. Another program may then take the store for unused and
    checkpoint and reset its WAL under our feet: a corrupt store (seen with a restore
    beside an import, tests/test_restore_concurrency.py). SQLite's own opens share its locks."""
    if path.stat().st_size == 0:
        return True
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            return False
    return True  # locked, damaged, unreadable: said by the checks that follow


def _private_folders(folder: Path) -> None:
    """The folders SQLite will not make: created for the user alone (the data folder too)."""
    from penaltytracker.paths import data_dir, private_dir

    private_dir(folder, existing_too=False)
    try:
        if folder.resolve() == data_dir().resolve():
            private_dir(folder)
    except OSError:
        pass


def _create_private_file(path: Path) -> None:
    """An empty file, readable by the user only, for SQLite to make the store in: SQLite
    gives its -wal and -shm the store file's mode, so they are private too."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another program made it just now: it is probed as an existing store
    except OSError:
        pass  # SQLite says what is wrong when it opens the file


def _make_store_private(path: Path) -> None:
    """A store made before (0644 under the usual umask) becomes the user's alone, with
    its -wal and -shm; the data folder holding the default store too."""
    from penaltytracker.paths import data_dir, make_private

    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if name.exists():
            make_private(name)
    try:
        if path.parent.resolve() == data_dir().resolve():
            make_private(path.parent)
    except OSError:
        pass


def _probe_sqlite(path: Path) -> None:
    """Everything that would refuse the file is decided read-only, before the engine opens
    it (switching to WAL writes to the file header): a refused file keeps every byte."""
    if path.stat().st_size == 0:
        return  # an empty file becomes a new store
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000)
    except sqlite3.Error as exc:
        raise _sqlite_message(str(exc), str(path), path) from None
    try:
        # quick_check is one SQLite instruction per table, so the progress handler cannot
        # stop it: on a big file it reads everything (0.5 s warm at 370 MB, seconds cold).
        check = _bounded_quick_check(conn) if path.stat().st_size <= QUICK_CHECK_MAX_BYTES else None
        if check is not None and check != ["ok"]:
            raise StoreError("store.damaged_check", location=str(path), detail=check_detail(check))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        current = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            current = row[0] if row else None
    except sqlite3.Error as exc:
        raise _sqlite_message(str(exc), str(path), path) from None
    finally:
        conn.close()
    _refuse_unknown(current, tables, str(path))


def _refuse_unknown(current: str | None, tables: set[str], location: str) -> None:
    if current is None and tables and tables - {"alembic_version"}:
        raise StoreError("store.other_data", location=location)
    if current is not None:
        plain = _revisions_from_files()
        try:
            if plain is not None and current in plain[0]:
                known = True
            else:
                from alembic.script import ScriptDirectory

                known = ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(current) is not None
        except Exception:
            known = False
        if not known:
            raise StoreError("store.newer_version", location=location, schema=current)


def open_store(target: str | os.PathLike | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if need be) the store and bring its schema up to date."""
    url = to_url(target)
    location = describe(url)
    from penaltytracker.redact import remember

    remember(url)  # its password is masked in every text shown from now on
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError("store.bad_url", location=location) from None
    except ValueError:  # SQLAlchemy reads the port as a number
        raise StoreError("store.bad_port", location=location) from None
    if parsed.drivername.startswith("sqlite") and parsed.database:
        _check_sqlite_file(Path(parsed.database))
        _make_store_private(Path(parsed.database))
    try:
        if parsed.drivername.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            if engine.dialect.name == "postgresql":
                event.listen(engine, "connect", _postgres_session)
    except (ArgumentError, ImportError, SQLAlchemyError) as exc:
        raise StoreError("store.cannot_use", location=location, detail=str(exc)) from None
    event.listen(engine, "handle_error", _error_translator(location, parsed))
    store = Store(engine, sessionmaker(engine, expire_on_commit=False), location)
    if migrate:
        try:
            upgrade(store)
        except StoreError:
            engine.dispose()
            raise
    return store


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(store: Store) -> bool:
    return current_revision(store) != head_revision()


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to `revision`. Refuses stores it does not understand, untouched."""
    if revision == "head" and _is_at_head(store):
        return  # the usual open: nothing to do, and no need to load Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    location = store.location
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    # Two programs opening a new (or old) store at once: the second waits for the first's
    # migration under the store's write lock and then finds it done, instead of seeing
    # half a schema or adding a second version row (issue 15).
    try:
        with store.engine.connect() as conn:
            _migration_lock(conn)
            try:
                tables = set(inspect(conn).get_table_names())
                from alembic.runtime.migration import MigrationContext

                current = MigrationContext.configure(conn).get_current_revision()
            except DatabaseError as exc:
                if isinstance(exc, OperationalError):
                    raise
                raise StoreError("store.not_store_or_damaged", location=location,
                                 detail=sqlite_detail(_orig(exc))) from None
            _refuse_unknown(current, tables, location)
            if current == script.get_current_head() and revision == "head":
                conn.rollback()
                return
            if current is not None and store.is_sqlite and store.sqlite_path:
                _backup_before_migration(store)  # reads beside our lock: nothing is written meanwhile
            command.upgrade(_alembic_config(conn), revision)
            conn.commit()
    except OperationalError as exc:
        raise _operational_message(exc, location) from None


# One number for every PenaltyTracker on a PostgreSQL server: "migrating a store".
_PG_MIGRATION_LOCK = 0x5054_4D49  # "PTMI"


def _migration_lock(conn) -> None:
    """Take the store's write lock for the rest of the transaction: SQLite's
    BEGIN IMMEDIATE (waits the busy timeout for another writer), PostgreSQL's
    transaction-scoped advisory lock (waits the lock timeout)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")


def _is_at_head(store: Store) -> bool:
    plain = _revisions_from_files()
    if plain is None:
        return False
    try:
        with store.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == plain[1]
    except SQLAlchemyError:
        return False  # no version table yet, or unreadable: the full path below says why


# Set by the backup module so that a copy is taken before any migration of a populated
# store; a hook instead of an import keeps engine free of the backup policy.
_before_migration_hook = None


def _backup_before_migration(store: Store) -> None:
    if _before_migration_hook is None:  # the backup module sets it when loaded: load it
        from penaltytracker.store.backup import install_hooks

        install_hooks()
    if _before_migration_hook is not None:
        _before_migration_hook(store)  # reads beside our lock: nothing is written meanwhile


def set_before_migration_hook(hook) -> None:
    global _before_migration_hook
    _before_migration_hook = hook


def _orig(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc))


def _operational_message(exc: OperationalError, location: str) -> StoreError:
    return _sqlite_message(_orig(exc), location)


def _error_translator(location: str, url):
    """Database errors the operator can act on become StoreError naming the store (never
    its password); programming errors are left as they are."""
    sqlite_path = Path(url.database) if url.drivername.startswith("sqlite") and url.database else None

    def translate(context) -> None:
        if context.is_pre_ping:
            return  # the pool replaces a dead connection by itself
        exc = context.sqlalchemy_exception
        if context.is_disconnect:
            raise StoreError("store.lost_connection", location=location) from None
        if isinstance(exc, OperationalError):
            if sqlite_path is None:
                text = _orig(exc).strip().splitlines()[0] if _orig(exc).strip() else type(exc.orig).__name__
                if "lock timeout" in text or "could not obtain lock" in text:
                    raise _sqlite_message(text, location) from None
                if text.startswith("connection failed") or "could not connect" in text:
                    raise StoreError("store.cannot_connect", location=location, detail=text) from None
                return  # anything else is not the operator's to fix: left as it is
            problem = _sqlite_message(_orig(exc), location, sqlite_path)
            if problem.code != "store.cannot_use":  # e.g. "no such table" is a bug, not input
                raise problem from None
        if isinstance(exc, DatabaseError) and sqlite_path is not None:
            text = _orig(exc)
            if "malformed" in text or "not a database" in text:
                raise _sqlite_message(text, location) from None

    return translate



