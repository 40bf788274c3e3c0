"""The read-only commands' quick path (store/quick_read.py) says exactly what the full
store says, and loads no SQLAlchemy; anything unusual goes the full way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from penaltytracker.cli import main
from penaltytracker.store.quick_read import NO_QUICK_ENV, open_quick, sqlite_file


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def busy_store(db_path, capsys):
    """Two years of violations (withdrawn ones too), notices, shipments of every kind, a
    restriction with its case log on a shop of another marketplace."""
    db = str(db_path)

    def do(*argv):
        code, out, err = run(capsys, "--db", db, *argv)
        assert code == 0, (argv, out, err)
        return out

    do("shop", "add", "本店")
    do("shop", "add", "--marketplace", "yahoo", "ヤフー店")
    days = ["2025-11-20", "2025-12-10", "2026-01-05", "2026-02-10", "2026-03-01", "2026-03-01", "2026-05-20",
            "2026-07-07", "2026-09-30", "2026-11-02"]
    for i, day in enumerate(days):
        do("violation", "add", "--shop", "本店", "--date", day, "--points", str(5 + 3 * i), "--title", f"件{i}",
           "--ref", f"R-{i}")
    do("violation", "withdraw", "3", "--on", "2026-04-01")
    do("violation", "withdraw", "5", "--from-start")
    do("sanction", "set", "--shop", "本店", "--level", "I", "--kind", "ranking_restriction", "--start", "2026-05-22",
       "--end", "2026-06-30")
    do("notice", "fee", "--shop", "本店", "--level", "I", "--amount", "100000", "--billed", "2026-06-01")
    orders = [("A1", "2026-11-02", "2026-11-02", "2026-11-04", ""), ("A2", "2026-11-03", "2026-11-05", "", ""),
              ("A3", "2026-11-05", "", "", "cancel"), ("A4", "2026-10-10", "2026-10-09", "2026-10-20", ""),
              ("A5", "2026-11-20", "", "", "")]
    for order, promised, shipped, delivered, cancel in orders:
        argv = ["shipment", "add", "--shop", "本店", "--order", order, "--promised", promised,
                "--ordered", "2026-10-01" if order == "A4" else promised]
        argv += ["--shipped", shipped] if shipped else []
        argv += ["--delivered", delivered] if delivered else []
        argv += ["--cancelled"] if cancel else []
        do(*argv)
    do("restriction", "add", "--shop", "ヤフー店", "--kind", "listing", "--start", "2026-11-25", "--days", "14")
    do("restriction", "add", "--shop", "ヤフー店", "--kind", "account_freeze", "--start", "2026-11-28")
    do("contact", "add", "--restriction", "1", "--on", "2026-11-26", "--channel", "form", "--summary", "送った",
       "--due", "2026-12-05")
    return db


READS = [
    ("status", "--shop", "本店", "--as-of", "2026-11-30"),
    ("status", "--shop", "本店", "--as-of", "2026-11-30", "--json"),
    ("status", "--shop", "本店", "--as-of", "2026-01-06"),  # early January: last year's sanctions
    ("status", "--shop", "本店", "--as-of", "2026-03-31", "--json"),  # before a dated withdrawal
    ("status", "--shop", "本店", "--as-of", "2024-05-01"),  # a year with nothing
    ("status", "--shop", "ヤフー店", "--as-of", "2026-11-30"),  # another marketplace, restrictions in force
    ("status", "--shop", "ヤフー店", "--as-of", "2026-11-30", "--json"),
    ("status", "--shop", "ない店", "--as-of", "2026-11-30"),  # unknown shop: exit 2, the same words
    ("whatif", "--shop", "本店", "--points", "20", "--date", "2026-11-30"),
    ("whatif", "--shop", "本店", "--points", "60", "--date", "2026-03-01", "--json"),
    ("whatif", "--shop", "ない店", "--points", "5", "--date", "2026-03-01"),
]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("argv", READS, ids=lambda a: "-".join(a[:2] + a[-2:]))
def test_quick_path_says_what_the_store_says(busy_store, capsys, monkeypatch, lang, argv):
    monkeypatch.delenv(NO_QUICK_ENV, raising=False)
    quick = run(capsys, "--db", busy_store, "--lang", lang, *argv)
    monkeypatch.setenv(NO_QUICK_ENV, "1")
    full = run(capsys, "--db", busy_store, "--lang", lang, *argv)
    assert quick == full
    assert quick[0] in (0, 2) and (quick[1] or quick[2])


def test_the_quick_path_is_taken_for_a_current_store(busy_store, monkeypatch):
    monkeypatch.delenv(NO_QUICK_ENV, raising=False)
    reader = open_quick(busy_store)
    assert reader is not None
    try:
        assert reader.marketplace("ヤフー店") == "yahoo"
        logs = reader.restrictions_with_logs("ヤフー店")
        assert [r.kind for r, _ in logs] == ["account_freeze", "listing"]  # newest start first
        assert [c.summary for c in logs[1][1]] == ["送った"]
        with pytest.raises(sqlite3.OperationalError):  # query_only: it cannot write
            reader.conn.execute("DELETE FROM violations")
    finally:
        reader.close()


def test_status_command_loads_no_sqlalchemy(busy_store):
    code = ("import sys; from penaltytracker.cli import main; "
            f"rc = main(['--db', {busy_store!r}, 'status', '--shop', '本店', '--as-of', '2026-11-30']); "
            "print('SQLALCHEMY' if 'sqlalchemy' in sys.modules else 'LIGHT', rc)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "LIGHT 0"


def test_anything_unusual_goes_the_full_way(tmp_path, busy_store, monkeypatch):
    monkeypatch.delenv(NO_QUICK_ENV, raising=False)
    assert open_quick("postgresql+psycopg://u:p@127.0.0.1:1/x") is None  # a server
    assert open_quick(tmp_path / "missing.sqlite3") is None  # not made yet: the full open makes it
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert open_quick(empty) is None
    text = tmp_path / "notes.txt"
    text.write_text("not a store", encoding="utf-8")
    assert open_quick(text) is None  # the full open names what is wrong
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()
    assert open_quick(old) is None  # an older schema: the full open brings it up to date
    monkeypatch.setenv(NO_QUICK_ENV, "1")
    assert open_quick(busy_store) is None


def test_the_restriction_columns_are_the_store_s():
    from penaltytracker.store.quick_read import QuickReader
    from penaltytracker.store.restrictions import _FIELDS

    assert QuickReader._RESTRICTION_FIELDS == _FIELDS


def test_store_targets_that_name_a_file():
    assert sqlite_file("sqlite:////tmp/a.sqlite3").as_posix() == "/tmp/a.sqlite3"
    assert sqlite_file("sqlite:///:memory:?x=1") is None
    assert sqlite_file("postgresql://h/db") is None
    assert sqlite_file("/tmp/b.sqlite3").name == "b.sqlite3"


def test_an_old_store_is_still_migrated_by_status(tmp_path, capsys, isolated_home, monkeypatch):
    """The quick path never stands in the way of the migration a status used to bring."""
    monkeypatch.delenv(NO_QUICK_ENV, raising=False)
    from penaltytracker.store.engine import current_revision, head_revision, open_store, upgrade

    db = tmp_path / "older.sqlite3"
    s = open_store(db, migrate=False)
    upgrade(s, "0004")
    s.close()
    code, out, err = run(capsys, "--db", str(db), "status", "--shop", "本店", "--as-of", "2026-11-30")
    assert code == 2 and "本店" in err  # no such shop yet, said after the migration
    s = open_store(db, migrate=False)
    try:
        assert current_revision(s) == head_revision()
    finally:
        s.close()
