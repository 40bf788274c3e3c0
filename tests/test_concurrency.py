"""Two app instances on one store: no lost updates, and writers wait for each other.

Each test runs on SQLite and, when a server is configured, on PostgreSQL (store_target).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import (
    NotFound,
    StaleEdit,
    StoreError,
    add_violation,
    audit_history,
    count_violations,
    delete_violation,
    get_violation,
    open_store,
    update_violation,
)


@pytest.fixture
def two_instances(store_target):
    """Two Store objects on the same store, as two app windows or two processes have."""
    first, second = open_store(store_target), open_store(store_target)
    yield first, second
    first.close()
    second.close()


def notice(title: str = "商品ページの不備") -> ViolationRecord:
    return ViolationRecord(shop="本店", points_date=date(2026, 3, 2), points=15, title=title)


def test_a_stale_save_from_the_other_instance_is_refused(two_instances):
    a, b = two_instances
    saved = add_violation(a, notice())
    in_a, in_b = get_violation(a, saved.id), get_violation(b, saved.id)  # both windows open the row
    update_violation(a, replace(in_a, points=20, title="A の修正"))
    with pytest.raises(StaleEdit, match=rf"violation {saved.id} was changed elsewhere.*reload"):
        update_violation(b, replace(in_b, title="B の修正"))
    final = get_violation(b, saved.id)
    assert (final.title, final.points, final.version) == ("A の修正", 20, 2)  # A's edit is not lost
    assert [e["action"] for e in audit_history(a, saved.id)] == ["create", "edit"]
    # After reloading, B's edit goes through on top of A's.
    update_violation(b, replace(final, title="B の修正"))
    assert get_violation(a, saved.id).title == "B の修正"


def test_a_stale_withdraw_is_refused_too(two_instances):
    a, b = two_instances
    saved = add_violation(a, notice())
    in_b = get_violation(b, saved.id)
    update_violation(a, replace(get_violation(a, saved.id), points=5))
    with pytest.raises(StaleEdit):
        update_violation(b, replace(in_b, status="withdrawn"))
    assert get_violation(a, saved.id).status == "active"


def test_saving_a_row_the_other_instance_deleted(two_instances):
    a, b = two_instances
    saved = add_violation(a, notice())
    in_b = get_violation(b, saved.id)
    delete_violation(a, saved.id)
    with pytest.raises(NotFound, match=f"no violation with ID {saved.id}"):
        update_violation(b, replace(in_b, title="消えた行"))
    assert count_violations(a) == 0  # not resurrected by the stale save


def test_the_command_line_refuses_nothing_it_should_not(two_instances, store_target, isolated_home):
    """The CLI's withdraw reads the row fresh, so it never acts on a stale copy."""
    from tests.conftest import run_cli

    a, _ = two_instances
    saved = add_violation(a, notice())
    update_violation(a, replace(get_violation(a, saved.id), title="編集済み"))
    res = run_cli("violation", "withdraw", str(saved.id), db=store_target)
    assert res.returncode == 0, res.stderr.decode()
    after = get_violation(a, saved.id)
    assert (after.status, after.title, after.version) == ("withdrawn", "編集済み", 3)


# --- a writer waits for another writer ------------------------------------------------------

HOLDER = r"""
import sys
target = sys.argv[1]
if "://" in target:
    import psycopg
    from sqlalchemy.engine import make_url
    u = make_url(target)
    conn = psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)
    conn.execute("LOCK TABLE violations IN EXCLUSIVE MODE")  # reads go on, writes wait
    conn.execute("INSERT INTO violations (shop_id, points_date, category, points, title, details, reference,"
                 " status, corrective_action, created_at, updated_at, version)"
                 " SELECT id, '2026-01-05', '', 5, 'saved first by the other instance', '', '', 'active', '',"
                 " now(), now(), 1 FROM shops LIMIT 1")
else:
    import sqlite3
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO violations (shop_id, points_date, category, points, title, details, reference,"
                 " status, corrective_action, created_at, updated_at, version)"
                 " SELECT id, '2026-01-05', '', 5, 'saved first by the other instance', '', '', 'active', '',"
                 " '2026-01-05 00:00:00', '2026-01-05 00:00:00', 1 FROM shops LIMIT 1")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT") if "://" not in target else conn.commit()
conn.close()
"""

SAVER = r"""
import sys
from datetime import date
from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import open_store, add_violation, StoreError
store = open_store(sys.argv[1])
print("saving", flush=True)
try:
    saved = add_violation(store, ViolationRecord(shop="本店", points_date=date(2026, 3, 3), points=20,
                                                 title="saved second"))
except StoreError as exc:
    print("refused:", exc, flush=True)
    sys.exit(2)
print("saved", saved.id, flush=True)
"""


def _start(script: str, target: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, target], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


@pytest.fixture
def held_store(store_target):
    """The store with one shop, and another process holding its write lock until released."""
    s = open_store(store_target)
    add_violation(s, notice("最初の記録"))
    s.close()
    holder = _start(HOLDER, store_target)
    line = holder.stdout.readline().strip()
    assert line == "locked", holder.stderr.read()

    def release() -> None:
        if holder.poll() is None:
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=30)
        assert holder.returncode == 0, holder.stderr.read()

    yield store_target, release
    if holder.poll() is None:
        holder.kill()
        holder.wait()


def test_a_writer_waits_for_the_other_instance_instead_of_failing(held_store):
    target, release = held_store
    saver = _start(SAVER, target)
    assert saver.stdout.readline().strip() == "saving"
    # The saver has started its write while the lock is held: it can only succeed by waiting.
    release()
    out, err = saver.communicate(timeout=60)
    assert saver.returncode == 0, out + err
    s = open_store(target)
    try:
        from penaltytracker.store import list_violations

        titles = [r.title for r in sorted(list_violations(s), key=lambda r: r.id)]
    finally:
        s.close()
    assert titles == ["最初の記録", "saved first by the other instance", "saved second"]


def test_a_lock_held_too_long_gives_a_clear_message(held_store):
    target, release = held_store
    saver = _start(SAVER, target, env={"PENALTYTRACKER_BUSY_TIMEOUT_MS": "300"})
    out, err = saver.communicate(timeout=60)
    release()
    assert saver.returncode == 2, out + err
    assert "locked by another program" in out
    from penaltytracker.store import describe

    assert describe(target) in out
    from sqlalchemy.engine import make_url

    if "://" in target:
        assert make_url(target).password not in out + err
    s = open_store(target)
    assert count_violations(s) == 2  # the holder's row; the refused save wrote nothing
    s.close()


def test_busy_timeout_is_what_the_engine_uses(store_target, monkeypatch):
    monkeypatch.setenv("PENALTYTRACKER_BUSY_TIMEOUT_MS", "1234")
    s = open_store(store_target)
    try:
        with s.engine.connect() as conn:
            if s.is_sqlite:
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
            else:
                assert conn.exec_driver_sql("SHOW lock_timeout").scalar() in ("1234ms", "1234")
    finally:
        s.close()


def test_store_error_is_the_base_of_stale_edit():
    assert issubclass(StaleEdit, StoreError) and issubclass(NotFound, StoreError)
