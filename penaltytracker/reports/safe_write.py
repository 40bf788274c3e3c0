"""Write a file whole or not at all: a temporary file beside it, renamed into place.

Only a regular file or a new name is written: a device (/dev/full), a FIFO, a symlink or
a folder is refused, never replaced by a file. A file written over keeps its permissions;
a new one gets what the umask gives any new file (the temporary file's 0600 is not kept).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Callable

from penaltytracker.messages import Msg, Problem, os_reason


class WriteError(Problem, OSError):
    """The file could not be written; nothing was left behind. A message code and its
    parameters (older callers pass an English sentence, shown as it is)."""

    def __init__(self, code: str, **params):
        Problem.__init__(self, code, **params)


def check_target(path: str | Path) -> os.stat_result | None:
    """Refuse a target that is not a regular file or a new name (WriteError); hands back
    the existing file's status (None for a new name)."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise WriteError("write.cannot_write", path=str(path), reason=os_reason(exc)) from None
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return info
    kind = ("symlink" if stat.S_ISLNK(mode) else "folder" if stat.S_ISDIR(mode) else
            "fifo" if stat.S_ISFIFO(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
            "socket" if stat.S_ISSOCK(mode) else "other")
    raise WriteError("write.not_a_regular_file", path=str(path), kind=Msg(f"csv.kind_{kind}"))


def new_file_mode() -> int:
    """The mode a new file gets from open(): 0666 less the umask."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no other way to read it; set back at once
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: str | Path, produce: Callable, *, text: bool = False, encoding: str = "utf-8") -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError("write.no_folder", path=str(path), folder=str(folder))
    existing = check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError("write.failed", path=str(path), reason=os_reason(exc)) from None
    try:
        mode = "w" if text else "wb"
        kwargs = {"encoding": encoding, "newline": ""} if text else {}
        with os.fdopen(fd, mode, **kwargs) as fh:
            produce(fh)
            fh.flush()
            os.chmod(tmp, stat.S_IMODE(existing.st_mode) if existing is not None else new_file_mode())
            os.fsync(fh.fileno())
        check_target(path)  # made a device, a FIFO or a link meanwhile: still refused
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, WriteError):
            raise
        if isinstance(exc, OSError):
            raise WriteError("write.failed", path=str(path), reason=os_reason(exc)) from None
        raise
