"""scripts/check-qt-libs.sh (run by run-app.sh before the window): says or installs what Qt needs.

The system's ldconfig, id, apt-get and ldd are replaced by small stubs on PATH, so the
test never installs anything and gives the same answer on every machine."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check-qt-libs.sh"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop check")

ALL = re.findall(r'"(\S+\.so\.\d+) (\S+)"', SCRIPT.read_text())


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def run(tmp_path, *, present, uid=1000, ldd_missing=(), apt_ok=True):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    lines = "".join(f"\t{so} (libc6,x86-64) => /lib/x86_64-linux-gnu/{so}\\n" for so in present)
    _stub(bin_dir, "ldconfig", f'printf "{len(present)} libs found in cache\\n{lines}"')
    _stub(bin_dir, "id", f"echo {uid}")
    _stub(bin_dir, "dpkg", "exit 0")
    _stub(bin_dir, "apt-get", f'echo "$@" >> "{tmp_path}/apt.log"; exit {0 if apt_ok else 100}')
    _stub(bin_dir, "ldd", "".join(f'printf "\\t{so} => not found\\n"; ' for so in ldd_missing) + "exit 0")
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"\x7fELF")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    res = subprocess.run(["bash", str(SCRIPT), str(plugin)], capture_output=True, text=True, env=env, timeout=60)
    log = tmp_path / "apt.log"
    return res.returncode, res.stderr, log.read_text() if log.exists() else ""


def test_the_script_knows_the_xcb_libraries_pyside6_needs():
    names = {so for so, _pkg in ALL}
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"} <= names
    assert dict(ALL)["libxcb-cursor.so.0"] == "libxcb-cursor0"


def test_nothing_missing_says_nothing(tmp_path):
    assert run(tmp_path, present=[so for so, _p in ALL]) == (0, "", "")


def test_a_user_gets_the_one_apt_command_and_a_failing_exit(tmp_path):
    present = [so for so, _p in ALL if so not in ("libxcb-cursor.so.0", "libxcb-icccm.so.4")]
    code, err, apt = run(tmp_path, present=present)
    assert code == 1 and apt == ""
    commands = [line.strip() for line in err.splitlines() if "apt-get" in line]
    assert commands == ["sudo apt-get install libxcb-cursor0 libxcb-icccm4"]
    assert "libxcb-cursor.so.0" in err


def test_root_installs_them_with_apt_get(tmp_path):
    present = [so for so, _p in ALL if so != "libxcb-cursor.so.0"]
    code, err, apt = run(tmp_path, present=present, uid=0)
    assert code == 0
    assert apt.splitlines() == ["install -y --no-install-recommends libxcb-cursor0"]


def test_root_whose_install_fails_is_told_and_exits_1(tmp_path):
    code, err, apt = run(tmp_path, present=[so for so, _p in ALL if so != "libxcb-keysyms.so.1"], uid=0,
                         apt_ok=False)
    assert code == 1 and "apt-get install libxcb-keysyms1" in err
    assert apt.splitlines()[0] == "install -y --no-install-recommends libxcb-keysyms1"  # then update, retry


def test_a_library_the_plugin_cannot_find_is_named(tmp_path):
    code, err, _apt = run(tmp_path, present=[so for so, _p in ALL], ldd_missing=["libxcb-keysyms.so.1",
                                                                                   "libweird.so.9"])
    assert code == 1 and "libweird.so.9" in err and "sudo apt-get install libxcb-keysyms1" in err


def test_run_app_checks_before_the_window_only():
    text = (ROOT / "scripts" / "run-app.sh").read_text()
    assert "check-qt-libs.sh" in text and text.index("check-qt-libs.sh") < text.index("exec ")


def test_pyproject_uses_the_licence_string_current_setuptools_wants():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(project["project"]["license"], str)  # the { text = ... } table is deprecated (warnings)
    assert any(r.replace(" ", "").startswith("setuptools>=77") for r in project["build-system"]["requires"])
