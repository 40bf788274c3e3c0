"""Start minimised at login: the Linux entry written for real, the others as text."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import sys

import pytest

from penaltytracker import autostart


@pytest.fixture
def linux(monkeypatch, isolated_home):
    monkeypatch.setattr(sys, "platform", "linux")
    return isolated_home


def test_the_linux_entry_is_written_and_removed_in_the_config_folder(linux):
    path = linux / "config" / "autostart" / "penaltytracker.desktop"
    assert autostart.linux_entry_path() == path
    assert not autostart.is_enabled()  # off by default
    where = autostart.enable()
    assert where == str(path) and autostart.is_enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "PenaltyTracker"
    args = shlex.split(desktop["Exec"])
    assert args[-1] == "--minimized"
    assert args[:-1] == autostart.launch_command()[:-1]  # this venv's script (or python -m)
    autostart.enable()  # again: the same one file
    assert [p.name for p in path.parent.iterdir()] == ["penaltytracker.desktop"]
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing there: nothing to do


def test_the_entry_goes_to_home_config_without_xdg_config_home(linux, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME")
    autostart.enable(["/opt/pt/penaltytracker", "--minimized"])
    text = (linux / ".config" / "autostart" / "penaltytracker.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/pt/penaltytracker --minimized\n" in text


def test_an_unwritable_folder_is_a_message_not_a_traceback(linux):
    from penaltytracker.messages import Problem, text

    (linux / "config").mkdir()
    (linux / "config" / "autostart").write_text("a file where the folder should be")
    with pytest.raises(Problem) as raised:
        autostart.enable(["/x", "--minimized"])
    assert raised.value.code == "autostart.cannot_write" and "自動起動" in text(raised.value, "ja")


def test_the_command_is_the_frozen_executable_or_the_venv_script(tmp_path):
    assert autostart.launch_command(frozen=True, executable="/opt/PenaltyTracker/penaltytracker") == [
        "/opt/PenaltyTracker/penaltytracker", "--minimized"]
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "penaltytracker").write_text("#!/bin/sh\n")
    assert autostart.launch_command(frozen=False, executable=str(tmp_path / "bin" / "python"),
                                    platform="linux") == [str(tmp_path / "bin" / "penaltytracker"), "--minimized"]
    (tmp_path / "Scripts").mkdir()
    (tmp_path / "Scripts" / "penaltytracker.exe").write_text("")
    assert autostart.launch_command(frozen=False, executable=str(tmp_path / "Scripts" / "python.exe"),
                                    platform="win32")[0].endswith("penaltytracker.exe")
    bare = autostart.launch_command(frozen=False, executable=str(tmp_path / "python3"), platform="linux")
    assert bare == [str(tmp_path / "python3"), "-m", "penaltytracker", "--minimized"]


def test_exec_lines_quote_spaces_and_special_characters():
    text = autostart.desktop_entry(["/home/ユーザー/My Apps/penaltytracker", "--minimized"])
    assert 'Exec="/home/ユーザー/My Apps/penaltytracker" --minimized\n' in text
    assert 'Exec="/a/100%%$x"' in autostart.desktop_entry(["/a/100%$x"]).replace("\\\\$", "$")


def test_windows_run_value_and_macos_launch_agent_are_built_as_text():
    value = autostart.windows_run_value([r"C:\Program Files\PenaltyTracker\penaltytracker.exe", "--minimized"])
    assert value == r'"C:\Program Files\PenaltyTracker\penaltytracker.exe" --minimized'
    assert autostart.RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    plist = plistlib.loads(autostart.launch_agent_plist(
        ["/Applications/PenaltyTracker.app/Contents/MacOS/penaltytracker", "--minimized"]).encode("utf-8"))
    assert plist["ProgramArguments"] == ["/Applications/PenaltyTracker.app/Contents/MacOS/penaltytracker",
                                         "--minimized"]
    assert plist["RunAtLoad"] is True and plist["Label"] == autostart.LAUNCH_AGENT_LABEL
    assert autostart.launch_agent_path().parts[-3:] == ("Library", "LaunchAgents",
                                                         f"{autostart.LAUNCH_AGENT_LABEL}.plist")


def test_macos_writes_its_launch_agent_under_home(monkeypatch, isolated_home):
    monkeypatch.setattr(sys, "platform", "darwin")
    autostart.enable(["/Applications/PenaltyTracker.app/Contents/MacOS/penaltytracker", "--minimized"])
    path = isolated_home / "Library" / "LaunchAgents" / f"{autostart.LAUNCH_AGENT_LABEL}.plist"
    assert autostart.is_enabled() and plistlib.loads(path.read_bytes())["ProgramArguments"][-1] == "--minimized"
    autostart.disable()
    assert not path.exists()


@pytest.mark.skipif(not sys.platform.startswith("win"), reason="winreg exists on Windows only")
def test_windows_registry_round_trip():  # pragma: no cover - run where Windows runs the tests
    autostart.enable(["C:\\pt\\penaltytracker.exe", "--minimized"])
    try:
        assert autostart.is_enabled()
    finally:
        autostart.disable()
    assert not autostart.is_enabled()


def test_a_failure_is_worded_for_the_window_as_an_os_error(linux):
    """The window's Ops words OS errors for the operator: the entry's failure is one."""
    (linux / "config").mkdir()
    (linux / "config" / "autostart").write_text("")
    with pytest.raises(OSError) as raised:
        autostart.enable(["/x"])
    from penaltytracker.messages import text

    assert text(raised.value, "en").startswith("cannot set the start at login")


def test_on_windows_the_venv_entry_runs_pythonw_so_no_console_opens_at_login(tmp_path):
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    (scripts / "penaltytracker.exe").write_text("")
    (scripts / "pythonw.exe").write_text("")
    assert autostart.launch_command(frozen=False, executable=str(scripts / "python.exe"), platform="win32") == [
        str(scripts / "pythonw.exe"), "-m", "penaltytracker", "--minimized"]
    # The frozen app is its own executable still (its console is released at start, below).
    assert autostart.launch_command(frozen=True, executable=r"C:\PenaltyTracker\penaltytracker.exe",
                                    platform="win32") == [r"C:\PenaltyTracker\penaltytracker.exe", "--minimized"]


class FakeKernel32:
    def __init__(self, processes: int):
        self.processes = processes
        self.freed = False

    def GetConsoleProcessList(self, ids, size):  # noqa: N802 - the Windows API's name
        return self.processes

    def FreeConsole(self):  # noqa: N802
        self.freed = True
        return 1


@pytest.mark.parametrize("processes, released", [(1, True), (2, False), (0, False)])
def test_the_window_releases_a_console_only_it_uses(monkeypatch, processes, released):
    """Started at login or from Explorer (1 process on the console): the console window
    closes. From a command prompt (2 or more) or without a console (0): it stays as it is."""
    monkeypatch.setattr(sys, "stdout", sys.stdout)
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    kernel32 = FakeKernel32(processes)
    before = sys.stdout
    assert autostart.release_console("win32", kernel32) is released
    assert kernel32.freed is released
    if released:
        assert sys.stdout is not before and sys.stdout is sys.stderr
        print("goes nowhere")  # no console: writing is no error
        sys.stdout.close()
    else:
        assert sys.stdout is before


def test_elsewhere_the_console_is_never_touched():
    kernel32 = FakeKernel32(1)
    assert autostart.release_console("linux", kernel32) is False and not kernel32.freed
    assert autostart.release_console("darwin", kernel32) is False
