"""The team store on PostgreSQL: migrations, the store and every command, all-or-nothing
imports, lost connections; and the password never shown (messages, errors, window title).

Needs PENALTYTRACKER_TEST_PG_URL (bash .ci/run starts a server and sets it); each test
gets a fresh database. Tests that make sense on both back ends take `store_target`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy.engine import make_url

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import (
    StoreError,
    add_violation,
    count_violations,
    delete_violation,
    describe,
    get_violation,
    import_violations,
    list_violations,
    open_store,
    shop_status,
    update_violation,
)
from penaltytracker.store.engine import current_revision, head_revision, upgrade
from tests.conftest import run_cli
from tests.pg import password_of, terminate_connections

pytestmark = pytest.mark.postgres


def secret_free(url: str, *texts: str) -> None:
    password = password_of(url)
    assert password, "the test server URL must carry a password, to prove it is hidden"
    for text in texts:
        assert password not in text, text


def cli(target: str, *args: str, env: dict | None = None):
    res = run_cli("--lang", "en", *args, db=target, env=env)
    out, err = res.stdout.decode("utf-8"), res.stderr.decode("utf-8")
    if "://" in target:
        secret_free(target, out, err)
    return res.returncode, out, err


# --- migrations -----------------------------------------------------------------------------

def test_migrations_run_on_postgresql(pg_url):
    s = open_store(pg_url, migrate=False)
    try:
        assert current_revision(s) is None
        upgrade(s, "0001")
        assert current_revision(s) == "0001"
    finally:
        s.close()
    s = open_store(pg_url)  # the rest of the way on open
    try:
        assert current_revision(s) == head_revision()
        from sqlalchemy import inspect

        tables = set(inspect(s.engine).get_table_names())
        assert {"shops", "violations", "shipments", "weekly_reviews", "audit_log", "alembic_version"} <= tables
        assert s.location == describe(pg_url) and "***" in s.location
    finally:
        s.close()


def test_a_newer_or_foreign_database_is_refused_without_the_password(pg_url):
    s = open_store(pg_url)
    with s.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
    s.close()
    with pytest.raises(StoreError) as info:
        open_store(pg_url)
    assert "newer version" in str(info.value) and describe(pg_url) in str(info.value)
    secret_free(pg_url, str(info.value))
    code, out, err = cli(pg_url, "shop", "list")
    assert code == 2 and "newer version" in err and describe(pg_url) in err

    with s.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    code, out, err = cli(pg_url, "shop", "list")
    assert code == 2 and "not a PenaltyTracker store" in err


# --- the store, on both back ends -------------------------------------------------------------

def test_store_round_trip(store_target, rules):
    s = open_store(store_target)
    try:
        saved = add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=35,
                                                 title="商品ページの表記", occurred_on=date(2026, 2, 1)))
        got = get_violation(s, saved.id)
        assert (got.shop, got.points, got.points_date, got.occurred_on, got.title) == (
            "本店", 35, date(2026, 2, 10), date(2026, 2, 1), "商品ページの表記")
        edited = update_violation(s, replace(got, points=20, shop="支店"))
        assert edited.version == 2
        assert [r.shop for r in list_violations(s)] == ["支店"]
        status = shop_status(s, rules, "支店", date(2026, 3, 1))
        assert status.points == 20
        delete_violation(s, saved.id)
        assert count_violations(s) == 0
    finally:
        s.close()


def test_every_command_works(store_target, tmp_path):
    """The real command line, with --db a file or a postgresql+psycopg:// URL."""
    assert cli(store_target, "shop", "add", "本店")[0] == 0
    assert cli(store_target, "shop", "list")[1].split() == ["本店"]
    code, out, err = cli(store_target, "violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "35",
                         "--title", "表記違反", "--ref", "R-1")
    assert code == 0, err
    vid = out.strip()
    code, out, _ = cli(store_target, "violation", "list", "--shop", "本店", "--json")
    assert [(v["id"], v["points"], v["title"]) for v in json.loads(out)] == [(int(vid), 35, "表記違反")]
    assert cli(store_target, "violation", "withdraw", vid, "--on", "2026-02-20")[1].split() == [vid, "withdrawn",
                                                                                               "2026-02-20"]
    assert cli(store_target, "violation", "restore", vid)[1].split() == [vid, "active"]
    code, out, err = cli(store_target, "status", "--shop", "本店", "--as-of", "2026-03-01", "--json")
    assert code == 0, err
    assert json.loads(out)["points"] == 35
    code, out, err = cli(store_target, "whatif", "--shop", "本店", "--points", "20", "--date", "2026-03-01", "--json")
    assert code == 0, err
    assert json.loads(out)["points"] == 55
    exported = tmp_path / "out.csv"
    assert cli(store_target, "export", "violations", str(exported))[0] == 0
    code, out, err = cli(store_target, "import", "violations", str(exported))
    assert code == 0, err
    assert "imported 0 violation(s)" in out and "(0 updated, 1 already recorded)" in out  # the same file again
    code, out, _ = cli(store_target, "violation", "list", "--shop", "本店", "--json")
    assert len(json.loads(out)) == 1  # one notice, once
    code, out, err = cli(store_target, "backup")
    if "://" in store_target:
        assert code == 2 and "pg_dump" in err and describe(store_target) in err
    else:
        assert code == 0, err


