"""A restore while other programs write (issue 15): every write that reported success is
in the restored store or in the copy kept before the restore, never lost between them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from datetime import date
from pathlib import Path

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import import_violations, open_store
from penaltytracker.store.backup import backup_store, list_backups, restore_backup
from tests.conftest import run_cli

WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from penaltytracker.core.model import ViolationRecord
    from penaltytracker.store import add_violation, open_store
    path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(path)
    print("started", flush=True)
    for i in range(count):
        title = f"{name}-{i}"
        try:
            add_violation(store, ViolationRecord(shop="本店", points_date=date(2026, 3, 1), points=1, title=title))
        except Exception as exc:  # refused or failed: not reported as done
            print("failed", type(exc).__name__, flush=True)
            continue
        print("saved", title, flush=True)
    store.close()
""")


def titles(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT title FROM violations")}


def start_writer(path: Path, name: str, count: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    assert proc.stdout.readline().strip() == "started", proc.stderr.read()
    return proc


def test_writers_and_a_restore_together_lose_no_reported_write(db_path, tmp_path):
    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5, title="old")])
    made = backup_store(store, tmp_path / "backup.sqlite3")
    store.close()
    # A big import and two writers that commit one violation at a time, all running
    # when the restore starts.
    csv = tmp_path / "big.csv"
    csv.write_text("店舗,加点日,点数,内容\n" + "".join(f"本店,2026-02-10,1,import-{i}\n" for i in range(20_000)),
                   encoding="utf-8")
    writers = [start_writer(db_path, f"w{k}", 300) for k in range(2)]
    importer = subprocess.Popen([sys.executable, "-m", "penaltytracker", "--db", str(db_path), "import",
                                 "violations", str(csv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reported: set[str] = set()
    for w in writers:  # each has committed at least once before the restore begins
        while True:
            line = w.stdout.readline()
            assert line, w.stderr.read()
            if line.startswith("saved"):
                reported.add(line.split()[1])
                break
    restored = run_cli("--lang", "en", "restore", str(made), db=db_path)
    for w in writers:
        out, err = w.communicate(timeout=300)
        assert w.returncode == 0, err
        reported |= {line.split()[1] for line in out.splitlines() if line.startswith("saved")}
    importer.communicate(timeout=300)
    if importer.returncode == 0:  # it said "imported": every row counts as reported
        reported |= {f"import-{i}" for i in range(20_000)}
    assert restored.returncode in (0, 2), restored.stderr
    kept = [b.path for b in list_backups(db_path) if b.reason == "before-restore"]
    if restored.returncode == 0:
        assert len(kept) == 1
        everywhere = titles(db_path) | titles(kept[0])
        assert "old" in titles(kept[0])
    else:  # refused: it said so, and nothing was changed
        assert "another program" in restored.stderr.decode()
        everywhere = titles(db_path)
    lost = reported - everywhere
    assert not lost, f"{len(lost)} writes reported as saved are gone, e.g. {sorted(lost)[:5]}"
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_restore_waits_for_a_writer_that_holds_the_lock(db_path, tmp_path):
    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5, title="old")])
    made = backup_store(store, tmp_path / "backup.sqlite3")
    store.close()
    # Another program is in the middle of a write transaction when the restore starts.
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE violations SET title = 'written while restoring'")
    res = run_cli("--lang", "en", "restore", str(made), db=db_path,
                  env={"PENALTYTRACKER_BUSY_TIMEOUT_MS": "200"})
    assert res.returncode == 2, res.stderr
    err = res.stderr.decode()
    assert "another program" in err and str(db_path) in err
    holder.execute("COMMIT")
    holder.close()
    assert titles(db_path) == {"written while restoring"}  # the other program's write stands
    # Once it is done, the restore goes through and keeps that write in its copy.
    kept = restore_backup(db_path, made)
    assert titles(db_path) == {"old"} and titles(kept) == {"written while restoring"}


def test_a_program_that_keeps_the_store_open_sees_the_restored_store(db_path, tmp_path):
    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5, title="old")])
    made = backup_store(store, tmp_path / "backup.sqlite3")
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 6), points=5, title="new")])
    restore_backup(db_path, made)
    from penaltytracker.store import add_violation, list_violations

    assert [v.title for v in list_violations(store, "本店")] == ["old"]
    add_violation(store, ViolationRecord(shop="本店", points_date=date(2026, 1, 7), points=5, title="after"))
    store.close()
    assert titles(db_path) == {"old", "after"}


def test_a_backup_keeps_this_process_s_locks_on_the_store(db_path):
    """Reading the store's header with open() and closing it dropped every POSIX lock this
    process's SQLite connections held on the file: another program then took the store for
    unused and removed its WAL under them (the corruption the writers test found)."""
    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5, title="old")])
    held = store.engine.connect()
    held.exec_driver_sql("SELECT count(*) FROM violations").fetchone()
    try:
        backup_store(store)
        open_store(db_path).close()  # the first open of a second window, in this process
        other = subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                                "c.execute('SELECT count(*) FROM violations').fetchone(); c.close()", str(db_path)])
        assert other.returncode == 0
        # The other program saw this one's connection: it did not fold and delete the WAL.
        assert Path(f"{db_path}-wal").exists()
    finally:
        held.close()
        store.close()


def test_a_backup_of_another_schema_is_restored_whole(db_path, tmp_path):
    """A backup from before a migration: its tables, indexes and rows replace the store's;
    the next open migrates it."""
    from penaltytracker.store.engine import current_revision, head_revision
    from tests.test_backup import _store_at_revision

    old = tmp_path / "old.sqlite3"
    _store_at_revision(old, "0003")
    with closing(sqlite3.connect(old)) as conn, conn:
        conn.execute("UPDATE shops SET name = '旧店'")
    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5, title="new")])
    kept = restore_backup(db_path, old)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
        assert [r[0] for r in conn.execute("SELECT name FROM shops")] == ["旧店"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert titles(kept) == {"new"}
    store.close()
    reopened = open_store(db_path)
    assert current_revision(reopened) == head_revision()
    reopened.close()
