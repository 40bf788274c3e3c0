"""Backups: consistent copies, the last 14 kept, before migrations, daily, and restore."""

from __future__ import annotations

import hashlib
from contextlib import closing
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import add_violation, count_violations, list_violations, open_store
from penaltytracker.store.backup import (
    BACKUPS_KEPT,
    BackupError,
    backup_store,
    backups_dir,
    check_backup_file,
    daily_backup,
    list_backups,
    restore_backup,
)
from penaltytracker.store.engine import head_revision, upgrade
from tests.conftest import run_cli


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def violation(n: int, shop: str = "本店") -> ViolationRecord:
    return ViolationRecord(shop=shop, points_date=date(2026, 1, 1) + timedelta(days=n), points=5,
                           title=f"違反 {n}")


def stored_titles(path: Path) -> list[str]:
    s = open_store(path)
    try:
        return [r.title for r in list_violations(s)]
    finally:
        s.close()


def fill(store, n: int) -> None:
    for i in range(n):
        add_violation(store, violation(i))


def test_backup_is_a_complete_store_in_the_backups_folder(store, db_path):
    fill(store, 3)
    made = backup_store(store)
    assert made.parent == backups_dir()
    assert made.name.startswith("store-") and made.name.endswith("-manual.sqlite3")
    assert not Path(f"{made}-wal").exists()  # one self-contained file
    assert check_backup_file(made) == head_revision()
    assert stored_titles(made) == ["違反 0", "違反 1", "違反 2"]
    [info] = list_backups(db_path)
    assert info.path == made and info.reason == "manual" and info.size == made.stat().st_size
    assert info.taken_at.date() == date.today()


def test_backup_copies_only_what_was_committed(store, db_path):
    fill(store, 2)
    # Another program is half-way through a write: the copy must not contain it.
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE violations SET title = 'half-done'")
    try:
        made = backup_store(store)
    finally:
        other.rollback()
        other.close()
    assert stored_titles(made) == ["違反 0", "違反 1"]


def test_only_the_last_14_copies_are_kept(store, db_path, tmp_path):
    fill(store, 1)
    other_store = open_store(tmp_path / "other.sqlite3")
    fill(other_store, 1)
    other_copy = backup_store(other_store)
    other_store.close()
    made = [backup_store(store) for _ in range(BACKUPS_KEPT + 3)]
    kept = list_backups(db_path)
    assert [b.path for b in kept] == list(reversed(made[3:]))  # newest first
    assert all(not p.exists() for p in made[:3])
    assert other_copy.exists(), "pruning one store's copies must not touch another store's"


def test_backup_to_a_chosen_file(store, tmp_path):
    fill(store, 2)
    out = tmp_path / "手動" / "copy.sqlite3"
    out.parent.mkdir()
    assert backup_store(store, out) == out
    assert stored_titles(out) == ["違反 0", "違反 1"]
    assert list_backups() == []  # nothing in the backups folder
    with pytest.raises(BackupError, match="does not exist"):
        backup_store(store, tmp_path / "missing" / "x.sqlite3")


def test_backup_refuses_a_server_store_and_a_missing_file(tmp_path, isolated_home):
    with pytest.raises(BackupError, match="there is no store file"):
        backup_store(tmp_path / "nothing.sqlite3")
    (tmp_path / "text.sqlite3").write_text("hello")
    with pytest.raises(BackupError, match="not an SQLite database"):
        backup_store(tmp_path / "text.sqlite3")


def _store_at_revision(path: Path, revision: str) -> None:
    s = open_store(path, migrate=False)
    upgrade(s, revision)
    with s.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO shops (name, created_at) VALUES ('本店', '2026-01-01 00:00:00')")
    s.close()


