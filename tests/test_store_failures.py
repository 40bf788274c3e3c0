"""Stores that cannot be used: the command line exits 2 saying what and where, and the
file keeps every byte (compared by hash before and after)."""

from __future__ import annotations

import hashlib
from contextlib import closing
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import StoreError, add_violation, count_violations, open_store
from tests.conftest import run_cli

ADD = ("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "15")


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def files_of(folder: Path) -> dict[str, str]:
    """Every file in the folder with its hash: nothing created, nothing changed."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def make_store(path: Path, n: int = 40) -> None:
    from datetime import date

    s = open_store(path)
    for i in range(n):
        add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 1, 1 + i % 28), points=5,
                                         title=f"違反 {i}" * 20))
    s.close()
    # The last connection closed folds the WAL into the file: the file alone is the store.
    assert not Path(f"{path}-wal").exists()


def expect_refused(path: Path, *args: str, words: tuple[str, ...], env: dict | None = None):
    """Run the CLI on `path`; exit 2, the message names the place and says why; no byte changed."""
    folder = path.parent
    before = files_of(folder)
    res = run_cli("--lang", "en", *args, db=path, env=env)
    err = res.stderr.decode("utf-8")
    assert res.returncode == 2, (res.returncode, err)
    assert str(path) in err, err
    for word in words:
        assert word in err, err
    assert "Traceback" not in err
    after = {k: v for k, v in files_of(folder).items() if not k.endswith(("-shm", "-wal"))}
    assert after == {k: v for k, v in before.items() if not k.endswith(("-shm", "-wal"))}
    return err


# --- files that are not (our) stores ------------------------------------------------------

def test_a_text_file_is_not_a_store(tmp_path, isolated_home):
    path = tmp_path / "memo.sqlite3"
    path.write_text("店舗,加点日,点数\n本店,2026-02-10,15\n", encoding="utf-8")
    expect_refused(path, "shop", "list", words=("not a PenaltyTracker store",))
    expect_refused(path, *ADD, words=("not a PenaltyTracker store",))


def test_a_damaged_store(tmp_path, isolated_home):
    path = tmp_path / "store.sqlite3"
    make_store(path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page: 4 * page] = bytes((i * 131 + 7) % 256 for i in range(2 * page))
    path.write_bytes(bytes(data))
    for args in (("shop", "list"), ADD, ("violation", "list", "--shop", "本店")):
        expect_refused(path, *args, words=("damaged", "restore a backup"))


def test_a_truncated_store(tmp_path, isolated_home):
    path = tmp_path / "store.sqlite3"
    make_store(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    expect_refused(path, "shop", "list", words=("damaged",))


def test_a_store_written_by_a_newer_version(tmp_path, isolated_home):
    path = tmp_path / "store.sqlite3"
    make_store(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042_future'")
        conn.execute("PRAGMA journal_mode=DELETE")  # as another version might leave it
    expect_refused(path, "shop", "list", words=("newer version", "0042_future"))
    expect_refused(path, *ADD, words=("newer version",))


def test_another_programs_database(tmp_path, isolated_home):
    path = tmp_path / "accounts.db"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
        conn.execute("INSERT INTO invoices (total) VALUES (1200)")
    expect_refused(path, "shop", "list", words=("other data", "not a PenaltyTracker store"))


def test_a_folder_is_not_a_store(tmp_path, isolated_home):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    res = run_cli("shop", "list", db=folder)
    assert res.returncode == 2
    assert str(folder) in res.stderr.decode() and "folder" in res.stderr.decode()


def test_in_process_errors_are_store_errors_and_name_the_file(tmp_path, isolated_home):
    path = tmp_path / "memo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(StoreError, match="memo.sqlite3 is not a PenaltyTracker store"):
        open_store(path)


# --- permissions: root ignores them, so the command runs without the override capability --

def _without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply, even when the tests run as root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only for the test")
    caps = "-dac_override,-dac_read_search,-fowner"
    probe = subprocess.run([setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.decode().strip()}")
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def run_limited(path: Path, *args: str, env: dict | None = None):
    cmd = [*_without_root_powers(), sys.executable, "-m", "penaltytracker", "--lang", "en", "--db", str(path), *args]
    res = subprocess.run(cmd, capture_output=True, env={**os.environ, **(env or {})}, timeout=120)
    return res.returncode, res.stdout.decode(), res.stderr.decode()


@pytest.fixture
def read_only(tmp_path):
    """chmod a path read-only for the test, and back afterwards (so tmp_path can be removed)."""
    changed = []

    def make(path: Path) -> None:
        changed.append((path, path.stat().st_mode))
        path.chmod(0o555 if path.is_dir() else 0o444)

    yield make
    for path, mode in reversed(changed):
        path.chmod(mode)


def test_a_new_store_in_a_read_only_folder(tmp_path, isolated_home, read_only):
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    read_only(folder)
    path = folder / "store.sqlite3"
    code, _, err = run_limited(path, "shop", "add", "本店")
    assert code == 2, err
    assert str(path) in err and "not writable" in err
    assert list(folder.iterdir()) == []


def test_a_read_only_store_file(tmp_path, isolated_home, read_only):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "store.sqlite3"
    make_store(path)
    read_only(path)
    before = digest(path)
    code, out, err = run_limited(path, *ADD)
    assert code == 2, err
    assert str(path) in err and "read-only" in err
    assert digest(path) == before
    # Reading still works: a read-only copy can be looked at.
    code, out, err = run_limited(path, "violation", "list", "--shop", "本店")
    assert code == 0, err
    assert "違反 0" in out
    assert digest(path) == before


def test_a_store_in_a_read_only_folder(tmp_path, isolated_home, read_only):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "store.sqlite3"
    make_store(path)
    read_only(folder)
    before = digest(path)
    code, _, err = run_limited(path, *ADD)
    assert code == 2, err
    assert str(path) in err and ("read-only" in err or "not writable" in err)
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["store.sqlite3"]


# --- another program holds the store -----------------------------------------------------

HOLD_LOCK = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE violations SET title = 'being edited elsewhere'")
print("locked", flush=True)
sys.stdin.readline()  # hold the lock until the test is done
conn.execute("ROLLBACK")
conn.close()
"""


@pytest.fixture
def lock_holder():
    procs = []

    def hold(path: Path) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "locked"
        procs.append(proc)
        return proc

    yield hold
    for proc in procs:
        if proc.poll() is None:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)


def test_a_store_locked_by_another_program(tmp_path, isolated_home, lock_holder):
    path = tmp_path / "store.sqlite3"
    make_store(path)
    lock_holder(path)
    before = digest(path)
    # The wait is the busy timeout (10 s by default); the test asks for a short one.
    res = run_cli("--lang", "en", *ADD, db=path, env={"PENALTYTRACKER_BUSY_TIMEOUT_MS": "300"})
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert str(path) in err and "locked by another program" in err
    assert digest(path) == before
    # Reading is not blocked by a writer (WAL): the operator can still look.
    res = run_cli("violation", "list", "--shop", "本店", db=path, env={"PENALTYTRACKER_BUSY_TIMEOUT_MS": "300"})
    assert res.returncode == 0, res.stderr.decode()
    assert "being edited elsewhere" not in res.stdout.decode()
