"""Start minimised to the tray at login: the autostart entry of each desktop system.

Qt-free. Linux (XDG): ~/.config/autostart/penaltytracker.desktop (XDG_CONFIG_HOME when
set). Windows: the value "PenaltyTracker" under HKCU\\Software\\Microsoft\\Windows\\
CurrentVersion\\Run (winreg, imported only there). macOS: a LaunchAgent,
~/Library/LaunchAgents/<LABEL>.plist. Each entry runs `launch_command()`: the frozen
executable when the app is frozen (PyInstaller), else the `penaltytracker` script of the
virtualenv running now, with `--minimized`. Off by default: nothing is written until the
operator turns it on (View menu).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

from penaltytracker.messages import Problem

APP_NAME = "PenaltyTracker"
DESKTOP_FILE = "penaltytracker.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = "jp.penaltytracker.autostart"
MINIMIZED_FLAG = "--minimized"


class AutostartError(Problem, OSError):
    """The entry could not be written or removed (an OS error, worded for the user)."""


def launch_command(frozen: bool | None = None, executable: str | None = None,
                   platform: str | None = None) -> list[str]:
    """What the entry runs: the program and its arguments."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    platform = platform or sys.platform
    if frozen:
        return [executable, MINIMIZED_FLAG]
    folder = Path(executable).parent  # the venv's bin/ (Scripts\ on Windows)
    if platform.startswith("win") and (folder / "pythonw.exe").exists():
        # The console script (and python.exe) opens a console window at every login.
        return [str(folder / "pythonw.exe"), "-m", "penaltytracker", MINIMIZED_FLAG]
    script = folder / ("penaltytracker.exe" if platform.startswith("win") else "penaltytracker")
    if script.exists():
        return [str(script), MINIMIZED_FLAG]
    return [executable, "-m", "penaltytracker", MINIMIZED_FLAG]


# --- Linux (XDG autostart) --------------------------------------------------------------------

def _desktop_quote(arg: str) -> str:
    """An argument of a .desktop Exec line (the XDG Desktop Entry quoting rules)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    # The value's own string escapes apply first: each backslash is written twice again.
    return f'"{escaped}"'.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_desktop_quote(a) for a in command)
    return ("[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=楽天市場の違反点数の記録と、やることの通知 / Rakuten violation points and reminders\n"
            f"Exec={exec_line}\n"
            "Icon=penaltytracker\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")


def linux_entry_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / DESKTOP_FILE


# --- Windows (HKCU Run) -------------------------------------------------------------------------

def windows_run_value(command: list[str]) -> str:
    """The Run value: one command line, quoted as Windows reads it."""
    return subprocess.list2cmdline(command)


def _winreg():
    import winreg  # only on Windows

    return winreg


# --- macOS (LaunchAgent) -------------------------------------------------------------------------

def launch_agent_plist(command: list[str]) -> str:
    return plistlib.dumps({"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command), "RunAtLoad": True,
                           "ProcessType": "Interactive"}).decode("utf-8")


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


# --- the operator's switch ------------------------------------------------------------------------

def _system() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def _write(path: Path, content: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise AutostartError("autostart.cannot_write", path=str(path), detail=exc.strerror or str(exc)) from None


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise AutostartError("autostart.cannot_write", path=str(path), detail=exc.strerror or str(exc)) from None


def is_enabled() -> bool:
    system = _system()
    if system == "linux":
        return linux_entry_path().exists()
    if system == "macos":
        return launch_agent_path().exists()
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.QueryValueEx(key, APP_NAME)
        return True
    except OSError:
        return False


def enable(command: list[str] | None = None) -> str:
    """Write this system's entry; hands back where (a path, or the registry value)."""
    command = command or launch_command()
    system = _system()
    if system == "linux":
        path = linux_entry_path()
        _write(path, desktop_entry(command))
        return str(path)
    if system == "macos":
        path = launch_agent_path()
        _write(path, launch_agent_plist(command))
        return str(path)
    winreg = _winreg()
    where = f"HKCU\\{RUN_KEY}\\{APP_NAME}"
    try:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, windows_run_value(command))
    except OSError as exc:
        raise AutostartError("autostart.cannot_write", path=where, detail=exc.strerror or str(exc)) from None
    return where


def disable() -> None:
    system = _system()
    if system == "linux":
        _remove(linux_entry_path())
        return
    if system == "macos":
        _remove(launch_agent_path())
        return
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, APP_NAME)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise AutostartError("autostart.cannot_write", path=f"HKCU\\{RUN_KEY}\\{APP_NAME}",
                      detail=exc.strerror or str(exc)) from None


def release_console(platform: str | None = None, kernel32=None) -> bool:
    """Windows, the window starting: the frozen app is a console program (it is the command
    line too), so started from Explorer or the Run value at login it gets a console window
    of its own, open beside the tray for as long as the app runs. Close it when this process
    is the only one on it; a command prompt the app was started from keeps its console.
    Hands back whether the console was released."""
    platform = platform or sys.platform
    if not platform.startswith("win"):
        return False
    import ctypes

    if kernel32 is None:  # pragma: no cover - Windows only
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    ids = (ctypes.c_uint32 * 2)()
    if kernel32.GetConsoleProcessList(ids, 2) != 1:  # 0: no console; 2 or more: shared with a shell
        return False
    if not kernel32.FreeConsole():
        return False
    # The standard handles are gone with the console: writes go nowhere, not to an error.
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the process
    sys.stdout = sys.stderr = sink
    return True


def set_enabled(on: bool) -> None:
    enable() if on else disable()


__all__ = ["launch_command", "desktop_entry", "linux_entry_path", "windows_run_value", "launch_agent_plist",
           "launch_agent_path", "is_enabled", "enable", "disable", "set_enabled", "release_console"]
