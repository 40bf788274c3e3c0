"""First opens at once, and a store private to the user (issue 15).

Several programs opening a new store at the same moment all succeed: the migrations run
under the store's lock, once. The store, its -wal/-shm, its backups and the folders
holding them are readable by the user only, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import run_cli

OPENER = textwrap.dedent("""
    import sys
    from penaltytracker.store import add_shop, open_store, list_shops
    print("ready", flush=True)
    sys.stdin.readline()  # every opener starts together
    try:
        store = open_store(sys.argv[1])
        add_shop(store, "店" + sys.argv[2])
        store.close()
    except Exception as exc:
        print("failed", type(exc).__name__, exc, flush=True)
        sys.exit(1)
    print("opened", flush=True)
""")


def open_together(target: str, n: int) -> list[tuple[int, str]]:
    procs = [subprocess.Popen([sys.executable, "-c", OPENER, target, str(i)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for i in range(n)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        results.append((p.returncode, out))
    return results


@pytest.mark.parametrize("round_", range(3))
def test_first_opens_at_once_all_succeed(store_target, round_):
    results = open_together(store_target, 4)
    assert all(code == 0 for code, _ in results), results
    from penaltytracker.store import list_shops, open_store
    from penaltytracker.store.engine import current_revision, head_revision

    store = open_store(store_target)
    try:
        assert sorted(list_shops(store)) == [f"店{i}" for i in range(4)]
        assert current_revision(store) == head_revision()
    finally:
        store.close()


def test_cli_first_opens_at_once_never_exit_1(store_target):
    procs = [subprocess.Popen([sys.executable, "-m", "penaltytracker", "--db", store_target, "shop", "list"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_store_its_wal_its_backups_and_their_folders_are_private(isolated_home, usual_umask):
    from penaltytracker.core.model import ViolationRecord
    from penaltytracker.paths import data_dir, default_store_path
    from penaltytracker.store import import_violations, open_store
    from penaltytracker.store.backup import backup_store, backups_dir, restore_backup
    from datetime import date

    store = open_store(default_store_path())
    import_violations(store, [ViolationRecord(shop="本店", points_date=date(2026, 1, 5), points=5)])
    path = default_store_path()
    assert mode(path) == 0o600
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert extra.exists() and mode(extra) == 0o600, extra
    assert mode(data_dir()) == 0o700
    made = backup_store(store)
    assert mode(backups_dir()) == 0o700 and mode(made) == 0o600
    out = isolated_home / "copy.sqlite3"
    assert mode(backup_store(store, out)) == 0o600
    kept = restore_backup(path, made)
    assert mode(kept) == 0o600 and mode(path) == 0o600
    store.close()


def test_a_store_made_before_becomes_private_on_open(tmp_path, isolated_home, usual_umask):
    path = tmp_path / "old.sqlite3"
    assert run_cli("shop", "add", "本店", db=path).returncode == 0
    os.chmod(path, 0o644)
    assert run_cli("shop", "list", db=path).returncode == 0
    assert mode(path) == 0o600
    # A read-only store stays read-only: only other people's permissions are taken off.
    os.chmod(path, 0o444)
    run_cli("shop", "list", db=path)
    assert mode(path) == 0o400


def test_cli_made_store_in_a_new_folder_is_private(tmp_path, isolated_home, usual_umask):
    path = tmp_path / "new" / "sub" / "store.sqlite3"
    res = run_cli("shop", "add", "本店", db=path, env={})
    assert res.returncode == 0, res.stderr
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