def test_a_populated_store_is_copied_before_it_is_migrated(db_path, isolated_home):
    _store_at_revision(db_path, "0002")
    s = open_store(db_path)  # migrates 0002 → head
    s.close()
    [info] = list_backups(db_path)
    assert info.reason == "before-migration"
    with closing(sqlite3.connect(info.path)) as conn, conn:  # the copy is the store as it was before
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        assert conn.execute("SELECT name FROM shops").fetchall() == [("本店",)]
    # Opening the migrated store again changes nothing and copies nothing.
    open_store(db_path).close()
    assert len(list_backups(db_path)) == 1


def test_no_migration_goes_ahead_without_its_backup(db_path, isolated_home, monkeypatch):
    from penaltytracker.store import StoreError
    from penaltytracker.store import backup as backup_module

    _store_at_revision(db_path, "0002")
    before = digest(db_path)
    blocker = isolated_home / "blocked"
    blocker.write_text("a file where the backups folder should be")
    monkeypatch.setattr(backup_module, "backups_dir", lambda: blocker / "backups")
    with pytest.raises(StoreError, match="backups folder"):
        open_store(db_path)
    assert digest(db_path) == before
    with closing(sqlite3.connect(db_path)) as conn, conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"


def test_a_new_store_is_not_copied(db_path):
    open_store(db_path).close()
    assert list_backups(db_path) == []


def test_daily_backup_once_a_day_and_only_when_there_is_something_to_keep(store, db_path):
    assert daily_backup(store) is None  # empty store
    fill(store, 1)
    first = daily_backup(store)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert daily_backup(store) is None  # already copied today
    assert len(list_backups(db_path)) == 1


def test_daily_backup_failure_is_a_warning_not_an_error(store, isolated_home, monkeypatch, caplog):
    from penaltytracker.store import backup as backup_module

    fill(store, 1)
    blocker = isolated_home / "blocked"
    blocker.write_text("x")
    monkeypatch.setattr(backup_module, "backups_dir", lambda: blocker / "backups")
    assert daily_backup(store) is None
    assert "backup" in caplog.text and "not made" in caplog.text


def test_the_command_line_takes_the_daily_backup_on_first_open(db_path, isolated_home):
    assert run_cli("shop", "add", "本店", db=db_path).returncode == 0
    assert list_backups(db_path) == []  # it was empty when opened
    assert run_cli("shop", "list", db=db_path).returncode == 0
    assert [b.reason for b in list_backups(db_path)] == ["daily"]
    assert run_cli("shop", "list", db=db_path).returncode == 0
    assert len(list_backups(db_path)) == 1


# --- restore -----------------------------------------------------------------------------

def test_restore_puts_the_backup_back_and_keeps_the_current_store(store, db_path):
    fill(store, 2)
    made = backup_store(store)
    add_violation(store, violation(9))
    store.close()
    kept = restore_backup(db_path, made)
    assert stored_titles(db_path) == ["違反 0", "違反 1"]
    assert kept is not None and "before-restore" in kept.name
    assert stored_titles(kept) == ["違反 0", "違反 1", "違反 9"]


