"""Killing the process (SIGKILL) at any moment of an import or of edits leaves a sound store
(PRAGMA integrity_check = ok) holding all of the import or none of it, and every edit
whole with its audit entry.

Real subprocesses are killed at random points, repeatedly: some at any time, most just
after they start writing (the WAL file grows), where a kill can hit a commit half-way.
The seed of every run is in the failure message, to replay it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.reports.violations_csv import write_violations
from penaltytracker.store import add_violation, open_store

IMPORT_ROWS = 3000
IMPORT_RUNS = 16
EDIT_RUNS = 8
BASE_ROWS = 5
SEED = int(os.environ.get("PENALTYTRACKER_CRASH_SEED", "20260210"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def check_store(path: Path, context: str) -> dict:
    """Integrity first (the connection replays a WAL left by the killed process), then counts."""
    with closing(sqlite3.connect(path)) as conn:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        assert result == ["ok"], f"{context}: integrity_check {result}"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], context
        return {
            "violations": conn.execute("SELECT count(*) FROM violations").fetchone()[0],
            "import_audit": conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                         "AND entity_id <> 0").fetchone()[0],
            "import_summaries": conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                             "AND entity_id = 0").fetchone()[0],
        }


def reset(pristine: Path, path: Path) -> None:
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    shutil.copyfile(pristine, path)


def wait_for_writing(path: Path, proc: subprocess.Popen, limit_s: float = 30.0) -> bool:
    """Until the process starts writing to the store (its WAL grows) or exits."""
    wal = Path(f"{path}-wal")
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if wal.stat().st_size > 0:
                return True
        except FileNotFoundError:
            pass
        time.sleep(0.0005)
    return False


@pytest.fixture
def pristine(tmp_path, isolated_home) -> Path:
    """A store with a few violations, closed cleanly (no WAL beside it)."""
    path = tmp_path / "pristine.sqlite3"
    s = open_store(path)
    for i in range(BASE_ROWS):
        add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 1, 5 + i), points=5, title=f"既存 {i}"))
    s.close()
    assert not Path(f"{path}-wal").exists()
    return path


def test_killed_import_leaves_all_or_nothing(tmp_path, pristine):
    csv_path = tmp_path / "import.csv"
    start = date(2026, 1, 1)
    write_violations(csv_path, (
        ViolationRecord(shop=f"店舗{i % 7}", points_date=start + timedelta(days=i % 365), points=i % 40,
                        title=f"取込テスト {i} " + "内容" * 10, reference=f"R-{i:05d}",
                        category="listing", occurred_on=start + timedelta(days=i % 365) - timedelta(days=3))
        for i in range(IMPORT_ROWS)))
    path = tmp_path / "store.sqlite3"
    cmd = [sys.executable, "-m", "penaltytracker", "--db", str(path), "import", "violations", str(csv_path)]

    # One run to the end: how long a whole import takes here, and that it works at all.
    reset(pristine, path)
    t0 = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, timeout=120)
    full = time.monotonic() - t0
    assert done.returncode == 0, done.stderr.decode()
    assert check_store(path, "uninterrupted")["violations"] == BASE_ROWS + IMPORT_ROWS

    outcomes = {"none": 0, "all": 0}
    for run in range(IMPORT_RUNS):
        seed = SEED + run
        rng = random.Random(seed)
        reset(pristine, path)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if run % 3 == 0:
            time.sleep(rng.uniform(0, full))  # any moment, start-up included
        elif wait_for_writing(path, proc):
            time.sleep(rng.uniform(0, 0.03))  # during or just after the commit
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        context = f"import run {run} (seed {seed})"
        counts = check_store(path, context)
        imported = counts["violations"] - BASE_ROWS
        assert imported in (0, IMPORT_ROWS), f"{context}: {imported} of {IMPORT_ROWS} rows imported"
        # The audit entries are part of the same transaction.
        assert counts["import_audit"] == imported, context
        assert counts["import_summaries"] == (1 if imported else 0), context
        outcomes["all" if imported else "none"] += 1
        # And the app opens it again without complaint.
        open_store(path).close()
    print(f"\nkilled imports: {outcomes} (full import {full:.2f}s)")


EDITOR = r"""
import sys
from dataclasses import replace
from datetime import date
from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import open_store, get_violation, update_violation, add_violation, list_violations
store = open_store(sys.argv[1])
ids = [r.id for r in list_violations(store)]
print("ready", flush=True)
n = 0
while True:
    n += 1
    if n % 5 == 0:
        saved = add_violation(store, ViolationRecord(shop="支店", points_date=date(2026, 3, 1), points=n % 50,
                                                     title=f"added {n}"))
        ids.append(saved.id)
        continue
    record = get_violation(store, ids[n % len(ids)])
    # Title and points change together: a half-saved edit would show them out of step.
    update_violation(store, replace(record, points=record.version % 50, title=f"edit {record.version}"))
"""


def test_killed_edits_leave_every_edit_whole(tmp_path, pristine):
    path = tmp_path / "store.sqlite3"
    saved_edits = 0
    for run in range(EDIT_RUNS):
        seed = SEED + 1000 + run
        rng = random.Random(seed)
        reset(pristine, path)
        proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        context = f"edit run {run} (seed {seed})"
        check_store(path, context)
        with closing(sqlite3.connect(path)) as conn:
            rows = conn.execute("SELECT id, version, points, title FROM violations").fetchall()
            edits = dict(conn.execute("SELECT entity_id, count(*) FROM audit_log WHERE action = 'edit' "
                                      "GROUP BY entity_id").fetchall())
            created = {r[0] for r in conn.execute("SELECT entity_id FROM audit_log WHERE action = 'create'")}
        total_edits = 0
        for vid, version, points, title in rows:
            assert vid in created, f"{context}: violation {vid} has no create entry"
            assert edits.get(vid, 0) == version - 1, f"{context}: violation {vid} v{version} vs audit"
            if version > 1:
                assert (points, title) == ((version - 1) % 50, f"edit {version - 1}"), f"{context}: {vid}"
            total_edits += version - 1
        saved_edits += total_edits
        open_store(path).close()
    assert saved_edits > 0, "the editor was always killed before its first save: nothing was tested"
