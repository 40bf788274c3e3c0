"""The frozen one-folder app does what the installed one does, with no Python around.

Builds dist/penaltytracker with PyInstaller (a few minutes), then runs it in a clean
environment: an empty PATH, a fresh HOME, no display.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing from the test environment (the 'test' extra installs it)")
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    res = subprocess.run(
        [str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert res.returncode == 0, res.stderr[-4000:]
    exe = work / "dist" / "penaltytracker" / ("penaltytracker.exe" if os.name == "nt" else "penaltytracker")
    assert exe.is_file()
    return exe


@pytest.fixture
def clean_env(tmp_path) -> dict:
    home = tmp_path / "home"
    empty_bin = tmp_path / "empty-bin"
    home.mkdir()
    empty_bin.mkdir()
    # Nothing of this machine's Python is reachable: no PATH entries, no PYTHON* variables.
    return {"HOME": str(home), "PATH": str(empty_bin), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def run(exe: Path, env: dict, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_the_folder_carries_what_the_app_needs(frozen_app):
    internal = frozen_app.parent / "_internal"
    assert (internal / "resources" / "rules" / "rakuten_ichiba.toml").is_file()
    assert (internal / "resources" / "fonts" / "ipaexg.ttf").is_file()
    assert list((internal / "penaltytracker" / "store" / "migrations" / "versions").glob("0001_*.py"))
    assert list((internal / "resources" / "i18n").glob("*.qm")), "compiled translations"
    assert list(internal.rglob("libqoffscreen*")), "the offscreen Qt platform plugin"
    assert not list(internal.rglob("*WebEngine*")), "unused Qt modules are left out"


def test_first_start_creates_the_store_in_the_user_data_folder(frozen_app, clean_env):
    res = run(frozen_app, clean_env, "--version")
    from penaltytracker import __version__

    assert res.returncode == 0 and __version__ in res.stdout
    res = run(frozen_app, clean_env, "shop", "add", "冷凍テスト店")
    assert res.returncode == 0, res.stderr
    stores = list(Path(clean_env["HOME"]).rglob("penaltytracker.sqlite3"))
    assert len(stores) == 1 and "PenaltyTracker" in str(stores[0])


def test_smoke_starts_the_window(frozen_app, clean_env, tmp_path):
    db = tmp_path / "smoke.sqlite3"
    assert run(frozen_app, clean_env, "--db", str(db), "violation", "add", "--shop", "A", "--date", "2026-03-01",
               "--points", "60").returncode == 0
    res = run(frozen_app, clean_env, "--db", str(db), "--smoke")
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout.strip().splitlines()[-1] == "ready"


def test_import_csv_and_write_a_pdf(frozen_app, clean_env, tmp_path):
    db = tmp_path / "frozen.sqlite3"
    csv_file = tmp_path / "excel.csv"
    csv_file.write_bytes("店舗,加点日,点数,内容\r\n冷凍店,2026/03/01,40,キャンセル\r\n".encode("cp932"))
    res = run(frozen_app, clean_env, "--db", str(db), "import", "violations", str(csv_file))
    assert res.returncode == 0, res.stderr
    pdf = tmp_path / "report.pdf"
    res = run(frozen_app, clean_env, "--db", str(db), "report", "--shop", "冷凍店", "--as-of", "2026-03-02",
              "--out", str(pdf))
    assert res.returncode == 0, res.stderr[-3000:]
    from pypdf import PdfReader

    text = "".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "冷凍店" in text and "年間累積違反点数40点" in text


def test_an_older_store_is_migrated(frozen_app, clean_env, tmp_path):
    from penaltytracker.store.engine import head_revision, open_store, upgrade

    db = tmp_path / "old.sqlite3"
    old = open_store(db, migrate=False)
    upgrade(old, "0001")
    old.close()
    res = run(frozen_app, clean_env, "--db", str(db), "shop", "list")
    assert res.returncode == 0, res.stderr
    assert sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