def test_restore_ignores_the_write_ahead_log_left_by_the_old_store(store, tmp_path):
    # A crash leaves committed changes in s.sqlite3-wal. They belong to the old store:
    # replayed into the restored file they would corrupt it. They must end up in the kept copy.
    fill(store, 1)
    made = backup_store(store)
    live_dir, crashed = tmp_path / "live", tmp_path / "crashed"
    live_dir.mkdir()
    crashed.mkdir()
    s2 = open_store(live_dir / "s.sqlite3")
    fill(s2, 1)
    s2.close()
    live = sqlite3.connect(live_dir / "s.sqlite3")
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("UPDATE violations SET title = 'only in the WAL'")
    live.commit()
    # Copying the files of a store still open is exactly what a killed process leaves.
    shutil.copy(live_dir / "s.sqlite3", crashed / "s.sqlite3")
    shutil.copy(live_dir / "s.sqlite3-wal", crashed / "s.sqlite3-wal")
    live.close()
    target = crashed / "s.sqlite3"
    kept = restore_backup(target, made)
    wal = Path(f"{target}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert stored_titles(target) == ["違反 0"]
    with closing(sqlite3.connect(target)) as conn, conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stored_titles(kept) == ["only in the WAL"]


def test_restore_keeps_a_damaged_store_byte_for_byte(store, db_path):
    fill(store, 1)
    made = backup_store(store)
    store.close()
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    data = bytearray(db_path.read_bytes())
    data[100:4000] = b"\xff" * 3900
    data[4096:] = b"\x00garbage" * ((len(data) - 4096) // 8) + b"\x00" * ((len(data) - 4096) % 8)
    db_path.write_bytes(bytes(data))
    kept = restore_backup(db_path, made)
    assert kept.read_bytes() == bytes(data)
    assert "damaged" in kept.name or "before-restore" in kept.name
    assert stored_titles(db_path) == ["違反 0"]


def test_restore_into_a_place_with_no_store_yet(store, tmp_path):
    fill(store, 1)
    made = backup_store(store)
    target = tmp_path / "new.sqlite3"
    assert restore_backup(target, made) is None
    assert stored_titles(target) == ["違反 0"]


def _bad_backups(tmp_path: Path, good: Path) -> dict[str, tuple[Path, str]]:
    bad = {}
    text = tmp_path / "notes.sqlite3"
    text.write_text("これはストアではありません\n")
    bad["text"] = (text, "not an SQLite database")
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn, conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    bad["foreign"] = (foreign, "not a PenaltyTracker store")
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(good, newer)
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    bad["newer"] = (newer, "newer version")
    corrupt = tmp_path / "corrupt.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    data[2 * page: 3 * page] = bytes((i * 7) % 256 for i in range(page))
    corrupt.write_bytes(bytes(data))
    bad["corrupt"] = (corrupt, "damaged")
    bad["missing"] = (tmp_path / "nothing.sqlite3", "no such file")
    return bad


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "corrupt", "missing"])
def test_restore_refuses_a_bad_file_and_changes_nothing(store, db_path, tmp_path, kind):
    fill(store, 30)
    good = backup_store(store, tmp_path / "good.sqlite3")
    store.close()
    bad, why = _bad_backups(tmp_path, good)[kind]
    before = digest(db_path)
    with pytest.raises(BackupError, match=why):
        restore_backup(db_path, bad)
    assert digest(db_path) == before
    assert list_backups(db_path) == []  # not even a safety copy: nothing was started


def test_cli_backup_and_restore(db_path, tmp_path, isolated_home):
    assert run_cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "15",
                   db=db_path).returncode == 0
    res = run_cli("backup", db=db_path)
    assert res.returncode == 0, res.stderr
    [copy] = [b for b in list_backups(db_path) if b.reason == "manual"]
    assert str(copy.path) in res.stdout.decode()
    out = tmp_path / "nightly.sqlite3"
    assert run_cli("backup", "--out", str(out), db=db_path).returncode == 0
    assert check_backup_file(out) == head_revision()
    listing = run_cli("backup", "--list", db=db_path).stdout.decode()
    assert copy.path.name in listing

    assert run_cli("violation", "add", "--shop", "本店", "--date", "2026-03-01", "--points", "20",
                   db=db_path).returncode == 0
    res = run_cli("--lang", "en", "restore", copy.path.name, db=db_path)  # a name from backup --list
    assert res.returncode == 0, res.stderr
    assert "restored" in res.stdout.decode() and "before-restore" in res.stdout.decode()
    s = open_store(db_path)
    assert count_violations(s) == 1
    s.close()


