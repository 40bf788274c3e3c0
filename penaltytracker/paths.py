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
