"""Outputs (issue 15): only a regular file or a new name is written; a FIFO, a symlink or a
folder is refused with exit 2 and left as it was; a file written over keeps its mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from penaltytracker.reports.safe_write import WriteError, atomic_write, check_target
from tests.conftest import run_cli

COMMANDS = {
    "export violations": lambda out: ["export", "violations", str(out)],
    "export shipments": lambda out: ["export", "shipments", str(out)],
    "report": lambda out: ["report", "--shop", "本店", "--as-of", "2026-03-01", "--out", str(out)],
    "backup": lambda out: ["backup", "--out", str(out)],
}


@pytest.fixture
def filled(db_path):
    assert run_cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "15",
                   db=db_path).returncode == 0
    return db_path


def special(tmp_path: Path, kind: str) -> tuple[Path, callable]:
    """A target of `kind` and a check that it is still what it was."""
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
        return path, lambda: stat.S_ISFIFO(os.lstat(path).st_mode)
    if kind == "symlink":
        aim = tmp_path / "aim.txt"
        aim.write_text("keep me")
        path = tmp_path / "link"
        path.symlink_to(aim)
        return path, lambda: path.is_symlink() and aim.read_text() == "keep me"
    path = tmp_path / "folder"
    path.mkdir()
    return path, lambda: path.is_dir() and not any(path.iterdir())


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_target_that_is_not_a_regular_file_is_refused(filled, tmp_path, command, kind):
    target, unchanged = special(tmp_path, kind)
    res = run_cli("--lang", "en", *COMMANDS[command](target), db=filled)
    assert res.returncode == 2, (res.returncode, res.stderr.decode())
    assert "not a regular file" in res.stderr.decode(), res.stderr.decode()
    assert unchanged()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.name.endswith(".part")]


def test_the_refusal_is_worded_in_japanese(filled, tmp_path):
    target, _ = special(tmp_path, "fifo")
    res = run_cli("export", "violations", str(target), db=filled)
    assert res.returncode == 2 and "通常のファイルではなく名前付きパイプです" in res.stderr.decode()


def test_a_device_is_refused_before_anything_is_written():
    with pytest.raises(WriteError, match="not a regular file but a device"):
        check_target("/dev/null")


@pytest.mark.parametrize("command", ["export violations", "export shipments", "report"])
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600])
def test_a_file_written_over_keeps_its_permissions(filled, tmp_path, command, mode):
    out = tmp_path / "out.file"
    out.write_bytes(b"old")
    os.chmod(out, mode)
    res = run_cli(*COMMANDS[command](out), db=filled)
    assert res.returncode == 0, res.stderr.decode()
    assert out.read_bytes() != b"old"
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_a_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o027)
    try:
        atomic_write(tmp_path / "new.csv", lambda fh: fh.write(b"x"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