def test_the_app_starts_on_postgresql_and_hides_the_password(pg_url, qtbot):
    from penaltytracker.core.rules import load_rules
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings

    s = open_store(pg_url)
    add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=15))
    window = MainWindow(s, load_rules(), Language(), AppSettings())
    qtbot.addWidget(window)
    try:
        title = window.windowTitle()
        assert describe(pg_url) in title
        secret_free(pg_url, title, *(w.text() for w in window.statusBar().findChildren(type(window.status_store))))
    finally:
        window.ops.wait_idle() if hasattr(window, "ops") else None
        window.close()
        s.close()


def test_the_app_smoke_check_on_postgresql(pg_url):
    res = run_cli("--smoke", db=pg_url, env={"QT_QPA_PLATFORM": "offscreen"})
    out, err = res.stdout.decode(), res.stderr.decode()
    assert res.returncode == 0, err
    assert "ready" in out
    secret_free(pg_url, out, err)


# --- all or nothing ---------------------------------------------------------------------------

def _records(n: int) -> list[ViolationRecord]:
    start = date(2026, 1, 1)
    return [ViolationRecord(shop=f"店舗{i % 5}", points_date=start + timedelta(days=i % 365), points=i % 30,
                            title=f"取込 {i}") for i in range(n)]


def test_an_import_the_database_refuses_writes_nothing(store_target):
    s = open_store(store_target)
    try:
        add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5))
        with s.engine.begin() as conn:  # a rule only the database knows, hit by the last row
            conn.exec_driver_sql("CREATE UNIQUE INDEX only_one_dup ON violations (title) "
                                 "WHERE title = 'DUP'")
        records = _records(500) + [replace(_records(1)[0], title="DUP"), replace(_records(1)[0], title="DUP")]
        from sqlalchemy.exc import IntegrityError

        with pytest.raises(IntegrityError):
            import_violations(s, records)
        assert count_violations(s) == 1
        from penaltytracker.store import list_shops

        assert list_shops(s) == ["本店"]  # shops created by the import are gone too
    finally:
        s.close()


def test_a_killed_import_on_postgresql_is_all_or_nothing(pg_url, tmp_path):
    from penaltytracker.reports.violations_csv import write_violations

    n = 3000
    csv_path = tmp_path / "big.csv"
    write_violations(csv_path, _records(n))
    s = open_store(pg_url)
    cmd = [sys.executable, "-m", "penaltytracker", "--db", pg_url, "import", "violations", str(csv_path)]
    t0 = time.monotonic()
    assert subprocess.run(cmd, capture_output=True, timeout=120).returncode == 0
    full = time.monotonic() - t0
    expected = n
    rng = random.Random(20260210)
    for run in range(6):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(full * 0.3, full * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        # The server rolls back what a vanished client left open; wait until it has.
        for _ in range(200):
            with s.engine.connect() as conn:
                busy = conn.exec_driver_sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                            "AND pid <> pg_backend_pid()").scalar()
            if busy == 0:
                break
            time.sleep(0.05)
        total = count_violations(s)
        assert total in (expected, expected + n), f"run {run}: {total - expected} of {n} rows"
        expected = total
    s.close()


# --- lost connections -------------------------------------------------------------------------

def test_a_dropped_idle_connection_is_replaced_without_losing_anything(pg_url):
    s = open_store(pg_url)
    try:
        first = add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=15))
        assert terminate_connections(pg_url) >= 1  # e.g. the server restarted overnight
        second = add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 2, 11), points=5))
        assert [r.id for r in list_violations(s)] == [first.id, second.id]
    finally:
        s.close()


