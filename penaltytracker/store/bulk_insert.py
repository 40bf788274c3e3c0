"""Bulk inserts on SQLite at driver speed: the CSV imports' write path."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from sqlalchemy.orm import Session


def _sqlite_cells(conn, table, name: str, cells: list) -> list:
    """`cells` of column `name` as the SQLite driver receives them from SQLAlchemy: through
    the column type's conversion, or the sqlite3 adapter the driver would use (dates,
    times); each distinct value converted once (they repeat: one `now`, a few hundred days)."""
    col_type = table.c[name].type
    fn = col_type.bind_processor(conn.dialect)
    if fn is None:
        try:
            if col_type.python_type in _PLAIN:
                return cells
        except NotImplementedError:
            pass

        def fn(v):
            adapt = sqlite3.adapters.get((type(v), sqlite3.PrepareProtocol))
            return adapt(v) if adapt is not None else v
    memo = {v: fn(v) for v in set(cells) if v is not None}
    memo[None] = None
    return list(map(memo.__getitem__, cells))


_PLAIN = (str, int, float, bytes)  # what sqlite3 binds without an adapter


def _insert_columns(session: Session, table, columns: dict[str, list]) -> list[int]:
    """Insert rows given column by column on SQLite as one driver-level executemany;
    their ids, in order.

    SQLite cannot hand back the ids of a batched INSERT in order, so SQLAlchemy would send
    one statement a row (10x slower, benchmarks/README.md). The first row goes in alone
    and takes the write lock; nobody else can insert until we commit, so the ids after it
    are ours and are given explicitly. Values go through each column type's own SQLite
    conversion (or the sqlite3 adapter the driver would use), once per distinct value, so
    the rows read back exactly as ORM-written ones."""
    conn = session.connection()
    names = [c for c in columns if c != "id"]
    n = len(columns[names[0]])
    first = conn.execute(table.insert(), {k: columns[k][0] for k in names}).inserted_primary_key[0]
    if n == 1:
        return [first]
    cols: list = [range(first + 1, first + n)]
    cols += [_sqlite_cells(conn, table, name, columns[name][1:]) for name in names]
    with _roomy_cache(conn, n):
        conn.exec_driver_sql(f"INSERT INTO {table.name} (id, {', '.join(names)}) "
                             f"VALUES ({', '.join('?' * (len(names) + 1))})", list(zip(*cols)))
    return list(range(first, first + n))


@contextmanager
def _roomy_cache(conn, rows: int):
    """A bigger page cache for a big write: the index pages stay in memory instead of
    spilling to the WAL mid-transaction. The connection's own size comes back after."""
    if rows <= 10_000:
        yield
        return
    raw = conn.connection.driver_connection
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute("PRAGMA cache_size=-65536")  # 64 MiB
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={before}")
