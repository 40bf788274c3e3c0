"""Write a file whole or not at all: a temporary file beside it, renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from penaltytracker.messages import Problem, os_reason


class WriteError(Problem, OSError):
    """The file could not be written; nothing was left behind. A code (write.*) with the
    path; still an OSError for callers that catch those."""


def atomic_write(path: str | Path, produce: Callable, *, text: bool = False, encoding: str = "utf-8") -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError("write.no_folder", path=str(path), folder=str(folder))
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
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise WriteError("write.failed", path=str(path), reason=os_reason(exc)) from None
        raise
