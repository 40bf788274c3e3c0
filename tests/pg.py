"""PostgreSQL for tests: a fresh database per test on the server named by
PENALTYTRACKER_TEST_PG_URL (e.g. postgresql+psycopg://user:pw@127.0.0.1:5432/db).

Unset locally: PostgreSQL tests are skipped with the reason. .ci/run sets it and also
PENALTYTRACKER_REQUIRE_PG=1, which turns a missing server into a failure, not a skip.
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator

import pytest

PG_ENV = "PENALTYTRACKER_TEST_PG_URL"
REQUIRE_ENV = "PENALTYTRACKER_REQUIRE_PG"


def base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def skip_or_fail_without_pg() -> str:
    url = base_url()
    if url is None:
        reason = f"no PostgreSQL server for tests: set {PG_ENV} (bash .ci/run starts one)"
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(reason)
        pytest.skip(reason)
    return url


def _admin(url: str):
    """A psycopg connection (autocommit) to the base database, for CREATE/DROP DATABASE."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, password=u.password,
                           dbname=u.database or "postgres", autocommit=True)


@contextmanager
def fresh_database(url: str | None = None) -> Iterator[str]:
    """A new, empty database for one test (dropped afterwards); its SQLAlchemy URL as text,
    with the password in it (the tests check it is never shown)."""
    from sqlalchemy.engine import make_url

    url = url or skip_or_fail_without_pg()
    name = f"pt_test_{uuid.uuid4().hex[:12]}"
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    u = make_url(url).set(database=name)
    try:
        yield u.render_as_string(hide_password=False)
    finally:
        _drop_database(url, name)


def _drop_database(url: str, name: str) -> None:
    """DROP … WITH (FORCE) cuts the test's own leftover connections. It refuses while an
    autovacuum worker is in the database unless the role may signal it (.ci/run grants
    pg_signal_backend); elsewhere, wait for the worker to finish and try again."""
    import time

    import psycopg

    for attempt in range(50):
        try:
            with _admin(url) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 49:
                raise
            time.sleep(0.1)


def terminate_connections(url: str) -> int:
    """Cut every connection to the database of `url` (as a crash or a restart would)."""
    from sqlalchemy.engine import make_url

    db = make_url(url).database
    with _admin(base_url() or url) as conn:
        rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = %s AND pid <> pg_backend_pid()", (db,)).fetchall()
    return len(rows)


def password_of(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    return make_url(url).password
