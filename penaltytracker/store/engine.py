"""Opening a store: SQLite file (default) or a server URL, brought up to date on open."""

from __future__ import annotations

import os

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The store cannot be used; the message says what is wrong and where."""


def describe(url_or_path: str) -> str:
    """The store's location for messages and titles, never with its password."""
    try:
        url = make_url(url_or_path)
    except ArgumentError:
        return url_or_path
    if url.drivername.startswith("sqlite"):
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


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
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoint, never corrupt
    cur.close()


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
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for the store {path}: {exc.strerror}") from None
        if not os.access(parent, os.W_OK):
            raise StoreError(f"cannot create the store {path}: the folder is not writable")
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head and head != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a PenaltyTracker store (not an SQLite database)")


def open_store(target: str | os.PathLike | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if need be) the store and bring its schema up to date."""
    url = to_url(target)
    location = describe(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a store path or database URL: {location}") from None
    if parsed.drivername.startswith("sqlite") and parsed.database:
        _check_sqlite_file(Path(parsed.database))
    try:
        if parsed.drivername.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot use the store {location}: {exc}") from None
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
    from alembic import command
    from alembic.script import ScriptDirectory

    location = store.location
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    try:
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            from alembic.runtime.migration import MigrationContext

            current = MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise StoreError(_operational_message(exc, location)) from None
    except DatabaseError as exc:
        raise StoreError(f"{location} is not a PenaltyTracker store or is damaged ({_orig(exc)})") from None
    if current is None and tables and tables - {"alembic_version"}:
        raise StoreError(f"{location} holds other data and is not a PenaltyTracker store")
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise StoreError(
                f"{location} was written by a newer version of PenaltyTracker (schema {current}); "
                "update the app to open it"
            ) from None
    if current == script.get_current_head() and revision == "head":
        return
    if current is not None and store.is_sqlite and store.sqlite_path and _before_migration_hook:
        _before_migration_hook(store)
    try:
        with store.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    except OperationalError as exc:
        raise StoreError(_operational_message(exc, location)) from None


# Set by the backup module so that a copy is taken before any migration of a populated
# store; a hook instead of an import keeps engine free of the backup policy.
_before_migration_hook = None


def set_before_migration_hook(hook) -> None:
    global _before_migration_hook
    _before_migration_hook = hook


def _orig(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc))


def _operational_message(exc: OperationalError, location: str) -> str:
    text = _orig(exc)
    if "locked" in text:
        return f"the store {location} is locked by another program; try again when it is done"
    if "readonly" in text or "read-only" in text:
        return f"the store {location} is read-only; choose a writable file or folder"
    if "unable to open" in text:
        return f"cannot open the store {location}: check the path and the folder's permissions"
    return f"cannot use the store {location}: {text}"