def _terminate_when_waiting(url: str, result: dict) -> None:
    """Cut the connection of whoever waits on the table lock (the save in progress)."""
    from tests.pg import _admin

    db = make_url(url).database
    deadline = time.monotonic() + 30
    with _admin(url) as conn:
        while time.monotonic() < deadline:
            rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                                (db,)).fetchall()
            if rows:
                for (pid,) in rows:
                    conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
                result["terminated"] = len(rows)
                return
            time.sleep(0.02)


@pytest.fixture
def locked_table(pg_url):
    """Another session holds the violations table, so the next save waits: then its
    connection can be cut at a known moment."""
    from tests.pg import _admin

    s = open_store(pg_url)
    kept = add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=15, title="保存済み"))
    s.close()
    holder = _admin(pg_url)
    holder.autocommit = False
    holder.execute("LOCK TABLE violations IN EXCLUSIVE MODE")
    yield pg_url, kept
    holder.rollback()
    holder.close()


def test_a_connection_lost_during_a_save_gives_a_clear_message(locked_table):
    url, kept = locked_table
    s = open_store(url)
    result: dict = {}
    cutter = threading.Thread(target=_terminate_when_waiting, args=(url, result))
    cutter.start()
    try:
        with pytest.raises(StoreError) as info:
            import_violations(s, _records(50))
    finally:
        cutter.join()
    message = str(info.value)
    assert result.get("terminated") == 1
    assert "lost the connection" in message and describe(url) in message and "not saved" in message
    secret_free(url, message)
    # Nothing saved before is lost, nothing half-saved appears; the store works on.
    assert [(r.id, r.title) for r in list_violations(s)] == [(kept.id, "保存済み")]
    s.close()


def test_cli_connection_lost_exits_2_with_a_clear_message(locked_table):
    url, kept = locked_table
    result: dict = {}
    cutter = threading.Thread(target=_terminate_when_waiting, args=(url, result))
    cutter.start()
    code, out, err = cli(url, "violation", "add", "--shop", "本店", "--date", "2026-02-11", "--points", "5")
    cutter.join()
    assert result.get("terminated") == 1
    assert code == 2, err
    assert "lost the connection" in err and describe(url) in err


def test_server_down_or_unreachable(pg_url):
    import socket

    with socket.socket() as sock:  # a port where nothing listens: the server is stopped
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    down = make_url(pg_url).set(port=port).render_as_string(hide_password=False)
    code, out, err = cli(down, "shop", "list")
    assert code == 2
    assert "cannot connect" in err and describe(down) in err


def test_wrong_password_and_unknown_database(pg_url):
    wrong = make_url(pg_url).set(password="Wr0ng-pass-Word").render_as_string(hide_password=False)
    code, out, err = cli(wrong, "shop", "list")
    assert code == 2 and describe(wrong) in err
    assert "Wr0ng-pass-Word" not in err
    secret_free(pg_url, out, err)
    missing = make_url(pg_url).set(database="no_such_database_here").render_as_string(hide_password=False)
    code, out, err = cli(missing, "shop", "list")
    assert code == 2 and "no_such_database_here" in err


def test_debug_tracebacks_do_not_show_the_password(pg_url):
    wrong = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    code, out, err = cli(wrong, "shop", "list", env={"PENALTYTRACKER_DEBUG": "1"})
    assert code == 2


def test_describe_hides_every_password():
    for url in ("postgresql+psycopg://ops:p%40ss%2Fword@db.example:5432/team",
                "postgresql://ops:hunter2@localhost/pt", "postgresql+psycopg://ops:a:b@h/d"):
        shown = describe(url)
        assert "***" in shown
        assert "hunter2" not in shown and "p%40ss" not in shown and "p@ss" not in shown and "a:b" not in shown
    assert describe("/tmp/store.sqlite3") == "/tmp/store.sqlite3"


def test_failures_name_the_store_without_the_password(pg_url, monkeypatch):
    """Each error path that includes the location, in process."""
    monkeypatch.setenv("PENALTYTRACKER_BUSY_TIMEOUT_MS", "200")
    paths = {
        "driver": make_url(pg_url).set(drivername="postgresql+nosuchdriver").render_as_string(hide_password=False),
        "port": make_url(pg_url).set(port=1).render_as_string(hide_password=False),
        "database": make_url(pg_url).set(database="nope_db").render_as_string(hide_password=False),
    }
    for name, url in paths.items():
        with pytest.raises(StoreError) as info:
            open_store(url)
        assert describe(url) in str(info.value), name
        secret_free(pg_url, str(info.value), repr(info.value))
