"""Write a file whole or not at all: a temporary file beside it, renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


class WriteError(OSError):
    """The file could not be written; nothing was left behind."""


def atomic_write(path: str | Path, produce: Callable, *, text: bool = False, encoding: str = "utf-8") -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror}") from None
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
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