def test_cli_restore_of_a_bad_file_exits_2_and_changes_nothing(store, db_path, tmp_path):
    fill(store, 2)
    store.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"PK\x03\x04 a zip file, not a store")
    before = digest(db_path)
    res = run_cli("--lang", "en", "restore", str(bad), db=db_path)
    assert res.returncode == 2
    err = res.stderr.decode()
    assert str(bad) in err and "not an SQLite database" in err
    assert digest(db_path) == before


# --- the app's dialogs ---------------------------------------------------------------------

def test_restore_dialog_lists_backups_and_restores_the_chosen_one(qtbot, store, db_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from penaltytracker.ui import backup_dialogs

    fill(store, 2)
    first = backup_store(store)
    add_violation(store, violation(5))
    backup_store(store)
    store.close()

    messages = []

    def drive():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, backup_dialogs.RestoreBackupDialog):
            QTimer.singleShot(20, drive)
            return
        table = dlg.table
        assert table.model().rowCount() == 2
        texts = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
        assert any("KB" in (t or "") or "バイト" in (t or "") for t in texts)
        # the older copy is the second row (newest first)
        table.selectRow(1)
        assert dlg.selected_file() == first
        confirm_then_report()
        dlg.restore_button.click()

    def confirm_then_report():
        def answer():
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                messages.append(box.text())
                yes = box.button(QMessageBox.StandardButton.Yes) or box.button(QMessageBox.StandardButton.Ok)
                yes.click()
                if len(messages) < 2:
                    QTimer.singleShot(20, answer)
            else:
                QTimer.singleShot(20, answer)

        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, drive)
    assert backup_dialogs.restore_backup_dialog(None, db_path, lang="en") is True
    assert len(messages) == 2
    assert first.name in messages[0] or str(first) in messages[0]
    assert "restored" in messages[1].lower()
    assert stored_titles(db_path) == ["違反 0", "違反 1"]


def test_restore_dialog_cancelled_changes_nothing(qtbot, store, db_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from penaltytracker.ui import backup_dialogs

    fill(store, 1)
    backup_store(store)
    store.close()
    before = digest(db_path)

    def cancel():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, backup_dialogs.RestoreBackupDialog):
            dlg.reject()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    assert backup_dialogs.restore_backup_dialog(None, db_path) is False
    assert digest(db_path) == before


def test_restore_dialog_reports_a_refused_file(qtbot, store, db_path, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from penaltytracker.ui import backup_dialogs

    fill(store, 1)
    store.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a store")
    monkeypatch.setattr(backup_dialogs, "_ask_for_file", lambda parent, lang: str(bad))
    before = digest(db_path)
    messages = []

    def drive():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, backup_dialogs.RestoreBackupDialog):
            answer(dlg)
            dlg.file_button.click()
        else:
            QTimer.singleShot(20, drive)

    def answer(dlg):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            messages.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
            assert dlg.isVisible()  # a refused file leaves the list open to choose another
            QTimer.singleShot(0, dlg.reject)
        else:
            QTimer.singleShot(20, lambda: answer(dlg))

    QTimer.singleShot(0, drive)
    assert backup_dialogs.restore_backup_dialog(None, db_path, lang="en") is False
    assert messages and "not an SQLite database" in messages[0] and str(bad) in messages[0]
    assert digest(db_path) == before


@pytest.mark.parametrize("choice", ["choose_file", "restore_backup", "quit"])
def test_store_problem_dialog_offers_the_ways_out(qtbot, tmp_path, choice):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from penaltytracker.ui import backup_dialogs

    seen = {}

    def press():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, backup_dialogs.StoreProblemDialog):
            seen["text"] = dlg.message_label.text()
            seen["buttons"] = sorted(dlg.buttons)
            dlg.buttons[choice].click()
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)
    result = backup_dialogs.store_problem_dialog(None, "the store /x/y.sqlite3 is damaged", tmp_path / "y.sqlite3")
    assert result == choice
    assert "/x/y.sqlite3 is damaged" in seen["text"]
    assert seen["buttons"] == ["choose_file", "quit", "restore_backup"]
