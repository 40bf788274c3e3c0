"""Where bundled resources and the operator's data live (source tree, install, or frozen app)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path

from penaltytracker import APP_NAME


def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable (sys._MEIPASS); otherwise the
    # resources/ folder sits beside the package in the source tree.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_rules_file() -> Path:
    return resources_dir() / "rules" / "rakuten_ichiba.toml"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """What can be made again (the PDF copy of the font): ~/.cache/PenaltyTracker on Linux."""
    return user_cache_path(APP_NAME, appauthor=False)


def default_store_path() -> Path:
    return data_dir() / "penaltytracker.sqlite3"


def settings_file() -> Path:
    return config_dir() / "settings.toml"


# The store and its backups hold the operator's business records: readable by the user
# only, whatever the umask (issue 15).
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def make_private(path: str | Path) -> None:
    """Take group's and others' permissions off a file or folder of ours (never adds any:
    a read-only store stays read-only). Where that cannot be done (a file system without
    modes, another owner) it is left as it is."""
    import os
    import stat

    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        wanted = current & ~0o077
        if wanted != current:
            os.chmod(path, wanted)
    except OSError:
        pass


def private_dir(path: str | Path, *, existing_too: bool = True) -> Path:
    """Create `path` and any missing parents as folders only the user can open; an
    existing one is made private too unless `existing_too` is False (a folder the user
    chose for the store is theirs to share). OSError if it cannot be created."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    for folder in missing:
        make_private(folder)
    if existing_too:
        make_private(path)
    return path
